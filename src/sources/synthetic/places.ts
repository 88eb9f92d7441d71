/**
 * Where sign-ins come from: cities with coordinates and their June UTC offset, and the networks (ASN + address
 * prefixes) found in them. Home ISPs and carriers sit in the tenant's two office regions; attacker networks sit on
 * other continents; Microsoft's own AS 8075 covers the service IPs that proxy refreshes. Values are real-looking, not
 * real assignments.
 */
import type { Rng } from './prng';

export type Continent = 'NA' | 'EU' | 'AS' | 'SA' | 'AF' | 'OC';

export interface Place {
  readonly city: string;
  readonly state: string;
  readonly country: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Offset from UTC in hours during June (summer time where it applies). */
  readonly utcOffset: number;
  readonly continent: Continent;
}

export type NetworkKind = 'isp' | 'carrier' | 'corporate' | 'vpn' | 'hosting' | 'microsoft' | 'hotel';

export interface Network {
  readonly asn: number;
  readonly kind: NetworkKind;
  /** First two or three octets of the addresses this network hands out here. */
  readonly prefixes: readonly string[];
  readonly place: Place;
}

/** One concrete address: what LocationDetails, IPAddress and AutonomousSystemNumber say about a row. */
export interface NetPoint {
  readonly ip: string;
  readonly asn: number;
  readonly place: Place;
}

const p = (city: string, state: string, country: string, latitude: number, longitude: number, utcOffset: number, continent: Continent): Place =>
  ({ city, state, country, latitude, longitude, utcOffset, continent });

