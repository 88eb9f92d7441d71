import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIO } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { formatOption } from '../../src/cli/commands/report';

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');

/** Two users: ana signs in from Lisbon, then her session's token is refreshed from Sydney; ben only signs in. */
const LINES = [
  { Id: 'i1', Type: 'SigninLogs', CreatedDateTime: '2025-06-02T08:00:00Z', UserPrincipalName: 'ana@contoso.com', IPAddress: '203.0.113.10', AppDisplayName: 'Microsoft Teams', ResultType: '0', SessionId: 's-ana', LocationDetails: { city: 'Lisbon', countryOrRegion: 'PT', geoCoordinates: { latitude: 38.72, longitude: -9.14 } } },
  { Id: 'n1', Type: 'AADNonInteractiveUserSignInLogs', CreatedDateTime: '2025-06-02T08:20:00Z', UserPrincipalName: 'ana@contoso.com', IPAddress: '198.51.100.7', AppDisplayName: '<img src=x onerror=alert(1)>', ResultType: '0', IncomingTokenType: 'refreshToken', SessionId: 's-ana', LocationDetails: { city: 'Sydney', countryOrRegion: 'AU', geoCoordinates: { latitude: -33.87, longitude: 151.21 } } },
  { Id: 'n2', Type: 'AADNonInteractiveUserSignInLogs', CreatedDateTime: '2025-06-02T08:40:00Z', UserPrincipalName: 'ana@contoso.com', IPAddress: '198.51.100.7', AppDisplayName: 'Office 365 Exchange Online', ResultType: '0', IncomingTokenType: 'refreshToken', SessionId: 's-ana', LocationDetails: { city: 'Sydney', countryOrRegion: 'AU', geoCoordinates: { latitude: -33.87, longitude: 151.21 } } },
  { Id: 'i2', Type: 'SigninLogs', CreatedDateTime: '2025-06-02T09:00:00Z', UserPrincipalName: 'ben@contoso.com', IPAddress: '203.0.113.11', AppDisplayName: 'Microsoft Teams', ResultType: '0' },
];

describe('signinlab report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'signinlab-report-cli-'));
  const data = join(dir, 'signins.jsonl');
  writeFileSync(data, LINES.map((l) => JSON.stringify(l)).join('\n') + '\n');

  it('writes a self-contained HTML report with the fingerprint of the input file', async () => {
    const io = bufferIO();
    const out = join(dir, 'nested', 'report.html');
    expect(await run(['report', data, '--out', out, '--no-charts'], io)).toBe(0);
    expect(io.stderr).toBe('');
    expect(io.stdout).toMatch(/^wrote .*report\.html \(html\): \d+ findings, \d+ alerts, from 4 sign-ins\n$/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain(sha(sha(readFileSync(data)))); // one file: the combined digest is over its own digest
    expect(html).toMatch(/<td>SigninLogs<\/td><td>2<\/td>/);
    expect(html).toContain('id="finding-1"');
    expect(html).toContain('token-replay');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });

  it('writes Markdown when the file name says .md, its charts as PNG files in a folder beside it (viewers drop data: images)', async () => {
    const io = bufferIO();
    const out = join(dir, 'case (ana).md');
    expect(await run(['report', data, '--out', out, '--user', 'ANA@contoso.com'], io)).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md.startsWith('# Sign-in investigation: ANA\\@contoso.com\n')).toBe(true);
    expect(md).toContain('HIGH: token-replay');
    expect(md).not.toContain('data:image');
    // The link is encoded segment by segment: the folder's space and parentheses do not end the link.
    expect(md).toMatch(/!\[Timeline of ANA\\@contoso\.com\]\(case%20%28ana%29-charts\/\d\d-timeline-of-ana-contoso-com\.png\)/);
    const links = [...md.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((x) => decodeURIComponent(x[1]));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(readFileSync(join(dir, l)).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(md).not.toContain('ben@contoso.com');
    expect(md).not.toContain('ben\\@contoso.com');
  });

  it('refuses an unknown format, a missing file and an unknown user with a message, not a stack', async () => {
    const io = bufferIO();
    expect(await run(['report', data, '--out', join(dir, 'x.html'), '--format', 'pdf'], io)).toBe(2);
    expect(io.stderr).toBe('signinlab: --format must be html or md, not "pdf"\n');
    const io2 = bufferIO();
    expect(await run(['report', join(dir, 'missing.jsonl'), '--out', join(dir, 'y.html')], io2)).toBe(2);
    expect(io2.stderr).toMatch(/missing\.jsonl/);
    expect(io2.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'y.html'))).toBe(false);
    const io3 = bufferIO();
    expect(await run(['report', data, '--out', join(dir, 'z.html'), '--user', 'nobody@contoso.com', '--no-charts'], io3)).toBe(2);
    expect(io3.stderr).toBe('signinlab: no sign-ins of nobody@contoso.com in the data\n');
  });

  it('needs --out', async () => {
    const io = bufferIO();
    expect(await run(['report', data], io)).not.toBe(0);
    expect(io.stderr).toMatch(/--out/);
  });
});

describe('formatOption', () => {
  it('prefers --format, else the extension', () => {
    expect(formatOption('md', 'a.html')).toBe('markdown');
    expect(formatOption('html', 'a.md')).toBe('html');
    expect(formatOption(undefined, 'a.md')).toBe('markdown');
    expect(formatOption(undefined, 'a.htm')).toBe('html');
  });
});
