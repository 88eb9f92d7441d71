/**
 * The tenant's two office regions: where its people live, their home ISPs (some dual stack), the mobile carriers
 * their phones use, the office egress and the corporate VPN egress.
 *
 * Carrier gateways: a phone's CGNAT address geolocates to the carrier's gateway, not to the phone. T-Mobile,
 * Verizon and AT&T addresses of a Seattle phone show up in Portland, Sacramento, Salt Lake City or Dallas; Vodafone,
 * O2 and Three addresses of a London phone in Newbury, Manchester or Glasgow. Each list holds one nearby city.
 */
import { PLACES as P, type Place } from '../places';
import { ASN } from './asn-catalogue';
import { site, type Network } from './network';

export interface Region {
  readonly name: string;
  readonly country: string;
  readonly homes: readonly Place[];
  /** Home broadband at a given home town. */
  readonly isps: readonly ((home: Place) => Network)[];
  readonly carriers: readonly Network[];
  readonly office: Network;
  readonly vpn: Network;
}

export const REGIONS: readonly Region[] = [
  {
    name: 'Seattle',
    country: 'US',
    homes: [P.seattle, P.bellevue, P.redmond, P.tacoma, P.everett],
    isps: [(h) => site(ASN.comcast, 'home', h), (h) => site(ASN.centuryLink, 'home', h), (h) => site(ASN.att, 'home', h)],
    carriers: [
      site(ASN.tMobile, 'carrier', P.seattle, { gateways: [P.bellevue, P.portland, P.sacramento, P.saltLakeCity, P.losAngeles, P.denver] }),
      site(ASN.verizonWireless, 'carrier', P.seattle, { gateways: [P.seattle, P.portland, P.spokane, P.boise, P.sacramento, P.phoenix] }),
      site(ASN.attMobility, 'carrier', P.seattle, { gateways: [P.tacoma, P.sanFrancisco, P.losAngeles, P.dallas, P.chicago] }),
    ],
    office: site(ASN.lumen, 'office', P.seattle, { v4: ['4.53.160.0/24'], v6: [] }),
    vpn: site(ASN.lumen, 'corporate-vpn', P.seattle, { v4: ['4.53.161.0/24'], v6: [] }),
  },
  {
    name: 'London',
    country: 'GB',
    homes: [P.london, P.reading, P.croydon, P.guildford],
    isps: [(h) => site(ASN.bt, 'home', h), (h) => site(ASN.virgin, 'home', h), (h) => site(ASN.sky, 'home', h), (h) => site(ASN.talkTalk, 'home', h)],
    carriers: [
      site(ASN.vodafoneUk, 'carrier', P.london, { gateways: [P.newbury, P.manchester, P.birmingham, P.leeds] }),
      site(ASN.o2Uk, 'carrier', P.london, { gateways: [P.slough, P.manchester, P.leeds, P.glasgow] }),
      site(ASN.threeUk, 'carrier', P.london, { gateways: [P.reading, P.manchester, P.birmingham, P.glasgow, P.newcastle] }),
    ],
    office: site(ASN.colt, 'office', P.london, { v4: ['213.86.200.0/24'], v6: [] }),
    vpn: site(ASN.colt, 'corporate-vpn', P.london, { v4: ['213.86.201.0/24'], v6: [] }),
  },
];
