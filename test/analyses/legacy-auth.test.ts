import { legacyAuth } from '../../src/analyses/legacy-auth';
import { table } from '../rows';

const t = table([
  // alice: two IMAP successes from one IP (interactive) + one failure in the other table, case differs
  { at: '2025-06-02T08:00:00Z', UserPrincipalName: 'alice@contoso.com', ClientAppUsed: 'IMAP4', IPAddress: '203.0.113.5' },
  { at: '2025-06-02T09:00:00Z', UserPrincipalName: 'alice@contoso.com', ClientAppUsed: 'IMAP4', IPAddress: '203.0.113.5' },
  { at: '2025-06-02T10:00:00Z', UserPrincipalName: 'alice@contoso.com', ClientAppUsed: 'imap4', IPAddress: '203.0.113.5', ResultType: '50126', IsInteractive: false },
  // bob: POP3 failures, one wrong password, one blocked
  { at: '2025-06-02T08:30:00Z', UserPrincipalName: 'bob@contoso.com', ClientAppUsed: 'POP3', IPAddress: '198.51.100.1', ResultType: '50126' },
  { at: '2025-06-02T08:31:00Z', UserPrincipalName: 'bob@contoso.com', ClientAppUsed: 'POP3', IPAddress: '198.51.100.2', ResultType: '53003' },
  // carol: only blocked SMTP attempts
  { at: '2025-06-02T11:00:00Z', UserPrincipalName: 'carol@contoso.com', ClientAppUsed: 'Authenticated SMTP', IPAddress: '192.0.2.9', ResultType: '530035' },
  // modern clients in odd casing: never legacy
  { at: '2025-06-02T08:00:00Z', UserPrincipalName: 'dave@contoso.com', ClientAppUsed: 'browser' },
  { at: '2025-06-02T08:00:00Z', UserPrincipalName: 'dave@contoso.com', ClientAppUsed: 'Mobile apps and desktop clients', IsInteractive: false },
  // empty and Unknown: reported apart
  { at: '2025-06-02T08:00:00Z', UserPrincipalName: 'erin@contoso.com', ClientAppUsed: '' },
  { at: '2025-06-02T08:00:00Z', UserPrincipalName: 'erin@contoso.com', ClientAppUsed: 'Unknown', IsInteractive: false },
]);

describe('legacy-auth', () => {
  const res = legacyAuth.run(t);

  test('one row per user × client app as logged × table, with hand-counted numbers', () => {
    const slim = res.rows.map((r) => [r.UserPrincipalName, r.ClientAppUsed, r.Type, r.Successes, r.Failures, r.BlockedFailures, r.IPAddresses.length]);
    expect(slim).toEqual([
      ['alice@contoso.com', 'IMAP4', 'SigninLogs', 2, 0, 0, 1],
      ['bob@contoso.com', 'POP3', 'SigninLogs', 0, 2, 1, 2],
      ['alice@contoso.com', 'imap4', 'AADNonInteractiveUserSignInLogs', 0, 1, 0, 1],
      ['carol@contoso.com', 'Authenticated SMTP', 'SigninLogs', 0, 1, 1, 1],
    ]);
    expect(res.rows[0]).toMatchObject({ FirstSeen: '2025-06-02T08:00:00.000Z', LastSeen: '2025-06-02T09:00:00.000Z' });
  });

  test('modern clients in any casing and empty/Unknown never become legacy', () => {
    const users = new Set(res.rows.map((r) => r.UserPrincipalName));
    expect(users.has('dave@contoso.com')).toBe(false);
    expect(users.has('erin@contoso.com')).toBe(false);
    expect(res.tables!.unclassified.map((r) => r.ClientAppUsed).sort()).toEqual(['', 'Unknown']);
    expect(res.warnings.join(' ')).toContain('2 sign-ins have an empty or "Unknown" ClientAppUsed');
  });

  test('a legacy success ranks high, failures medium, blocked-only is context (informational, saying why)', () => {
    const sev = Object.fromEntries(res.findings.map((f) => [f.userPrincipalName, f.severity]));
    expect(sev).toEqual({ 'alice@contoso.com': 'high', 'bob@contoso.com': 'medium', 'carol@contoso.com': 'informational' });
    expect(res.findings[2].counterReasons).toEqual(['not alerted: the protocol is blocked by policy']);
    expect(res.findings.map((f) => f.userPrincipalName)).toEqual(['alice@contoso.com', 'bob@contoso.com', 'carol@contoso.com']);
  });

  test('a finding cites its rows (successes first), window and single IP', () => {
    const alice = res.findings[0];
    expect(alice).toMatchObject({ detector: 'legacy-auth', ipAddress: '203.0.113.5', first: '2025-06-02T08:00:00.000Z', last: '2025-06-02T10:00:00.000Z' });
    expect(alice.evidence.rowCount).toBe(3);
    expect(alice.evidence.rows.map((r) => r.Id)).toEqual(['r1', 'r2', 'r3']);
    expect(alice.evidence.tables).toEqual(['AADNonInteractiveUserSignInLogs', 'SigninLogs']);
    expect(res.findings[1].ipAddress).toBeUndefined();
  });

  test('findingsFromRows gives the same findings without evidence rows (pushdown)', () => {
    const again = legacyAuth.findingsFromRows!(res.rows, res.parameters);
    expect(again.map((f) => [f.userPrincipalName, f.severity, f.first, f.last])).toEqual(
      res.findings.map((f) => [f.userPrincipalName, f.severity, f.first, f.last]),
    );
  });

  test('an extra modern client app is honoured', () => {
    const r = legacyAuth.run(t, { modernClientApps: ['Browser', 'Mobile Apps and Desktop clients', 'POP3'] });
    expect(r.rows.some((x) => x.ClientAppUsed === 'POP3')).toBe(false);
  });
});

