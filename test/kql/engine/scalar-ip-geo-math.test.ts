/** IP, geospatial and arithmetic functions. Expected values are the documented examples of each page. */
import { kusto, table } from './kusto';

const one = (q: string) => kusto(`print ${q}`).rows[0];

describe('IP functions', () => {
  test('ipv4_is_private (docs: ipv4_is_private example); null for text that is not an address', () => {
    const q = `datatable(ip_string:string) ['10.1.2.3', '192.168.1.1/24', '127.0.0.1', 'not an ip'] | extend result = ipv4_is_private(ip_string)`;
    expect(kusto(q)).toEqual(table('ip_string:string, result:bool', [['10.1.2.3', true], ['192.168.1.1/24', true], ['127.0.0.1', false], ['not an ip', null]]));
  });

  test('ipv4_is_in_range (docs: ipv4_is_in_range example)', () => {
    const q = `datatable(ip_address:string, ip_range:string) ['192.168.1.1', '192.168.1.1', '192.168.1.1', '192.168.1.255/24', '10.0.0.1', '192.168.1.0/24']
      | extend result = ipv4_is_in_range(ip_address, ip_range)`;
    expect(kusto(q).rows.map((r) => r[2])).toEqual([true, true, false]);
  });

  test('ipv4_is_in_any_range with a list and with a dynamic array (docs: ipv4_is_in_any_range examples)', () => {
    expect(one(`ipv4_is_in_any_range('192.168.1.6', '192.168.1.1/24', '10.0.0.1/8', '127.1.0.1/16'), ipv4_is_in_any_range("127.0.0.1", dynamic(["127.0.0.1", "192.168.1.1"]))`)).toEqual([true, true]);
    const q = `let LocalNetworks=dynamic(["192.168.1.1/16", "127.0.0.1/8", "10.0.0.1/8"]);
      datatable(IP:string) ["10.1.2.3", "192.168.1.5", "123.1.11.21", "1.1.1.1"] | extend IsLocal=ipv4_is_in_any_range(IP, LocalNetworks)`;
    expect(kusto(q).rows.map((r) => r[1])).toEqual([true, true, false, false]);
  });

  test('ipv6_is_in_any_range (docs: ipv6_is_in_any_range example)', () => {
    const q = `let LocalNetworks=dynamic(["a5e:f127:8a9d:146d:e102:b5d3:c755:f6cd/112", "0:0:0:0:0:ffff:c0a8:ac/60"]);
      datatable(IP:string) ["a5e:f127:8a9d:146d:e102:b5d3:c755:abcd", "a5e:f127:8a9d:146d:e102:b5d3:c755:abce", "a5e:f127:8a9d:146d:e102:b5d3:c755:abcf", "a5e:f127:8a9d:146d:e102:b5d3:c756:abd1"]
      | extend IsLocal=ipv6_is_in_any_range(IP, LocalNetworks)`;
    expect(kusto(q).rows.map((r) => r[1])).toEqual([true, true, true, false]);
  });
});

