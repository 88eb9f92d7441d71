/**
 * What counting SigninLogs alone misses of phishing-resistant sign-ins: since April 2025 a FIDO2 sign-in that obtains
 * a refresh token is logged in the non-interactive table.
 */
import { INTERACTIVE_TABLE, NON_INTERACTIVE_TABLE } from '../../schema/table-names';
import type { AuthMethodsRow } from './run';

/** Per phishing-resistant method: sign-ins in each table and what an interactive-only count would miss. */
export function undercountOf(rows: readonly AuthMethodsRow[]) {
  const by = new Map<string, { AuthenticationMethod: string; SigninLogs: number; AADNonInteractiveUserSignInLogs: number }>();
  for (const r of rows) {
    if (!r.PhishingResistant) continue;
    const e = by.get(r.AuthenticationMethod) ?? { AuthenticationMethod: r.AuthenticationMethod, SigninLogs: 0, AADNonInteractiveUserSignInLogs: 0 };
    by.set(r.AuthenticationMethod, e);
    if (r.Type === INTERACTIVE_TABLE) e.SigninLogs += r.SignIns;
    else if (r.Type === NON_INTERACTIVE_TABLE) e.AADNonInteractiveUserSignInLogs += r.SignIns;
  }
  return [...by.values()]
    .map((e) => {
      const Total = e.SigninLogs + e.AADNonInteractiveUserSignInLogs;
      return { ...e, Total, MissedByInteractiveOnly: e.AADNonInteractiveUserSignInLogs, MissedShare: Total ? e.AADNonInteractiveUserSignInLogs / Total : 0 };
    })
    .sort((a, b) => b.Total - a.Total);
}

/** The analyst's warning when an interactive-only count misses some, or none. */
export function undercountWarnings(undercount: ReturnType<typeof undercountOf>): string[] {
  const missed = undercount.reduce((n, r) => n + r.MissedByInteractiveOnly, 0);
  const all = undercount.reduce((n, r) => n + r.Total, 0);
  if (missed === 0) return [];
  return [
    `Counting ${INTERACTIVE_TABLE} alone misses ${missed} of ${all} phishing-resistant sign-ins (${Math.round((missed / all) * 100)}%): ` +
      'since April 2025 FIDO2 sign-ins that obtain a refresh token are logged in the non-interactive table.',
  ];
}
