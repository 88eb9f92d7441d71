/**
 * What every load returns, from files or a workspace: the table and the accounting that proves nothing was lost,
 * hidden or changed silently. For every file (and for the whole load):
 *
 *   offered = loaded + duplicates + rejected        (conflicts are duplicates; repairs are loaded rows)
 *
 * A file that could not be read at all (missing, unreadable, empty, binary, not sign-in data) offers nothing and is
 * listed in `failed` with the reason; the other files still load.
 */
import type { TableName } from '../schema/table-names';
import type { SignInTable } from '../table/signin-table';

/** A row that did not load: where it is and why. */
export interface Rejection {
  file: string;
  /** 1-based physical line of the file where the row starts (0 for a workspace answer, which has no lines). */
  line: number;
  reason: string;
}

/** A row that loaded, but with one field not as written: which field, and what was done instead. */
export interface Repair {
  file: string;
  line: number;
  field: string;
  reason: string;
}

/**
 * A row whose Id (compared case-insensitively, as Entra writes GUIDs) was already loaded from another row with
 * different contents (time, user, IP address, result, application or table). It counts as a duplicate and is not
 * loaded; the row kept is the first one, at firstFile:firstLine.
 */
export interface Conflict {
  file: string;
  line: number;
  Id: string;
  firstFile: string;
  firstLine: number;
}

/** A file that could not be read at all: nothing from it was loaded. */
export interface FileFailure {
  file: string;
  /** The line the problem is on, when there is one. */
  line?: number;
  reason: string;
}

export interface FileSummary {
  file: string;
  format: string;
  offered: number;
  loaded: number;
  duplicates: number;
  rejected: number;
  repaired: number;
  /** Size in bytes as stored and SHA-256 of those bytes, when the load was asked to fingerprint its inputs. */
  bytes?: number;
  sha256?: string;
  /** Why the file was not loaded at all (then every count is 0). */
  error?: string;
}

export interface LoadResult {
  table: SignInTable;
  rows: Record<TableName, number>;
  offered: number;
  duplicates: number;
  rejected: Rejection[];
  repaired: Repair[];
  conflicts: Conflict[];
  files: FileSummary[];
  failed: FileFailure[];
}
