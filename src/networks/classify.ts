/**
 * The class of a network (Microsoft, mobile carrier, hosting / VPN provider, residential or business ISP) with its ASN's
 * registered name and the reason for the class. Reads src/networks/catalogue.ts and the ASN data set; the analyst's own
 * additions win over both.
 *
 * @example
 * const networks = networkClassifier(['hosting:AS64500', 'isp:198.51.100.0/24']);
 * networks.classify('21928', '172.56.10.4') // { class: 'mobile', asn: '21928', name: 'T-Mobile USA, Inc.', … }
 */
import { UserError } from '../errors';
import { asnData, type AsnData } from './asn-data';
import { HOSTING_ASNS, ISP_ASNS, MICROSOFT_ASNS, MIXED_CARRIER_ASNS, MOBILE_ASNS, NAME_RULES, NETWORK_CLASSES, type NetworkClass } from './catalogue';
import { ipRanges, type IpRanges } from './ip-ranges';

export interface NetworkInfo {
  /** The ASN as Entra writes it (digits), "" when neither the row nor the data set knows it. */
  readonly asn: string;
  /** Its registered organisation, "" when unknown. */
  readonly name: string;
  readonly class: NetworkClass;
  /** Why it has that class, in words. */
  readonly why: string;
  /** An operator of fixed and mobile access in one ASN: a phone there may be on its mobile network. */
  readonly mixedMobile: boolean;
}

export interface NetworkClassifier {
  /** The network of a row: its logged ASN (or the one announcing its address), class and name. */
  classify(asn: string, ip: string): NetworkInfo;
  /** "AS21928 (T-Mobile USA, Inc.)", or "" for no ASN. */
  label(asn: string): string;
  /** Where the names and ranges come from. */
  readonly source: string;
}

/** The analyst's own network classes: ASNs, and address ranges per class (text, as given). */
export interface NetworkAdditions {
  readonly asns: ReadonlyMap<string, NetworkClass>;
  readonly ranges: ReadonlyMap<NetworkClass, readonly string[]>;
}

/** Parses "class:AS64500" / "class:203.0.113.0/24" entries; @throws UserError naming a malformed one. */
export function parseNetworkClasses(entries: readonly string[]): NetworkAdditions {
  const asns = new Map<string, NetworkClass>();
  const byClass = new Map<NetworkClass, string[]>();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const colon = entry.indexOf(':');
    const c = entry.slice(0, Math.max(0, colon)).trim().toLowerCase() as NetworkClass;
    const value = colon < 0 ? '' : entry.slice(colon + 1).trim();
    if (!value || !(NETWORK_CLASSES as readonly string[]).includes(c) || c === 'unknown') {
      throw new UserError(`not a network class entry: "${entry}"; expected class:ASN or class:CIDR, class one of microsoft, mobile, hosting, isp`);
    }
    const asn = value.trim().replace(/^AS/i, '');
    if (/^\d+$/.test(asn)) asns.set(String(Number(asn)), c);
    else byClass.set(c, [...(byClass.get(c) ?? []), value]);
  }
  for (const list of byClass.values()) ipRanges(list); // throws on a malformed range
  return { asns, ranges: byClass };
}

const CURATED: readonly [NetworkClass, Readonly<Record<number, string>>, string][] = [
  ['microsoft', MICROSOFT_ASNS, 'a Microsoft ASN'],
  ['mobile', MOBILE_ASNS, 'a mobile network operator'],
  ['hosting', HOSTING_ASNS, 'a hosting, cloud or VPN provider'],
  ['isp', ISP_ASNS, 'an ISP'],
];

/** A classifier with the analyst's additions ("class:ASN" or "class:CIDR"); results are memoised per ASN. */
export function networkClassifier(additions: readonly string[] = [], data: AsnData = asnData()): NetworkClassifier {
  const parsed = parseNetworkClasses(additions);
  const extra = { asns: parsed.asns, ranges: [...parsed.ranges].map(([c, list]) => [c, ipRanges(list)] as [NetworkClass, IpRanges]) };
  const byAsn = new Map<string, NetworkInfo>();
  const nameOf = (asn: string): string => (asn ? (data.name(Number(asn)) ?? '') : '');

  function ofAsn(asn: string, lookedUp: boolean): NetworkInfo {
    const key = `${asn}|${lookedUp}`;
    const hit = byAsn.get(key);
    if (hit) return hit;
    const name = nameOf(asn);
    const via = lookedUp ? ' (ASN looked up from the address)' : '';
    const n = Number(asn);
    const info = ((): NetworkInfo => {
      const mixedMobile = n in MIXED_CARRIER_ASNS;
      if (!asn) return { asn, name, class: 'unknown', why: 'no ASN logged and the address is not in the data set', mixedMobile };
      const own = extra.asns.get(asn);
      if (own) return { asn, name, class: own, why: `your networkClasses parameter${via}`, mixedMobile };
      for (const [cls, entries, what] of CURATED) if (n in entries) return { asn, name, class: cls, why: `${what} in the catalogue${via}`, mixedMobile };
      for (const rule of NAME_RULES) if (rule.pattern.test(name)) return { asn, name, class: rule.class, why: `${rule.why}${via}`, mixedMobile };
      return { asn, name, class: 'isp', why: `no sign of a carrier, host or Microsoft: taken as an ISP${via}`, mixedMobile };
    })();
    byAsn.set(key, info);
    return info;
  }

  return {
    source: data.source,
    classify(asnText: string, ip: string): NetworkInfo {
      const logged = asnText.trim().replace(/^AS/i, '');
      for (const [cls, ranges] of extra.ranges) {
        if (ranges.has(ip)) return { asn: logged, name: nameOf(logged), class: cls, why: 'your networkClasses parameter (address range)', mixedMobile: false };
      }
      if (/^\d+$/.test(logged) && Number(logged) > 0) return ofAsn(String(Number(logged)), false);
      const found = ip ? data.lookup(ip) : undefined;
      return ofAsn(found === undefined ? '' : String(found), found !== undefined);
    },
    label(asnText: string): string {
      const asn = asnText.trim().replace(/^AS/i, '');
      if (!asn) return '';
      const name = nameOf(asn);
      return name ? `AS${asn} (${name})` : `AS${asn}`;
    },
  };
}
