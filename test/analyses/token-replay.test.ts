/**
 * Token replay against what real tenants hold: a person with a registered laptop and a phone on a carrier, at home on a
 * dual-stack ISP, and the attacks and look-alikes of the domain, each written as a few rows.
 */
import { tokenReplay } from '../../src/analyses/token-replay';
import type { TestRow } from '../rows';
import { signIn, table } from '../rows';

const ann = 'ann@contoso.com';
const ben = 'ben@contoso.com';
const cat = 'cat@contoso.com';

const laptop = { DeviceId: 'dev-laptop-ann', OperatingSystem: 'Windows 11', Browser: 'Edge 137.0.0', TrustType: 'Azure AD joined', IsManaged: true, IsCompliant: true };
const phone = { DeviceId: 'dev-phone-ann', OperatingSystem: 'Ios 18.5', Browser: 'Mobile Safari 18.5', TrustType: 'Azure AD registered' };
const thiefPc = { OperatingSystem: 'Linux', Browser: 'Firefox 139.0' };

/** Comcast in Seattle, IPv4 and IPv6 (one dual-stack home). */
const home = { IPAddress: '73.53.10.20', AutonomousSystemNumber: '7922', City: 'Seattle', CountryOrRegion: 'US', Latitude: 47.61, Longitude: -122.33 };
const home6 = { ...home, IPAddress: '2601:600:8f80:1::20' };
/** T-Mobile addresses rotate and geolocate to gateways far from Seattle. */
const carrier = (n: number, city = 'Denver', lat = 39.74, lon = -104.99) => ({ IPAddress: `172.56.${n}.${n + 7}`, AutonomousSystemNumber: '21928', City: city, CountryOrRegion: 'US', Latitude: lat, Longitude: lon });
const hosting = { IPAddress: '159.89.100.7', AutonomousSystemNumber: '14061', City: 'Singapore', CountryOrRegion: 'SG', Latitude: 1.35, Longitude: 103.82 };
const hotelParis = { IPAddress: '90.84.1.2', AutonomousSystemNumber: '3215', City: 'Paris', CountryOrRegion: 'FR', Latitude: 48.86, Longitude: 2.35 };
const proxyUs = { IPAddress: '24.16.5.9', AutonomousSystemNumber: '7922', City: 'Chicago', CountryOrRegion: 'US', Latitude: 41.88, Longitude: -87.63 };
const microsoft = { IPAddress: '52.96.12.34', AutonomousSystemNumber: '8075', City: 'Quincy', CountryOrRegion: 'US', Latitude: 47.23, Longitude: -119.85 };
const office = { IPAddress: '4.16.118.9', AutonomousSystemNumber: '3356', City: 'Seattle', CountryOrRegion: 'US', Latitude: 47.6, Longitude: -122.33 };

const fresh = { AuthenticationMethods: 'Password, Mobile app notification' };
const claim = { AuthenticationMethods: 'Previously satisfied' };
const refresh = { IncomingTokenType: 'refreshToken' };
const prt = { IncomingTokenType: 'primaryRefreshToken' };

/** An ordinary working day of Ann on 2026-01-DD: laptop at home (IPv4 and IPv6) in session s-DD, phone on the carrier. */
function annDay(day: string): TestRow[] {
  const at = (hm: string) => `2026-01-${day}T${hm}`;
  const s = { SessionId: `s-${day}` };
  const ps = { SessionId: 'phone-session' };
  return [
    signIn(ann, at('16:00'), true, { ...home, ...laptop, ...s, ...fresh }),
    ...['16:20', '17:05', '18:40', '20:10', '22:30'].map((t, i) => signIn(ann, at(t), false, { ...(i % 2 ? home6 : home), ...laptop, ...s, ...prt })),
    ...['16:10', '18:15', '21:50', '23:40'].map((t, i) => signIn(ann, at(t), false, { ...carrier(i + 1, i % 2 ? 'Dallas' : 'Denver'), ...phone, ...ps, ...refresh, AppDisplayName: 'Outlook Mobile' })),
  ];
}

const alerts = (rows: TestRow[]) => tokenReplay.run(table(rows)).findings.filter((f) => f.severity !== 'informational');
const only = (rows: TestRow[], ip: string) => tokenReplay.run(table(rows)).findings.find((f) => f.ipAddress === ip);