describe('IP masks and canonical forms', () => {
  test('format_ipv4 and format_ipv4_mask (docs: format_ipv4_mask example table; a bad prefix gives "")', () => {
    const q = `datatable(address:string, mask:long) ['192.168.1.1', 24, '192.168.1.1', 32, '192.168.1.1/24', 32, '192.168.1.1/24', long(-1)]
      | extend result = format_ipv4(address, mask), result_mask = format_ipv4_mask(address, mask)`;
    expect(kusto(q)).toEqual(
      table('address:string, mask:long, result:string, result_mask:string', [
        ['192.168.1.1', 24, '192.168.1.0', '192.168.1.0/24'],
        ['192.168.1.1', 32, '192.168.1.1', '192.168.1.1/32'],
        ['192.168.1.1/24', 32, '192.168.1.0', '192.168.1.0/24'],
        ['192.168.1.1/24', -1, '', ''],
      ]),
    );
  });

  test('format_ipv4_mask of a number (docs: "192.168.1.0/24" for 3232236031), and of text that is not an address ("")', () => {
    expect(one(`format_ipv4_mask(3232236031, 24), format_ipv4_mask('not an ip', 24), format_ipv4('192.168.1.255')`)).toEqual(['192.168.1.0/24', '', '192.168.1.255']);
  });

  test('parse_ipv4_mask (docs: parse_ipv4_mask("127.0.0.1", 24) is 2130706432)', () => {
    expect(one(`parse_ipv4_mask("127.0.0.1", 24), parse_ipv4_mask("nope", 24)`)).toEqual([2130706432, null]);
  });

  test('parse_ipv6 (docs: parse_ipv6 example table: IPv4 as mapped IPv6, its /prefix applied)', () => {
    const q = `datatable(ipv4: string) ['192.168.255.255', '192.168.255.255/24', '255.255.255.255'] | extend ipv6 = parse_ipv6(ipv4)`;
    expect(kusto(q).rows.map((r) => r[1])).toEqual([
      '0000:0000:0000:0000:0000:ffff:c0a8:ffff',
      '0000:0000:0000:0000:0000:ffff:c0a8:ff00',
      '0000:0000:0000:0000:0000:ffff:ffff:ffff',
    ]);
  });

  test('parse_ipv6_mask (docs: parse_ipv6_mask examples; the shorter of the two prefixes wins)', () => {
    const q = `datatable(ip_string: string, netmask: long) ['192.168.255.255', 120, '192.168.255.255/24', 124, '255.255.255.255', 128,
        'fe80::85d:e82c:9446:7994', 128, 'fe80::85d:e82c:9446:7994/120', 124]
      | extend ip6_canonical = parse_ipv6_mask(ip_string, netmask)`;
    expect(kusto(q).rows.map((r) => r[2])).toEqual([
      '0000:0000:0000:0000:0000:ffff:c0a8:ff00',
      '0000:0000:0000:0000:0000:ffff:c0a8:ff00',
      '0000:0000:0000:0000:0000:ffff:ffff:ffff',
      'fe80:0000:0000:0000:085d:e82c:9446:7994',
      'fe80:0000:0000:0000:085d:e82c:9446:7900',
    ]);
    expect(one(`parse_ipv6_mask("2001:db8:abcd:12::1", 48), parse_ipv6_mask("nope", 48), parse_ipv6_mask("::1", 129)`)).toEqual([
      '2001:0db8:abcd:0000:0000:0000:0000:0000',
      '',
      '',
    ]);
  });

  test('parse_ipv6_mask of an IPv4 address: a prefix up to 32 counts IPv4 bits (docs: parse_ipv6_mask("127.0.0.1", 24)), a longer one IPv6 bits (docs table: 120)', () => {
    expect(one(`parse_ipv6_mask("127.0.0.1", 24), parse_ipv6_mask("127.0.0.1", 120), parse_ipv6_mask("127.0.0.1", 64)`)).toEqual([
      '0000:0000:0000:0000:0000:ffff:7f00:0000',
      '0000:0000:0000:0000:0000:ffff:7f00:0000',
      '0000:0000:0000:0000:0000:0000:0000:0000',
    ]);
  });
});

describe('geo_distance_2points', () => {
  test('Seattle to Los Angeles (docs: geo_distance_2points example: 1546754.35197381 m)', () => {
    expect(one(`geo_distance_2points(-122.407628, 47.578557, -118.275287, 34.019056)`)[0]).toBeCloseTo(1546754.35197381, 6);
  });

  test('invalid coordinates give null', () => {
    expect(one(`geo_distance_2points(200.0, 0.0, 0.0, 0.0), geo_distance_2points(0.0, 0.0, 0.0, 0.0)`)).toEqual([null, 0]);
  });
});

describe('math', () => {
  test('round (docs: round examples)', () => {
    expect(one(`round(2.98765, 3), round(2.15, 1), round(2.15), round(-50.55, -2), round(21.5, -1)`)).toEqual([2.988, 2.2, 2, -100, 20]);
  });

  test('abs (docs: abs example), max_of / min_of (docs: examples, nulls skipped)', () => {
    expect(one(`abs(-5), max_of(10, 1, -3, 17), min_of(10, 1, -3, 17)`)).toEqual([5, 17, -3]);
    const q = `datatable (A: int, B: int) [1, 6, 8, 1, int(null), 2, 1, int(null), int(null), int(null)] | project mx = max_of(A, B), mn = min_of(A, B)`;
    expect(kusto(q)).toEqual(table('mx:int, mn:int', [[6, 1], [8, 1], [2, 2], [1, 1], [null, null]]));
  });

  test('integer division truncates, modulo is never negative (docs: numerical-operators)', () => {
    expect(one(`1 / 2, 1.0 / 2, real(1) / 2, 14 % 12, -14 % 12, 14 % -12, -14 % -12`)).toEqual([0, 0.5, 0.5, 2, 10, 2, 10]);
  });
});
