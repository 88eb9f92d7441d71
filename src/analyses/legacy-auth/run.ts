/**
 * Runs legacy-auth over a table: per ClientAppUsed × Type counts (every class) → per user × legacy client app × table
 * (with the failures that came from a spray source or were blocked by policy) → one finding per user.
 */
import { evidenceRows } from '../../findings/evidence-row';
import { isoTime } from '../../iso-time';
import { count, countIf, distinct, max, min, values } from '../../table/aggregates';
import { perCode } from '../../table/code-mask';
import { groupBy } from '../../table/group-by';
import { rollup } from '../../table/rollup';
import { and, is, not, where } from '../../table/row-test';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import { legacyAuthFindings, type LegacyAuthRow } from './finding';
import type { LegacyAuthParams } from './parameters';

export function runLegacyAuth(table: SignInTable, p: LegacyAuthParams): AnalysisResult<LegacyAuthParams, LegacyAuthRow> {
  const app = table.column('ClientAppUsed');
  const modern = new Set(p.modernClientApps.map((v) => v.trim().toLowerCase()));
  const cls = perCode(app, (v) => {
    const l = v.trim().toLowerCase();
    return l === '' || l === 'unknown' ? 'unknown' : modern.has(l) ? 'modern' : 'legacy';
  });
  const success = is('ResultType', ...p.successCodes.map((c) => c.trim()));
  const blocked = is('ResultType', ...p.blockCodes.map((c) => c.trim()));
  const legacy = table.where(where((q) => cls[app.codes[q]] === 'legacy'));

  // Addresses where many accounts fail legacy sign-ins: spray sources.
  const ip = table.column('IPAddress');
  const sprayIps = new Set(
    rollup(groupBy(legacy.where(not(success)), 'IPAddress'), { Accounts: distinct('UserPrincipalName') })
      .filter((r) => r.IPAddress !== '' && r.Accounts >= p.sprayAccounts)
      .map((r) => r.IPAddress as string),
  );
  const fromSpray = where((q) => sprayIps.has(ip.values[ip.codes[q]]));

  // Networks each user signs in from successfully (any client): failures there are the user's own device with a stale
  // password, not someone else's guesses.
  const upn = table.column('UserPrincipalName');
  const asn = table.column('AutonomousSystemNumber');
  const networkOf = (q: number) => (asn.codes[q] !== 0 ? `AS${asn.values[asn.codes[q]]}` : ip.values[ip.codes[q]]);
  const ownNetworks = new Set(
    rollup(groupBy(table.where(success), ['UserPrincipalName', { name: 'Network', of: networkOf }]), {}).map((r) => `${r.UserPrincipalName}\u0000${r.Network}`),
  );
  const fromOwnNetwork = where((q) => ownNetworks.has(`${upn.values[upn.codes[q]]}\u0000${networkOf(q)}`));

  const groups = groupBy(legacy, ['UserPrincipalName', 'ClientAppUsed', 'Type'], { order: 'time' });
  const rows: LegacyAuthRow[] = rollup(groups, {
    SignIns: count(),
    Successes: countIf(success),
    Failures: countIf(not(success)),
    BlockedFailures: countIf(and(not(success), blocked)),
    SprayFailures: countIf(and(not(success), not(blocked), fromSpray)),
    OwnNetworkFailures: countIf(and(not(success), not(blocked), not(fromSpray), fromOwnNetwork)),
    UnexplainedIPAddresses: values('IPAddress', and(not(success), not(blocked), not(fromSpray), not(fromOwnNetwork))),
    IPAddresses: values('IPAddress'),
    First: min('CreatedDateTime'),
    Last: max('CreatedDateTime'),
  })
    .map((r) => ({
      UserPrincipalName: String(r.UserPrincipalName),
      ClientAppUsed: String(r.ClientAppUsed),
      Type: String(r.Type),
      SignIns: r.SignIns,
      Successes: r.Successes,
      Failures: r.Failures,
      BlockedFailures: r.BlockedFailures,
      SprayFailures: r.SprayFailures,
      OwnNetworkFailures: r.OwnNetworkFailures,
      UnexplainedIPAddresses: r.UnexplainedIPAddresses.slice(0, 50),
      IPAddresses: r.IPAddresses.slice(0, 50),
      FirstSeen: isoTime(r.First),
      LastSeen: isoTime(r.Last),
    }))
    .sort((x, y) => y.Successes - x.Successes || y.SignIns - x.SignIns || x.UserPrincipalName.localeCompare(y.UserPrincipalName));

  // Evidence: up to 20 successes and 20 failures per user, in time order.
  const ok = success(table);
  const byUser = groupBy(legacy, 'UserPrincipalName', { order: 'time' });
  const samples = new Map<string, number[]>();
  for (let g = 0; g < byUser.length; g++) {
    const ks = Array.from(byUser.rows(g));
    const good = ks.filter((k) => ok(legacy.position(k))).slice(0, 20);
    const bad = ks.filter((k) => !ok(legacy.position(k))).slice(0, 20);
    samples.set(byUser.keyValue(g) as string, [...good, ...bad]);
  }
  const findings = legacyAuthFindings(rows, [...sprayIps]);
  for (const f of findings) f.evidence.rows = evidenceRows(legacy, samples.get(f.userPrincipalName ?? '') ?? [], ['ClientAppUsed', 'UserAgent']);

  const perClientApp = rollup(groupBy(table, ['ClientAppUsed', 'Type']), { SignIns: count(), Successes: countIf(success), Users: distinct('UserPrincipalName') })
    .map((r) => ({ ClientAppUsed: r.ClientAppUsed, Class: cls[app.codeOf(r.ClientAppUsed as string)], Type: r.Type, SignIns: r.SignIns, Successes: r.Successes, Users: r.Users }))
    .sort((x, y) => x.Class.localeCompare(y.Class) || y.SignIns - x.SignIns);
  const unclassified = perClientApp.filter((r) => r.Class === 'unknown');
  const warnings: string[] = [];
  const unknownRows = unclassified.reduce((n, r) => n + r.SignIns, 0);
  if (unknownRows > 0) {
    warnings.push(`${unknownRows} sign-ins have an empty or "Unknown" ClientAppUsed; they are listed in "unclassified", not counted as legacy.`);
  }
  return { id: 'legacy-auth', parameters: p, rows, tables: { perClientApp, unclassified, sprayAddresses: [...sprayIps].map((a) => ({ IPAddress: a })) }, findings, warnings };
}
