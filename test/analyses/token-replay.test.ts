import { tokenReplay } from '../../src/analyses/token-replay';
import { PLACES, signIn, table } from '../rows';

const alice = 'alice@contoso.com';
const home = { IPAddress: '198.51.100.10', AutonomousSystemNumber: '2856', SessionId: 's-alice', ...PLACES.london };
const thief = {
  IPAddress: '203.0.113.50',
  AutonomousSystemNumber: '4804',
  SessionId: 's-alice',
  IncomingTokenType: 'primaryRefreshToken',
  ...PLACES.sydney,
};
const replay = [
  signIn(alice, '2026-01-05T09:00', true, home),
  signIn(alice, '2026-01-05T09:10', false, home),
  signIn(alice, '2026-01-05T09:30', false, thief),
  signIn(alice, '2026-01-05T09:40', false, home),
  signIn(alice, '2026-01-05T10:00', false, thief),
  signIn(alice, '2026-01-05T10:30', false, home),
];

describe('token-replay', () => {
  test('a PRT refreshed from another continent while the user works on is a high finding with its evidence', () => {
    const r = tokenReplay.run(table(replay));
    expect(r.rows).toHaveLength(1); // the refreshes from the interactive IP inherit it: no candidate
    const row = r.rows[0];
    expect(row).toMatchObject({
      UserPrincipalName: alice,
      InteractiveIPAddress: '198.51.100.10',
      RefreshIPAddress: '203.0.113.50',
      RefreshCount: 2,
      GapMinutes: 10, // 09:40 at IP-A vs 09:30 at IP-B
      Concurrent: true,
      NearKnownLocation: false,
      SharedSessionKeys: 'SessionId s-alice',
      IncomingTokenTypes: 'primaryRefreshToken',
      Score: 100, // 30 + 10 far + 10 country + 10 ASN + 15 speed + 15 concurrent + 15 session + 15 PRT, capped
      Severity: 'high',
    });
    expect(row.DistanceKm).toBeGreaterThan(16900); // London to Sydney is about 16,990 km
    expect(row.DistanceKm).toBeLessThan(17100);
    const f = r.findings[0];
    expect(f).toMatchObject({ detector: 'token-replay', severity: 'high', userPrincipalName: alice, ipAddress: '203.0.113.50' });
    expect(f.first).toBe('2026-01-05T09:00:00.000Z');
    expect(f.last).toBe('2026-01-05T10:00:00.000Z');
    expect(f.evidence.rows.map((e) => [e.IPAddress, e.Role])).toEqual([
      ['198.51.100.10', 'interactive sign-in at IP-A'],
      ['203.0.113.50', 'refresh at IP-B'],
      ['203.0.113.50', 'refresh at IP-B'],
    ]);
    expect(f.summary).toContain('Sydney, AU');
  });

  test('the finding can be rebuilt from the row alone (pushdown)', () => {
    const r = tokenReplay.run(table(replay));
    const [f] = tokenReplay.findingsFromRows!(r.rows, r.parameters);
    expect(f).toMatchObject({ severity: 'high', first: '2026-01-05T09:00:00.000Z', last: '2026-01-05T10:00:00.000Z' });
    expect(f.evidence.rowCount).toBe(3);
  });

  test('an excluded CIDR range removes the candidate and says so', () => {
    const r = tokenReplay.run(table(replay), { excludedIpRanges: ['203.0.113.0/24'] });
    expect(r.rows).toHaveLength(0);
    expect(r.tables!.excluded).toEqual([
      { UserPrincipalName: alice, IPAddress: '203.0.113.50', AutonomousSystemNumber: '4804', reason: 'excluded IP range', refreshes: 2 },
    ]);
    expect(r.warnings[0]).toContain('2 refreshes');
    expect(() => tokenReplay.run(table(replay), { excludedIpRanges: ['203.0.113.0/99'] })).toThrow('not an IP address or CIDR range');
  });

  test('refreshes proxied by Microsoft (AS8075) are not foreign by default', () => {
    const bob = 'bob@contoso.com';
    const rows = [
      signIn(bob, '2026-01-05T09:00', true, { IPAddress: '192.0.2.20', AutonomousSystemNumber: '2856', ...PLACES.london }),
      signIn(bob, '2026-01-05T09:20', false, { IPAddress: '20.190.151.1', AutonomousSystemNumber: '8075', ...PLACES.newYork }),
    ];
    const r = tokenReplay.run(table(rows));
    expect(r.rows).toHaveLength(0);
    expect(r.tables!.excluded).toMatchObject([{ IPAddress: '20.190.151.1', reason: 'excluded ASN', refreshes: 1 }]);
    // Without the exclusion the same rows would alert: the list is what keeps them out.
    const open = tokenReplay.run(table(rows), { excludedAsns: [] });
    expect(open.rows).toHaveLength(1);
    expect(open.findings[0].severity).not.toBe('informational');
  });

  test('an interactive sign-in from an excluded network (a Cloud PC in Azure) does not place the user', () => {
    const gus = 'gus@contoso.com';
    const rows = [
      signIn(gus, '2026-01-05T09:00', true, { IPAddress: '20.10.0.4', AutonomousSystemNumber: '8075', ...PLACES.newYork }),
      signIn(gus, '2026-01-05T09:05', false, { IPAddress: '198.51.100.40', AutonomousSystemNumber: '2856', ...PLACES.london }),
    ];
    expect(tokenReplay.run(table(rows)).rows).toHaveLength(0);
    expect(tokenReplay.run(table(rows), { excludedAsns: [] }).rows).toHaveLength(1);
  });

  test('an address the user signed in from interactively days before is the user\'s own', () => {
    const frank = 'frank@contoso.com';
    const homeFar = { IPAddress: '198.51.100.5', AutonomousSystemNumber: '7018', ...PLACES.newYork };
    const rows = [
      signIn(frank, '2026-01-03T09:00', true, homeFar),
      signIn(frank, '2026-01-05T09:00', true, { IPAddress: '192.0.2.5', AutonomousSystemNumber: '2856', ...PLACES.london }),
      signIn(frank, '2026-01-05T10:00', false, homeFar),
    ];
    expect(tokenReplay.run(table(rows)).rows).toHaveLength(0);
    expect(tokenReplay.run(table(rows), { knownIpLookbackDays: 1 }).rows).toHaveLength(1);
  });

  test('VPN split tunnel: same city, other ASN, concurrent, stays informational', () => {
    const carol = 'carol@contoso.com';
    const vpn = { IPAddress: '192.0.2.10', AutonomousSystemNumber: '64500', ...PLACES.london };
    const direct = { IPAddress: '198.51.100.77', AutonomousSystemNumber: '5089', ...PLACES.londonEast };
    const r = tokenReplay.run(
      table([
        signIn(carol, '2026-01-05T09:00', true, vpn),
        signIn(carol, '2026-01-05T09:05', false, direct),
        signIn(carol, '2026-01-05T10:00', false, direct),
      ]),
    );
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].DistanceKm).toBe(6); // 51.5074,-0.1278 to 51.52,-0.05: about 5.6 km
    expect(r.rows[0].Score).toBe(30); // 10 ASN + 15 concurrent + 5 refresh token
    expect(r.rows[0].Severity).toBe('informational');
    expect(r.findings[0].severity).toBe('informational');
  });

  test('carrier switching: same mobile ASN, a city apart, stays informational', () => {
    const dave = 'dave@contoso.com';
    const r = tokenReplay.run(
      table([
        signIn(dave, '2026-01-05T09:00', true, { IPAddress: '198.51.100.200', AutonomousSystemNumber: '12345', ...PLACES.manchester }),
        signIn(dave, '2026-01-05T09:30', false, { IPAddress: '198.51.100.201', AutonomousSystemNumber: '12345', ...PLACES.liverpool }),
      ]),
    );
    expect(r.rows[0].Severity).toBe('informational');
    expect(r.rows[0].Score).toBe(5); // -15 same ASN + 15 concurrent + 5 refresh token
  });

  describe('travel', () => {
    const erin = 'erin@contoso.com';
    const office = { IPAddress: '192.0.2.30', AutonomousSystemNumber: '2856', ...PLACES.london };
    const roaming = { IPAddress: '198.51.100.99', AutonomousSystemNumber: '7018', ...PLACES.newYork };
    const trip = [
      signIn(erin, '2026-01-05T08:00', true, office),
      signIn(erin, '2026-01-05T08:10', false, office),
      signIn(erin, '2026-01-05T08:40', false, office),
      signIn(erin, '2026-01-05T15:30', false, roaming), // landed in New York, phone refreshes
      signIn(erin, '2026-01-06T12:00', false, roaming),
    ];
    const hotel = signIn(erin, '2026-01-06T13:00', true, { IPAddress: '198.51.100.98', AutonomousSystemNumber: '7922', ...PLACES.newYork });

    test('the user signed in interactively at the destination and London went quiet: informational', () => {
      const r = tokenReplay.run(table([...trip, hotel]));
      expect(r.rows).toHaveLength(1);
      expect(r.rows[0]).toMatchObject({ GapMinutes: 410, ImpliedSpeedKmh: 815, Concurrent: false, NearKnownLocation: true });
      expect(r.rows[0].Score).toBe(65); // 30 + 10 far + 10 country + 10 ASN + 5 refresh token
      expect(r.rows[0].Severity).toBe('informational');
    });

    test('without the sign-in at the destination the same refreshes are an alert', () => {
      const r = tokenReplay.run(table(trip));
      expect(r.rows[0].Severity).toBe('medium');
      expect(r.rows[0].RefreshCount).toBe(1); // the next day's refresh has no interactive sign-in within 8 hours
    });
  });

  test('refreshes with no interactive sign-in of the user nearby are not candidates', () => {
    const rows = [
      signIn(alice, '2026-01-05T09:00', true, home),
      signIn(alice, '2026-01-05T20:00', false, thief),
      signIn(alice, '2026-01-05T09:30', false, { ...thief, ResultType: '70043' }), // failed refresh
    ];
    expect(tokenReplay.run(table(rows)).rows).toHaveLength(0);
  });

  test('unknown parameters are refused', () => {
    expect(() => tokenReplay.run(table(replay), { minDistance: 3 } as never)).toThrow('unknown parameter "minDistance"');
  });
});
