/**
 * The real networks the synthetic tenant's addresses come from: each autonomous system's number, its name and the
 * prefixes it really announces, so that an IP→ASN lookup in a real data set gives the row's AutonomousSystemNumber.
 *
 * Where the prefixes come from: @ip-location-db/asn 2.3.2026061719 (RouteViews + NRO + DB-IP, CC BY 4.0; the project
 * ships it for its network classes), files asn-ipv4.csv and asn-ipv6.csv. Every prefix below lies entirely inside
 * rows of that data set naming this ASN, under this name; test/synthetic/networks.test.ts checks every prefix and
 * every generated address against the data set. This is a small, hand-picked catalogue, not the data set: the
 * generator never reads the data set at run time.
 *
 * Class (what the network is to an analyst) is the generator's own judgement, from the operator's business:
 *   isp        residential or business broadband (Comcast, BT, Colt...)
 *   carrier    mobile network; addresses are CGNAT pools shared by many phones and rotated every few hours
 *   hosting    datacentre, cloud or VPN provider (DigitalOcean, OVH, M247, Datacamp...): anyone can rent an address
 *   microsoft  Microsoft's own ASNs (8075 Azure and Microsoft 365 services, 8068, 8069, 12076)
 * Some operators are lumped: the data set names AS6167 (Verizon Wireless) "Verizon Business" and AS20057 (AT&T
 * Mobility) "AT&T Enterprises", as their registry entries do.
 */

export type NetworkClass = 'isp' | 'carrier' | 'hosting' | 'microsoft';

export interface AsnEntry {
  readonly asn: number;
  /** autonomous_system_organization as the data set gives it. */
  readonly name: string;
  readonly class: NetworkClass;
  /** IPv4 and IPv6 prefixes (CIDR) announced by this ASN. */
  readonly v4: readonly string[];
  readonly v6: readonly string[];
}

const a = (asn: number, name: string, cls: NetworkClass, v4: string[], v6: string[] = []): AsnEntry => ({ asn, name, class: cls, v4, v6 });

