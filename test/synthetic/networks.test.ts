/**
 * Addresses look like the real world: every network of the generator's catalogue announces its prefixes in the real
 * IP→ASN data set the project ships (@ip-location-db/asn: RouteViews, NRO and DB-IP, CC BY 4.0), under the name the
 * catalogue gives, and every address the generator writes, IPv4 or IPv6, resolves there to the row's
 * AutonomousSystemNumber. The generator itself never reads the data set.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addressIn64, addressInPrefix, addressValue, formatV6, prefixRange, subnet64In } from '../../src/sources/synthetic/networks/addresses';
import { ASN_CATALOGUE } from '../../src/sources/synthetic/networks/asn-catalogue';
import { Rng } from '../../src/sources/synthetic/prng';
import { planned, TENANTS } from './helpers';

interface Range { from: bigint; to: bigint; asn: number; name: string; v6: boolean }

const DATA_SET = dirname(require.resolve('@ip-location-db/asn/package.json'));
const PREFIXES = ASN_CATALOGUE.flatMap((e) => [...e.v4, ...e.v6].map((p) => ({ v6: p.includes(':'), range: prefixRange(p) })));

/** The data set's rows that overlap a catalogue prefix (the rest of its ~500,000 rows cannot matter here). */
const EXCERPT: Range[] = (['asn-ipv4.csv', 'asn-ipv6.csv'] as const)
  .flatMap((file) => readFileSync(join(DATA_SET, file), 'utf8').split('\n'))
  .filter(Boolean)
  .map((line) => {
    const m = /^([^,]+),([^,]+),(\d+),"?(.*?)"?$/.exec(line)!;
    return { from: addressValue(m[1]), to: addressValue(m[2]), asn: Number(m[3]), name: m[4], v6: m[1].includes(':') };
  })
  .filter((r) => PREFIXES.some((p) => p.v6 === r.v6 && r.from <= p.range[1] && r.to >= p.range[0]))
  .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

/** The data set's row holding `ip` (among those overlapping the catalogue). */
function lookup(ip: string): Range | undefined {
  const v6 = ip.includes(':');
  const x = addressValue(ip);
  return EXCERPT.find((r) => r.v6 === v6 && r.from <= x && x <= r.to);
}

describe('network catalogue', () => {
  test('every prefix is announced, all of it, by its ASN in the real data set, under the name the catalogue gives', () => {
    const wrong: string[] = [];
    for (const entry of ASN_CATALOGUE) {
      for (const prefix of [...entry.v4, ...entry.v6]) {
        const v6 = prefix.includes(':');
        const [first, last] = prefixRange(prefix);
        const rows = EXCERPT.filter((r) => r.v6 === v6 && r.to >= first && r.from <= last);
        let covered = first;
        for (const r of rows) {
          if (r.asn !== entry.asn || r.from > covered) wrong.push(`${prefix}: AS${r.asn} ${r.name} or a gap`);
          if (r.name !== entry.name) wrong.push(`${prefix}: named "${r.name}", catalogue says "${entry.name}"`);
          covered = r.to + 1n;
        }
        if (covered <= last) wrong.push(`${prefix}: not covered to its end`);
      }
    }
    expect(EXCERPT.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  test('the catalogue has each class the story needs, IPv4 and IPv6', () => {
    const classes = new Set(ASN_CATALOGUE.map((e) => e.class));
    expect(classes).toEqual(new Set(['isp', 'carrier', 'hosting', 'microsoft']));
    const microsoft = ASN_CATALOGUE.filter((e) => e.class === 'microsoft').map((e) => e.asn);
    expect(microsoft).toEqual(expect.arrayContaining([8075, 8068, 8069, 12076]));
    const hosting = ASN_CATALOGUE.filter((e) => e.class === 'hosting').map((e) => e.asn);
    expect(hosting).toEqual(expect.arrayContaining([9009, 212238])); // M247, Datacamp: consumer VPN exits
    expect(ASN_CATALOGUE.filter((e) => e.class === 'carrier' && e.v6.length).length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(TENANTS)('addresses of the tenant %o', (options) => {
  const t = planned(options);

  test('every address resolves in the real data set to the AutonomousSystemNumber its rows carry', () => {
    const seen = new Map<string, number>();
    for (const s of t.specs) seen.set(s.net.ip, s.net.asn);
    const wrong = [...seen].filter(([ip, asn]) => lookup(ip)?.asn !== asn).map(([ip, asn]) => `${ip} AS${asn} -> ${lookup(ip)?.asn}`);
    expect(seen.size).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
  });

  test('IPv4 and IPv6 both occur, IPv6 written in RFC 5952 form', () => {
    const ips = [...new Set(t.specs.map((s) => s.net.ip))];
    const v6 = ips.filter((ip) => ip.includes(':'));
    expect(v6.length).toBeGreaterThan(20);
    expect(ips.length - v6.length).toBeGreaterThan(20);
    for (const ip of v6) expect(formatV6(addressValue(ip))).toBe(ip);
  });
});

describe('address drawing', () => {
  test('IPv6 in RFC 5952 form: lower case, no leading zeros, the longest zero run as ::', () => {
    expect(formatV6(addressValue('2001:db8:0:0:1:0:0:1'))).toBe('2001:db8::1:0:0:1');
    expect(formatV6(addressValue('2001:0db8:0000:0000:0000:0000:0002:0001'))).toBe('2001:db8::2:1');
    expect(formatV6(addressValue('2607:fb90::'))).toBe('2607:fb90::');
    expect(formatV6(addressValue('2001:db8:1:2:3:4:5:6'))).toBe('2001:db8:1:2:3:4:5:6');
  });

  test('addresses fall inside their prefix; a household keeps its /64 and changes its interface id', () => {
    const rng = new Rng(3);
    for (const prefix of ['73.0.0.0/12', '4.53.160.0/24', '2601:600::/24', '2a03:b0c0:3::/48']) {
      const [first, last] = prefixRange(prefix);
      for (let i = 0; i < 50; i++) {
        const v = addressValue(addressInPrefix(prefix, rng));
        expect(v >= first && v <= last).toBe(true);
      }
    }
    const home = subnet64In('2601:600::/24', rng);
    const a = addressIn64(home, rng), b = addressIn64(home, rng);
    expect(a).not.toBe(b);
    expect(addressValue(a) >> 64n).toBe(addressValue(b) >> 64n);
  });
});
