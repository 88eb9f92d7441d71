/** String functions. Arguments of other types are read as their Kusto text (tostring), as Kusto converts them. */
import { valueText } from '../values/format';
import type { Dynamic, ScalarType, Value } from '../values/types';
import { castTo } from '../values/convert';
import { fn, strict, type ScalarFunctionDef } from './function';
import { kustoRegex } from './regex';

const str = (v: Value, t: ScalarType) => (t === 'string' ? (v as string) : valueText(v, t));

/** Code points, as Kusto counts characters (strlen of an emoji is 1; JavaScript's length would say 2). */
const chars = (s: string) => Array.from(s);

/** `\1` style references of a rewrite pattern as JavaScript's `$1`, and `$` kept literal. */
function rewrite(pattern: string): string {
  return pattern.replace(/\$/g, '$$$$').replace(/\\(\d+)/g, (_, d: string) => (d === '0' ? '$&' : `$${d}`));
}

/** The regex-or-text trims: `trim(@"[^\w]+", s)` removes matches anchored at the start and/or the end. */
function trimBy(pattern: string, s: string, start: boolean, end: boolean): string {
  // RE2's leading inline flags (`(?i)AS`) stay at the front of the anchored pattern, where kustoRegex reads them.
  const lead = /^\(\?[ims]+\)/.exec(pattern)?.[0] ?? '';
  const body = pattern.slice(lead.length);
  let out = s;
  if (start) out = out.replace(kustoRegex(`${lead}^(?:${body})`), '');
  if (end) out = out.replace(kustoRegex(`${lead}(?:${body})$`), '');
  return out;
}

export const STRING_FUNCTIONS: readonly ScalarFunctionDef[] = [
  fn('tolower', [1, 1], 'tolower(s): string', (a, t) => str(a[0], t.args[0]).toLowerCase()),
  fn('toupper', [1, 1], 'toupper(s): string', (a, t) => str(a[0], t.args[0]).toUpperCase()),
  fn('strlen', [1, 1], 'strlen(s): long', (a, t) => chars(str(a[0], t.args[0])).length),
  fn('strcat', [1, 64], 'strcat(a, b, ...): string', (a, t) => a.map((v, i) => str(v, t.args[i])).join('')),
  fn('strcat_delim', [2, 65], 'strcat_delim(delimiter, a, b, ...): string', (a, t) =>
    a.slice(1).map((v, i) => str(v, t.args[i + 1])).join(str(a[0], t.args[0])),
  ),
  fn('substring', [2, 3], 'substring(s, start [, length]): string', (a, t) => {
    if (a[1] === null || (a.length > 2 && a[2] === null)) return '';
    const cs = chars(str(a[0], t.args[0]));
    let start = a[1] as number;
    if (start < 0) start = Math.max(0, cs.length + start);
    const length = a.length > 2 ? Math.max(0, a[2] as number) : cs.length;
    return cs.slice(start, start + length).join('');
  }),
  fn('split', [2, 3], 'split(s, delimiter [, index]): dynamic', (a, t) => {
    const parts = str(a[0], t.args[0]).split(str(a[1], t.args[1]));
    if (a.length < 3) return parts;
    if (a[2] === null) return null;
    const i = a[2] as number;
    return i >= 0 && i < parts.length ? [parts[i]] : null;
  }),
  fn('extract', [3, 4], 'extract(regex, group, s [, typeof(T)]): string', (a, t) => {
    const m = kustoRegex(str(a[0], t.args[0])).exec(str(a[2], t.args[2]));
    const g = a[1] as number;
    const hit = m && g !== null && g >= 0 && g < m.length && m[g] !== undefined ? m[g] : null;
    if (t.result === 'string') return hit ?? '';
    return hit === null ? null : castTo(hit, 'string', t.result);
  }),
  fn('extract_all', [2, 3], 'extract_all(regex, [groups,] s): dynamic', (a, t) => {
    const re = kustoRegex(str(a[0], t.args[0]), true);
    const source = str(a[a.length - 1], t.args[a.length - 1]);
    const wanted = a.length === 3 ? (a[1] as Dynamic[] | null) : null;
    const out: Dynamic[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(source); m; m = re.exec(source)) {
      if (m[0] === '') re.lastIndex++;
      const groups = wanted
        ? wanted.map((w) => (typeof w === 'number' ? m![w] : m!.groups?.[String(w)]) ?? '')
        : m.length > 1 ? m.slice(1).map((x) => x ?? '') : [m[0]];
      out.push(groups.length === 1 ? groups[0] : groups);
    }
    return out.length ? out : null;
  }),
  strict('replace_regex', [3, 3], 'replace_regex(s, regex, rewrite): string', (a, t) =>
    str(a[0], t.args[0]).replace(kustoRegex(str(a[1], t.args[1]), true), rewrite(str(a[2], t.args[2]))),
  ),
  strict('replace_string', [3, 3], 'replace_string(s, lookup, rewrite): string', (a, t) => {
    const lookup = str(a[1], t.args[1]);
    return lookup === '' ? str(a[0], t.args[0]) : str(a[0], t.args[0]).split(lookup).join(str(a[2], t.args[2]));
  }),
  fn('trim', [2, 2], 'trim(regex, s): string', (a, t) => trimBy(str(a[0], t.args[0]), str(a[1], t.args[1]), true, true)),
  fn('trim_start', [2, 2], 'trim_start(regex, s): string', (a, t) => trimBy(str(a[0], t.args[0]), str(a[1], t.args[1]), true, false)),
  fn('trim_end', [2, 2], 'trim_end(regex, s): string', (a, t) => trimBy(str(a[0], t.args[0]), str(a[1], t.args[1]), false, true)),
  fn('indexof', [2, 5], 'indexof(s, lookup [, start [, length [, occurrence]]]): long', (a, t) => {
    const s = str(a[0], t.args[0]);
    const lookup = str(a[1], t.args[1]);
    const start = a.length > 2 ? (a[2] as number) ?? 0 : 0;
    if (start < 0 || start > s.length) return null;
    return s.indexOf(lookup, start);
  }),
  fn('countof', [2, 3], 'countof(s, search [, "normal"|"regex"]): long', (a, t) => {
    const s = str(a[0], t.args[0]);
    const search = str(a[1], t.args[1]);
    if (a.length > 2 && str(a[2], t.args[2]) === 'regex') return (s.match(kustoRegex(search, true)) ?? []).length;
    if (search === '') return 0;
    let n = 0;
    for (let i = s.indexOf(search); i >= 0; i = s.indexOf(search, i + 1)) n++;
    return n;
  }),
  fn('reverse', [1, 1], 'reverse(s): string', (a, t) => chars(str(a[0], t.args[0])).reverse().join('')),
  fn('strrep', [2, 3], 'strrep(s, times [, delimiter]): string', (a, t) => {
    const n = Math.max(0, Math.min(1024, (a[1] as number) ?? 0));
    return new Array(n).fill(str(a[0], t.args[0])).join(a.length > 2 ? str(a[2], t.args[2]) : '');
  }),
  fn('string_size', [1, 1], 'string_size(s): long', (a, t) => Buffer.byteLength(str(a[0], t.args[0]), 'utf8')),
  fn('url_decode', [1, 1], 'url_decode(s): string', (a, t) => {
    try {
      return decodeURIComponent(str(a[0], t.args[0]).replace(/\+/g, ' '));
    } catch {
      return '';
    }
  }),
];
