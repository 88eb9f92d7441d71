import { haversineKm, hasCoordinates } from '../../src/networks/geo';
import { ipRanges } from '../../src/networks/ip-ranges';
import { ANALYSES, DETECTORS, analysisById } from '../../src/analyses/registry';

describe('haversineKm', () => {
  test('known distances', () => {
    // One degree of latitude along a meridian: 6371.0088 * pi / 180 = 111.195 km.
    expect(haversineKm(0, 10, 1, 10)).toBeCloseTo(111.195, 2);
    // Quarter of the equator: 6371.0088 * pi / 2 = 10007.54 km.
    expect(haversineKm(0, 0.0001, 0, 90.0001)).toBeCloseTo(10007.54, 1);
    expect(haversineKm(51.5074, -0.1278, 51.5074, -0.1278)).toBe(0);
  });
  test('absent or placeholder coordinates give NaN, never a distance', () => {
    expect(haversineKm(NaN, 0, 51, 0)).toBeNaN();
    expect(haversineKm(0, 0, 51.5, -0.12)).toBeNaN(); // 0/0 is "unknown" in Entra's location data
    expect(hasCoordinates(91, 0)).toBe(false);
  });
});

describe('ipRanges', () => {
  test('addresses and CIDR ranges, IPv4 and IPv6', () => {
    const r = ipRanges(['20.190.128.0/18', '2603:1000::/25', '203.0.113.7', ' ']);
    expect(r.has('20.190.191.255')).toBe(true);
    expect(r.has('20.190.192.0')).toBe(false);
    expect(r.has('2603:1006::1')).toBe(true);
    expect(r.has('203.0.113.7')).toBe(true);
    expect(r.has('203.0.113.8')).toBe(false);
    expect(r.has('')).toBe(false);
    expect(r.has('not-an-ip')).toBe(false);
  });
  test('malformed entries are refused by name', () => {
    expect(() => ipRanges(['10.0.0.0/33'])).toThrow('"10.0.0.0/33"');
    expect(() => ipRanges(['10.0.0/8'])).toThrow('not an IP address or CIDR range');
  });
});

describe('registry', () => {
  test('every analysis once, with the header the contract asks for', () => {
    expect(new Set(ANALYSES.map((a) => a.id)).size).toBe(ANALYSES.length);
    for (const a of ANALYSES) {
      expect(a.title && a.question && a.tables.length).toBeTruthy();
      for (const [name, def] of Object.entries(a.parameters as Record<string, { description: string; source: string }>)) {
        expect([name, def.description.length > 0, def.source.length > 0]).toEqual([name, true, true]);
      }
    }
  });
  test('detectors resolve by detector or analysis id', () => {
    expect(DETECTORS.map((d) => d.detector)).toEqual(['token-replay', 'high-volume-ratio', 'password-spray', 'legacy-auth', 'ca-blocked', 'mfa-abandoned']);
    expect(analysisById('high-volume-ratio')!.id).toBe('volume-ratio');
    expect(analysisById('union')!.id).toBe('union');
    expect(analysisById('nope')).toBeUndefined();
  });
});