export const PLACES = {
  seattle: p('Seattle', 'Washington', 'US', 47.6062, -122.3321, -7, 'NA'),
  bellevue: p('Bellevue', 'Washington', 'US', 47.6101, -122.2015, -7, 'NA'),
  redmond: p('Redmond', 'Washington', 'US', 47.674, -122.1215, -7, 'NA'),
  tacoma: p('Tacoma', 'Washington', 'US', 47.2529, -122.4443, -7, 'NA'),
  london: p('London', 'England', 'GB', 51.5072, -0.1276, 1, 'EU'),
  reading: p('Reading', 'England', 'GB', 51.4543, -0.9781, 1, 'EU'),
  croydon: p('Croydon', 'England', 'GB', 51.3762, -0.0982, 1, 'EU'),
  newYork: p('New York', 'New York', 'US', 40.7128, -74.006, -4, 'NA'),
  chicago: p('Chicago', 'Illinois', 'US', 41.8781, -87.6298, -5, 'NA'),
  paris: p('Paris', 'Ile-de-France', 'FR', 48.8566, 2.3522, 2, 'EU'),
  berlin: p('Berlin', 'Berlin', 'DE', 52.52, 13.405, 2, 'EU'),
  tokyo: p('Tokyo', 'Tokyo', 'JP', 35.6762, 139.6503, 9, 'AS'),
  dublin: p('Dublin', 'Dublin', 'IE', 53.3498, -6.2603, 1, 'EU'),
  amsterdam: p('Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041, 2, 'EU'),
  quincy: p('Quincy', 'Washington', 'US', 47.2343, -119.8526, -7, 'NA'),
  sanAntonio: p('San Antonio', 'Texas', 'US', 29.4241, -98.4936, -5, 'NA'),
  boydton: p('Boydton', 'Virginia', 'US', 36.6676, -78.3875, -4, 'NA'),
  saoPaulo: p('Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333, -3, 'SA'),
  lagos: p('Lagos', 'Lagos', 'NG', 6.5244, 3.3792, 1, 'AF'),
  singapore: p('Singapore', 'Central Singapore', 'SG', 1.3521, 103.8198, 8, 'AS'),
  bucharest: p('Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025, 3, 'EU'),
  hanoi: p('Hanoi', 'Ha Noi', 'VN', 21.0278, 105.8342, 7, 'AS'),
  mumbai: p('Mumbai', 'Maharashtra', 'IN', 19.076, 72.8777, 5.5, 'AS'),
  jakarta: p('Jakarta', 'Jakarta', 'ID', -6.2088, 106.8456, 7, 'AS'),
  moscow: p('Moscow', 'Moscow', 'RU', 55.7558, 37.6173, 3, 'EU'),
  beijing: p('Beijing', 'Beijing', 'CN', 39.9042, 116.4074, 8, 'AS'),
  tehran: p('Tehran', 'Tehran', 'IR', 35.6892, 51.389, 3.5, 'AS'),
} as const;

const n = (asn: number, kind: NetworkKind, place: Place, ...prefixes: string[]): Network => ({ asn, kind, place, prefixes });
const P = PLACES;

/** The tenant's two office regions: where users live, their ISPs, carriers, office egress and VPN egress. */
export const REGIONS = [
  {
    name: 'Seattle',
    homes: [P.seattle, P.bellevue, P.redmond, P.tacoma],
    isps: [(pl: Place) => n(7922, 'isp', pl, '73.53', '73.97', '98.232'), (pl: Place) => n(209, 'isp', pl, '174.21', '71.212'), (pl: Place) => n(7018, 'isp', pl, '99.47', '107.209')],
    carriers: [n(21928, 'carrier', P.seattle, '172.56', '172.58', '172.59'), n(22394, 'carrier', P.seattle, '174.204', '174.205', '174.215')],
    office: n(3356, 'corporate', P.seattle, '4.16.118'),
    vpn: n(3356, 'vpn', P.seattle, '4.14.92'),
  },
  {
    name: 'London',
    homes: [P.london, P.reading, P.croydon],
    isps: [(pl: Place) => n(2856, 'isp', pl, '86.150', '81.157'), (pl: Place) => n(5089, 'isp', pl, '82.21', '92.233'), (pl: Place) => n(5607, 'isp', pl, '2.96', '5.64')],
    carriers: [n(12576, 'carrier', P.london, '31.94', '92.40', '213.205'), n(25135, 'carrier', P.london, '85.255', '90.244', '149.254')],
    office: n(8220, 'corporate', P.london, '212.36.41'),
    vpn: n(8220, 'vpn', P.london, '212.36.57'),
  },
] as const;

export type Region = (typeof REGIONS)[number];

/** Networks an attacker rents or compromises, on several continents. `blocked` ones sit in countries a CA policy blocks. */
export const ATTACKER_NETWORKS: readonly Network[] = [
  n(28573, 'isp', P.saoPaulo, '177.92', '189.6'),
  n(36873, 'isp', P.lagos, '102.89', '105.112'),
  n(14061, 'hosting', P.singapore, '128.199', '159.89'),
  n(9009, 'hosting', P.bucharest, '185.225', '89.39'),
  n(7552, 'isp', P.hanoi, '113.185', '27.72'),
  n(9829, 'isp', P.mumbai, '117.200', '59.94'),
  n(17974, 'isp', P.jakarta, '36.71', '114.124'),
  n(16276, 'hosting', P.paris, '51.75', '145.239'),
  n(24940, 'hosting', P.berlin, '95.217', '116.202'),
];

/** Countries the tenant's "block high-risk countries" Conditional Access policy blocks, and networks in them. */
export const BLOCKED_COUNTRIES = ['RU', 'CN', 'IR', 'KP'];
export const BLOCKED_NETWORKS: readonly Network[] = [
  n(12389, 'isp', P.moscow, '95.24', '188.162'),
  n(4134, 'isp', P.beijing, '123.112', '221.218'),
  n(58224, 'isp', P.tehran, '5.160', '91.98'),
];

/** Microsoft's AS 8075: service IPs (Exchange Online, SharePoint Online) that refresh tokens on a user's behalf. */
export const MICROSOFT_NETWORKS: readonly Network[] = [
  n(8075, 'microsoft', P.quincy, '52.96', '40.126', '20.190'),
  n(8075, 'microsoft', P.sanAntonio, '52.112', '40.107', '20.97'),
  n(8075, 'microsoft', P.boydton, '52.101', '40.97', '20.119'),
  n(8075, 'microsoft', P.dublin, '52.97', '40.99', '20.50'),
  n(8075, 'microsoft', P.amsterdam, '52.98', '40.100', '20.61'),
];

/** Cities users travel to, with a hotel or venue network there. */
export const TRAVEL_NETWORKS: readonly Network[] = [
  n(6128, 'hotel', P.newYork, '24.185', '69.116'),
  n(7018, 'hotel', P.chicago, '12.176', '108.226'),
  n(3215, 'hotel', P.paris, '90.84', '92.154'),
  n(3320, 'hotel', P.berlin, '84.150', '93.196'),
  n(2516, 'hotel', P.tokyo, '106.128', '125.199'),
  n(5466, 'hotel', P.dublin, '86.43', '89.100'),
];

/** A fresh address in the network, with its place. */
export function addressIn(net: Network, rng: Rng): NetPoint {
  const prefix = rng.pick(net.prefixes);
  const parts = prefix.split('.').length;
  const rest: number[] = [];
  for (let i = parts; i < 4; i++) rest.push(i === 3 ? rng.int(2, 254) : rng.int(0, 255));
  return { ip: [prefix, ...rest].join('.'), asn: net.asn, place: net.place };
}
