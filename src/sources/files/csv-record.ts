/**
 * One CSV record read from a string (RFC 4180), for CsvReader. Pure: it either reads a whole record, asks for more
 * text, or says why the record is broken, and never moves past what it read.
 */

export type ParsedRecord =
  /** `next`: where the following record starts; `lines`: line breaks consumed (the end of the record's own included). */
  | { kind: 'record'; fields: string[]; next: number; lines: number }
  | { kind: 'more' }
  | { kind: 'broken'; reason: string };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const MORE: ParsedRecord = { kind: 'more' };

/**
 * A field of its own. A substring of 13 characters or more is, in V8, a view that keeps the whole text it was cut from
 * alive: a table holding one field per 64 KiB chunk would keep every chunk (measured: 312 MB instead of 110 MB peak
 * loading a 200 MB export). Concatenating then slicing makes V8 copy the field into a string of its own.
 */
function own(field: string): string {
  return field.length < 13 ? field : (field + ' ').slice(0, -1);
}

function countLines(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = s.indexOf('\n', from); k >= 0 && k < to; k = s.indexOf('\n', k + 1)) n++;
  return n;
}

/**
 * Reads the record starting at `pos`. With `final` false, a record that runs to the end of `s` asks for more text
 * (the end of the text may not be the end of the record); with `final` true the end of `s` ends it.
 *
 * @param limit longest record in characters: a longer one is broken
 * @example parseRecord('a,"b ""c""",d\nnext', 0, false, 1e6) // { kind: 'record', fields: ['a', 'b "c"', 'd'], next: 14, lines: 1 }
 */
export function parseRecord(s: string, pos: number, final: boolean, limit: number): ParsedRecord {
  const n = s.length;
  const fields: string[] = [];
  let lines = 0;
  let i = pos;
  const tooLong = (): ParsedRecord => ({ kind: 'broken', reason: `the record is longer than ${limit} characters` });
  for (;;) {
    if (i >= n) {
      if (!final) return MORE;
      fields.push('');
      return { kind: 'record', fields, next: i, lines };
    }
    if (s.charCodeAt(i) === QUOTE) {
      // A quoted field: up to a quote that is not doubled.
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const q = s.indexOf('"', from);
        if (q < 0 || q - pos > limit) {
          if (q >= 0 || n - pos > limit) return tooLong();
          if (!final) return MORE;
          return { kind: 'broken', reason: 'the file ends inside a quoted field (an unclosed quote)' };
        }
        parts.push(s.slice(from, q));
        if (q + 1 >= n && !final) return MORE;
        if (s.charCodeAt(q + 1) === QUOTE) {
          parts.push('"');
          from = q + 2;
          continue;
        }
        lines += countLines(s, i, q);
        i = q + 1;
        break;
      }
      const text = parts.length === 1 ? own(parts[0]) : parts.join('');
      fields.push(text.indexOf('\r\n') >= 0 ? text.replace(/\r\n/g, '\n') : text);
      if (i >= n) {
        if (!final) return MORE;
        return { kind: 'record', fields, next: i, lines };
      }
      const c = s.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === LF) return { kind: 'record', fields, next: i + 1, lines: lines + 1 };
      if (c === CR) {
        if (i + 1 >= n && !final) return MORE;
        if (s.charCodeAt(i + 1) === LF) return { kind: 'record', fields, next: i + 2, lines: lines + 1 };
      }
      return {
        kind: 'broken',
        reason: `a quote ends field ${fields.length}, but ${JSON.stringify(s[i])} follows it instead of a comma or the line end (a quote not doubled, or one never closed)`,
      };
    }
    // An unquoted field: up to a comma or a line end; a lone CR and any quote inside are kept as characters.
    let j = i;
    for (;;) {
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === COMMA || d === LF || d === CR) break;
        j++;
      }
      if (j - pos > limit) return tooLong();
      if (j < n && s.charCodeAt(j) === CR) {
        if (j + 1 >= n && !final) return MORE;
        if (j + 1 < n && s.charCodeAt(j + 1) !== LF) {
          j++;
          continue;
        }
      }
      break;
    }
    if (j >= n) {
      if (!final) return MORE;
      fields.push(own(s.slice(i, j)));
      return { kind: 'record', fields, next: j, lines };
    }
    fields.push(own(s.slice(i, j)));
    const d = s.charCodeAt(j);
    if (d === COMMA) {
      i = j + 1;
      continue;
    }
    return { kind: 'record', fields, next: j + (d === CR ? 2 : 1), lines: lines + 1 };
  }
}
