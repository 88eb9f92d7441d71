/** The end of every load, from files or a workspace: one place that does the accounting the same way. */
import type { SignInTableBuilder } from '../table/table-builder';
import type { FileSummary, LoadResult, Rejection } from './files/load-files';

/**
 * Finishes the table and accounts for every row offered: loaded (per table), duplicates (same Id, kept once) and
 * rejected, so that offered = loaded + duplicates + rejected.
 */
export function finishLoad(builder: SignInTableBuilder, files: FileSummary[], rejected: Rejection[]): LoadResult {
  const table = builder.finish();
  return {
    table,
    rows: table.counts(),
    offered: files.reduce((n, f) => n + f.offered, 0),
    duplicates: builder.duplicates,
    rejected,
    files,
  };
}
