/**
 * Each twin carries its analysis's parameters: changing one changes the query, and the new value appears in it as a
 * literal. Parameters that only shape findings or local evidence are listed and must leave the query alone.
 */
import { TWINS, defaultQuery } from './twin-list';

/** Parameters that do not reach the result rows, so the twin has no use for them. */
const NOT_IN_ROWS: Record<string, string[]> = {
  'token-replay': ['maxEvidenceRows'],
  'volume-ratio': ['maxEvidenceRows', 'mediumMultiple', 'highMultiple'],
  'password-spray': ['requireMoreFailedThanAcceptedAccounts'],
  'conditional-access': ['repeatedBlocks', 'notAppliedWarning'],
  union: ['populationUsers'],
};

/** IP range lists and network classes are checked before rendering, so their markers must be well formed. */
const marker = (name: string): string => (name === 'excludedIpRanges' ? '192.0.2.0/24' : name === 'networkClasses' ? 'hosting:AS64512' : 'zz-marker-value');
/** How a marker reads in the query (a network class entry becomes its ASN in the class's list). */
const inQuery = (name: string): string => (name === 'networkClasses' ? '"64512"' : `"${marker(name)}"`);

function changed(value: unknown, name: string): unknown {
  if (typeof value === 'number') return value * 2 + 7;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return [...value, marker(name)];
  if (typeof value === 'string') return 'zz.marker@contoso.com';
  throw new Error(`no test value for ${String(value)}`);
}

const cases = TWINS.flatMap((a) =>
  Object.entries(a.parameters as Record<string, { default: unknown }>).map(([name, def]) => [a.id, name, a, def.default] as const),
);

describe('a changed parameter changes the twin', () => {
  it.each(cases)('%s.%s', (id, name, a, def) => {
    const base = defaultQuery(a);
    const overrides = { ...(id === 'user-timeline' ? { user: 'adele.vance@contoso.com' } : {}), [name]: changed(def, name) };
    const q = a.kql(overrides, {});
    if (NOT_IN_ROWS[id]?.includes(name)) {
      expect(q).toBe(base);
      return;
    }
    expect(q).not.toBe(base);
    if (Array.isArray(def)) expect(q).toContain(inQuery(name));
    if (typeof def === 'string') expect(q).toContain('"zz.marker@contoso.com"');
  });
});

describe('the values land where they mean something', () => {
  const byId = (id: string) => TWINS.find((a) => a.id === id)!;
  it('token-replay', () => {
    const q = byId('token-replay').kql({ idleHours: 2, minDistanceKm: 300, concurrencyMinutes: 45, excludedAsns: ['AS16509'], excludedIpRanges: ['203.0.113.0/24', '2001:db8::/32'], pointsHostingNetwork: 33, networkClasses: ['mobile:AS64513', 'hosting:198.51.100.0/24'] });
    expect(q).toContain('let idleSpan = 2h;');
    expect(q).toContain('let pointsHostingNetwork = 33;');
    expect(q).toContain('Asn in (dynamic(["64513"])), "mobile"');
    expect(q).toContain('ipv4_is_in_any_range(IPAddress, dynamic(["198.51.100.0/24"])), false), "hosting"');
    expect(q).toContain('let minDistanceKm = 300;');
    expect(q).toContain('let concurrencySpan = 45m;');
    expect(q).toContain('let excludedAsns = dynamic(["16509"]);');
    expect(q).toContain('let excludedIpv4Ranges = dynamic(["203.0.113.0/24"]);');
    expect(q).toContain('let excludedIpv6Ranges = dynamic(["2001:db8::/32"]);');
    expect(q).toContain('ipv4_is_in_any_range(IPAddress, excludedIpv4Ranges)');
    expect(() => byId('token-replay').kql({ excludedIpRanges: ['not-an-ip'] })).toThrow(/not an IP address or CIDR range/);
  });

  it('token-replay leaves out the range checks when no range is excluded', () => {
    expect(byId('token-replay').kql({})).not.toContain('ipv4_is_in_any_range');
  });

  it('volume-ratio, password-spray, mfa-outcomes, legacy-auth', () => {
    expect(byId('volume-ratio').kql({ suspicious: 800, minEvents: 40 })).toMatch(/let suspicious = 800;[\s\S]*let minEvents = 40;/);
    expect(byId('password-spray').kql({ minAccounts: 8, windowMinutes: 30 })).toMatch(/let minAccounts = 8;\nlet windowSpan = 30m;/);
    expect(byId('mfa-outcomes').kql({ windowMinutes: 10, denialPhrases: ['said "no"'] })).toMatch(/let windowSpan = 10m;[\s\S]*contains "said \\"no\\""/);
    expect(byId('legacy-auth').kql({ modernClientApps: ['Browser'] })).toContain('let modernClientApps = dynamic(["browser"]);');
  });
});
