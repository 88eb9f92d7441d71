/**
 * Where a command or a writer may write, checked before anything is written, and write failures in words: a directory,
 * a socket or a device given as the output, a folder that does not exist, a full disk (/dev/full), a read-only file
 * system or a permission problem is one UserError naming the path, never a stack trace.
 */
import { statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../../errors';

const WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a directory',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'it already exists',
  EFBIG: 'the file is too large for this file system',
  EIO: 'an input/output error',
};

/** A write failure as a UserError naming the path: "cannot write out.html: no space left on the device (ENOSPC)". */
export function writeError(e: unknown, path: string): UserError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const words = code && Object.prototype.hasOwnProperty.call(WORDS, code) ? `${WORDS[code]} (${code})` : code ?? (e as Error)?.message ?? String(e);
  return new UserError(`cannot write: ${words}`, path);
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output path that cannot be a file we write: an existing directory, socket or block device, or a path
 * whose folder does not exist (unless `createFolder`). Character devices and pipes (/dev/stdout) are allowed; a full
 * one fails when written, with writeError.
 */
export function checkOutputPath(path: string, { createFolder = false }: { createFolder?: boolean } = {}): void {
  if (path.trim() === '') throw new UserError('the output path is empty');
  const st = statOf(path);
  if (st?.isDirectory()) throw new UserError('cannot write: it is a directory; give a file name', path);
  if (st && (st.isSocket() || st.isBlockDevice())) throw new UserError('cannot write: it is a socket or a block device, not a file', path);
  if (st || createFolder) return;
  const dir = dirname(resolve(path));
  const d = statOf(dir);
  if (!d) throw new UserError(`cannot write: folder ${dir} does not exist`, path);
  if (!d.isDirectory()) throw new UserError(`cannot write: ${dir} is not a folder`, path);
}

/**
 * Refuses an output that is one of the inputs (the same file, however named: a symlink, a hard link, another
 * relative path), so writing a report can never destroy the evidence it was written from.
 */
export function checkNotAnInput(path: string, inputs: readonly string[]): void {
  const out = statOf(path);
  if (!out) return;
  for (const input of inputs) {
    const st = statOf(input);
    if (st && st.dev === out.dev && st.ino === out.ino) {
      throw new UserError(`cannot write: it is the input file ${input}; writing there would overwrite the evidence, choose another --out`, path);
    }
  }
}
