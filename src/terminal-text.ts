/**
 * Text from the logs or the file system made inert for a terminal. A sign-in field (UPN, city, app name, user agent)
 * or a file name can hold anything: control characters move the cursor or recolour the terminal, and bidirectional
 * marks, embeddings, overrides and isolates reorder the text around them so that what is shown is not what is there.
 */

/** C0, DEL, C1, and the bidi marks (LRM, RLM), embeddings and overrides (LRE..RLO) and isolates (LRI..PDI). */
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes every unsafe character: for prose such as finding summaries, where an analyst reads the words. */
export function terminalSafe(s: string): string {
  return s.replace(TERMINAL_UNSAFE, '');
}

/**
 * Shows every unsafe character as an escape (\xNN, or \uNNNN for the bidi ones): for names an analyst may need to
 * find again, such as a file name or the key a rejected row carried.
 */
export function terminalVisible(s: string): string {
  return s.replace(TERMINAL_UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