export const ASN = {
  // US residential broadband (the Seattle region's homes; residential proxies elsewhere in the US).
  comcast: a(7922, 'Comcast Cable Communications, LLC', 'isp', ['73.0.0.0/12', '73.96.0.0/12', '98.192.0.0/12', '76.96.0.0/12'], ['2601:600::/24']),
  centuryLink: a(209, 'CenturyLink Communications, LLC', 'isp', ['97.116.0.0/14', '174.20.0.0/15'], ['2602:4b::/32']),
  att: a(7018, 'AT&T Enterprises, LLC', 'isp', ['99.32.0.0/12', '107.192.0.0/12'], ['2600:1700::/28']),
  charter: a(20115, 'Charter Communications', 'isp', ['75.132.0.0/14']),
  spectrumTexas: a(11427, 'Charter Communications Inc', 'isp', ['70.112.0.0/13']),
  cox: a(22773, 'Cox Communications Inc.', 'isp', ['70.176.0.0/14', '68.0.0.0/12'], ['2600:8800::/32']),
  optimum: a(6128, 'Cablevision Systems Corp.', 'isp', ['69.112.0.0/12']),
  lumen: a(3356, 'Level 3 Communications, Inc.', 'isp', ['4.53.160.0/24', '4.53.161.0/24']),
  // UK residential broadband (the London region's homes) and business.
  bt: a(2856, 'British Telecommunications PLC', 'isp', ['86.128.0.0/12', '81.128.0.0/12', '109.144.0.0/12']),
  virgin: a(5089, 'Virgin Media Limited', 'isp', ['86.0.0.0/12', '82.0.0.0/12'], ['2a02:8884::/32']),
  sky: a(5607, 'Sky UK Limited', 'isp', ['90.192.0.0/12', '94.0.0.0/12'], ['2a02:c7c::/32', '2a02:c7e::/32']),
  talkTalk: a(13285, 'TalkTalk Communications Limited', 'isp', ['92.16.0.0/12', '78.144.0.0/13']),
  colt: a(8220, 'COLT Technology Services Group Limited', 'isp', ['213.86.200.0/24', '213.86.201.0/24']),
  // Broadband abroad (hotels, venues; attackers' home connections).
  orange: a(3215, 'Orange S.A.', 'isp', ['90.0.0.0/12', '86.192.0.0/12']),
  telekom: a(3320, 'Deutsche Telekom AG', 'isp', ['91.0.0.0/12', '93.192.0.0/12'], ['2003::/32']),
  kddi: a(2516, 'KDDI CORPORATION', 'isp', ['106.128.0.0/12', '111.96.0.0/12'], ['240f::/32']),
  eir: a(5466, 'Eircom Limited', 'isp', ['86.40.0.0/13']),
  kpn: a(1136, 'KPN B.V.', 'isp', ['77.160.0.0/12'], ['2a02:a440::/32']),
  koreaTelecom: a(4766, 'Korea Telecom', 'isp', ['175.224.0.0/12']),
  claro: a(28573, 'Claro NXT Telecomunicacoes Ltda', 'isp', ['179.218.0.0/15', '191.176.0.0/13']),
  airtelNigeria: a(36873, 'Airtel Networks Limited', 'carrier', ['105.112.64.0/18', '105.116.0.0/14']),
  mtnNigeria: a(29465, 'MTN NIGERIA Communication limited', 'carrier', ['102.88.0.0/13', '197.210.0.0/16']),
  viettel: a(7552, 'Viettel Group', 'isp', ['171.232.0.0/13', '27.72.0.0/13']),
  bsnl: a(9829, 'Bharat Sanchar Nigam Ltd', 'isp', ['117.192.0.0/12', '59.88.0.0/13']),
  telkomIndonesia: a(7713, 'Telekomunikasi Indonesia (PT)', 'isp', ['36.80.0.0/12', '180.244.0.0/14']),
  rostelecom: a(12389, 'PJSC Rostelecom', 'isp', ['178.64.0.0/13', '176.48.0.0/14']),
  chinanet: a(4134, 'Chinanet', 'isp', ['115.208.0.0/13', '60.176.0.0/13']),
  iranTelecom: a(58224, 'Iran Telecommunication Company PJS', 'isp', ['2.183.0.0/16', '5.232.0.0/14']),
  // Mobile carriers.
  tMobile: a(21928, 'T-Mobile USA, Inc.', 'carrier', ['172.32.0.0/11'], ['2607:fb90::/33', '2607:fb91::/32']),
  verizonWireless: a(6167, 'Verizon Business', 'carrier', ['97.232.0.0/13', '97.176.0.0/13', '174.204.0.0/15'], ['2600:1000::/32', '2600:1008::/32']),
  attMobility: a(20057, 'AT&T Enterprises, LLC', 'carrier', ['166.200.0.0/14', '166.212.0.0/14'], ['2600:380::/36']),
  vodafoneUk: a(25135, 'Vodafone Limited', 'carrier', ['148.252.128.0/18', '89.104.32.0/19', '88.82.0.0/19']),
  o2Uk: a(35228, 'Telefonica UK Limited', 'carrier', ['82.132.128.0/21', '82.132.160.0/20', '46.233.64.0/18']),
  threeUk: a(206067, 'Hutchison 3G UK Limited', 'carrier', ['92.40.0.0/16', '188.28.0.0/14', '94.196.0.0/15'], ['2a04:4a43::/32', '2a04:4a45::/32']),
  // Hosting, cloud and VPN providers.
  digitalOcean: a(14061, 'DigitalOcean, LLC', 'hosting', ['206.189.0.0/16', '209.38.0.0/16'], ['2a03:b0c0:3::/48']),
  ovh: a(16276, 'OVH SAS', 'hosting', ['51.75.0.0/16', '54.36.0.0/14'], ['2001:41d0::/33']),
  hetzner: a(24940, 'Hetzner Online GmbH', 'hosting', ['95.216.0.0/15', '116.202.0.0/15'], ['2a01:4f8::/32', '2a01:4f9::/32']),
  vultr: a(20473, 'The Constant Company, LLC', 'hosting', ['45.76.0.0/15', '45.32.0.0/16'], ['2001:19f0:8000::/33']),
  linode: a(63949, 'Akamai Technologies, Inc.', 'hosting', ['172.105.0.0/16'], ['2600:3c00::/32']),
  aws: a(16509, 'Amazon.com, Inc.', 'hosting', ['34.208.0.0/12', '44.224.0.0/11', '18.130.0.0/16', '3.8.0.0/14']),
  leaseweb: a(60781, 'LeaseWeb Netherlands B.V.', 'hosting', ['95.211.0.0/16', '85.17.0.0/16']),
  m247: a(9009, 'M247 Europe SRL', 'hosting', ['146.70.64.0/18', '146.70.128.0/18']),
  datacamp: a(212238, 'Datacamp Limited', 'hosting', ['149.102.224.0/19', '85.122.192.0/19'], ['2a14:6a00::/32']),
  // Microsoft.
  microsoft: a(8075, 'Microsoft Corporation', 'microsoft', ['52.96.0.0/14', '40.96.0.0/13', '20.48.0.0/12', '40.112.0.0/13', '51.104.0.0/15', '51.140.0.0/14'], ['2603:1030::/32', '2603:1020::/32']),
  microsoft8068: a(8068, 'Microsoft Corporation', 'microsoft', ['13.107.4.0/22', '13.107.48.0/22']),
  microsoft8069: a(8069, 'Microsoft Corporation', 'microsoft', ['52.122.64.0/18', '20.33.32.0/19']),
  microsoft12076: a(12076, 'Microsoft Corporation', 'microsoft', ['151.207.40.0/21', '103.126.16.0/22']),
} as const satisfies Record<string, AsnEntry>;

/** Every catalogue entry. */
export const ASN_CATALOGUE: readonly AsnEntry[] = Object.values(ASN);
