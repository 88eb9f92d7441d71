/**
 * Networks beyond the tenant's homes and offices, by what they are to the story:
 *
 * - HOSTING: datacentres anyone can rent by the hour; where replayed tokens and AiTM proxies usually run, in many
 *   cities including the tenant's own (Vultr Seattle, AWS London).
 * - CONSUMER_VPN: the exits of commercial VPNs (M247, Datacamp host most of them): hosting ASNs that honest people
 *   sign in from, on their own registered laptop.
 * - RESIDENTIAL_PROXIES: home broadband in the victim's own country, rented through residential proxy services so
 *   that a replay looks domestic. MOBILE proxies are the region's own carriers.
 * - FOREIGN_ISPS: attackers' own connections on other continents (the classic, and least subtle, case).
 * - BLOCKED: countries the tenant's Conditional Access policy CA003 blocks.
 * - MICROSOFT_SERVICES: Exchange Online, SharePoint Online and Office front-door addresses that refresh tokens on the
 *   user's behalf (AS8075, AS8068, AS8069, AS12076); CLOUD_PC: Azure regions where Windows 365 Cloud PCs run.
 * - TRAVEL: hotel and venue broadband, at home (DOMESTIC_TRAVEL) and abroad.
 */
import { PLACES as P } from '../places';
import { ASN } from './asn-catalogue';
import { site, type Network } from './network';

export const HOSTING: readonly Network[] = [
  site(ASN.digitalOcean, 'hosting', P.newYork, { v6: [] }),
  site(ASN.digitalOcean, 'hosting', P.frankfurt),
  site(ASN.digitalOcean, 'hosting', P.london, { v6: [] }),
  site(ASN.digitalOcean, 'hosting', P.singapore, { v6: [] }),
  site(ASN.ovh, 'hosting', P.roubaix),
  site(ASN.hetzner, 'hosting', P.falkenstein, { v4: ['116.202.0.0/15'], v6: ['2a01:4f8::/32'] }),
  site(ASN.hetzner, 'hosting', P.helsinki, { v4: ['95.216.0.0/15'], v6: ['2a01:4f9::/32'] }),
  site(ASN.vultr, 'hosting', P.seattle),
  site(ASN.vultr, 'hosting', P.piscataway),
  site(ASN.vultr, 'hosting', P.london, { v6: [] }),
  site(ASN.linode, 'hosting', P.dallas),
  site(ASN.aws, 'hosting', P.boardman, { v4: ['34.208.0.0/12', '44.224.0.0/11'] }),
  site(ASN.aws, 'hosting', P.london, { v4: ['18.130.0.0/16', '3.8.0.0/14'] }),
  site(ASN.leaseweb, 'hosting', P.amsterdam),
  site(ASN.m247, 'hosting', P.bucharest),
  site(ASN.m247, 'hosting', P.london),
  site(ASN.datacamp, 'hosting', P.frankfurt),
  site(ASN.datacamp, 'hosting', P.newYork, { v6: [] }),
];

export const CONSUMER_VPN: readonly Network[] = [
  site(ASN.m247, 'consumer-vpn', P.london),
  site(ASN.m247, 'consumer-vpn', P.losAngeles),
  site(ASN.m247, 'consumer-vpn', P.amsterdam),
  site(ASN.datacamp, 'consumer-vpn', P.london),
  site(ASN.datacamp, 'consumer-vpn', P.newYork),
  site(ASN.datacamp, 'consumer-vpn', P.seattle),
];

export const RESIDENTIAL_PROXIES: Readonly<Record<string, readonly Network[]>> = {
  US: [
    site(ASN.charter, 'residential-proxy', P.stLouis),
    site(ASN.spectrumTexas, 'residential-proxy', P.austin),
    site(ASN.cox, 'residential-proxy', P.phoenix),
    site(ASN.comcast, 'residential-proxy', P.atlanta),
    site(ASN.optimum, 'residential-proxy', P.newYork),
    site(ASN.att, 'residential-proxy', P.dallas),
  ],
  GB: [
    site(ASN.talkTalk, 'residential-proxy', P.birmingham),
    site(ASN.virgin, 'residential-proxy', P.manchester),
    site(ASN.bt, 'residential-proxy', P.leeds),
    site(ASN.sky, 'residential-proxy', P.glasgow),
  ],
};

