/**
 * The checks every normalizer makes before a row may enter the table: an Id, a time, and a user. A row without them
 * cannot be deduplicated, placed on a timeline or attributed, so it is rejected with the reason instead.
 */
import type { SignIn } from '../../schema/fields';
import { timeProblem } from '../time';
import type { NoteRepair } from './repairs';
import { RowRejection } from './row-rejection';

/** A value short enough to quote in a rejection reason (JSON-quoted; the CLI escapes it for the terminal). */
export function quote(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);
}

/** True for a cell that holds nothing. */
export const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '';

/** Why a time cell could not be used, for a reason: `CreatedDateTime "2024-02-31" is not a time: there is no day 31 …`. */
export function notATime(column: string, time: unknown): string {
  return isEmpty(time) ? `no ${column}` : `${column} ${typeof time === 'number' ? String(time) : quote(time)} is not a time: ${timeProblem(time)}`;
}

/**
 * Throws a RowRejection for a row without Id, time or user. `time` is the raw time cell of `timeColumn`, quoted in the
 * reason; `servicePrincipal` is the row's service principal name or id, if any (a sign-in by an application). A row
 * attributed by its UserId alone is noted as a repair.
 */
export function requireSignIn(out: SignIn, timeColumn: string, time: unknown, servicePrincipal: string, note: NoteRepair): void {
  if (out.Id === '') throw new RowRejection('no Id');
  if (Number.isNaN(out.CreatedDateTime)) throw new RowRejection(notATime(timeColumn, time));
  if (out.UserPrincipalName === '' && out.UserId === '') {
    throw new RowRejection(
      servicePrincipal !== ''
        ? `service-principal sign-in (${servicePrincipal.length > 60 ? quote(servicePrincipal) : servicePrincipal}), not a user sign-in`
        : 'no UserPrincipalName or UserId',
    );
  }
  if (out.UserPrincipalName === '') note('UserPrincipalName', `empty; the sign-in is attributed to its UserId ${quote(out.UserId)}`);
}
