/**
 * The KQL twin of token-replay: the same candidates (successful refreshes from an address the user did not sign in
 * from interactively, within `windowHours` of an interactive sign-in elsewhere, outside the excluded ASNs and ranges),
 * the same facts, the same score, severity and reasons, and the same row columns.
 *
 * Where the KQL differs from the TypeScript (also listed in docs/kql-differences.md):
 * - distance: `geo_distance_2points` (meters, Kusto's own earth model) instead of the haversine formula with a mean
 *   radius of 6371.0088 km; the two agree within a fraction of a percent, so a pair right at a threshold can fall
 *   on the other side;
 * - IP-B's place (coordinates, city, country, ASN used for scoring) is any non-empty value among IP-B's refreshes,
 *   not the first in time: one address geolocates the same way across one window in practice;
 * - ties: when two interactive sign-ins are equally near IP-B's first refresh, `arg_min` may pick either as the
 *   anchor (the TypeScript keeps the earlier); the order of IncomingTokenTypes, RefreshApps and SharedSessionKeys is not the order of first
 *   appearance (`make_set`);
 * - interactive means "row of SigninLogs" (the TypeScript reads IsInteractive, which says the same for these tables).
 */
import { isIP } from 'node:net';
import { scopeFilter } from '../../kql/scope';
import { fieldColumns } from '../../kql/field-columns';
import { dynamicArray, numberLiteral, stringLiteral, timespanLiteral } from '../../kql/literals';
import { joinKql, kql } from '../../kql/template';
import type { Kql } from '../../kql/fragment';
import type { KqlScope } from '../analysis';
import { ipRanges } from '../../networks/ip-ranges';
import type { TokenReplayParams } from './index';

const SIGN_IN_FIELDS = [
  'UserPrincipalName', 'IPAddress', 'Id', 'SessionId', 'UniqueTokenIdentifier', 'AutonomousSystemNumber',
  'IncomingTokenType', 'AppDisplayName', 'City', 'CountryOrRegion', 'Latitude', 'Longitude',
] as const;

/** The IP ranges of one family as a literal list, after checking every entry the way the TypeScript does. */
function rangesOf(entries: readonly string[], family: 4 | 6): string[] {
  ipRanges(entries); // throws a UserError naming a malformed entry
  return entries.map((e) => e.trim()).filter((e) => e && isIP(e.split('/')[0]) === family);
}

