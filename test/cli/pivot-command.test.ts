/** `signinlab pivot` and the ip-pivot analysis: everything seen from one address or network, with the network's name. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ipPivot } from '../../src/analyses/ip-pivot';
import { bufferIO } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { tableFromRows } from '../../src/table/table-builder';

const t = (iso: string) => Date.parse(iso);
const table = tableFromRows([
  { Id: '1', CreatedDateTime: t('2026-01-05T09:00:00Z'), IsInteractive: false, UserPrincipalName: 'ana@contoso.com', IPAddress: '128.199.177.47', AutonomousSystemNumber: '14061', AppDisplayName: 'Microsoft Teams', ResultType: '0', City: 'Singapore' },
  { Id: '2', CreatedDateTime: t('2026-01-05T09:10:00Z'), IsInteractive: false, UserPrincipalName: 'ana@contoso.com', IPAddress: '128.199.177.47', AutonomousSystemNumber: '14061', AppDisplayName: 'OfficeHome', ResultType: '0', City: 'Singapore' },
  { Id: '3', CreatedDateTime: t('2026-01-05T10:00:00Z'), IsInteractive: true, UserPrincipalName: 'ben@contoso.com', IPAddress: '128.199.177.47', AutonomousSystemNumber: '14061', AppDisplayName: 'Office 365', ResultType: '50126', City: 'Singapore' },
  { Id: '4', CreatedDateTime: t('2026-01-05T10:05:00Z'), IsInteractive: true, UserPrincipalName: 'ben@contoso.com', IPAddress: '128.199.180.2', AutonomousSystemNumber: '14061', AppDisplayName: 'Office 365', ResultType: '0', City: 'Singapore' },
  { Id: '5', CreatedDateTime: t('2026-01-05T11:00:00Z'), IsInteractive: true, UserPrincipalName: 'cy@contoso.com', IPAddress: '82.21.124.136', AutonomousSystemNumber: '5089', AppDisplayName: 'Office 365', ResultType: '0', City: 'Reading' },
]);

describe('ipPivot', () => {
  test('one address: each account with its counts, apps and time span; each address with its network name and class', () => {
    const r = ipPivot.run(table, { ip: '128.199.177.47' });
    expect(r.rows).toEqual([
      { UserPrincipalName: 'ana@contoso.com', SignIns: 2, Interactive: 0, NonInteractive: 2, Failures: 0, Apps: ['Microsoft Teams', 'OfficeHome'], IPAddresses: ['128.199.177.47'], First: '2026-01-05T09:00:00.000Z', Last: '2026-01-05T09:10:00.000Z' },
      { UserPrincipalName: 'ben@contoso.com', SignIns: 1, Interactive: 1, NonInteractive: 0, Failures: 1, Apps: ['Office 365'], IPAddresses: ['128.199.177.47'], First: '2026-01-05T10:00:00.000Z', Last: '2026-01-05T10:00:00.000Z' },
    ]);
    expect(r.tables!.perAddress).toEqual([expect.objectContaining({ IPAddress: '128.199.177.47', Network: 'AS14061 (DigitalOcean, LLC)', NetworkClass: 'hosting', SignIns: 3, Users: 2 })]);
    expect(r.tables!.perApp.map((a) => [a.AppDisplayName, a.Type, a.SignIns])).toEqual([
      ['Microsoft Teams', 'AADNonInteractiveUserSignInLogs', 1],
      ['OfficeHome', 'AADNonInteractiveUserSignInLogs', 1],
      ['Office 365', 'SigninLogs', 1],
    ]);
  });

  test('one network: every address of the ASN; nothing found is said, not silent; one of ip or asn is required', () => {
    const r = ipPivot.run(table, { asn: 'AS14061' });
    expect(r.rows.map((u) => [u.UserPrincipalName, u.SignIns])).toEqual([['ana@contoso.com', 2], ['ben@contoso.com', 2]]);
    expect(r.tables!.perAddress.map((a) => a.IPAddress).sort()).toEqual(['128.199.177.47', '128.199.180.2']);
    expect(ipPivot.run(table, { ip: '192.0.2.1' }).warnings).toEqual(['no sign-ins from 192.0.2.1 in the data']);
    expect(() => ipPivot.run(table, {})).toThrow('give an IP address or an ASN');
    expect(() => ipPivot.run(table, { ip: '1.2.3.4', asn: '1' })).toThrow('not both');
  });
});

describe('signinlab pivot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'signinlab-pivot-'));
  const file = join(dir, 'rows.json');
  writeFileSync(
    file,
    JSON.stringify(
      table.rows().map((r) => ({
        Type: r.IsInteractive ? 'SigninLogs' : 'AADNonInteractiveUserSignInLogs', Id: r.Id, TimeGenerated: new Date(r.CreatedDateTime).toISOString(), CreatedDateTime: new Date(r.CreatedDateTime).toISOString(),
        UserPrincipalName: r.UserPrincipalName, IsInteractive: r.IsInteractive, ResultType: r.ResultType, IPAddress: r.IPAddress, AutonomousSystemNumber: r.AutonomousSystemNumber,
        AppDisplayName: r.AppDisplayName, LocationDetails: { city: r.City === 'Singapore' ? 'Singapore\u001b[31m' : r.City },
      })),
    ),
  );

  test('text: the address with its network, the accounts and the apps, terminal-safe', async () => {
    const io = bufferIO();
    expect(await run(['pivot', file, '--ip', '128.199.177.47'], io)).toBe(0);
    expect(io.stdout).toMatch(/^128\.199\.177\.47: 3 sign-ins of 2 accounts in /);
    expect(io.stdout).toMatch(/128\.199\.177\.47\s+AS14061 \(DigitalOcean, LLC\)\s+hosting\s+Singapore\\x1b\[31m/);
    expect(io.stdout).toMatch(/ana@contoso\.com\s+2\s+0\s+2\s+0\s+Microsoft Teams, OfficeHome/);
    expect(io.stdout).not.toContain('\u001b');
    expect(io.stdout).not.toContain('cy@contoso.com');
  });

  test('--json, --asn, and refusing neither or both', async () => {
    const io = bufferIO();
    expect(await run(['pivot', file, '--asn', '14061', '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout);
    expect(out.rows.map((r: { UserPrincipalName: string }) => r.UserPrincipalName)).toEqual(['ana@contoso.com', 'ben@contoso.com']);
    expect(Object.keys(out)).toEqual(['parameters', 'rows', 'perApp', 'perAddress', 'warnings']);
    const none = bufferIO();
    expect(await run(['pivot', file], none)).toBe(2);
    expect(none.stderr).toContain('give --ip ADDRESS or --asn NUMBER');
  });
});
