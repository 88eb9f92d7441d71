/**
 * The KQL twin of token-replay: the same own places, foreign places, signals, points, quiet cases and row columns,
 * reading the same parameters (parameters.ts) and the same network catalogue (src/networks/catalogue.ts). Proven to
 * return the TypeScript's rows on synthetic tenants (test/kql/twins-differential.test.ts).
 *
 *   events → addresses (each address's network and place from its earliest row) → places (their earliest row's
 *     city, country, coordinates) → signIns (replayable rows, device family, token) → shared egress, device profiles
 *     → judge(distrusted) ×3: own places (fresh sign-in on a known device; an earlier day; shared egress; else the
 *       first place) → row status (own / foreign) → per foreign place: signals → points, quiet cases → one row each
 *
 * Where the KQL differs from the TypeScript (also in docs/kql-differences.md, each pinned in the differential test):
 * - network class: the catalogue's ASNs and the analyst's networkClasses only; the registered names (and the name
 *   rules) and the address → ASN lookup are not in the workspace, so an ASN outside the catalogue is an ISP, a row
 *   without an ASN is "unknown", and the Network columns say "AS<n>" (findingsFromRows adds the names);
 * - the TypeScript judges a user again while a new place alerts (distrusting it); the query unrolls that loop into
 *   three judgements;
 * - rows of one address or session at the very same millisecond: either may be taken as the first.
 */
import { isIP } from 'node:net';
import { fieldColumns } from '../../kql/field-columns';
import { Kql } from '../../kql/fragment';
import { dynamicArray, numberLiteral, timespanLiteral } from '../../kql/literals';
import { scopeFilter } from '../../kql/scope';
import { joinKql, kql } from '../../kql/template';
import { HOSTING_ASNS, ISP_ASNS, MICROSOFT_ASNS, MIXED_CARRIER_ASNS, MOBILE_ASNS, NETWORK_CLASS_LABELS } from '../../networks/catalogue';
import { parseNetworkClasses } from '../../networks/classify';
import { ipRanges } from '../../networks/ip-ranges';
import { MODERN_CLIENT_APPS } from '../../schema/client-apps';
import { TOKEN_TYPE_DEFS, TOKEN_TYPES } from '../../schema/token-types';
import type { KqlScope } from '../analysis';
import type { TokenReplayParams } from './parameters';

const FIELDS = [
  'UserPrincipalName', 'Id', 'IPAddress', 'AutonomousSystemNumber', 'City', 'CountryOrRegion', 'Latitude', 'Longitude', 'DeviceId',
  'OperatingSystem', 'Browser', 'SessionId', 'UniqueTokenIdentifier', 'IncomingTokenType', 'AuthenticationMethods', 'AppDisplayName',
  'ClientAppUsed', 'AuthenticationProtocol', 'ResultType',
] as const;

/** IncomingTokenType spellings (lower case, no spaces, _ or -) of the tokens that are neither refresh token nor PRT. */
const OTHER_TOKEN_KEYS = TOKEN_TYPES.filter((t) => t !== 'none' && t !== 'refreshToken' && t !== 'primaryRefreshToken').flatMap((t) =>
  [t, TOKEN_TYPE_DEFS[t].label].map((v) => v.toLowerCase().replace(/[\s_-]+/g, '')),
);

const asns = (entries: Readonly<Record<number, string>>): string[] => Object.keys(entries);
const bare = (asn: string): string => String(asn).trim().replace(/^AS/i, '');

/** The IP ranges of one family as a literal list, after checking every entry the way the TypeScript does. */
function rangesOf(entries: readonly string[], family: 4 | 6): string[] {
  ipRanges(entries); // throws a UserError naming a malformed entry
  return entries.map((e) => e.trim()).filter((e) => e && isIP(e.split('/')[0]) === family);
}

/** The analyst's networkClasses (parsed and validated as the TypeScript does), as ASN lists and ranges per class. */
function additions(p: TokenReplayParams): { asn: Record<string, string[]>; v4: Record<string, string[]>; v6: Record<string, string[]> } {
  const parsed = parseNetworkClasses(p.networkClasses);
  const out = { asn: {} as Record<string, string[]>, v4: {} as Record<string, string[]>, v6: {} as Record<string, string[]> };
  for (const [asn, cls] of parsed.asns) (out.asn[cls] ??= []).push(asn);
  for (const [cls, list] of parsed.ranges) for (const r of list) (isIP(r.split('/')[0]) === 6 ? (out.v6[cls] ??= []) : (out.v4[cls] ??= [])).push(r);
  return out;
}

