/** Log Analytics rows as JSON Lines: one row object per line, PascalCase columns as the workspace stores them. */
import { FileSink } from './sink';
import { count, emptyResult, type WriteResult } from './write-result';

export async function writeLaJsonl(rows: Iterable<Record<string, unknown>>, path: string): Promise<WriteResult> {
  const sink = new FileSink(path);
  const result = emptyResult(path);
  for (const row of rows) {
    await sink.write(JSON.stringify(row) + '\n');
    count(result, row);
  }
  await sink.close();
  return result;
}
