/**
 * A command that did its work but met files it could not read ends with exit code 2 and one line per file, after its
 * output: the other files were still used (one bad file never sinks the others).
 */
import { UserError } from '../errors';
import type { FileFailure } from '../sources/load-result';

/** Thrown after the output is written, so that `run` names each failed file and exits with 2. */
export class FilesNotLoaded extends UserError {
  constructor(readonly failures: readonly FileFailure[]) {
    super(`${failures.length} file${failures.length === 1 ? '' : 's'} could not be loaded`);
  }
}

/** The per-file failures a UserError carries (FilesNotLoaded, or a load in which no file loaded), if any. */
export function failuresOf(e: UserError): readonly FileFailure[] | undefined {
  const f = (e as { failures?: unknown }).failures;
  return Array.isArray(f) && f.length > 0 ? (f as FileFailure[]) : undefined;
}

/** Ends a command whose load left some files out. */
export function throwIfFilesFailed(failed: readonly FileFailure[] | undefined): void {
  if (failed && failed.length > 0) throw new FilesNotLoaded(failed);
}
