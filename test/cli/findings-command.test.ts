import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIO } from '../../src/cli/io';
import { run } from '../../src/cli/main';

/** Log Analytics rows, as a workspace export writes them (LocationDetails and DeviceDetail nested). */
function laRow(id: string, at: string, interactive: boolean, ip: string, asn: string, city: string, country: string, lat: number, lon: number, device: Record<string, string>) {
  return {
    Type: interactive ? 'SigninLogs' : 'AADNonInteractiveUserSignInLogs',
    Id: id,
    TimeGenerated: `${at}:00Z`,
    CreatedDateTime: `${at}:00Z`,
    UserPrincipalName: 'alice@contoso.com',
    IsInteractive: interactive,
    ResultType: '0',
    IPAddress: ip,
    AutonomousSystemNumber: asn,
    AppDisplayName: interactive ? 'Office 365' : 'Microsoft Teams',
    IncomingTokenType: interactive ? 'none' : 'refreshToken',
    LocationDetails: { city, countryOrRegion: country, geoCoordinates: { latitude: lat, longitude: lon } },
    DeviceDetail: device,
    SessionId: 's-alice',
  };
}

/** Alice's registered laptop; the session s-alice is refreshed from Sydney on another machine. */
const laptop = { deviceId: 'dev-alice', operatingSystem: 'Windows 11', browser: 'Edge 137.0.0', trustType: 'Azure AD joined' };
const dir = mkdtempSync(join(tmpdir(), 'signinlab-findings-'));
const file = join(dir, 'signins.json');
writeFileSync(
  file,
  JSON.stringify([
    laRow('a1', '2026-01-05T09:00', true, '198.51.100.10', '2856', 'London', 'GB', 51.5074, -0.1278, laptop),
    laRow('a2', '2026-01-05T09:30', false, '203.0.113.50', '4804', 'Sydney\u001b[2J', 'AU', -33.8688, 151.2093, { operatingSystem: 'Linux', browser: 'Firefox 139.0' }),
    laRow('a3', '2026-01-05T09:40', false, '198.51.100.10', '2856', 'London', 'GB', 51.5074, -0.1278, laptop),
  ]),
);

