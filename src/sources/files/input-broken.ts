/** A stored input that breaks off after reading began (a truncated or corrupt .gz, a read error), and why in words. */

/** The input broke off after reading began: the rows before it still count. */
export class InputBroken extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputBroken';
  }
}

export function isInputBroken(e: unknown): e is InputBroken {
  return e instanceof Error && e.name === 'InputBroken';
}

/** What a read or gunzip error means, in words. */
export function breakReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const code = err?.code ?? '';
  if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(err?.message ?? '')) return 'the compressed file is truncated';
  if (code.startsWith('Z_') || /header check|invalid (block|distance|code|stored)|incorrect data check/i.test(err?.message ?? '')) {
    return `the compressed data is corrupt, or followed by bytes that are not gzip (${err.message})`;
  }
  return `read error (${code || err?.message || String(e)})`;
}
