/**
 * A write-up about one user shows that user's data only: other accounts' sign-ins, names and rows are not this case's
 * business (and a report handed to a ticket must not leak them). Rows and findings are kept when they concern the
 * user; inside what is kept, lists of other accounts are cut to the user's own name and a count.
 */
import type { Finding } from '../findings/finding';
import { concernsUser, mentionsUser } from '../findings/select-findings';

export { concernsUser, mentionsUser };

const lower = (v: unknown) => String(v).toLowerCase();

/** Looks like an account name (a UPN or mail address), so a list holding it is a list of accounts. */
const isAccount = (v: unknown): v is string => typeof v === 'string' && /^[^@\s]+@[^@\s]+$/.test(v);

/** A result row concerns the user when its UserPrincipalName is theirs or, without one, when any value names them. */
export function rowConcernsUser(row: Record<string, unknown>, upn: string): boolean {
  if ('UserPrincipalName' in row) return lower(row.UserPrincipalName) === upn.toLowerCase();
  return Object.values(row).some((v) => mentionsUser(v, upn));
}

/** The value with other accounts taken out: a list of accounts keeps the user's entry and says how many others. */
export function withoutOtherAccounts(value: unknown, upn: string): unknown {
  if (!Array.isArray(value) || !value.some(isAccount)) return value;
  const mine = value.filter((v) => !isAccount(v) || v.toLowerCase() === upn.toLowerCase());
  const others = value.length - mine.length;
  return others ? [...mine, `(${others} other account${others === 1 ? '' : 's'})`] : mine;
}

/** A row with every list of accounts narrowed to the user. */
export function narrowRow<R extends Record<string, unknown>>(row: R, upn: string): R {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = withoutOtherAccounts(v, upn);
  return out as R;
}

/** Text with every account name but the user's replaced by "another account". */
export function withoutOtherAccountNames(text: string, upn: string): string {
  return text.replace(/[^@\s,;:()[\]"']+@[^@\s,;:()[\]"']+/g, (name) => (name.toLowerCase() === upn.toLowerCase() ? name : 'another account'));
}

/**
 * The finding as a one-user write-up shows it: evidence rows of other accounts left out (and counted), lists of
 * accounts in its facts cut to the user, other accounts' names taken out of its reasons, and related findings about
 * other accounts left out.
 */
export function narrowFinding(f: Finding, upn: string): Finding {
  const want = upn.toLowerCase();
  const { rows, ...facts } = f.evidence;
  const mine = rows.filter((r) => !r.UserPrincipalName || r.UserPrincipalName.toLowerCase() === want);
  const left = rows.length - mine.length;
  const names = (list: string[] | undefined) => list?.map((t) => withoutOtherAccountNames(t, upn));
  return {
    ...f,
    ...(f.reasons ? { reasons: names(f.reasons) } : {}),
    ...(f.counterReasons ? { counterReasons: names(f.counterReasons) } : {}),
    ...(f.related ? { related: f.related.filter((id) => withoutOtherAccountNames(id, upn) === id) } : {}),
    evidence: {
      ...(narrowRow(facts as Record<string, unknown>, upn) as typeof facts),
      rows: mine,
      ...(left ? { otherAccountsRowsLeftOut: left } : {}),
    },
  };
}
