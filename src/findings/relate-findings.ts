/**
 * One attack, one finding. After every detector has run, findings that share a source (an IP address, or the ASN of a
 * spray spread over many) or a compromised account name each other in `related`, so a reader follows one attack
 * across detectors; and a password spray's failed legacy attempts, which legacy-auth sees one victim at a time, become
 * context of the spray instead of an alert per victim.
 *
 * A compromised account: the subject of an alert of token-replay, legacy-auth (a success) or mfa-abandoned, or an
 * account whose password a spray guessed. Findings about one account are related when they overlap within a day.
 */
import type { Finding } from './finding';
import { isAlert } from './finding';

const DAY = 86_400_000;

/** The addresses a finding is about: its source, and every source address of a spray spread over many. */
function addressesOf(f: Finding): string[] {
  return [...(f.ipAddress ? [f.ipAddress] : []), ...(f.ipAddresses ?? [])];
}

function link(a: Finding, b: Finding): void {
  if (a === b) return;
  a.related = [...new Set([...(a.related ?? []), b.id!])];
  b.related = [...new Set([...(b.related ?? []), a.id!])];
}

/** Gives each finding an id (detector, subject, start) unique within the run. */
function assignIds(findings: readonly Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    if (f.id) continue;
    const subject = f.userPrincipalName ?? f.ipAddress ?? f.network?.asn ?? '';
    const base = `${f.detector}:${subject}:${f.first}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    f.id = n === 1 ? base : `${base}#${n}`;
  }
}

const overlaps = (a: Finding, b: Finding, slackMs: number): boolean =>
  Date.parse(a.first) - slackMs <= Date.parse(b.last) && Date.parse(b.first) - slackMs <= Date.parse(a.last);

/** Relates the findings of one run (in place) and returns them. */
export function relateFindings(findings: Finding[]): Finding[] {
  assignIds(findings);
  const sprays = findings.filter((f) => f.detector === 'password-spray' && isAlert(f));

  // A spray's failed legacy attempts: context of the sprays they came from, not an alert on each victim. A victim of
  // a distributed spray fails from several sources: every address of the failures legacy-auth could not explain
  // itself (policy blocks, the user's own stale device) must belong to a spray of the same time.
  for (const l of findings) {
    if (l.detector !== 'legacy-auth' || !isAlert(l) || Number(l.evidence.successes ?? 0) > 0) continue;
    const ips = (l.evidence.unexplainedIpAddresses as string[] | undefined) ?? (l.evidence.ipAddresses as string[] | undefined) ?? addressesOf(l);
    const from = sprays.filter((s) => overlaps(l, s, 0) && addressesOf(s).some((ip) => ips.includes(ip)));
    const covered = new Set(from.flatMap(addressesOf));
    if (ips.length === 0 || !ips.every((ip) => covered.has(ip))) continue;
    l.severity = 'informational';
    l.counterReasons = [`not alerted: its failures are part of the password spray ${from.map((s) => s.id).join(', ')} (one finding about each source)`, ...(l.counterReasons ?? [])];
    for (const s of from) link(l, s);
  }

  // Shared sources: the same address in findings of different detectors.
  const byAddress = new Map<string, Finding[]>();
  for (const f of findings) for (const ip of new Set(addressesOf(f))) byAddress.set(ip, [...(byAddress.get(ip) ?? []), f]);
  for (const list of byAddress.values()) {
    const alerts = list.filter(isAlert);
    for (const a of alerts) for (const b of alerts) if (a.detector !== b.detector && overlaps(a, b, DAY)) link(a, b);
  }

  // Compromised accounts: alerts about one account within a day of each other, and the accounts a spray guessed.
  const byUser = new Map<string, Finding[]>();
  const add = (upn: string, f: Finding) => byUser.set(upn.toLowerCase(), [...(byUser.get(upn.toLowerCase()) ?? []), f]);
  for (const f of findings) if (f.userPrincipalName && isAlert(f)) add(f.userPrincipalName, f);
  for (const s of sprays) for (const upn of (s.evidence.accountsAcceptedAfterFailure as string[] | undefined) ?? []) add(upn, s);
  for (const list of byUser.values()) for (const a of list) for (const b of list) if (a.detector !== b.detector && overlaps(a, b, DAY)) link(a, b);
  return findings;
}