export function tokenReplayKql(p: TokenReplayParams, scope: KqlScope = {}): string {
  const hours = (h: number) => timespanLiteral(Math.round(h * 3_600_000));
  const v4 = rangesOf(p.excludedIpRanges, 4);
  const v6 = rangesOf(p.excludedIpRanges, 6);
  const asns = p.excludedAsns.map((a) => String(a).trim().replace(/^AS/i, '')).filter((a) => a);
  // One predicate for both uses of the exclusion lists: refreshes that are not foreign, and interactive sign-ins that
  // do not place the user (a Cloud PC or hosted desktop signs in from a datacentre).
  const tests = [
    asns.length ? kql`AutonomousSystemNumber in (excludedAsns)` : undefined,
    v4.length ? kql`coalesce(ipv4_is_in_any_range(IPAddress, excludedIpv4Ranges), false)` : undefined,
    v6.length ? kql`coalesce(ipv6_is_in_any_range(IPAddress, excludedIpv6Ranges), false)` : undefined,
  ].filter((t): t is Kql => t !== undefined);
  const excluded = tests.length ? joinKql(tests, ' or ') : kql`false`;
  // The analyst's --ip names the foreign address (IP-B): both sides are needed to compare, so it narrows the refreshes.
  const ipB = scope.ip ? kql`\n    | where IPAddress == ${stringLiteral(scope.ip)}` : kql``;
  const legScope = scopeFilter(scope, { ip: false, indent: 4 });
  const fields = fieldColumns(SIGN_IN_FIELDS);

  return kql`// token-replay: refreshes from a foreign IP (IP-B) while the user signs in interactively from IP-A
let windowSpan = ${hours(p.idleHours)};
let travelSpan = ${hours(p.idleHours)};
let knownIpSpan = ${timespanLiteral(Math.round(Math.max(p.concurrencyMinutes * 60_000, 30 * 86_400_000)))};
let minDistanceKm = ${numberLiteral(p.minDistanceKm)};
let farDistanceKm = ${numberLiteral(p.minDistanceKm * 6)};
let maxTravelKmh = ${numberLiteral(p.maxTravelKmh)};
let concurrencySpan = ${timespanLiteral(Math.round(p.concurrencyMinutes * 60_000))};
let excludedAsns = ${dynamicArray(asns)};
let excludedIpv4Ranges = ${dynamicArray(v4)};
let excludedIpv6Ranges = ${dynamicArray(v6)};
// Entra leaves coordinates out, or at 0/0, when it cannot place an IP: such a point is unknown, not "far away".
let placed = (lat: real, lon: real) { isnotnull(lat) and isnotnull(lon) and abs(lat) <= 90 and abs(lon) <= 180 and not(lat == 0 and lon == 0) };
let excluded = (IPAddress: string, AutonomousSystemNumber: string) { ${excluded} };
let distanceKm = (lat1: real, lon1: real, lat2: real, lon2: real) { iff(placed(lat1, lon1) and placed(lat2, lon2), geo_distance_2points(lon1, lat1, lon2, lat2) / 1000.0, real(null)) };
// Successful sign-ins of both tables, with the nested values lifted out in each table before the union.
let signIns = union
    (SigninLogs${legScope}
    | where ResultType == "0"
    | project ${fields}, Time = CreatedDateTime, Interactive = true),
    (AADNonInteractiveUserSignInLogs${legScope}
    | where ResultType == "0"
    | project ${fields}, Time = CreatedDateTime, Interactive = false);
let interactive = signIns | where Interactive;
// Only a sign-in from a placeable, non-excluded address says where the user was.
let anchorSignIns = interactive | where isnotempty(IPAddress) and not(excluded(IPAddress, AutonomousSystemNumber));
// A refresh from an address the user signed in from interactively (lately, or within the window) is the user's own.
let ownRefreshes = signIns
    | where not(Interactive) and isnotempty(IPAddress)
    | join kind=inner (interactive | project UserPrincipalName, IPAddress, OwnTime = Time) on UserPrincipalName, IPAddress
    | where OwnTime between ((Time - knownIpSpan) .. (Time + windowSpan))
    | distinct Id;
let foreignRefreshes = signIns
    | where not(Interactive) and isnotempty(IPAddress)
    | join kind=leftanti ownRefreshes on Id
    | where not(excluded(IPAddress, AutonomousSystemNumber))${ipB};
// Each foreign refresh with every interactive sign-in of the user within the window (IP-A differs by construction).
let pairs = foreignRefreshes
    | project UserPrincipalName, RefreshIPAddress = IPAddress, RefreshId = Id, RefreshTime = Time, SessionId, UniqueTokenIdentifier,
        IncomingTokenType, AppDisplayName, RefreshCity = City, RefreshCountryOrRegion = CountryOrRegion,
        RefreshAutonomousSystemNumber = AutonomousSystemNumber, RefreshLatitude = Latitude, RefreshLongitude = Longitude
    | join kind=inner (anchorSignIns
        | project UserPrincipalName, InteractiveIPAddress = IPAddress, InteractiveTime = Time, InteractiveCity = City,
            InteractiveCountryOrRegion = CountryOrRegion, InteractiveAutonomousSystemNumber = AutonomousSystemNumber,
            InteractiveLatitude = Latitude, InteractiveLongitude = Longitude) on UserPrincipalName
    | where InteractiveTime between ((RefreshTime - windowSpan) .. (RefreshTime + windowSpan))
    | extend AnchorGap = abs(InteractiveTime - RefreshTime);
// The anchor of a candidate (user, IP-B): the interactive sign-in nearest in time to IP-B's first refresh.
let anchors = pairs
    | lookup (pairs | summarize FirstTime = min(RefreshTime) by UserPrincipalName, RefreshIPAddress) on UserPrincipalName, RefreshIPAddress
    | where RefreshTime == FirstTime
    | summarize arg_min(AnchorGap, InteractiveIPAddress, InteractiveTime, InteractiveCity, InteractiveCountryOrRegion,
        InteractiveAutonomousSystemNumber, InteractiveLatitude, InteractiveLongitude) by UserPrincipalName, RefreshIPAddress;
let candidateRefreshes = pairs
    | summarize take_any(RefreshTime, SessionId, UniqueTokenIdentifier, IncomingTokenType, AppDisplayName, RefreshCity,
        RefreshCountryOrRegion, RefreshAutonomousSystemNumber, RefreshLatitude, RefreshLongitude)
        by UserPrincipalName, RefreshIPAddress, RefreshId;
let refreshFacts = candidateRefreshes
    | summarize RefreshCount = count(), FirstRefreshTime = min(RefreshTime), LastRefreshTime = max(RefreshTime),
        PlaceLatitude = take_anyif(RefreshLatitude, placed(RefreshLatitude, RefreshLongitude)),
        PlaceLongitude = take_anyif(RefreshLongitude, placed(RefreshLatitude, RefreshLongitude)),
        PlaceCity = take_anyif(RefreshCity, isnotempty(RefreshCity)),
        PlaceCountryOrRegion = take_anyif(RefreshCountryOrRegion, isnotempty(RefreshCountryOrRegion)),
        PlaceAutonomousSystemNumber = take_anyif(RefreshAutonomousSystemNumber, isnotempty(RefreshAutonomousSystemNumber)),
        TokenTypes = make_set_if(IncomingTokenType, isnotempty(IncomingTokenType)),
        Apps = make_set_if(AppDisplayName, isnotempty(AppDisplayName)),
        PrimaryRefreshToken = countif(replace_regex(tolower(IncomingTokenType), @"[\\s_-]", "") == "primaryrefreshtoken") > 0,
        RefreshToken = countif(replace_regex(tolower(IncomingTokenType), @"[\\s_-]", "") == "refreshtoken") > 0
        by UserPrincipalName, RefreshIPAddress
    | lookup (candidateRefreshes
        | summarize arg_min(RefreshTime, RefreshCity, RefreshCountryOrRegion, RefreshAutonomousSystemNumber) by UserPrincipalName, RefreshIPAddress
        | project-away RefreshTime) on UserPrincipalName, RefreshIPAddress;
// Every successful event at IP-A (both tables) against IP-B's refreshes: the nearest pair gives the travel time, and
// IP-A activity around IP-B's refresh span means both sessions were active at once.
let aEvents = anchors
    | project UserPrincipalName, RefreshIPAddress, IPAddress = InteractiveIPAddress
    | join kind=inner (signIns | project UserPrincipalName, IPAddress, Time) on UserPrincipalName, IPAddress
    | project UserPrincipalName, RefreshIPAddress, Time;
let timing = union
        (aEvents | extend Side = "A"),
        (candidateRefreshes | project UserPrincipalName, RefreshIPAddress, Time = RefreshTime, Side = "B")
    | sort by UserPrincipalName asc, RefreshIPAddress asc, Time asc
    | extend Gap = iff(prev(UserPrincipalName) == UserPrincipalName and prev(RefreshIPAddress) == RefreshIPAddress and prev(Side) != Side,
        Time - prev(Time), timespan(null))
    | summarize GapExact = min(Gap) by UserPrincipalName, RefreshIPAddress;
let concurrency = aEvents
    | lookup (refreshFacts | project UserPrincipalName, RefreshIPAddress, FirstRefreshTime, LastRefreshTime) on UserPrincipalName, RefreshIPAddress
    | summarize Concurrent = countif(Time between ((FirstRefreshTime - concurrencySpan) .. (LastRefreshTime + concurrencySpan))) > 0
        by UserPrincipalName, RefreshIPAddress;
// SessionId / UniqueTokenIdentifier of IP-B's refreshes that the user also used from another address.
let refreshKeys = union
    (candidateRefreshes | where isnotempty(SessionId) | project UserPrincipalName, RefreshIPAddress, KeyKind = "SessionId", KeyValue = SessionId),
    (candidateRefreshes | where isnotempty(UniqueTokenIdentifier) | project UserPrincipalName, RefreshIPAddress, KeyKind = "UniqueTokenIdentifier", KeyValue = UniqueTokenIdentifier);
let otherKeys = union
    (signIns | where isnotempty(SessionId) | project UserPrincipalName, OtherIPAddress = IPAddress, KeyKind = "SessionId", KeyValue = SessionId),
    (signIns | where isnotempty(UniqueTokenIdentifier) | project UserPrincipalName, OtherIPAddress = IPAddress, KeyKind = "UniqueTokenIdentifier", KeyValue = UniqueTokenIdentifier)
    | distinct UserPrincipalName, OtherIPAddress, KeyKind, KeyValue;
let sharedKeys = refreshKeys
    | join kind=inner otherKeys on UserPrincipalName, KeyKind, KeyValue
    | where OtherIPAddress != RefreshIPAddress
    | summarize SharedKeys = make_set(strcat(KeyKind, " ", KeyValue)) by UserPrincipalName, RefreshIPAddress;
// Travel: an interactive sign-in near IP-B within travelSpan of IP-B's refreshes.
let travel = refreshFacts
    | project UserPrincipalName, RefreshIPAddress, FirstRefreshTime, LastRefreshTime, PlaceLatitude, PlaceLongitude, PlaceCity, PlaceCountryOrRegion
    | join kind=inner (interactive | project UserPrincipalName, Time, Latitude, Longitude, City, CountryOrRegion) on UserPrincipalName
    | where Time between ((FirstRefreshTime - travelSpan) .. (LastRefreshTime + travelSpan))
    | extend Km = distanceKm(Latitude, Longitude, PlaceLatitude, PlaceLongitude)
    | summarize NearKnownLocation = countif(iff(isnotnull(Km), Km < minDistanceKm,
        isnotempty(PlaceCity) and City == PlaceCity and CountryOrRegion == PlaceCountryOrRegion)) > 0 by UserPrincipalName, RefreshIPAddress;
anchors
| lookup refreshFacts on UserPrincipalName, RefreshIPAddress
| lookup timing on UserPrincipalName, RefreshIPAddress
| lookup concurrency on UserPrincipalName, RefreshIPAddress
| lookup sharedKeys on UserPrincipalName, RefreshIPAddress
| lookup travel on UserPrincipalName, RefreshIPAddress
| extend Km = distanceKm(InteractiveLatitude, InteractiveLongitude, PlaceLatitude, PlaceLongitude)
| extend KnownDistance = isnotnull(Km), GapMinutesExact = GapExact / 1m
| extend SpeedKmh = Km / (max_of(GapMinutesExact, 1.0) / 60.0)
| extend CountryKnown = isnotempty(InteractiveCountryOrRegion) and isnotempty(PlaceCountryOrRegion),
    AsnKnown = isnotempty(InteractiveAutonomousSystemNumber) and isnotempty(PlaceAutonomousSystemNumber),
    Concurrent = coalesce(Concurrent, false), NearKnownLocation = coalesce(NearKnownLocation, false),
    SessionLinked = coalesce(array_length(SharedKeys), 0) > 0
| extend DifferentCountry = CountryKnown and InteractiveCountryOrRegion != PlaceCountryOrRegion,
    DifferentAsn = AsnKnown and InteractiveAutonomousSystemNumber != PlaceAutonomousSystemNumber,
    SameAsn = AsnKnown and InteractiveAutonomousSystemNumber == PlaceAutonomousSystemNumber,
    Far = KnownDistance and Km >= minDistanceKm
// Points and reasons as token-replay-score.ts gives them, in the same order.
| extend P1 = case(Far, 30, not(KnownDistance) and DifferentCountry, 25, 0),
    R1 = case(Far, strcat("+30 ", tolong(round(Km)), " km apart (>= ", minDistanceKm, ")"),
        not(KnownDistance) and DifferentCountry, "+25 no coordinates, but different countries", ""),
    P2 = iff(Far and Km >= farDistanceKm, 10, 0),
    R2 = iff(Far and Km >= farDistanceKm, strcat("+10 very far apart (>= ", farDistanceKm, " km)"), ""),
    P3 = iff(DifferentCountry, 10, 0),
    P4 = case(DifferentAsn, 10, SameAsn, -15, 0),
    R4 = case(DifferentAsn, "+10 different autonomous system", SameAsn, "-15 same autonomous system at both ends", ""),
    P5 = iff(coalesce(SpeedKmh > maxTravelKmh, false), 15, 0),
    P6 = iff(Concurrent, 15, 0),
    P7 = iff(SessionLinked, 15, 0),
    P8 = case(PrimaryRefreshToken, 15, RefreshToken, 5, 0)
| extend Score = max_of(0, min_of(100, P1 + P2 + P3 + P4 + P5 + P6 + P7 + P8))
| extend Band = case(Score >= 70, "high", Score >= 50, "medium", Score >= 30, "low", "informational"),
    Cap = case(KnownDistance and Km < minDistanceKm, strcat("capped: under ", minDistanceKm, " km (VPN split tunnel, carrier switch or geolocation error look the same)"),
        not(KnownDistance) and not(DifferentCountry), "capped: no coordinates and no country difference to go on",
        NearKnownLocation and not(Concurrent), "capped: the user also signed in interactively near IP-B and IP-A went quiet (travel)", "")
| extend Severity = iff(isnotempty(Cap), "informational", Band),
    // Join the reasons that apply with "; ", in order: empty ones leave runs of separators that are then squeezed.
    Reasons = trim(@"(; )+", replace_regex(strcat_array(pack_array(R1, R2,
        iff(P3 != 0, "+10 different country", ""), R4,
        iff(P5 != 0, strcat("+15 impossible travel (", tolong(round(SpeedKmh)), " km/h)"), ""),
        iff(P6 != 0, "+15 IP-A active while IP-B refreshes", ""),
        iff(P7 != 0, "+15 IP-B refreshes continue the user's session (shared SessionId/UniqueTokenIdentifier)", ""),
        case(P8 == 15, "+15 primary refresh token presented", P8 == 5, "+5 refresh token presented", ""), Cap), "; "), @"(; )+", "; "))
| project UserPrincipalName, InteractiveIPAddress, RefreshIPAddress, InteractiveTime, FirstRefreshTime, LastRefreshTime, RefreshCount,
    InteractiveCity, InteractiveCountryOrRegion, InteractiveAutonomousSystemNumber, RefreshCity, RefreshCountryOrRegion,
    RefreshAutonomousSystemNumber, DistanceKm = tolong(round(Km)), GapMinutes = tolong(round(GapMinutesExact)),
    ImpliedSpeedKmh = tolong(round(SpeedKmh)), IncomingTokenTypes = strcat_array(TokenTypes, ", "), RefreshApps = strcat_array(Apps, ", "),
    SharedSessionKeys = strcat_array(SharedKeys, ", "), Concurrent, NearKnownLocation, Score, Severity, Reasons
| sort by Score desc, UserPrincipalName asc`.text;
}
