/**
 * Rows as a Graph beta `/auditLogs/signIns` response body, `{"@odata.context": ..., "value": [...]}`, interactive and
 * non-interactive together (as a `signInEventTypes` filter over both returns them). Graph pages newest first; a saved
 * collection keeps whatever order the tool wrote, so rows stay in the order given.
 */
import { graphSignInOf } from './graph-signin-of';
import { FileSink } from './sink';
import { count, emptyResult, type WriteResult } from './write-result';

export async function writeGraphJson(rows: Iterable<Record<string, unknown>>, path: string): Promise<WriteResult> {
  const sink = new FileSink(path);
  const result = emptyResult(path);
  await sink.write('{"@odata.context":"https://graph.microsoft.com/beta/$metadata#auditLogs/signIns","value":[');
  for (const row of rows) {
    await sink.write((result.rows ? ',\n' : '\n') + JSON.stringify(graphSignInOf(row)));
    count(result, row);
  }
  await sink.write('\n]}\n');
  await sink.close();
  return result;
}
