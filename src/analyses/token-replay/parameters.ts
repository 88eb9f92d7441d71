/**
 * Token replay's parameters, as data: the thresholds, the points each signal adds and the severity bands. The
 * TypeScript (run.ts, score.ts) and the KQL twin (kql.ts) read these same values; nothing here is typed twice.
 */
import type { ParameterDefs } from '../analysis';

export interface TokenReplayParams {
  concurrencyMinutes: number;
  idleHours: number;
  maxTravelKmh: number;
  minDistanceKm: number;
  sharedIpUsers: number;
  excludedAsns: string[];
  excludedIpRanges: string[];
  networkClasses: string[];
  maxEvidenceRows: number;
  pointsSessionContinued: number;
  pointsOtherDevice: number;
  pointsSpoofedDevice: number;
  pointsConcurrent: number;
  pointsTwoPlacesAtOnce: number;
  pointsHostingNetwork: number;
  pointsNewNetwork: number;
  pointsNewCountry: number;
  pointsPhishedSignIn: number;
  pointsIdleTokenUse: number;
  pointsPrimaryRefreshToken: number;
  highScore: number;
  mediumScore: number;
  lowScore: number;
}

const OURS = 'Our reasoning from how sign-in sessions behave, stated in the description; tune it on your tenant.';

export const TOKEN_REPLAY_PARAMETERS: ParameterDefs<TokenReplayParams> = {
  concurrencyMinutes: {
    default: 60,
    description: 'Activity from two places this close in time counts as both being active at once.',
    source: 'Our reasoning: Teams and Outlook refresh every few minutes, so an hour of silence means a session is idle.',
  },
  idleHours: {
    default: 4,
    description: 'A token used with no interactive sign-in of the user anywhere in the hours before it (and none at its own address) is an idle use: a stolen PRT or refresh token replayed while the user is away.',
    source: 'Our reasoning: a working person signs in interactively every few hours (new apps, browser SSO); the course\'s stolen-PRT case is used hours after the last sign-in.',
  },
  maxTravelKmh: {
    default: 1000,
    description: 'One device or session seen at two placeable (non-carrier) networks faster than this has not travelled between them.',
    source: 'Our reasoning: a little above an airliner\'s cruising speed (about 900 km/h).',
  },
  minDistanceKm: {
    default: 500,
    description: 'Below this distance two places are never "too far apart" (IP geolocation of the same region is that imprecise).',
    source: 'Our reasoning: ISP and VPN gateways are often geolocated to another city of the same region.',
  },
  sharedIpUsers: {
    default: 3,
    description: 'An address from which this many users sign in interactively is the organisation\'s own egress (office, VPN): no one\'s "foreign" address. A hosting address needs this many users on two days (an AiTM proxy phishes several people in a morning).',
    source: 'Our reasoning: office and VPN egress are shared by many colleagues every day; an attacker\'s address serves its victims.',
  },
  excludedAsns: {
    default: [],
    description: 'Autonomous systems never treated as foreign (your corporate egress or VPN provider). Microsoft\'s are excluded by their network class already.',
    source: 'The course (EI13 refines the query with exclusion lists); empty because every tenant has its own.',
  },
  excludedIpRanges: {
    default: [],
    description: 'IP addresses or CIDR ranges never treated as foreign (corporate proxies, known service egress).',
    source: 'The course (EI13 refines the query with IP exclusion lists); empty because every tenant has its own.',
  },
  networkClasses: {
    default: [],
    description: 'Your own network classes, as class:ASN or class:CIDR (class: microsoft, mobile, hosting, isp), winning over the catalogue in src/networks/catalogue.ts.',
    source: 'Analyst input: every organisation knows networks the public data does not.',
  },
  maxEvidenceRows: {
    default: 20,
    description: 'Rows cited as evidence per finding (the count of all rows is always given).',
    source: 'Our choice: enough to read, small enough for a report.',
  },
  pointsSessionContinued: {
    default: 30,
    description: 'Points when the foreign place uses a SessionId or UniqueTokenIdentifier the user also used from their own place: the session itself travelled.',
    source: `Entra documentation: a session's tokens keep its SessionId across both tables. ${OURS}`,
  },
  pointsOtherDevice: {
    default: 25,
    description: 'Points when the device (DeviceDetail deviceId, operating system, browser) at the foreign place is not the one the user signs in with.',
    source: OURS,
  },
  pointsSpoofedDevice: {
    default: 35,
    description: 'Points when the foreign place presents one of the user\'s registered deviceIds with another operating system: a device claim carried by a stolen PRT.',
    source: 'A PRT carries its device\'s id; the operating system comes from the client that presents it. ' + OURS,
  },
  pointsConcurrent: {
    default: 15,
    description: 'Points when the user is active at the same time from their own (non-carrier) place, on another device or in the same session.',
    source: OURS,
  },
  pointsTwoPlacesAtOnce: {
    default: 30,
    description: 'Points when one device or one session is at two placeable networks in different countries, or further apart than maxTravelKmh allows.',
    source: 'The course: two continents at once is a high-confidence indicator. ' + OURS,
  },
  pointsHostingNetwork: {
    default: 25,
    description: 'Points when the foreign place is a hosting, cloud or VPN provider: people do not live in datacentres, attackers rent them.',
    source: 'Published detection guidance (AiTM and token theft infrastructure is rented hosting). ' + OURS,
  },
  pointsNewNetwork: {
    default: 10,
    description: 'Points when the user never used this ASN from any of their own places.',
    source: OURS,
  },
  pointsNewCountry: {
    default: 10,
    description: 'Points when the user has no own place in this country (never counted for carriers: their geolocation says nothing).',
    source: OURS,
  },
  pointsPhishedSignIn: {
    default: 40,
    description: 'Points for an AiTM sign-in: a fresh interactive sign-in (password and MFA, not a claim in a token) through a hosting network on an unseen device, whose session then continues, while the user is active from their own place.',
    source: 'Microsoft Threat Intelligence on AiTM phishing (the sign-in comes from the proxy, the stolen session is replayed next). ' + OURS,
  },
  pointsIdleTokenUse: {
    default: 20,
    description: 'Points when a refresh token or PRT is used with no interactive sign-in of the user within idleHours before it.',
    source: 'The course: a stolen PRT is used hours after the user\'s last sign-in. ' + OURS,
  },
  pointsPrimaryRefreshToken: {
    default: 10,
    description: 'Points when a primary refresh token was presented: it gives single sign-on to every app.',
    source: 'Entra documentation on PRTs. ' + OURS,
  },
  highScore: { default: 70, description: 'Score from which a candidate is high severity.', source: OURS },
  mediumScore: { default: 55, description: 'Score from which a candidate is medium severity.', source: OURS },
  lowScore: {
    default: 45,
    description: 'Score from which a candidate is an alert at all (low); below it, informational. A hosting network new to the user, and nothing else, scores 35: context, not an alert.',
    source: OURS,
  },
};
