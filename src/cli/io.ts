/** Where a command writes. Tests pass buffers; the binary passes the process streams. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Progress for long operations; written to stderr, only when stderr is a terminal or SIGNINLAB_PROGRESS=1. */
  progress(text: string): void;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  progress: (t) => {
    if (process.stderr.isTTY || process.env.SIGNINLAB_PROGRESS === '1') process.stderr.write(`\r${t}\x1b[K`);
  },
};

/** Collects output in strings, for tests. */
export function bufferIO(): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
    progress() {},
  };
  return io;
}
