/**
 * Runs password spray over a table:
 *
 *   ipFacts (failures and accepted sign-ins per IP) → per IP: burst and low-and-slow peaks
 *     → failure-led IPs not reported alone, gathered by ASN (low-and-slow or distributed), then by user agent
 *     → one row per source, one finding per breached source
 */
import { evidenceRows, sortedList } from '../../findings/evidence-row';
import { isoTime } from '../../iso-time';
import { codeMask } from '../../table/code-mask';
import type { SignInTable } from '../../table/signin-table';
import type { AnalysisResult } from '../analysis';
import type { PasswordSprayParams } from './parameters';
import { sprayFindings, type PasswordSprayRow, type SpraySpeed } from './row';
import { binnedPeak, gather, ipFacts, peakOf, type IpFacts } from './sources';

/** Code-unit order, as Kusto's sort compares strings. */
const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function runPasswordSpray(table: SignInTable, p: PasswordSprayParams): AnalysisResult<PasswordSprayParams, PasswordSprayRow> {
  const t = table.unfiltered(); // sources work with positions
  const res = table.column('ResultType');
  const { byIp, noIp } = ipFacts(table, codeMask(res, p.failureCodes), codeMask(res, p.acceptedCodes));
  const col = {
    ip: table.column('IPAddress'),
    upn: table.column('UserPrincipalName'),
    asn: table.column('AutonomousSystemNumber'),
    ua: table.column('UserAgent'),
    app: table.column('ClientAppUsed'),
    type: table.column('Type'),
    time: table.column('CreatedDateTime').values,
  };
  const burstMs = p.windowMinutes * 60_000;
  const dayMs = p.lowSlowHours * 3_600_000;
  const text = (c: { values: string[]; codes: ArrayLike<number> }) => (q: number) => c.values[c.codes[q]];
  const upnOf = text(col.upn);
  const mostFrequent = (qs: readonly number[], of: (q: number) => string): string => {
    const n = new Map<string, number>();
    for (const q of qs) if (of(q)) n.set(of(q), (n.get(of(q)) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1] || ordinal(a[0], b[0]))[0]?.[0] ?? '';
  };

  /** A row for a source made of some IPs' failures; `accepted` are the accepted sign-ins of those IPs. */
  function row(source: PasswordSprayRow['Source'], ips: readonly IpFacts[], fails: readonly number[], asn: string, ua: string): PasswordSprayRow {
    const accepted = ips.flatMap((f) => f.accepted);
    const burst = peakOf(t, fails, burstMs);
    const day = binnedPeak(t, fails, dayMs);
    const firstFail = col.time[fails[0]];
    // A guess that worked: an account accepted from the source once its failures began (a sprayed password can be right
    // at the first try, so no failure of that account is needed), unless the account was accepted there before.
    const before = new Set(accepted.filter((q) => col.time[q] < firstFail).map(upnOf));
    const after = accepted.filter((q) => col.time[q] >= firstFail && !before.has(upnOf(q)));
    const hits = new Set(after.map(upnOf));
    const busiest = [...ips].sort((a, b) => b.fails.length - a.fails.length || ordinal(col.ip.values[a.ip], col.ip.values[b.ip]))[0];
    const lastAfter = after.reduce((m, q) => Math.max(m, col.time[q]), -Infinity);
    const addresses = ips.map((f) => col.ip.values[f.ip]);
    const spanned = source === 'IPAddress' ? 1 : day.addresses;
    const speed: SpraySpeed =
      source === 'IPAddress' && burst.accounts >= p.minAccounts
        ? 'burst'
        : day.accounts >= p.lowSlowAccounts && source !== 'UserAgent' && spanned < p.distributedAddresses
          ? 'low-and-slow'
          : source !== 'IPAddress' && day.accounts >= p.distributedAccounts && spanned >= p.distributedAddresses
            ? 'distributed'
            : '';
    return {
      Source: source,
      IPAddress: col.ip.values[busiest.ip],
      IPAddresses: sortedList(addresses, 200),
      IPCount: source === 'IPAddress' ? 1 : spanned,
      AutonomousSystemNumber: asn || mostFrequent(fails, text(col.asn)),
      UserAgent: ua || mostFrequent(fails, text(col.ua)),
      Speed: speed,
      PeakAccounts: burst.accounts,
      PeakWindowStart: isoTime(burst.start),
      PeakDayAccounts: day.accounts,
      PeakDayStart: isoTime(day.start),
      Accounts: new Set(fails.map(upnOf)).size,
      Failures: fails.length,
      FailureCodes: sortedList(new Set(fails.map(text(res)))),
      ClientApps: sortedList(new Set(fails.map(text(col.app)).filter((a) => a))),
      AcceptedAccounts: new Set(accepted.map(upnOf)).size,
      AccountsAcceptedAfterFailure: sortedList(hits),
      Types: sortedList(new Set([...fails, ...after].map(text(col.type)))),
      FirstSeen: isoTime(firstFail),
      LastSeen: isoTime(Math.max(col.time[fails[fails.length - 1]], lastAfter)),
      Breached: speed !== '',
    };
  }

  const rows: PasswordSprayRow[] = [];
  const evidenceOf = new Map<PasswordSprayRow, number[]>();
  const keep = (r: PasswordSprayRow, ips: readonly IpFacts[], fails: readonly number[]) => {
    rows.push(r);
    const hit = new Set(r.AccountsAcceptedAfterFailure);
    const hits = ips.flatMap((f) => f.accepted.filter((q) => col.time[q] >= col.time[fails[0]] && hit.has(upnOf(q))));
    evidenceOf.set(r, [...hits.slice(0, 5), ...fails]);
  };
  // 1. Each IP failing for two or more accounts: burst or low-and-slow on its own.
  const reported = new Set<IpFacts>();
  for (const f of byIp.values()) {
    if (f.failingAccounts.size < 2) continue;
    const r = row('IPAddress', [f], f.fails, '', '');
    keep(r, [f], f.fails);
    if (r.Breached) reported.add(f);
  }
  // 2. Failure-led IPs not reported alone, by ASN; 3. those still unreported, by user agent.
  const rest = [...byIp.values()].filter((f) => !reported.has(f));
  for (const g of gather(t, rest, 'AutonomousSystemNumber')) {
    const r = row('AutonomousSystemNumber', g.ips, g.fails, col.asn.values[g.key], '');
    if (!r.Breached) continue;
    keep(r, g.ips, g.fails);
    for (const f of g.ips) reported.add(f);
  }
  for (const g of gather(t, rest.filter((f) => !reported.has(f)), 'UserAgent')) {
    const r = row('UserAgent', g.ips, g.fails, '', col.ua.values[g.key]);
    if (r.Breached) keep(r, g.ips, g.fails);
  }
  rows.sort((a, b) => Number(b.Breached) - Number(a.Breached) || b.PeakDayAccounts - a.PeakDayAccounts || b.Failures - a.Failures || a.IPAddress.localeCompare(b.IPAddress));

  const findings = sprayFindings(rows, p);
  for (const f of findings) {
    const r = rows.find((x) => x.Breached && x.IPAddress === f.ipAddress && x.FirstSeen === f.first)!;
    f.evidence.rows = evidenceRows(t, evidenceOf.get(r) ?? [], ['ClientAppUsed', 'UserAgent', 'AutonomousSystemNumber']);
  }
  const warnings = noIp ? [`${noIp} password failures have no IPAddress and were left out of the per-IP counts.`] : [];
  return { id: 'password-spray', parameters: p, rows, findings, warnings };
}
