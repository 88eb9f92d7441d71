/**
 * Kusto's regular expressions are RE2. JavaScript's RegExp reads the same syntax for everything the twins and the
 * course use (classes, anchors, groups, lazy quantifiers, \d \s \w); RE2's inline flags `(?i)`, `(?s)`, `(?m)` at the
 * start of a pattern become RegExp flags and `(?P<name>` becomes `(?<name>`. Anything RegExp rejects is refused with
 * the pattern in the message rather than matched differently. Compiled patterns are cached.
 */
import { KqlError } from '../errors';

const cache = new Map<string, RegExp>();

/**
 * The RegExp for an RE2 pattern (`global` for extract_all / replace_regex).
 * @example kustoRegex('(?i)^abc').test('ABCD') // => true
 */
export function kustoRegex(pattern: string, global = false): RegExp {
  const key = (global ? 'g' : '-') + pattern;
  let re = cache.get(key);
  if (re) return re;
  let flags = global ? 'gu' : 'u';
  let body = pattern;
  const lead = /^\(\?([ims]+)\)/.exec(body);
  if (lead) {
    for (const f of lead[1]) if (!flags.includes(f)) flags += f;
    body = body.slice(lead[0].length);
  }
  body = body.replace(/\(\?P</g, '(?<');
  try {
    re = new RegExp(body, flags);
  } catch {
    try {
      re = new RegExp(body, flags.replace('u', '')); // RE2 allows escapes such as \- that unicode mode rejects
    } catch (e) {
      throw new KqlError(`regular expression not supported here: ${JSON.stringify(pattern)} (${(e as Error).message})`);
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, re);
  return re;
}