describe('token-replay: look-alikes stay quiet and say why', () => {
  test("a phone on a carrier, rotating addresses geolocated far away, beside the laptop: not alerted, with the carrier's name", () => {
    const r = tokenReplay.run(table([...annDay('05'), ...annDay('06')]));
    expect(r.findings.filter((f) => f.severity !== 'informational')).toEqual([]);
    const quiet = r.findings.filter((f) => f.ipAddress?.startsWith('172.56.'));
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet[0].counterReasons?.[0]).toMatch(/^not alerted: AS21928 \(T-Mobile USA, Inc\.\), mobile carrier, the phone's own registered device and session/);
    expect(quiet[0].network).toEqual({ asn: '21928', name: 'AS21928 (T-Mobile USA, Inc.)', class: 'mobile' });
    expect(r.rows.find((x) => x.RefreshNetworkClass === 'mobile')!.DistanceKm).toBeNull(); // never measured to a carrier
  });

  test("the IPv4 and IPv6 addresses of one ISP in one city are one place", () => {
    const r = tokenReplay.run(table(annDay('05')));
    expect(r.rows.map((x) => x.RefreshIPAddress)).not.toContain(home6.IPAddress);
  });

  test('a traveller: the laptop signs in at a hotel abroad while the phone still egresses through the home carrier', () => {
    const rows = [
      ...annDay('05'),
      signIn(ann, '2026-01-06T08:00', true, { ...hotelParis, ...laptop, SessionId: 's-trip', ...claim }),
      ...['08:20', '09:00', '10:30'].map((t) => signIn(ann, `2026-01-06T${t}`, false, { ...hotelParis, ...laptop, SessionId: 's-trip', ...prt })),
      ...['08:10', '09:30'].map((t, i) => signIn(ann, `2026-01-06T${t}`, false, { ...carrier(30 + i, 'Seattle', 47.6, -122.3), ...phone, SessionId: 'phone-session', ...refresh })),
    ];
    expect(alerts(rows)).toEqual([]);
  });

  test("Microsoft's services refreshing on the user's behalf are neither own nor foreign", () => {
    const rows = [...annDay('05'), ...['16:30', '17:30'].map((t) => signIn(ann, `2026-01-05T${t}`, false, { ...microsoft, SessionId: 's-05', ...refresh }))];
    const r = tokenReplay.run(table(rows));
    expect(r.findings.map((f) => f.ipAddress)).not.toContain(microsoft.IPAddress);
    expect(r.warnings.join(' ')).toMatch(/2 successful sign-ins from Microsoft's networks/);
  });

  test("a split tunnel: the user's own device in its own session at the corporate VPN's egress: informational, with the reason", () => {
    const vpn = { IPAddress: '4.14.92.5', AutonomousSystemNumber: '3356', City: 'Seattle', CountryOrRegion: 'US', Latitude: 47.6, Longitude: -122.3 };
    const rows = [...annDay('05'), ...['16:25', '17:15'].map((t) => signIn(ann, `2026-01-05T${t}`, false, { ...vpn, ...laptop, SessionId: 's-05', ...prt }))];
    const f = only(rows, vpn.IPAddress)!;
    expect(f.severity).toBe('informational');
    expect(f.counterReasons?.[0]).toBe("not alerted: the user's own device in its own session: a move, a split tunnel or an address a refresh inherited");
  });

  test('a consumer VPN the user signs in through is theirs, and its next exit server is no new network', () => {
    const exit = (n: number) => ({ IPAddress: `185.225.${n}.5`, AutonomousSystemNumber: '9009', City: n === 1 ? 'Los Angeles' : 'Amsterdam', CountryOrRegion: n === 1 ? 'US' : 'NL', Latitude: n === 1 ? 34.05 : 52.37, Longitude: n === 1 ? -118.24 : 4.9 });
    const rows = [
      ...annDay('05'),
      signIn(ann, '2026-01-06T16:00', true, { ...exit(1), ...laptop, SessionId: 's-vpn', AuthenticationMethods: 'Windows Hello for Business' }),
      ...['16:20', '17:00'].map((t) => signIn(ann, `2026-01-06T${t}`, false, { ...exit(1), ...laptop, SessionId: 's-vpn', ...prt })),
      ...['18:30', '19:10'].map((t) => signIn(ann, `2026-01-06T${t}`, false, { ...exit(2), ...laptop, SessionId: 's-vpn', ...prt })),
    ];
    const r = tokenReplay.run(table(rows));
    expect(r.findings.map((f) => f.ipAddress)).not.toContain('185.225.1.5');
    const next = r.findings.find((f) => f.ipAddress === '185.225.2.5')!;
    expect(next.severity).toBe('informational');
    expect(next.counterReasons?.[0]).toMatch(/^not alerted: the user's own device in its own session/);
  });

  test("a PRT cloned with the device claim, used from a hosting network the user never signed in through: the clone shows", () => {
    const rows = [...annDay('05'), ...['17:10', '17:50'].map((t) => signIn(ann, `2026-01-05T${t}`, false, { ...hosting, ...laptop, City: 'Seattle', CountryOrRegion: 'US', Latitude: 47.6, Longitude: -122.3, SessionId: 's-05', ...prt }))];
    const f = only(rows, hosting.IPAddress)!;
    expect(f.severity).not.toBe('informational');
  });

  test("the organisation's shared egress (three colleagues sign in there) is nobody's foreign address", () => {
    const rows = [
      ...annDay('05'),
      ...[ann, ben, cat].map((u) => signIn(u, '2026-01-05T17:00', true, { ...office, OperatingSystem: 'Linux', Browser: 'Chrome 1' })),
      signIn(ann, '2026-01-05T17:10', false, { ...office, OperatingSystem: 'Linux', Browser: 'Chrome 1', ...refresh }),
    ];
    expect(tokenReplay.run(table(rows)).findings.map((f) => f.ipAddress)).not.toContain(office.IPAddress);
  });

  test('a password over IMAP from anywhere is not a token replay (it is legacy-auth)', () => {
    const imap = { ...hosting, ClientAppUsed: 'IMAP4', IncomingTokenType: 'none', AuthenticationProtocol: 'none' };
    const rows = [...annDay('05'), ...['17:00', '17:30'].map((t) => signIn(ann, `2026-01-05T${t}`, false, imap))];
    expect(tokenReplay.run(table(rows)).findings.map((f) => f.ipAddress)).not.toContain(hosting.IPAddress);
  });

  test('failed sign-ins never make a replay', () => {
    const rows = [...annDay('05'), signIn(ann, '2026-01-05T17:00', false, { ...hosting, ...thiefPc, SessionId: 's-05', ...refresh, ResultType: '50126' })];
    expect(tokenReplay.run(table(rows)).findings.map((f) => f.ipAddress)).not.toContain(hosting.IPAddress);
  });
});

describe('token-replay: attacks are found', () => {
  test("a refresh token replayed in the user's session from a hosting network on another device: high, with its reasons", () => {
    const rows = [...annDay('05'), ...['17:00', '17:20', '18:00'].map((t) => signIn(ann, `2026-01-05T${t}`, false, { ...hosting, ...thiefPc, SessionId: 's-05', ...refresh }))];
    const f = only(rows, hosting.IPAddress)!;
    expect(f.severity).toBe('high');
    expect(f.reasons?.join('\n')).toMatch(/continues the user's own session \(SessionId s-05\)/);
    expect(f.reasons?.join('\n')).toMatch(/from AS14061 \(DigitalOcean, LLC\), hosting \/ VPN provider/);
    expect(f.reasons?.join('\n')).toMatch(/while the user was active from their own place/);
    expect(f.summary).toContain('AS14061 (DigitalOcean, LLC)');
    expect(f.evidence.rows[0]).toMatchObject({ IPAddress: home.IPAddress, Role: "user's own place (IP-A)" });
    expect(f.evidence.rows.slice(1).every((e) => e.IPAddress === hosting.IPAddress && e.Role === 'foreign place (IP-B)')).toBe(true);
  });

  test('cookie replay with an interactive sign-in from IP-B: the thief\'s own sign-in does not make IP-B "the user\'s own"', () => {
    const rows = [
      ...annDay('05'),
      signIn(ann, '2026-01-05T17:00', true, { ...proxyUs, ...thiefPc, SessionId: 's-05', ...claim }),
      ...['17:10', '17:40'].map((t) => signIn(ann, `2026-01-05T${t}`, false, { ...proxyUs, ...thiefPc, SessionId: 's-05', ...refresh })),
    ];
    const f = only(rows, proxyUs.IPAddress)!;
    expect(f.severity).not.toBe('informational');
    expect(f.reasons?.join('\n')).toMatch(/continues the user's own session/);
    expect(f.reasons?.join('\n')).toMatch(/from a device .* the user's own places never show/);
  });

  test("AiTM: a fresh sign-in through a hosting proxy on an unseen device, its new session refreshed, while the laptop carries on at home", () => {
    const rows = [
      ...annDay('05'),
      signIn(ann, '2026-01-05T17:00', true, { ...hosting, OperatingSystem: 'Windows 10', Browser: 'Edge 137.0.0', SessionId: 's-aitm', ...fresh }),
      ...['17:05', '17:30', '18:10'].map((t) => signIn(ann, `2026-01-05T${t}`, false, { ...hosting, ...thiefPc, SessionId: 's-aitm', ...refresh })),
    ];
    const f = only(rows, hosting.IPAddress)!;
    expect(f.severity).toBe('high');
    expect(f.reasons?.join('\n')).toMatch(/AiTM/);
  });

  test("a stolen PRT used at night, hours after the user's only sign-in, from a new hosting network", () => {
    const rows = [
      ...annDay('05'),
      ...['10:00', '10:40', '11:30'].map((t) => signIn(ann, `2026-01-06T${t}`, false, { ...hosting, ...laptop, OperatingSystem: 'Linux', SessionId: 's-stolen', ...prt })),
    ];
    const f = only(rows, hosting.IPAddress)!;
    expect(f.severity).toBe('high');
    const why = f.reasons!.join('\n');
    expect(why).toMatch(/registered deviceIds with another operating system/);
    expect(why).toMatch(/no interactive sign-in of the user in the 4 hours before/);
    expect(why).toMatch(/primary refresh token/);
  });

  test("a PRT with a perfect copy of the laptop's device used from another continent while the laptop works at home: two places at once", () => {
    const rows = [...annDay('05'), ...['17:10', '17:50'].map((t) => signIn(ann, `2026-01-05T${t}`, false, { ...hotelParis, ...laptop, SessionId: 's-05', ...prt }))];
    const f = only(rows, hotelParis.IPAddress)!;
    expect(f.severity).toBe('high');
    expect(f.reasons!.join('\n')).toMatch(/two places at once: the same (session|device) in US and FR within \d+ min/);
  });

  test("a replay from a residential proxy in the user's own country still shows: the session travelled to another device", () => {
    const rows = [...annDay('05'), ...['17:00', '17:30'].map((t) => signIn(ann, `2026-01-05T${t}`, false, { ...proxyUs, ...thiefPc, SessionId: 's-05', ...refresh }))];
    expect(only(rows, proxyUs.IPAddress)!.severity).not.toBe('informational');
  });
});

describe('token-replay: parameters', () => {
  const replay = [...annDay('05'), ...['17:00', '17:20'].map((t) => signIn(ann, `2026-01-05T${t}`, false, { ...hosting, ...thiefPc, SessionId: 's-05', ...refresh }))];

  test('excluded ranges and ASNs are never foreign', () => {
    expect(only(replay, hosting.IPAddress)).toBeDefined();
    expect(tokenReplay.run(table(replay), { excludedIpRanges: ['159.89.0.0/16'] }).findings.map((f) => f.ipAddress)).not.toContain(hosting.IPAddress);
    expect(tokenReplay.run(table(replay), { excludedAsns: ['AS14061'] }).findings.map((f) => f.ipAddress)).not.toContain(hosting.IPAddress);
  });

  test("the analyst's own network classes win over the catalogue", () => {
    const f = tokenReplay.run(table(replay), { networkClasses: ['isp:AS14061'] }).findings.find((x) => x.ipAddress === hosting.IPAddress)!;
    expect(f.network?.class).toBe('isp');
    expect(f.reasons!.join('\n')).not.toMatch(/hosting/);
    expect(() => tokenReplay.run(table(replay), { networkClasses: ['cloudy:AS1'] })).toThrow(/not a network class entry/);
  });

  test('points and bands are parameters', () => {
    const quiet = tokenReplay.run(table(replay), { lowScore: 1000, mediumScore: 1000, highScore: 1000 });
    expect(quiet.findings.find((f) => f.ipAddress === hosting.IPAddress)!.severity).toBe('informational');
    const f = tokenReplay.run(table(replay), { pointsHostingNetwork: 7 }).findings.find((x) => x.ipAddress === hosting.IPAddress)!;
    expect(f.reasons).toContain('+7 from AS14061 (DigitalOcean, LLC), hosting / VPN provider');
  });

  test('the finding can be rebuilt from the row alone (pushdown)', () => {
    const r = tokenReplay.run(table(replay));
    const local = r.findings.find((f) => f.ipAddress === hosting.IPAddress)!;
    const row = r.rows.find((x) => x.RefreshIPAddress === hosting.IPAddress)!;
    const [rebuilt] = tokenReplay.findingsFromRows!([row], r.parameters);
    expect({ ...rebuilt, evidence: { ...rebuilt.evidence, rows: [] } }).toEqual({ ...local, evidence: { ...local.evidence, rows: [] } });
  });
});
