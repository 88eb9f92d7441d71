/**
 * How a network is classed, and why: the small curated catalogue the network classes come from.
 *
 * A detector asks one thing of a network: does an address there say where a person sits? Four answers:
 *
 * - microsoft: Microsoft's own autonomous systems. Exchange Online, SharePoint and other services refresh tokens on a
 *   user's behalf from them, and Cloud PCs / Azure Virtual Desktop sign in from them: never "the attacker's address".
 * - mobile: a mobile carrier. Phones sit behind carrier-grade NAT; the address changes every few hours and geolocates to
 *   the carrier's gateway, often hundreds of km away, and a roaming phone still egresses at home. Distance means
 *   nothing here.
 * - hosting: a hosting, cloud or VPN provider. People do not live in datacentres; attackers rent them (AiTM proxies,
 *   token replay infrastructure) and so do consumer VPNs.
 * - isp: a residential or business ISP (the default for any other known ASN): a home or an office.
 *
 * The order of evidence: the analyst's own additions, then the ASNs below (checked against their registration names in
 * the @ip-location-db/asn data set on 2026-12-01), then the registration name's words (NAME_RULES), then `isp`.
 * Name rules are heuristics: "Wireless" also names fixed-wireless ISPs, and "Cloud" an occasional ISP; both mistakes
 * only make a detector more careful (distance ignored), never louder. Add your own with the `networkClasses`
 * parameter ("hosting:AS64500", "mobile:203.0.113.0/24").
 */

export const NETWORK_CLASSES = ['microsoft', 'mobile', 'hosting', 'isp', 'unknown'] as const;
export type NetworkClass = (typeof NETWORK_CLASSES)[number];

export const NETWORK_CLASS_LABELS: Record<NetworkClass, string> = {
  microsoft: 'Microsoft',
  mobile: 'mobile carrier',
  hosting: 'hosting / VPN provider',
  isp: 'residential or business ISP',
  unknown: 'unknown network',
};

/** One curated entry: the class, and what the ASN is (for readers; the data set's name is shown to analysts). */
type Entries = Readonly<Record<number, string>>;

/**
 * Microsoft's ASNs beyond the ones whose registration name starts with "Microsoft" (NAME_RULES catch those).
 * Source: Microsoft's peering policy (AS8075 and the AS8068-8075 block) and PeeringDB's Microsoft entries.
 */
export const MICROSOFT_ASNS: Entries = {
  8075: 'Microsoft global network', 8068: 'Microsoft', 8069: 'Microsoft', 8070: 'Microsoft', 8071: 'Microsoft',
  8072: 'Microsoft', 8073: 'Microsoft', 8074: 'Microsoft', 12076: 'Microsoft (Azure ExpressRoute)', 3598: 'Microsoft',
  6584: 'Microsoft', 23468: 'Microsoft', 35106: 'Microsoft Limited', 45139: 'Microsoft Singapore', 58862: 'Microsoft China',
  59067: 'Microsoft China (MSN)', 200517: 'Microsoft Deutschland MCIO', 395496: 'Microsoft', 395524: 'Microsoft',
  395851: 'Microsoft',
};

/**
 * Mobile network operators whose ASN carries (mostly) phone traffic. Source: each operator's own registration in the
 * data set and PeeringDB ("Cable/DSL/ISP" operators that also run mobile are in MIXED_CARRIER_ASNS instead).
 */
export const MOBILE_ASNS: Entries = {
  21928: 'T-Mobile USA', 17133: 'T-Mobile USA', 22394: 'Verizon Wireless (Cellco)', 6167: 'Verizon Wireless (Cellco)',
  20057: 'AT&T Mobility', 10507: 'Sprint PCS', 12576: 'EE (UK)', 25135: 'Vodafone UK', 206067: 'Three UK',
  35228: 'O2 UK (Telefonica UK)', 6805: 'O2 Germany (Telefonica)', 51207: 'Free Mobile', 12430: 'Vodafone Spain',
  30722: 'Vodafone Italy', 24608: 'Wind Tre (mobile)', 33915: 'Vodafone Netherlands', 31615: 'Odido (T-Mobile NL)',
  133612: 'Vodafone Australia', 55836: 'Reliance Jio', 45609: 'Bharti Airtel (mobile)', 38266: 'Vodafone Idea',
  9605: 'NTT Docomo', 26599: 'Vivo (Telefonica Brasil)', 26615: 'TIM Brasil', 12912: 'T-Mobile Polska', 13036: 'T-Mobile Czech',
  132525: 'China Mobile', 9808: 'China Mobile', 56040: 'China Mobile', 24445: 'China Mobile',
};

