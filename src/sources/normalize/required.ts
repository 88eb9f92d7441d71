/**
 * The checks every normalizer makes before a row may enter the table: an Id, a time, and a user. A row without them
 * cannot be deduplicated, placed on a timeline or attributed, so it is rejected with the reason instead.
 */
import type { SignIn } from '../../schema/fields';
import { RowRejection } from './row-rejection';

/** A value short enough to quote in a rejection reason. */
export function quote(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);
}

/**
 * Throws a RowRejection for a row without Id, time or user. `time` is the raw time cell, quoted in the reason;
 * `servicePrincipal` is the row's service principal name or id, if any (a sign-in by an application).
 */
export function requireSignIn(out: SignIn, timeColumn: string, time: unknown, servicePrincipal: string): void {
  if (out.Id === '') throw new RowRejection('no Id');
  if (Number.isNaN(out.CreatedDateTime)) {
    throw new RowRejection(
      time === undefined || time === null || time === '' ? `no ${timeColumn}` : `${timeColumn} ${quote(time)} is not a time`,
    );
  }
  if (out.UserPrincipalName === '' && out.UserId === '') {
    throw new RowRejection(
      servicePrincipal !== ''
        ? `service-principal sign-in (${servicePrincipal}), not a user sign-in`
        : 'no UserPrincipalName or UserId',
    );
  }
}
