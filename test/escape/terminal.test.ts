import { escapeTerminal, escapeTerminalLines } from '../../src/escape';

describe('terminal text', () => {
  const hostile = 'Sydney\u001b[2J\u202eevil\u2066x\u2069\u200f\u0007\u009b';

  test('control and bidi characters are shown as \\xNN and \\uNNNN, not obeyed', () => {
    expect(escapeTerminal(hostile)).toBe('Sydney\\x1b[2J\\u202eevil\\u2066x\\u2069\\u200f\\x07\\x9b');
  });

  test('OSC 52 (clipboard), OSC 8 (hyperlink) and CSI (screen clear) come out as plain text', () => {
    const osc52 = '\u001b]52;c;ZXZpbA==\u0007';
    const osc8 = '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\';
    for (const s of [osc52, osc8, '\u001b[2J\u001b[H', '\u009b2J']) {
      const out = escapeTerminal(s);
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
    expect(escapeTerminal(osc52)).toBe('\\x1b]52;c;ZXZpbA==\\x07');
  });

  test('look-alike makers are shown: Arabic letter mark, line separators, zero-width and invisible tag characters', () => {
    expect(escapeTerminal('ad\u200bmin@contoso.com')).toBe('ad\\u200bmin@contoso.com');
    expect(escapeTerminal('a\u061cb\u2028c\u2029d\u200ce\u200df\u2060g\ufeffh\u00adi')).toBe(
      'a\\u061cb\\u2028c\\u2029d\\u200ce\\u200df\\u2060g\\ufeffh\\xadi',
    );
    expect(escapeTerminal('x\u{e0041}\u{e007f}y')).toBe('x\\u{e0041}\\u{e007f}y');
    expect(escapeTerminal('\u3164')).toBe('\\u3164');
  });

  test('a lone surrogate is shown; a pair (an emoji) is kept', () => {
    expect(escapeTerminal('a\ud800b')).toBe('a\\ud800b');
    expect(escapeTerminal('ok 🙂')).toBe('ok 🙂');
  });

  test('one value stays one line; escapeTerminalLines keeps line breaks of text we wrote', () => {
    expect(escapeTerminal('a\nb\r\tc')).toBe('a\\x0ab\\x0d\\x09c');
    expect(escapeTerminalLines('a\nb\u001b\r\nc')).toBe('a\nb\\x1b\nc');
  });

  test('ordinary text, accents and other scripts are left alone', () => {
    const plain = 'São Paulo — Zürich 東京 ana@contoso.com القاهرة';
    expect(escapeTerminal(plain)).toBe(plain);
  });

  test('every character of a long run is handled, not only the first', () => {
    const all = '\u0000\u001f\u007f\u009f\u200e\u200f\u202a\u202e\u2066\u2069';
    expect(escapeTerminal(all)).toBe('\\x00\\x1f\\x7f\\x9f\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069');
    expect(escapeTerminal(null)).toBe('');
    expect(escapeTerminal(42)).toBe('42');
  });
});

describe('error messages that quote input are inert wherever they are shown (CLI, notebooks, library)', () => {
  test('a UserError quoting hostile keys and a hostile file name', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { loadText } = require('../../src/sources/files/load-files') as typeof import('../../src/sources/files/load-files');
    const text = JSON.stringify({ '\u001b]52;c;ZXZpbA==\u0007': 1, note: 'a sign-in export, honest '.repeat(10) }) + '\n';
    const e = (await loadText(text, 'x\u001b[2J\u202e.json').catch((x: unknown) => x)) as Error;
    expect(e.message).toMatch(/^x\\x1b\[2J\\u202e\.json:1: not sign-in data: the first record has the keys \\x1b\]52;c;ZXZpbA==\\x07, note;/);
    expect(e.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
  });
});