export function tokenReplayKql(p: TokenReplayParams, scope: KqlScope = {}): string {
  const add = additions(p);
  const classCase = (['microsoft', 'mobile', 'hosting', 'isp'] as const).flatMap((c) => [
    ...(add.v4[c]?.length ? [kql`coalesce(ipv4_is_in_any_range(IPAddress, ${dynamicArray(add.v4[c])}), false), ${Kql.trusted(JSON.stringify(c))}`] : []),
    ...(add.v6[c]?.length ? [kql`coalesce(ipv6_is_in_any_range(IPAddress, ${dynamicArray(add.v6[c])}), false), ${Kql.trusted(JSON.stringify(c))}`] : []),
  ]);
  const asnCase = (['microsoft', 'mobile', 'hosting', 'isp'] as const).filter((c) => add.asn[c]?.length).map((c) => kql`Asn in (${dynamicArray(add.asn[c])}), ${Kql.trusted(JSON.stringify(c))}`);
  const v4 = rangesOf(p.excludedIpRanges, 4);
  const v6 = rangesOf(p.excludedIpRanges, 6);
  const excludedAsns = p.excludedAsns.map(bare).filter((a) => a);
  const excludedTests = [
    excludedAsns.length ? kql`ExcludedAsn` : undefined,
    v4.length ? kql`coalesce(ipv4_is_in_any_range(IPAddress, excludedIpv4Ranges), false)` : undefined,
    v6.length ? kql`coalesce(ipv6_is_in_any_range(IPAddress, excludedIpv6Ranges), false)` : undefined,
  ].filter((t): t is Kql => t !== undefined);
  const legs = ['SigninLogs', 'AADNonInteractiveUserSignInLogs'].map((t) =>
    Kql.trusted(`(${t}${scopeFilter(scope, { indent: 8 }).text}\n        | project ${fieldColumns(FIELDS).text}, Time = CreatedDateTime, Interactive = ${t === 'SigninLogs'})`),
  );
  const labels = Object.entries(NETWORK_CLASS_LABELS).map(([k, v]) => Kql.trusted(`c == ${JSON.stringify(k)}, ${JSON.stringify(v)}`));

  // Every number of parameters.ts under its own name, so the query reads like the TypeScript.
  const numbers = Object.entries(p)
    .filter(([name, v]) => typeof v === 'number' && name !== 'maxEvidenceRows' && name !== 'concurrencyMinutes')
    .map(([name, v]) => kql`let ${Kql.trusted(name)} = ${numberLiteral(v as number)};`);
  return kql`// token-replay: a session or token of the user's used from a network and device its own sign-in did not have
let concurrencySpan = ${timespanLiteral(Math.round(p.concurrencyMinutes * 60_000))};
let idleSpan = ${timespanLiteral(Math.round(p.idleHours * 3_600_000))};
${joinKql(numbers, '\n')}
let excludedAsns = ${dynamicArray(excludedAsns)};
let excludedIpv4Ranges = ${dynamicArray(v4)};
let excludedIpv6Ranges = ${dynamicArray(v6)};
let modernClientApps = ${dynamicArray(MODERN_CLIENT_APPS.map((a) => a.toLowerCase()))};
let microsoftAsns = ${dynamicArray(asns(MICROSOFT_ASNS))};
let mobileAsns = ${dynamicArray(asns(MOBILE_ASNS))};
let hostingAsns = ${dynamicArray(asns(HOSTING_ASNS))};
let ispAsns = ${dynamicArray(asns(ISP_ASNS))};
let mixedCarrierAsns = ${dynamicArray(asns(MIXED_CARRIER_ASNS))};
let linkBound = max_of(concurrencySpan, 1h * 20016.0 / maxTravelKmh);
let noTime = datetime(null);
let always = datetime(1900-01-01);
let classLabel = (c: string) { case(${joinKql(labels, ', ')}, c) };
// x with one decimal, as JavaScript's toFixed(1) writes it.
let fixed1 = (x: real) { strcat(tostring(toint(round(x * 10)) / 10), ".", tostring(toint(round(x * 10)) % 10)) };
let events = union
        ${joinKql(legs, ', ')}
    | extend Asn = tostring(toint(trim_start(@"(?i)AS", trim(@"\\s+", AutonomousSystemNumber))))
    | extend Asn = iff(Asn == "0", "", Asn);
// Each address's network and place, from its earliest row: the class (the analyst's ranges, then ASNs, then the
// catalogue), a place per ISP and city, per carrier or Microsoft ASN, per hosting /24 (IPv6 /48); excluded addresses.
let addresses = events
    | where isnotempty(IPAddress)
    | summarize arg_min(Time, Asn, CountryOrRegion, City, Latitude, Longitude), ExcludedAsn = countif(Asn in (excludedAsns)) > 0 by IPAddress
    | extend RangeClass = ${classCase.length ? kql`case(${joinKql(classCase, ', ')}, "")` : kql`""`}
    | extend NetworkClass = case(isnotempty(RangeClass), RangeClass, ${asnCase.length ? kql`${joinKql(asnCase, ', ')}, ` : kql``}Asn in (microsoftAsns), "microsoft",
        Asn in (mobileAsns), "mobile", Asn in (hostingAsns), "hosting", Asn in (ispAsns), "isp", isnotempty(Asn), "isp", "unknown")
    | extend MixedMobile = isempty(RangeClass) and Asn in (mixedCarrierAsns)
    | extend Prefix = parse_ipv6_mask(IPAddress, iff(ipv6_is_in_range(IPAddress, "::ffff:0.0.0.0/96"), 120, 48))
    | extend Place = case(NetworkClass == "isp" and isnotempty(Asn), strcat("AS", Asn, "|", CountryOrRegion, "|", City),
        isnotempty(Asn) and NetworkClass != "hosting", strcat("AS", Asn), strcat("AS", Asn, "|", Prefix))
    | extend ExcludedIp = ${excludedTests.length ? joinKql(excludedTests, ' or ') : kql`false`}
    | project IPAddress, AddressSince = Time, IpAsn = Asn, NetworkClass, MixedMobile, Place, ExcludedIp, ACountry = CountryOrRegion, ACity = City,
        ALat = Latitude, ALon = Longitude;
// A place's country, city and coordinates: those of its earliest address's earliest row.
let places = addresses
    | summarize arg_min(AddressSince, ACountry, ACity, ALat, ALon) by Place
    | project Place, PlaceCountry = ACountry, PlaceCity = ACity, PlaceLat = ALat, PlaceLon = ALon;
// Replayable rows (a success that presented or continued a token: not a password over a legacy protocol or ROPC),
// with their address's network and place and their device family.
let signIns = events
    | where trim(@"\\s+", ResultType) == "0" and isnotnull(Time)
    | where not(tolower(trim(@"\\s+", ClientAppUsed)) !in ("", "unknown") and tolower(trim(@"\\s+", ClientAppUsed)) !in (modernClientApps))
    | where tolower(trim(@"\\s+", AuthenticationProtocol)) != "ropc"
    | lookup kind=leftouter (addresses | project IPAddress, IpAsn, NetworkClass, MixedMobile, Place, ExcludedIp) on IPAddress
    | lookup kind=leftouter places on Place
    | extend OsFamily = case(OperatingSystem matches regex @"(?i)^\\s*win", "Windows", OperatingSystem matches regex @"(?i)^\\s*(mac|os ?x)", "macOS",
        OperatingSystem matches regex @"(?i)^\\s*(ios|ipados|iphone|ipad)", "iOS", OperatingSystem matches regex @"(?i)^\\s*android", "Android",
        OperatingSystem matches regex @"(?i)^\\s*(chrome ?os|cros)", "ChromeOS", OperatingSystem matches regex @"(?i)linux|ubuntu|debian|fedora", "Linux", "")
    | extend BrowserFamily = replace_regex(replace_regex(replace_regex(trim(@"\\s+", Browser), @"\\s*[\\d.]+\\s*$", ""), @"(?i)^Mobile\\s+", ""), @"(?i)\\s+Mobile$", "")
    | extend BrowserFamily = iff(tolower(BrowserFamily) == "unknown", "", BrowserFamily)
    | extend Fingerprint = strcat(DeviceId, "|", OsFamily, "|", BrowserFamily), MobileOs = OsFamily in ("iOS", "Android")
    | extend TokenKey = replace_regex(tolower(IncomingTokenType), @"[\\s_-]+", "")
    | extend TokenKind = case(TokenKey == "refreshtoken", 1, TokenKey == "primaryrefreshtoken", 2, TokenKey in (${dynamicArray(OTHER_TOKEN_KEYS)}), 3, 0)
    // A credential was presented (a method other than "Previously satisfied"), or the export does not say.
    | extend Fresh = isempty(trim(@"\\s+", AuthenticationMethods)) or replace_regex(tolower(AuthenticationMethods), @"[^,]*previously satisfied[^,]*", "") matches regex @"[^,\\s]"
    | extend Day = startofday(Time);
// The organisation's shared egress: addresses where sharedIpUsers users sign in interactively (hosting: on two days).
let sharedIps = signIns
    | where Interactive and isnotempty(IPAddress)
    | summarize Users = array_length(make_set(UserPrincipalName)), Days = array_length(make_set(Day)), Hosting = countif(NetworkClass == "hosting") > 0 by IPAddress
    | where Users >= sharedIpUsers and (not(Hosting) or Days >= 2)
    | project IPAddress, Shared = true;
// Each registered device's usual operating system: the most weight (interactive sign-ins count five times), then the
// first seen.
let deviceOs = signIns
    | where isnotempty(DeviceId) and isnotempty(OsFamily)
    | summarize Weight = sum(iff(Interactive, 5, 1)), Since = min(Time) by UserPrincipalName, DeviceId, OsFamily;
let profiles = deviceOs
    | join kind=inner (deviceOs | summarize Top = max(Weight) by UserPrincipalName, DeviceId) on UserPrincipalName, DeviceId
    | where Weight == Top
    | summarize arg_min(Since, OsFamily) by UserPrincipalName, DeviceId
    | project UserPrincipalName, DeviceId, UsualOs = OsFamily;
// A user's rows (a row without a user cannot be baselined), with what their device and address say.
let rows = signIns
    | where isnotempty(UserPrincipalName)
    | lookup kind=leftouter profiles on UserPrincipalName, DeviceId
    | lookup kind=leftouter sharedIps on IPAddress
    | extend Known = isnotempty(DeviceId) and isnotempty(UsualOs) and (isempty(OsFamily) or OsFamily == UsualOs),
        Spoofed = isnotempty(DeviceId) and isnotempty(UsualOs) and isnotempty(OsFamily) and OsFamily != UsualOs,
        Skip = coalesce(ExcludedIp, false) or NetworkClass == "microsoft", Shared = coalesce(Shared, false);
let sessionFirst = rows | where isnotempty(SessionId) | summarize SessionStart = min(Time) by UserPrincipalName, SessionId;
let sessionLater = rows | where isnotempty(SessionId) and not(Interactive) | project UserPrincipalName, SessionId, LaterTime = Time;
let noOwnFallback = union (rows | where Interactive and isnotempty(Place) and Fresh and Known | distinct UserPrincipalName), (rows | where Shared | distinct UserPrincipalName);
// One pass of the verdicts, with the places whose alerts the previous pass raised distrusted: they never become the
// user's own by history or as the first place (the TypeScript judges a user again until no new place alerts).
let judge = (distrusted: (UserPrincipalName: string, Place: string)) {
    let distrust = distrusted | distinct UserPrincipalName, Place | extend Distrusted = true;
    // Own places: a fresh sign-in on a known device (own throughout), interactive sign-ins on an earlier day (own from
    // the next day), and for a user with none of these nor shared egress, the place of the first interactive sign-in.
    let ownSince = rows
        | where Interactive and isnotempty(Place)
        | lookup kind=leftouter distrust on UserPrincipalName, Place
        | summarize OwnSince = min(iff(Fresh and Known, always, iff(coalesce(Distrusted, false), noTime, Day + 1d))) by UserPrincipalName, Place;
    let firstPlaces = rows
        | where Interactive and isnotempty(Place) and not(Skip)
        | lookup kind=leftouter distrust on UserPrincipalName, Place
        | where not(coalesce(Distrusted, false))
        | summarize arg_min(Time, Place) by UserPrincipalName
        | join kind=leftanti noOwnFallback on UserPrincipalName
        | project UserPrincipalName, Place, First = always;
    let status = rows
        | lookup kind=leftouter ownSince on UserPrincipalName, Place
        | lookup kind=leftouter firstPlaces on UserPrincipalName, Place
        | extend OwnSince = iff(isnotnull(First), always, OwnSince)
        | extend Status = case(isempty(Place), 0, Skip, 3, Shared or Time >= OwnSince, 1, 2);
    let own = status | where Status == 1;
    let ownNonMobile = own | where NetworkClass != "mobile";
    let foreign = status | where Status == 2;
    let ownAsns = own | where isnotempty(IpAsn) | summarize AsnSince = min(Time) by UserPrincipalName, IpAsn;
    let ownCountries = own | where isnotempty(PlaceCountry) and NetworkClass == "isp" | summarize CountrySince = min(Time) by UserPrincipalName, PlaceCountry;
    let anyOwnCountry = ownCountries | distinct UserPrincipalName;
    // Per foreign place: its rows, and what they carried.
    let candidates = foreign
        | summarize RefreshCount = count(), SignInsAtB = countif(Interactive), First = min(Time), Last = max(Time),
            arg_min(Time, RefreshIPAddress = IPAddress), BAsn = take_any(IpAsn), BClass = take_any(NetworkClass), BMixed = take_any(MixedMobile),
            RefreshCity = take_any(PlaceCity), RefreshCountryOrRegion = take_any(PlaceCountry), BLat = take_any(PlaceLat), BLon = take_any(PlaceLon),
            Ips = make_set(IPAddress), Devices = make_set(Fingerprint), TokenTypes = make_set_if(IncomingTokenType, isnotempty(IncomingTokenType)),
            Apps = make_set_if(AppDisplayName, isnotempty(AppDisplayName)), Tokens = countif(TokenKind != 0), Prt = countif(TokenKind == 2) > 0,
            FirstToken = minif(Time, TokenKind != 0), WithDevice = countif(isnotempty(DeviceId)), KnownWithDevice = countif(isnotempty(DeviceId) and Known),
            AnySpoofed = countif(Spoofed) > 0, MobileRows = countif(MobileOs)
            by UserPrincipalName, Place;
    // The session travelled: foreign rows in a session (or with a token) the user also used from an own place.
    let sharedKeys = union
            (foreign | where isnotempty(SessionId) | distinct UserPrincipalName, Place, SessionId
                | join kind=inner (own | where isnotempty(SessionId) | distinct UserPrincipalName, SessionId) on UserPrincipalName, SessionId
                | project UserPrincipalName, Place, Key = strcat("SessionId ", SessionId)),
            (foreign | where isnotempty(UniqueTokenIdentifier) | distinct UserPrincipalName, Place, UniqueTokenIdentifier
                | join kind=inner (own | where isnotempty(UniqueTokenIdentifier) | distinct UserPrincipalName, UniqueTokenIdentifier) on UserPrincipalName, UniqueTokenIdentifier
                | project UserPrincipalName, Place, Key = strcat("UniqueTokenIdentifier ", UniqueTokenIdentifier))
        | summarize Keys = array_sort_asc(make_set(Key)) by UserPrincipalName, Place;
    let sharedSessions = sharedKeys | mv-expand Key = Keys to typeof(string) | where Key startswith "SessionId "
        | project UserPrincipalName, Place, OSession = substring(Key, 10), InSession = true;
    // In each shared session, a foreign row whose device that session's own rows never show.
    let otherInSession = foreign
        | where isnotempty(SessionId)
        | join kind=inner (own | where isnotempty(SessionId) | distinct UserPrincipalName, SessionId) on UserPrincipalName, SessionId
        | join kind=leftanti (own | distinct UserPrincipalName, SessionId, Fingerprint) on UserPrincipalName, SessionId, Fingerprint
        | distinct UserPrincipalName, Place | extend DeviceDiffers = true;
    // A client the user's own rows never show (rows that logged nothing of their device do not count).
    let otherDevice = foreign
        | where Fingerprint != "||"
        | join kind=leftanti (own | distinct UserPrincipalName, Fingerprint) on UserPrincipalName, Fingerprint
        | distinct UserPrincipalName, Place
        | join kind=inner (own | distinct UserPrincipalName) on UserPrincipalName
        | project UserPrincipalName, Place, OtherDevice = true;
    // Own (non-carrier) activity at the same time: in the same session, or from a device the foreign place did not show.
    let concurrent = foreign
        | project UserPrincipalName, Place, T = Time
        | extend Bucket = bin(T, concurrencySpan)
        | mv-expand Bucket = pack_array(Bucket - concurrencySpan, Bucket, Bucket + concurrencySpan) to typeof(datetime)
        | join kind=inner (ownNonMobile | project UserPrincipalName, OTime = Time, OSession = SessionId, OFingerprint = Fingerprint, Bucket = bin(Time, concurrencySpan))
            on UserPrincipalName, Bucket
        | where abs(OTime - T) <= concurrencySpan
        | lookup kind=leftouter (foreign | distinct UserPrincipalName, Place, OFingerprint = Fingerprint | extend SameDevice = true) on UserPrincipalName, Place, OFingerprint
        | lookup kind=leftouter sharedSessions on UserPrincipalName, Place, OSession
        | where coalesce(InSession, false) or OFingerprint == "||" or not(coalesce(SameDevice, false))
        | distinct UserPrincipalName, Place | extend Concurrent = true;
    // An interactive sign-in at an own (non-carrier) place while the foreign place was in use.
    let signedInElsewhere = candidates
        | project UserPrincipalName, Place, First, Last
        | join kind=inner (ownNonMobile | where Interactive | project UserPrincipalName, OTime = Time) on UserPrincipalName
        | where OTime between (First .. Last)
        | distinct UserPrincipalName, Place | extend SignedInElsewhere = true;
    // AiTM: a fresh sign-in through a hosting network on an unseen device, first of its session, which then goes on.
    let phished = foreign
        | where Interactive and Fresh and not(Known) and isnotempty(SessionId) and NetworkClass == "hosting"
        | lookup kind=inner sessionFirst on UserPrincipalName, SessionId
        | where Time == SessionStart
        | join kind=inner sessionLater on UserPrincipalName, SessionId
        | where LaterTime > Time
        | distinct UserPrincipalName, Place | extend FreshThroughHost = true;
    // Idle: no interactive sign-in of the user within idleSpan before the place's first token use.
    let busy = candidates
        | where Tokens > 0 and SignInsAtB == 0
        | project UserPrincipalName, Place, FirstToken
        | join kind=inner (rows | where Interactive | project UserPrincipalName, ITime = Time) on UserPrincipalName
        | where ITime between ((FirstToken - idleSpan) .. FirstToken)
        | distinct UserPrincipalName, Place | extend NotIdle = true;
    // Two places at once: each foreign row against the nearest linked own row before and after it (linked: the same
    // session, the same registered device, or, between ISP places, the same person).
    let linked = foreign
        | where NetworkClass != "mobile"
        | project UserPrincipalName, Place, T = Time, BClass = NetworkClass, BAsn = IpAsn, BCountry = PlaceCountry, BLat = PlaceLat, BLon = PlaceLon
        | extend Bucket = bin(T, linkBound)
        | mv-expand Bucket = pack_array(Bucket - linkBound, Bucket, Bucket + linkBound) to typeof(datetime)
        | join kind=inner (own | project UserPrincipalName, OTime = Time, OSession = SessionId, ODevice = DeviceId, OPlace = Place, OClass = NetworkClass,
            OAsn = IpAsn, OCountry = PlaceCountry, OLat = PlaceLat, OLon = PlaceLon, Bucket = bin(Time, linkBound)) on UserPrincipalName, Bucket
        | where abs(OTime - T) <= linkBound
        | lookup kind=leftouter sharedSessions on UserPrincipalName, Place, OSession
        | lookup kind=leftouter (foreign | where isnotempty(DeviceId) | distinct UserPrincipalName, Place, ODevice = DeviceId | extend SameDevice = true)
            on UserPrincipalName, Place, ODevice
        | extend Link = case(coalesce(InSession, false), "session", coalesce(SameDevice, false), "device", BClass in ("isp", "unknown") and OClass == "isp", "person", "")
        | where isnotempty(Link);
    let neighbours = union
            (linked | where OTime < T | summarize arg_max(OTime, *) by UserPrincipalName, Place, T | extend Side = 0),
            (linked | where OTime >= T | summarize arg_min(OTime, *) by UserPrincipalName, Place, T | extend Side = 1);
    let twoPlaces = neighbours
        | where OClass !in ("mobile", "microsoft") and OPlace != Place and not(OClass == "hosting" and BClass == "hosting" and OAsn == BAsn)
        | extend Gap = abs(T - OTime)
        | extend Km = iff(isnotnull(OLat) and isnotnull(OLon) and isnotnull(BLat) and isnotnull(BLon) and abs(OLat) <= 90 and abs(BLat) <= 90
            and abs(OLon) <= 180 and abs(BLon) <= 180 and not(OLat == 0 and OLon == 0) and not(BLat == 0 and BLon == 0),
            geo_distance_2points(OLon, OLat, BLon, BLat) / 1000.0, real(null))
        | extend Kmh = Km / max_of(Gap / 1h, 1.0 / 60)
        | extend Why = case(Gap <= concurrencySpan and isnotempty(OCountry) and isnotempty(BCountry) and OCountry != BCountry,
                strcat("the same ", Link, " in ", OCountry, " and ", BCountry, " within ", round(Gap / 1m), " min"),
            isnotnull(Km) and Km >= minDistanceKm and Kmh > maxTravelKmh,
                strcat("the same ", Link, " ", round(Km), " km apart within ", iff(Gap < 1h, strcat(round(Gap / 1m), " min"), strcat(fixed1(Gap / 1h), " h")), " (", round(Kmh), " km/h)"),
            "")
        | where isnotempty(Why)
        | summarize arg_min(tolong((T - datetime(1970-01-01)) / 1ms) * 2 + Side, Why) by UserPrincipalName, Place
        | project UserPrincipalName, Place, TwoPlaces = Why;
    // IP-A: the own row nearest in time to the foreign place's first row, an interactive one within a day when there is
    // one; of two as near, the earlier.
    let anchors = candidates
        | project UserPrincipalName, Place, First
        | join kind=inner (own | project UserPrincipalName, ATime = Time, AInteractive = Interactive, AIp = IPAddress, ACity = City,
            ACountry = CountryOrRegion, AAsn = AutonomousSystemNumber, ANetAsn = IpAsn, AClass = NetworkClass, ALat = PlaceLat, ALon = PlaceLon) on UserPrincipalName
        | extend Gap = abs(ATime - First)
        | summarize arg_min(iff(AInteractive and Gap <= 1d, 0.0, 1e15) + 2 * (Gap / 1ms) + iff(ATime > First, 1, 0), ATime, AIp, ACity, ACountry, AAsn, ANetAsn, AClass, ALat, ALon)
            by UserPrincipalName, Place;
    candidates
    | lookup kind=leftouter sharedKeys on UserPrincipalName, Place
    | lookup kind=leftouter otherInSession on UserPrincipalName, Place
    | lookup kind=leftouter otherDevice on UserPrincipalName, Place
    | lookup kind=leftouter concurrent on UserPrincipalName, Place
    | lookup kind=leftouter signedInElsewhere on UserPrincipalName, Place
    | lookup kind=leftouter phished on UserPrincipalName, Place
    | lookup kind=leftouter busy on UserPrincipalName, Place
    | lookup kind=leftouter twoPlaces on UserPrincipalName, Place
    | lookup kind=leftouter anchors on UserPrincipalName, Place
    | lookup kind=leftouter ownAsns on UserPrincipalName, $left.BAsn == $right.IpAsn
    | lookup kind=leftouter ownCountries on UserPrincipalName, $left.RefreshCountryOrRegion == $right.PlaceCountry
    | lookup kind=leftouter (anyOwnCountry | extend HasOwnCountry = true) on UserPrincipalName
    | extend Keys = coalesce(Keys, dynamic([]))
    | extend SessionContinued = array_length(Keys) > 0, DeviceSame = array_length(Keys) > 0 and not(coalesce(DeviceDiffers, false)),
        KnownDevice = WithDevice > 0 and KnownWithDevice == WithDevice, OtherDevice = coalesce(OtherDevice, false),
        Concurrent = coalesce(Concurrent, false), SignedInElsewhere = coalesce(SignedInElsewhere, false), Hosting = BClass == "hosting",
        NewNetwork = isempty(BAsn) or not(coalesce(AsnSince <= First, false)),
        NewCountry = BClass != "mobile" and isnotempty(RefreshCountryOrRegion) and coalesce(HasOwnCountry, false) and not(coalesce(CountrySince <= First, false)),
        Idle = Tokens > 0 and SignInsAtB == 0 and not(coalesce(NotIdle, false)), HasOwnPlaces = isnotnull(ATime)
    | extend Phished = coalesce(FreshThroughHost, false) and Hosting and Concurrent
    | extend Phone = MobileRows == RefreshCount and BClass !in ("hosting", "microsoft") and (BClass == "mobile" or BMixed or KnownDevice)
    | extend Where = iff(isempty(BAsn), strcat("no ASN, ", classLabel(BClass)), strcat("AS", BAsn, ", ", classLabel(BClass)))
    | extend Points = pack_array(
        iff(SessionContinued, pack("p", pointsSessionContinued, "r", strcat("continues the user's own session (", strcat_array(array_slice(Keys, 0, 1), ", "), ")")), dynamic(null)),
        iff(AnySpoofed, pack("p", pointsSpoofedDevice, "r", "shows one of the user's registered deviceIds with another operating system (a device claim carried by a stolen PRT)"),
            iff(OtherDevice and not(Phone), pack("p", pointsOtherDevice, "r", "from a device (deviceId, operating system, browser) the user's own places never show"), dynamic(null))),
        iff(Concurrent, pack("p", pointsConcurrent, "r", "while the user was active from their own place"), dynamic(null)),
        iff(isnotempty(TwoPlaces), pack("p", pointsTwoPlacesAtOnce, "r", strcat("two places at once: ", TwoPlaces)), dynamic(null)),
        iff(Hosting, pack("p", pointsHostingNetwork, "r", strcat("from ", Where)), dynamic(null)),
        iff(NewNetwork and not(Phone), pack("p", pointsNewNetwork, "r", "a network the user never used from an own place"), dynamic(null)),
        iff(NewCountry and not(Phone), pack("p", pointsNewCountry, "r", strcat("a country (", RefreshCountryOrRegion, ") the user has no own place in")), dynamic(null)),
        iff(Phished, pack("p", pointsPhishedSignIn, "r", "a fresh sign-in (password and MFA) through a hosting network on an unseen device, whose session then went on (AiTM)"), dynamic(null)),
        iff(Idle, pack("p", pointsIdleTokenUse, "r", strcat("a token used with no interactive sign-in of the user in the ", idleHours, " hours before")), dynamic(null)),
        iff(Prt, pack("p", pointsPrimaryRefreshToken, "r", "a primary refresh token was presented (single sign-on to every app)"), dynamic(null)))
    | mv-apply Point = Points on (where isnotnull(Point) | summarize Score = sum(toint(Point.p)), Reasons = make_list(strcat("+", tostring(Point.p), " ", tostring(Point.r))))
    | extend Score = coalesce(Score, 0)
    | extend Clone = (Hosting and (NewNetwork or SignedInElsewhere)) or (Idle and NewNetwork), ForeignSession = SessionContinued and not(DeviceSame)
    | extend Quiet = case(
        Phone and not(AnySpoofed) and not(ForeignSession),
            strcat("not alerted: ", Where, iff(BClass == "mobile", "", " (also a mobile operator)"), ", ",
                iff(KnownDevice, "the phone's own registered device and session", "a phone, in a session no other device uses"), ": carrier addresses rotate and geolocate far away"),
        SessionContinued and DeviceSame and not(AnySpoofed) and isempty(TwoPlaces) and not(Clone),
            "not alerted: the user's own device in its own session: a move, a split tunnel or an address a refresh inherited",
        KnownDevice and not(AnySpoofed) and not(ForeignSession) and isempty(TwoPlaces) and not(Clone),
            "not alerted: the user's own registered device with its usual operating system, and nothing from elsewhere: a trip or another network of theirs",
        "")
    | extend Severity = case(isnotempty(Quiet), "informational", Score >= highScore, "high", Score >= mediumScore, "medium",
        Score >= lowScore, "low", "informational")
};
let pass1 = judge(datatable(UserPrincipalName: string, Place: string)[]);
let distrusted1 = pass1 | where Severity != "informational" | project UserPrincipalName, Place;
let pass2 = judge(distrusted1);
let distrusted2 = union distrusted1, (pass2 | where Severity != "informational" | project UserPrincipalName, Place);
judge(distrusted2)
| extend Counter = pack_array(
    iff(isnotempty(Quiet), Quiet, iff(Severity == "informational", strcat("not alerted: ", Score, " points, below the ", lowScore, " an alert needs"), "")),
    iff(HasOwnPlaces, "", "the user has no own place in the data to compare with (no registered device and no earlier day)"),
    iff(SessionContinued, "", "no session or token shared with the user's own places"),
    iff(Concurrent, "", "not at the same time as the user's own activity"),
    iff(KnownDevice and not(AnySpoofed), "the user's own registered device, with its usual operating system", ""),
    iff(not(Hosting) and not(Phone), strcat(Where, ": a place people live and work"), ""))
| extend CounterReasons = replace_regex(replace_regex(strcat_array(Counter, "; "), @"(; )+", "; "), @"^; |; $", "")
| extend CarrierEnd = BClass == "mobile" or AClass == "mobile"
| extend DistanceKm = iff(isnotnull(ATime) and not(CarrierEnd) and isnotnull(ALat) and isnotnull(ALon) and isnotnull(BLat) and isnotnull(BLon)
        and not(ALat == 0 and ALon == 0) and not(BLat == 0 and BLon == 0), geo_distance_2points(ALon, ALat, BLon, BLat) / 1000.0, real(null)),
    GapMs = abs(ATime - First) / 1ms
| project UserPrincipalName, InteractiveIPAddress = coalesce(AIp, ""), RefreshIPAddress, RefreshIPAddresses = strcat_array(array_slice(array_sort_asc(Ips), 0, 19), ", "),
    InteractiveTime = ATime, FirstRefreshTime = First, LastRefreshTime = Last, RefreshCount, SignInsAtB, InteractiveCity = coalesce(ACity, ""),
    InteractiveCountryOrRegion = coalesce(ACountry, ""), InteractiveAutonomousSystemNumber = coalesce(AAsn, ""),
    InteractiveNetwork = iff(isempty(ANetAsn), "", strcat("AS", ANetAsn)), RefreshCity, RefreshCountryOrRegion, RefreshAutonomousSystemNumber = BAsn,
    RefreshNetwork = iff(isempty(BAsn), "", strcat("AS", BAsn)), RefreshNetworkClass = BClass,
    RefreshDevices = strcat_array(array_slice(array_sort_asc(Devices), 0, 4), "; "),
    DistanceKm = round(DistanceKm), GapMinutes = round(GapMs / 60000.0), ImpliedSpeedKmh = round(DistanceKm / max_of(GapMs / 3600000.0, 1.0 / 60)),
    IncomingTokenTypes = strcat_array(array_sort_asc(TokenTypes), ", "), RefreshApps = strcat_array(array_slice(array_sort_asc(Apps), 0, 9), ", "),
    SharedSessionKeys = strcat_array(array_slice(Keys, 0, 4), ", "), Concurrent, Score, Severity, Reasons = strcat_array(Reasons, "; "), CounterReasons
| sort by Score desc, UserPrincipalName asc, FirstRefreshTime asc`.text;
}
