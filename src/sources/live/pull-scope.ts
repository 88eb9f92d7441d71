/** What a pull reads, the same for a workspace and an Azure Data Explorer cluster. */
import type { TableName } from '../../schema/table-names';
import type { PullProgress } from './pull-table';

export interface PullScope {
  /** ISO-8601 duration ending now (P7D) or interval (start/end), or Dates. */
  timespan: string | { start: Date; end: Date };
  /** Only this UserPrincipalName (case-insensitive). */
  user?: string;
  /** Only this IPAddress. */
  ip?: string;
  /** Source columns to fetch instead of the model's (Id, TimeGenerated and Type are always fetched). */
  columns?: string[];
  /** Tables to pull (default both). */
  tables?: TableName[];
  onProgress?: (p: PullProgress) => void;
  /** Rows of one answer from which it is taken as cut (default 500,000: the limit of both services). */
  maxRowsPerQuery?: number;
  /** Upper bound on queries per table (default 20,000). */
  maxQueries?: number;
  /** The clock for relative timespans, epoch ms (tests). */
  now?: number;
}
