/** The query one window sends: valid KQL for both tables (checked by the Kusto language service), values as literals. */
import { validateKql } from '../../src/kql/validate';
import { MODEL_COLUMNS, pullColumns } from '../../src/sources/live/pull-columns';
import { pullQuery } from '../../src/sources/live/pull-query';
import { readPullQuery } from './loopback/read-pull-query';

const window = { start: Date.parse('2024-05-01T00:00:00Z'), end: Date.parse('2024-05-01T12:00:00.500Z') };

test.each(['SigninLogs', 'AADNonInteractiveUserSignInLogs'] as const)('%s: the query binds against the real schema', (table) => {
  const q = pullQuery(table, window, pullColumns(table), { user: 'ann@contoso.com', ip: '203.0.113.7' });
  const v = validateKql(q);
  expect(v.diagnostics.filter((d) => d.severity === 'Error')).toEqual([]);
  expect(q).toContain('where TimeGenerated >= datetime(2024-05-01T00:00:00.000Z) and TimeGenerated < datetime(2024-05-01T12:00:00.500Z)');
});

test('a hostile UPN stays one string literal and reads back exactly', () => {
  const user = 'x" or 1==1 | union SecurityEvent //\n\\';
  const q = pullQuery('SigninLogs', window, ['Id'], { user });
  expect(q.split('\n')).toHaveLength(4);
  expect(readPullQuery(q)?.user).toBe(user);
  expect(validateKql(q).ok).toBe(true);
});

test('the model columns cover every field source and each table gets only its own', () => {
  expect(MODEL_COLUMNS).toEqual(expect.arrayContaining(['Id', 'TimeGenerated', 'CreatedDateTime', 'LocationDetails', 'DeviceDetail', 'Status', 'AuthenticationDetails', 'ConditionalAccessPolicies', 'MfaDetail']));
  expect(pullColumns('SigninLogs')).toContain('ServicePrincipalName');
  expect(pullColumns('AADNonInteractiveUserSignInLogs')).not.toContain('ServicePrincipalName');
  expect(pullColumns('SigninLogs', ['UserPrincipalName'])).toEqual(['TimeGenerated', 'Id', 'UserPrincipalName', 'Type']);
  expect(() => pullColumns('SigninLogs', ['UserPrincipal'])).toThrow(/unknown column\(s\) UserPrincipal/);
});