/**
 * Operators that carry fixed broadband and mobile in one ASN: classed `isp`, but a phone on one may be on its mobile
 * network, so a detector treats a mobile device there like one on a carrier. Source: the operators' public network
 * descriptions (one AS for all access networks).
 */
export const MIXED_CARRIER_ASNS: Entries = {
  3209: 'Vodafone Germany', 3320: 'Deutsche Telekom', 3215: 'Orange France', 5410: 'Bouygues Telecom', 15557: 'SFR',
  1221: 'Telstra', 4804: 'Optus', 812: 'Rogers', 852: 'Telus', 577: 'Bell Canada', 2516: 'KDDI', 17676: 'SoftBank',
  5378: 'Vodafone UK (fixed)', 1267: 'Wind Tre', 12479: 'Orange Spain', 3352: 'Telefonica Spain', 28573: 'Claro Brasil',
};

/**
 * Hosting, cloud and VPN providers: where attackers rent machines and proxies, and where consumer VPNs exit.
 * Source: the providers' own registrations; VPN operators as documented by the providers (NordVPN: PacketHub;
 * Mullvad: 31173 Services) and by public VPN-exit research (M247, Datacamp host many commercial VPN exits).
 */
export const HOSTING_ASNS: Entries = {
  14061: 'DigitalOcean', 16509: 'Amazon AWS', 14618: 'Amazon AWS', 15169: 'Google (Cloud)', 396982: 'Google Cloud',
  24940: 'Hetzner', 16276: 'OVH', 63949: 'Akamai Connected Cloud (Linode)', 20473: 'Vultr (The Constant Company)',
  9009: 'M247 (VPN exits)', 60068: 'Datacamp / CDN77 (VPN exits)', 212238: 'Datacamp (VPN exits)', 36352: 'ColoCrossing / HostPapa',
  51167: 'Contabo', 197540: 'netcup', 8100: 'QuadraNet', 53667: 'FranTech / BuyVM', 62240: 'Clouvider', 13335: 'Cloudflare (WARP, Workers)',
  31898: 'Oracle Cloud', 45102: 'Alibaba Cloud', 37963: 'Alibaba Cloud', 132203: 'Tencent Cloud', 8560: 'IONOS', 12876: 'Scaleway',
  202425: 'IP Volume', 49981: 'WorldStream', 60781: 'LeaseWeb', 16265: 'LeaseWeb', 30633: 'LeaseWeb USA', 28753: 'LeaseWeb Germany',
  43350: 'NForce', 44477: 'Stark Industries', 210644: 'AEZA', 209588: 'Flyservers', 39351: 'Mullvad VPN (31173 Services)',
  136787: 'NordVPN (PacketHub)', 147049: 'NordVPN (PacketHub)', 207137: 'NordVPN (PacketHub)', 19994: 'Rackspace',
};

/** Known ISPs whose names would trip a rule below. */
export const ISP_ASNS: Entries = {
  16591: 'Google Fiber (residential)',
  7018: 'AT&T (wireline)',
};

/** Words of a registration name, in the order they are tried. */
export const NAME_RULES: readonly { readonly class: NetworkClass; readonly pattern: RegExp; readonly why: string }[] = [
  { class: 'microsoft', pattern: /^microsoft\b/i, why: 'registered to Microsoft' },
  {
    class: 'hosting',
    pattern: /\b(hosting|hoster|host|servers?|cloud|data ?cent(er|re)s?|datacenter|colo(cation)?|vps|dedicated|digitalocean|linode|vultr|choopa|hetzner|ovh|contabo|leaseweb|scaleway|m247|datacamp|packethub|amazon|oracle|alibaba|tencent|vpn)\b/i,
    why: 'registration name says hosting, cloud, datacentre or VPN',
  },
  { class: 'mobile', pattern: /\b(t-mobile|mobile|mobility|wireless|cellular|cellco|movil(es)?|mobilfunk)\b/i, why: 'registration name says mobile or wireless' },
];
