import { codeBlock, escapeHtml, escapeMarkdown } from '../../src/escape';

/** Count of `ch` in `s` not preceded by an odd run of backslashes (i.e. characters Markdown would act on). */
function unescaped(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== ch) continue;
    let b = 0;
    for (let j = i - 1; j >= 0 && s[j] === '\\'; j--) b++;
    if (b % 2 === 0) n++;
  }
  return n;
}

describe('escapeHtml', () => {
  it('replaces the five characters that open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('prints absent values as nothing and other values as text', () => {
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });
  it('does not double-decode: an entity in the data stays visible as typed', () => {
    expect(escapeHtml('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;');
  });
});

describe('escapeMarkdown', () => {
  it('makes a table-breaking link payload inert', () => {
    const out = escapeMarkdown('| x | [link](javascript:alert(1))');
    expect(out).toBe('\\| x \\| \\[link\\]\\(javascript:alert\\(1\\)\\)');
    for (const ch of ['|', '[', ']', '(', ')']) expect(unescaped(out, ch)).toBe(0);
  });
  it('turns raw HTML into entities', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
  });
  it('keeps a value on one line with a visible mark where its line breaks were', () => {
    const out = escapeMarkdown('a\nb\r\nc\rd');
    expect(out).not.toMatch(/[\r\n]/);
    expect(out.split('\u21b5').length).toBe(4);
  });
  it('escapes code spans, emphasis, images and strikethrough', () => {
    const out = escapeMarkdown('`code` *em* _em_ ![i](u) ~~s~~ \\');
    for (const ch of ['`', '*', '_', '!', '~']) expect(unescaped(out, ch)).toBe(0);
    expect(out.endsWith(' \\\\')).toBe(true); // a trailing backslash is itself escaped, so it escapes nothing after it
  });
  it('breaks autolinks (scheme://, www., e-mail)', () => {
    expect(escapeMarkdown('http://evil.example')).toBe('http\\://evil.example');
    expect(escapeMarkdown('WWW.evil.example')).toBe('WWW\\.evil.example');
    expect(escapeMarkdown('a@b.example')).toBe('a\\@b.example');
  });
  it('escapes a leading character that would open a heading, list item or rule', () => {
    expect(escapeMarkdown('# Admins')).toBe('\\# Admins');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('3) item')).toBe('3\\) item');
    expect(escapeMarkdown('a - b # c')).toBe('a - b # c');
  });
  it('leaves ordinary sign-in values readable', () => {
    expect(escapeMarkdown('203.0.113.10')).toBe('203.0.113.10');
    expect(escapeMarkdown('2025-06-02T08:00:00.000Z')).toBe('2025-06-02T08:00:00.000Z');
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside, so the content cannot close it', () => {
    const block = codeBlock('let s = "````"\n```', 'kql');
    const fence = block.split('\n')[0];
    expect(fence).toBe('`````kql');
    expect(block.endsWith('\n`````')).toBe(true);
  });
  it('uses three backticks for ordinary code', () => {
    expect(codeBlock('SigninLogs | take 10')).toBe('```\nSigninLogs | take 10\n```');
  });
});

describe('invisible characters are shown, in HTML and Markdown alike', () => {
  const lookalike = 'ad\u200bmin@contoso.com';
  it('HTML shows zero-width, bidi and control characters as their code, keeps tab and line breaks', () => {
    expect(escapeHtml(lookalike)).toBe('ad\\u200bmin@contoso.com');
    expect(escapeHtml('evil\u202etxt.exe \u061c \u2066x\u2069 \ufeff \u{e0041}')).toBe('evil\\u202etxt.exe \\u061c \\u2066x\\u2069 \\ufeff \\u{e0041}');
    expect(escapeHtml('a\u001b[2Jb\u0007')).toBe('a\\x1b[2Jb\\x07');
    expect(escapeHtml('line 1\nline\t2\r\n')).toBe('line 1\nline\t2\r\n');
  });
  it('Markdown does the same, and a line or paragraph separator cannot start a block', () => {
    expect(escapeMarkdown(lookalike)).toBe('ad\\u200bmin\\@contoso.com');
    expect(escapeMarkdown('a\u2028# b')).toBe('a \u21b5 # b');
    expect(escapeMarkdown('x\u200d\u00ady')).toBe('x\\u200d\\xady');
  });
  it('leaves accents and other scripts alone', () => {
    const plain = 'São Paulo — Zürich 東京 Москва القاهرة';
    expect(escapeHtml(plain)).toBe(plain);
    expect(escapeMarkdown(plain)).toBe(plain);
  });
});

describe('Markdown in notebooks is the report\'s strict escaping', () => {
  it('md`` breaks autolinks and e-mail links that the old notebook copy left live', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { md } = require('../../src/notebook') as typeof import('../../src/notebook');
    const out = md`from ${'http://evil.example/x'} as ${'ceo@contoso.com'} via ${'www.evil.example'} ${'$\\href{javascript:alert(1)}{x}$'}`.markdown;
    expect(out).toBe('from http\\://evil.example/x as ceo\\@contoso.com via www\\.evil.example \\$\\\\href\\{javascript:alert\\(1\\)\\}\\{x\\}\\$');
  });
});
