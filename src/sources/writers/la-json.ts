/** Log Analytics rows as one JSON array (what a `| project` result saved from a script often looks like). */
import { FileSink } from './sink';
import { count, emptyResult, type WriteResult } from './write-result';

export async function writeLaJson(rows: Iterable<Record<string, unknown>>, path: string): Promise<WriteResult> {
  const sink = new FileSink(path);
  const result = emptyResult(path);
  await sink.write('[');
  for (const row of rows) {
    await sink.write((result.rows ? ',\n' : '\n') + JSON.stringify(row));
    count(result, row);
  }
  await sink.write('\n]\n');
  await sink.close();
  return result;
}
