import { terminalSafe, terminalVisible } from '../../src/terminal-text';

describe('terminal text', () => {
  const hostile = 'Sydney\u001b[2J\u202eevil\u2066x\u2069\u200f\u0007\u009b';

  test('terminalSafe removes control and bidi characters, keeping the rest', () => {
    expect(terminalSafe(hostile)).toBe('Sydney[2Jevilx');
  });

  test('terminalVisible shows control characters as \\xNN and bidi characters as \\uNNNN', () => {
    expect(terminalVisible(hostile)).toBe('Sydney\\x1b[2J\\u202eevil\\u2066x\\u2069\\u200f\\x07\\x9b');
  });

  test('both leave ordinary text, accents and other scripts alone', () => {
    const plain = 'São Paulo — Zürich 東京 ana@contoso.com';
    expect(terminalSafe(plain)).toBe(plain);
    expect(terminalVisible(plain)).toBe(plain);
  });

  test('both handle every character of the unsafe set, not only the first', () => {
    const all = '\u0000\u001f\u007f\u009f\u200e\u200f\u202a\u202e\u2066\u2069';
    expect(terminalSafe(all)).toBe('');
    expect(terminalVisible(all)).toBe('\\x00\\x1f\\x7f\\x9f\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069');
  });
});