describe('signinlab findings', () => {
  test('--json prints rows, rejected and findings with evidence', async () => {
    const io = bufferIO();
    expect(await run(['findings', file, '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout);
    expect(out.rows).toEqual({ SigninLogs: 1, AADNonInteractiveUserSignInLogs: 2 });
    expect(out.rejected).toEqual([]);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      detector: 'token-replay',
      severity: 'high',
      userPrincipalName: 'alice@contoso.com',
      ipAddress: '203.0.113.50',
      first: '2026-01-05T09:00:00.000Z',
      last: '2026-01-05T09:30:00.000Z',
    });
    expect(out.findings[0].evidence.rows.map((r: { Id: string }) => r.Id)).toEqual(['a1', 'a2']);
  });

  test('text output is terminal-safe', async () => {
    const io = bufferIO();
    expect(await run(['findings', file], io)).toBe(0);
    expect(io.stdout).toContain('Loaded 3 sign-ins');
    expect(io.stdout).toContain('HIGH');
    expect(io.stdout).toContain('Sydney\\x1b[2J');
    expect(io.stdout).not.toContain('\u001b');
  });

  test('--param overrides a threshold; a bad one is a clear error', async () => {
    const io = bufferIO();
    expect(await run(['findings', file, '--json', '--param', 'token-replay.excludedIpRanges=203.0.113.0/24'], io)).toBe(0);
    expect(JSON.parse(io.stdout).findings).toEqual([]);
    const bad = bufferIO();
    expect(await run(['findings', file, '--param', 'token-replay.minDistanceKm=far'], bad)).toBe(2);
    expect(bad.stderr).toBe('signinlab: --param token-replay.minDistanceKm: "far" is not a number\n');
  });
});

describe('signinlab findings without files', () => {
  test('runs on the synthetic demo tenant and finds its planted token replays', async () => {
    const io = bufferIO();
    expect(await run(['findings', '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout);
    expect(out.rows.SigninLogs).toBeGreaterThan(0);
    expect(out.rows.AADNonInteractiveUserSignInLogs).toBeGreaterThan(out.rows.SigninLogs);
    expect(out.findings.filter((f: { detector: string; severity: string }) => f.detector === 'token-replay' && f.severity !== 'informational').length).toBeGreaterThan(0);
  });
});

describe('signinlab findings: choosing findings', () => {
  /** Bob signs in from London and is refreshed from Lagos; Carol's session stays home. */
  const bobRow = (id: string, at: string, interactive: boolean, ip: string, city: string, lat: number, lon: number) => ({
    ...laRow(id, at, interactive, ip, ip.startsWith('198') ? '2856' : '37148', city, ip.startsWith('198') ? 'GB' : 'NG', lat, lon, interactive ? laptop : { operatingSystem: 'Linux' }),
    UserPrincipalName: 'bob@contoso.com',
    SessionId: 's-bob',
  });
  const both = join(dir, 'two-users.json');
  writeFileSync(
    both,
    JSON.stringify([
      ...JSON.parse(require('node:fs').readFileSync(file, 'utf8')),
      bobRow('b1', '2026-01-06T09:00', true, '198.51.100.20', 'London', 51.5074, -0.1278),
      bobRow('b2', '2026-01-06T09:20', false, '197.210.1.9', 'Lagos', 6.45, 3.39),
      bobRow('b3', '2026-01-06T09:25', false, '198.51.100.20', 'London', 51.5074, -0.1278),
    ]),
  );
  const findingsOf = async (...args: string[]) => {
    const io = bufferIO();
    expect(await run(['findings', both, '--json', ...args], io)).toBe(0);
    return JSON.parse(io.stdout).findings as { userPrincipalName: string; ipAddress: string; severity: string; detector: string }[];
  };

  test('--user and --ip on files keep the findings about that account or address', async () => {
    const all = await findingsOf();
    expect(new Set(all.map((f) => f.userPrincipalName))).toEqual(new Set(['alice@contoso.com', 'bob@contoso.com']));
    expect((await findingsOf('--user', 'BOB@contoso.com')).map((f) => f.userPrincipalName)).toEqual(['bob@contoso.com']);
    expect((await findingsOf('--ip', '203.0.113.50')).map((f) => f.userPrincipalName)).toEqual(['alice@contoso.com']);
    expect(await findingsOf('--user', 'nobody@contoso.com')).toEqual([]);
  });

  test('--severity keeps that level and above; --detector keeps those detectors; typos are refused', async () => {
    const all = await findingsOf();
    expect((await findingsOf('--severity', 'high')).length).toBe(all.filter((f) => f.severity === 'high').length);
    expect((await findingsOf('--detector', 'password-spray'))).toEqual([]);
    expect((await findingsOf('--detector', 'token-replay')).length).toBe(all.filter((f) => f.detector === 'token-replay').length);
    const io = bufferIO();
    expect(await run(['findings', both, '--detector', 'token-replayy'], io)).toBe(2);
    expect(io.stderr).toContain('unknown detector "token-replayy"');
    const bad = bufferIO();
    expect(await run(['findings', both, '--severity', 'urgent'], bad)).toBe(2);
    expect(bad.stderr).toContain('--severity must be one of high, medium, low, informational');
  });

  test('the text output shows each finding\'s first evidence rows, terminal-safe', async () => {
    const io = bufferIO();
    expect(await run(['findings', both, '--user', 'alice@contoso.com', '--evidence', '2'], io)).toBe(0);
    const lines = io.stdout.split('\n');
    const head = lines.findIndex((l) => /^\s+Role\s+CreatedDateTime\s+Type\s+UserPrincipalName\s+IPAddress\s+City/.test(l));
    expect(head).toBeGreaterThan(0);
    expect(lines[head + 2]).toMatch(/2026-01-05 09:00Z\s+interactive\s+alice@contoso\.com\s+198\.51\.100\.10\s+London/);
    expect(lines[head + 3]).toMatch(/203\.0\.113\.50\s+Sydney\\x1b\[2J/); // the escape sequence from the log is shown, not obeyed
    expect(io.stdout).not.toContain('\u001b');
    expect(io.stdout).not.toContain('bob@contoso.com');
  });
});
