/**
 * The KQL twin of token-types: per table and IncomingTokenType (canonical value when recognised, compared without
 * case, spaces, "_" or "-", as normalizeTokenType does; the logged text otherwise; "" when not recorded), sign-ins,
 * distinct users and apps, the share of the table, and the label and replay weight from the catalogue
 * (src/schema/token-types.ts) carried inline. `perUserApp` only adds the TypeScript's per user × app table, which is
 * not part of the twin; the parameter is declared so the query records it.
 */
import { datatableLiteral } from '../../kql/datatable';
import { boolLiteral } from '../../kql/literals';
import { kql } from '../../kql/template';
import { unionLegs } from '../../kql/union-legs';
import { TOKEN_TYPES, TOKEN_TYPE_DEFS } from '../../schema/token-types';
import type { KqlScope } from '../analysis';
import type { TokenTypesParams } from './parameters';

const key = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

export function tokenTypesKql(p: TokenTypesParams, scope: KqlScope = {}): string {
  const entries = new Map<string, (string | number)[]>();
  for (const t of TOKEN_TYPES) {
    const d = TOKEN_TYPE_DEFS[t];
    for (const form of [t, d.label]) entries.set(key(form), [key(form), d.value, d.label, d.replayWeight]);
  }
  const catalogue = datatableLiteral(
    [
      { name: 'Key', type: 'string' },
      { name: 'Canonical', type: 'string' },
      { name: 'CatalogueLabel', type: 'string' },
      { name: 'CatalogueWeight', type: 'long' },
    ],
    [...entries.values()],
  );
  return kql`// token-types: which tokens clients present in each table, PRT against refresh token
let perUserApp = ${boolLiteral(p.perUserApp)}; // the per user x app table is local only
let catalogue = ${catalogue};
let counts = ${unionLegs({ fields: ['Type', 'IncomingTokenType', 'UserPrincipalName', 'AppDisplayName'], scope, interactive: false })}
    | extend Key = replace_regex(tolower(IncomingTokenType), @"[\\s_-]+", "")
    | lookup kind=leftouter catalogue on Key
    | extend IncomingTokenType = iff(isempty(Canonical), trim(@"\\s+", IncomingTokenType), Canonical)
    | summarize SignIns = count(), Users = array_length(make_set(UserPrincipalName)), Apps = array_length(make_set(AppDisplayName)),
        CatalogueLabel = take_any(CatalogueLabel), CatalogueWeight = take_any(CatalogueWeight)
        by Type, IncomingTokenType;
counts
| lookup (counts | summarize TableRows = sum(SignIns) by Type) on Type
| project Type, IncomingTokenType,
    Label = case(isnotempty(CatalogueLabel), CatalogueLabel, isempty(IncomingTokenType), "(not recorded)", IncomingTokenType),
    ReplayWeight = coalesce(CatalogueWeight, 0), SignIns, Users, Apps, Share = todouble(SignIns) / TableRows
| sort by Type asc, SignIns desc`.text;
}