export const FOREIGN_ISPS: readonly Network[] = [
  site(ASN.claro, 'foreign-isp', P.saoPaulo),
  site(ASN.airtelNigeria, 'foreign-isp', P.lagos),
  site(ASN.mtnNigeria, 'foreign-isp', P.abuja),
  site(ASN.viettel, 'foreign-isp', P.hanoi),
  site(ASN.bsnl, 'foreign-isp', P.mumbai),
  site(ASN.telkomIndonesia, 'foreign-isp', P.jakarta),
];

/** Countries the tenant's "block high-risk countries" Conditional Access policy blocks, and networks in them. */
export const BLOCKED_COUNTRIES = ['RU', 'CN', 'IR', 'KP'];
export const BLOCKED: readonly Network[] = [
  site(ASN.rostelecom, 'blocked-country', P.moscow),
  site(ASN.chinanet, 'blocked-country', P.hangzhou),
  site(ASN.iranTelecom, 'blocked-country', P.tehran),
];

/** Exchange Online and Office front-door prefixes of AS8075 (the sites below differ in where they geolocate). */
const EXCHANGE_V4 = ['52.96.0.0/14', '40.96.0.0/13'];

export const MICROSOFT_SERVICES: readonly Network[] = [
  site(ASN.microsoft, 'microsoft', P.quincy, { v4: EXCHANGE_V4 }),
  site(ASN.microsoft, 'microsoft', P.sanAntonio, { v4: EXCHANGE_V4 }),
  site(ASN.microsoft, 'microsoft', P.boydton, { v4: EXCHANGE_V4, v6: ['2603:1030::/32'] }),
  site(ASN.microsoft, 'microsoft', P.dublin, { v4: EXCHANGE_V4, v6: ['2603:1020::/32'] }),
  site(ASN.microsoft, 'microsoft', P.amsterdam, { v4: EXCHANGE_V4 }),
  site(ASN.microsoft8068, 'microsoft', P.redmond),
  site(ASN.microsoft8069, 'microsoft', P.boydton),
  site(ASN.microsoft12076, 'microsoft', P.sanAntonio),
];

/** Azure regions hosting the tenant's Windows 365 Cloud PCs, per office region. */
export const CLOUD_PC: Readonly<Record<string, Network>> = {
  Seattle: site(ASN.microsoft, 'cloud-pc', P.quincy, { v4: ['20.48.0.0/12'], v6: [] }),
  London: site(ASN.microsoft, 'cloud-pc', P.london, { v4: ['51.140.0.0/14', '51.104.0.0/15'], v6: [] }),
};

/** Hotels and venues in the region's own country. */
export const DOMESTIC_TRAVEL: Readonly<Record<string, readonly Network[]>> = {
  US: [site(ASN.optimum, 'hotel', P.newYork), site(ASN.comcast, 'hotel', P.chicago), site(ASN.att, 'hotel', P.sanFrancisco), site(ASN.cox, 'hotel', P.phoenix)],
  GB: [site(ASN.virgin, 'hotel', P.manchester), site(ASN.bt, 'hotel', P.edinburgh), site(ASN.sky, 'hotel', P.birmingham)],
};

/** Hotels and venues abroad. */
export const ABROAD_TRAVEL: readonly Network[] = [
  site(ASN.orange, 'hotel', P.paris),
  site(ASN.telekom, 'hotel', P.berlin),
  site(ASN.kddi, 'hotel', P.tokyo),
  site(ASN.eir, 'hotel', P.dublin),
  site(ASN.kpn, 'hotel', P.amsterdam),
  site(ASN.koreaTelecom, 'hotel', P.seoul),
  site(ASN.optimum, 'hotel', P.newYork),
  site(ASN.comcast, 'hotel', P.chicago),
];
