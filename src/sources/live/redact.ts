/**
 * Scrubs anything that looks like a credential from text before it reaches a message: bearer tokens, JWTs, and
 * `key=value` secrets. Error texts from the SDK and from credential chains are not meant to hold tokens, but a message
 * is shown to people and written to notebooks and reports, so it is cleaned on the way out regardless.
 */

const PATTERNS: readonly RegExp[] = [
  /\bBearer\s+[^\s"',;]+/gi,
  /\beyJ[\w-]*\.[\w-]*\.?[\w-]*/g,
  /\b(access_?token|refresh_?token|client_?secret|password|sig|code)=([^&\s"']+)/gi,
  /("(?:accessToken|access_token|refreshToken|refresh_token|client_secret|token)"\s*:\s*")[^"]*(")/gi,
];

/**
 * `text` with every credential-looking run replaced by [redacted]; also removes the `secrets` given (the strings the
 * credential handed out: with them, a token of any shape is removed, however a server echoes it), longest first.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (s.length < 8) continue;
    out = out.split(s).join('[redacted]');
    // A server may echo the token URL-encoded or JSON-escaped.
    for (const form of [encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]) if (form !== s) out = out.split(form).join('[redacted]');
  }
  out = out.replace(PATTERNS[0], 'Bearer [redacted]');
  out = out.replace(PATTERNS[1], '[redacted]');
  out = out.replace(PATTERNS[2], '$1=[redacted]');
  out = out.replace(PATTERNS[3], '$1[redacted]$2');
  return out;
}
