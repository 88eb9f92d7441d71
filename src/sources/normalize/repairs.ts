/**
 * A repair: a row that loads, but not exactly as written, because a value was unusable and another one stands in for it
 * (CreatedDateTime unreadable, TimeGenerated used) or it was left empty (a dynamic column that is not JSON). Normalizers
 * tell the loader through a NoteRepair; the loader lists each with its file and line, so nothing is repaired silently.
 */

/** Tells the loader that `field` of the row being normalized was repaired, and how (`reason`). */
export type NoteRepair = (field: string, reason: string) => void;

/** For callers that do not keep the list (a single row normalized in a notebook or a test). */
export const ignoreRepairs: NoteRepair = () => undefined;
