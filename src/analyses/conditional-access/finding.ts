/** The ca-blocked finding: one per user × IP with blocks, its severity from BLOCK_SEVERITY. */
import type { Finding } from '../../findings/finding';
import { compareFindings } from '../../findings/severity';
import { BLOCK_SEVERITY, type ConditionalAccessParams } from './parameters';
import type { ConditionalAccessRow } from './run';

/** Findings from result rows alone (local or pushed down), evidence rows left for the caller to add. */
export function blockFindings(rows: readonly ConditionalAccessRow[], p: ConditionalAccessParams): Finding[] {
  const out: Finding[] = rows.map((r) => {
    const severity = BLOCK_SEVERITY[!r.Unfamiliar ? 'familiar' : r.Blocks >= p.repeatedBlocks ? 'repeated' : 'unfamiliar'];
    const where = r.CountryOrRegion ? ` (${r.CountryOrRegion}${r.Unfamiliar ? ', not a country the user signed in from' : ''})` : '';
    return {
      detector: 'ca-blocked',
      severity,
      userPrincipalName: r.UserPrincipalName,
      ipAddress: r.IPAddress,
      first: r.FirstSeen,
      last: r.LastSeen,
      summary: `Conditional Access blocked ${r.Blocks} sign-in(s) of ${r.UserPrincipalName} from ${r.IPAddress}${where} to ${r.Apps.join(', ')}.`,
      evidence: {
        rows: [],
        rowCount: r.Blocks,
        countryOrRegion: r.CountryOrRegion,
        homeCountries: r.HomeCountries,
        unfamiliar: r.Unfamiliar,
        policies: r.Policies,
        apps: r.Apps,
        tables: r.Types,
      },
    };
  });
  return out.sort(compareFindings);
}
