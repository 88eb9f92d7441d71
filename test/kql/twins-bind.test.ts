import { validateKql } from '../../src/kql/validate';
import { TWINS, TWIN_IDS, defaultQuery, scopedQuery, where } from './twin-list';

function errorsOf(q: string): string[] {
  return validateKql(q)
    .diagnostics.filter((d) => d.severity === 'Error')
    .map((d) => `${where(q, d.start)} ${d.message} [${q.slice(d.start, d.end)}]`);
}

describe('every KQL twin binds against both tables in the Kusto language service', () => {
  it('covers every analysis', () => {
    expect(TWINS.map((a) => a.id).sort()).toEqual([...TWIN_IDS].sort());
  });

  it.each(TWINS.map((a) => [a.id, a] as const))('%s with default parameters', (_id, a) => {
    const q = defaultQuery(a);
    expect(q).toMatch(/SigninLogs|AADNonInteractiveUserSignInLogs/);
    expect(errorsOf(q)).toEqual([]);
  });

  it.each(TWINS.map((a) => [a.id, a] as const))('%s scoped to a user, an IP and a time span', (_id, a) => {
    for (const timespan of ['P7D', '2025-06-01T00:00:00Z/2025-06-08T00:00:00Z']) {
      const q = scopedQuery(a, { user: 'Adele.Vance@contoso.com', ip: '203.0.113.7', timespan });
      expect(q).toContain('=~ "Adele.Vance@contoso.com"');
      expect(q).toContain('"203.0.113.7"');
      expect(q).toMatch(/TimeGenerated > ago\(7d\)|TimeGenerated between \(datetime\(2025-06-01T00:00:00\.000Z\) \.\. datetime\(2025-06-08T00:00:00\.000Z\)\)/);
      expect(errorsOf(q)).toEqual([]);
    }
  });
});
