/**
 * Reads CSV text with csv-parse (RFC 4180: quoted fields with commas, doubled quotes and line breaks, as the Log
 * Analytics export writes its multi-line JSON cells), streaming, one record at a time. Each record arrives with the
 * physical line it starts on; a record csv-parse cannot read (an unclosed quote) is reported with its line instead.
 */
import { parse, type CsvError, type Options } from 'csv-parse';
import { once } from 'node:events';
import { crlfToLf } from './chunks';

export interface CsvHandlers {
  record(fields: string[], line: number): void;
  problem(reason: string, line: number): void;
}

function leadingNewlines(raw: string): number {
  let k = 0;
  while (k < raw.length && (raw.charCodeAt(k) === 10 || raw.charCodeAt(k) === 13)) k++;
  let n = 0;
  for (let i = 0; i < k; i++) if (raw.charCodeAt(i) === 10) n++;
  return n;
}

export async function readCsv(chunks: AsyncIterable<string>, on: CsvHandlers): Promise<void> {
  /** The physical line the previous record ended on. */
  let ended = 0;
  let failure: Error | undefined;
  const parser = parse({
    bom: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (r: { record: string[]; raw: string }, ctx: { lines: number }) => {
      const start = ended + 1 + leadingNewlines(r.raw);
      ended = ctx.lines;
      try {
        on.record(r.record, start);
      } catch (e) {
        failure ??= e as Error;
      }
      return null;
    },
    on_skip: (err: CsvError | undefined) => {
      const start = ended + 1;
      ended = (err as unknown as { lines?: number })?.lines ?? ended;
      on.problem(`unreadable CSV: ${(err?.message ?? 'malformed record').replace(/ at line \d+/, '')}`, start);
      return undefined;
    },
  } as unknown as Options);
  parser.on('data', () => {});
  const done = new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  for await (const chunk of crlfToLf(chunks)) {
    if (failure) break;
    if (!parser.write(chunk)) await once(parser, 'drain');
  }
  parser.end();
  await done;
  if (failure) throw failure;
}
