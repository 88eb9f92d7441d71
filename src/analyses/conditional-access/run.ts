/**
 * Runs conditional-access over a table: the blocks grouped by user × IP (KQL's `summarize … by UserPrincipalName,
 * IPAddress`), each compared with the countries of the user's successful sign-ins, then findings with their evidence
 * rows, and the context tables.
 */
import { evidenceRows, sortedList } from '../../findings/evidence-row';
import { isoTime } from '../../iso-time';
import { count, elements, makeSet, max, min, values } from '../../table/aggregates';
import { groupBy } from '../../table/group-by';
import { rollup } from '../../table/rollup';
import { and, matches } from '../../table/row-test';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import { blocked, policiesOf, SUCCESS } from './blocks';
import { contextTables } from './context-tables';
import { blockFindings } from './finding';
import type { ConditionalAccessParams } from './parameters';

/** Blocks of one user from one IP. */
export interface ConditionalAccessRow {
  UserPrincipalName: string;
  IPAddress: string;
  /** Country of the first block row. */
  CountryOrRegion: string;
  /** Countries of the user's successful sign-ins (ResultType 0) in the data. */
  HomeCountries: string[];
  /** The block came from a country absent from HomeCountries (or the user has no success to compare with). */
  Unfamiliar: boolean;
  Blocks: number;
  Apps: string[];
  Policies: string[];
  Types: string[];
  FirstSeen: string;
  LastSeen: string;
}

export function runConditionalAccess(table: SignInTable, p: ConditionalAccessParams): AnalysisResult<ConditionalAccessParams, ConditionalAccessRow> {
  const isBlocked = blocked(p.blockCodes);
  const blockRows = table.where(isBlocked);
  const blocks = groupBy(blockRows, ['UserPrincipalName', 'IPAddress']);
  const perBlock = rollup(blocks, {
    Blocks: count(),
    Apps: makeSet('AppDisplayName'),
    Policies: elements('ConditionalAccessPoliciesFailed', policiesOf),
    Types: makeSet('Type'),
    FirstSeen: min('CreatedDateTime'),
    LastSeen: max('CreatedDateTime'),
  });
  const home = homeCountries(table, new Set(perBlock.map((b) => b.UserPrincipalName as string)));
  const rows: ConditionalAccessRow[] = perBlock
    .map((b, g) => {
      const country = blockRows.get(blocks.rows(g)[0], 'CountryOrRegion');
      const homes = home.get(b.UserPrincipalName as string) ?? [];
      return {
        UserPrincipalName: b.UserPrincipalName as string,
        IPAddress: b.IPAddress as string,
        CountryOrRegion: country,
        HomeCountries: sortedList(homes),
        Unfamiliar: homes.length === 0 || (country !== '' && !homes.includes(country)),
        Blocks: b.Blocks,
        Apps: sortedList(b.Apps),
        Policies: sortedList(b.Policies),
        Types: sortedList(b.Types),
        FirstSeen: isoTime(b.FirstSeen),
        LastSeen: isoTime(b.LastSeen),
      };
    })
    .sort((a, b) => b.Blocks - a.Blocks || a.UserPrincipalName.localeCompare(b.UserPrincipalName) || a.IPAddress.localeCompare(b.IPAddress));

  const groupOf = new Map<string, number>();
  for (let g = 0; g < blocks.length; g++) groupOf.set(`${blocks.keyValue(g, 0)}\u0000${blocks.keyValue(g, 1)}`, g);
  const findings = blockFindings(rows, p);
  for (const f of findings) {
    const g = groupOf.get(`${f.userPrincipalName}\u0000${f.ipAddress}`);
    if (g !== undefined) f.evidence.rows = evidenceRows(blockRows, Array.from(blocks.rows(g)), ['ConditionalAccessStatus', 'ConditionalAccessPoliciesFailed', 'CountryOrRegion']);
  }
  const context = contextTables(table, blockRows, p);
  return { id: 'conditional-access', parameters: p, rows, tables: context.tables, findings, warnings: context.warnings };
}

/** The countries each of `users` signed in from successfully (non-empty, sorted); one pass, skipped when no one was blocked. */
function homeCountries(table: SignInTable, users: ReadonlySet<string>): Map<string, string[]> {
  if (users.size === 0) return new Map();
  const theirs = and(SUCCESS, matches('UserPrincipalName', (u) => users.has(u)));
  const rows = rollup(groupBy(table, 'UserPrincipalName', { where: theirs(table) }), { Countries: values('CountryOrRegion') });
  return new Map(rows.map((r) => [r.UserPrincipalName as string, r.Countries]));
}
