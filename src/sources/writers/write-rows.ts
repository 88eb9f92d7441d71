/**
 * One entry point for every output format, so the CLI and scripts choose by name.
 *
 *   la-jsonl   Log Analytics rows, one JSON object per line (the generator's native form)
 *   la-json    Log Analytics rows as one JSON array
 *   graph-json Graph beta /auditLogs/signIns body {"value": [...]}, camelCase
 *   la-csv     Log Analytics "Export to CSV" of a union over both tables
 */
import { UserError } from '../../errors';
import { writeGraphJson } from './graph-json';
import { writeLaCsv } from './la-csv';
import { writeLaJson } from './la-json';
import { writeLaJsonl } from './la-jsonl';
import type { WriteResult } from './write-result';

export const WRITER_FORMATS = ['la-jsonl', 'la-json', 'graph-json', 'la-csv'] as const;
export type WriterFormat = (typeof WRITER_FORMATS)[number];

export function isWriterFormat(x: unknown): x is WriterFormat {
  return (WRITER_FORMATS as readonly unknown[]).includes(x);
}

const WRITERS: Record<WriterFormat, (rows: Iterable<Record<string, unknown>>, path: string) => Promise<WriteResult>> = {
  'la-jsonl': writeLaJsonl,
  'la-json': writeLaJson,
  'graph-json': writeGraphJson,
  'la-csv': writeLaCsv,
};

/**
 * Streams rows to `path` in `format`; gzips when the path ends in `.gz`.
 *
 * @example await writeRows(generateRows({ users: 25 }), 'tenant.la.jsonl.gz', 'la-jsonl')
 */
export function writeRows(rows: Iterable<Record<string, unknown>>, path: string, format: WriterFormat): Promise<WriteResult> {
  if (!isWriterFormat(format)) throw new UserError(`unknown format ${JSON.stringify(format)}; use one of ${WRITER_FORMATS.join(', ')}`);
  return WRITERS[format](rows, path);
}

export type { WriteResult } from './write-result';