describe('legacy-auth and a password spray over IMAP', () => {
  const victims = Array.from({ length: 12 }, (_, i) => `victim${i}@contoso.com`);
  const t2 = table([
    ...victims.map((u, i) => ({ at: `2025-06-02T${String(8 + (i % 10)).padStart(2, '0')}:1${i % 6}:00Z`, UserPrincipalName: u, ClientAppUsed: 'IMAP4', IPAddress: '185.220.101.7', ResultType: '50126', IsInteractive: false })),
    // one victim's password works: a legacy success stays high, per user
    { at: '2025-06-02T19:00:00Z', UserPrincipalName: 'victim3@contoso.com', ClientAppUsed: 'IMAP4', IPAddress: '185.220.101.7', IsInteractive: false },
    // frank's POP3 failures from an address he never signs in from: medium
    { at: '2025-06-02T09:00:00Z', UserPrincipalName: 'frank@contoso.com', ClientAppUsed: 'POP3', IPAddress: '73.53.1.1', ResultType: '50126' },
  ]);
  const r = legacyAuth.run(t2);

  test("a spray's failed attempts are not an alert on each victim; the victims say why", () => {
    const alerts = r.findings.filter((f) => f.severity !== 'informational').map((f) => [f.userPrincipalName, f.severity]);
    expect(alerts).toEqual([
      ['victim3@contoso.com', 'high'],
      ['frank@contoso.com', 'medium'],
    ]);
    const quiet = r.findings.find((f) => f.userPrincipalName === 'victim0@contoso.com')!;
    expect(quiet.counterReasons?.[0]).toMatch(/^not alerted: its failures come from 185\.220\.101\.7, where many accounts fail/);
    expect(r.rows.find((x) => x.UserPrincipalName === 'victim0@contoso.com')).toMatchObject({ Failures: 1, SprayFailures: 1 });
  });

  test('the spray threshold is a parameter', () => {
    const strict = legacyAuth.run(t2, { sprayAccounts: 50 });
    expect(strict.findings.find((f) => f.userPrincipalName === 'victim0@contoso.com')!.severity).toBe('medium');
  });
});

describe('legacy-auth and a stale password', () => {
  test("the user's phone retrying a stale password over ActiveSync from the networks the user signs in from is context", () => {
    const carrier = (n: number) => ({ IPAddress: `172.56.${n}.9`, AutonomousSystemNumber: '21928' });
    const rows = table([
      // the phone's modern apps work from the carrier all day
      ...[1, 2, 3].map((n) => ({ at: `2025-06-02T0${n + 6}:00:00Z`, UserPrincipalName: 'gus@contoso.com', ClientAppUsed: 'Mobile Apps and Desktop clients', IsInteractive: false, ...carrier(n) })),
      // its mail app keeps offering the old password, from rotating carrier addresses
      ...[4, 5, 6, 7, 8].map((n) => ({ at: `2025-06-02T${n + 6 < 10 ? '0' : ''}${n + 6}:30:00Z`, UserPrincipalName: 'gus@contoso.com', ClientAppUsed: 'Exchange ActiveSync', ResultType: '50126', IsInteractive: false, ...carrier(n) })),
    ]);
    const [f] = legacyAuth.run(rows).findings;
    expect(f).toMatchObject({ userPrincipalName: 'gus@contoso.com', severity: 'informational' });
    expect(f.counterReasons?.[0]).toMatch(/networks the user signs in from successfully \(a device of theirs with a stale password\)/);
    expect(legacyAuth.run(rows).rows[0]).toMatchObject({ Failures: 5, OwnNetworkFailures: 5 });
  });
});
