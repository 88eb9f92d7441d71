/**
 * Small inline inputs for the report tests: a benign case (one token replay with its interactive sign-in) and a
 * hostile one, where every attacker-controlled field carries markup, script, a javascript: link or Markdown syntax.
 */
import type { KqlScope } from '../../src/analyses/analysis';
import type { Finding } from '../../src/findings/finding';
import type { ReportAnalysis, ReportInput } from '../../src/report';
import type { SignIn } from '../../src/schema/fields';
import { tableFromRows } from '../../src/table/table-builder';

export const HOSTILE = {
  UserAgent: '<script>alert(1)</script>',
  UserDisplayName: '"><img src=x onerror=alert(1)>',
  City: "</style><script>window.__pwned='city'</script>",
  AppDisplayName: 'javascript:alert(document.domain)',
  DeviceDisplayName: '| x | [link](javascript:alert(1))',
  Markdown: '| x | [link](javascript:alert(1))\n# heading\n<b>bold</b> ```fence``` ![img](http://evil.example/x.png)',
  Attr: "' onmouseover='window.__pwned=1' x='",
} as const;

const t0 = Date.parse('2025-06-02T08:00:00Z');
const min = 60_000;

export function rows(hostile = false): Partial<SignIn>[] {
  const v = (benign: string, bad: string) => (hostile ? bad : benign);
  return [
    {
      Id: 'a1', IsInteractive: true, CreatedDateTime: t0, UserPrincipalName: 'ana@contoso.com',
      UserDisplayName: v('Ana Lima', HOSTILE.UserDisplayName), IPAddress: '203.0.113.10', City: v('Lisbon', HOSTILE.City),
      AppDisplayName: v('Microsoft Teams', HOSTILE.AppDisplayName), UserAgent: v('Mozilla/5.0', HOSTILE.UserAgent),
      ResultType: '0', IncomingTokenType: 'none',
    },
    {
      Id: 'n1', IsInteractive: false, CreatedDateTime: t0 + 10 * min, UserPrincipalName: 'ana@contoso.com',
      UserDisplayName: v('Ana Lima', HOSTILE.UserDisplayName), IPAddress: '198.51.100.7', City: v('Lagos', HOSTILE.City),
      AppDisplayName: v('Office 365 Exchange Online', HOSTILE.AppDisplayName), UserAgent: v('python-requests/2.31', HOSTILE.UserAgent),
      ResultType: '0', IncomingTokenType: 'refreshToken',
    },
    {
      Id: 'n2', IsInteractive: false, CreatedDateTime: t0 + 70 * min, UserPrincipalName: 'ana@contoso.com',
      IPAddress: '203.0.113.10', AppDisplayName: 'Microsoft Teams', ResultType: '0', IncomingTokenType: 'refreshToken',
    },
  ];
}

export function finding(hostile = false): Finding {
  const r = rows(hostile);
  const evidence = r.slice(0, 2).map((x) => ({
    Id: x.Id!, CreatedDateTime: new Date(x.CreatedDateTime!).toISOString(), Type: x.IsInteractive ? 'SigninLogs' : 'AADNonInteractiveUserSignInLogs',
    UserPrincipalName: x.UserPrincipalName, IPAddress: x.IPAddress, AppDisplayName: x.AppDisplayName, ResultType: x.ResultType,
    IncomingTokenType: x.IncomingTokenType, UserAgent: x.UserAgent, UserDisplayName: x.UserDisplayName, City: x.City,
    ...(hostile ? { DeviceDisplayName: HOSTILE.DeviceDisplayName } : {}),
  }));
  return {
    detector: 'token-replay',
    severity: 'high',
    userPrincipalName: 'ana@contoso.com',
    ipAddress: '198.51.100.7',
    first: evidence[0].CreatedDateTime,
    last: evidence[1].CreatedDateTime,
    summary: hostile ? `Refresh from ${HOSTILE.City} ${HOSTILE.Markdown}` : 'Token refreshed from 198.51.100.7 (Lagos) 10 minutes after an interactive sign-in from Lisbon.',
    evidence: { rows: evidence, rowCount: 2, distanceKm: 3782.4567, note: hostile ? HOSTILE.Attr : 'different continents' },
  };
}

/** An analysis whose KQL twin echoes its scope verbatim, so the test sees exactly what the report was asked to show. */
export function analysis(hostile = false, f: Finding = finding(hostile)): ReportAnalysis {
  return {
    analysis: {
      id: 'token-replay',
      title: 'Token replay across the two tables',
      question: hostile ? HOSTILE.Markdown : 'Is a stolen token being refreshed from somewhere else?',
      tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
      kql: (p: { windowMinutes?: number } = {}, scope: KqlScope = {}) =>
        `// scope user=${scope.user} ip=${scope.ip} timespan=${scope.timespan}\nAADNonInteractiveUserSignInLogs\n| where window == ${p.windowMinutes}`,
    },
    result: {
      id: 'token-replay',
      parameters: { windowMinutes: 60 },
      rows: [{ UserPrincipalName: 'ana@contoso.com', IPAddress: '198.51.100.7', City: hostile ? HOSTILE.City : 'Lagos' }],
      findings: [f],
      warnings: hostile ? [HOSTILE.UserAgent] : ['Microsoft-owned IPs (ASN 8075) are excluded.'],
    },
  };
}

export function input(hostile = false): ReportInput {
  const f = finding(hostile);
  return {
    table: tableFromRows(rows(hostile)),
    source: hostile ? `synthetic ${HOSTILE.Markdown}` : 'inline test rows',
    findings: [f],
    analyses: [analysis(hostile, f)],
    charts: [{ title: hostile ? HOSTILE.UserDisplayName : 'Sign-ins per hour', svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>' }],
    parameters: { user: 'ana@contoso.com', windowMinutes: 60, ...(hostile ? { label: HOSTILE.Attr } : {}) },
    load: { offered: 4, duplicates: 1, rejected: 0 },
    generatedAt: '2025-06-03T09:00:00Z',
    version: '9.9.9-test',
  };
}
