/**
 * From a candidate's signals to a verdict: points per signal (parameters.ts), severity bands, and the quiet cases that
 * no score overrides, each with its reason. Every verdict explains itself: `reasons` say what counted for an alert,
 * `counterReasons` what counted against it.
 *
 * The quiet cases:
 * - a phone on a carrier: its addresses rotate and geolocate to gateways hundreds of km away, so distance and "new
 *   address" mean nothing; unless the device is spoofed or a session of another device shows up on it;
 * - the user's own device in its own session: a laptop that moved, a split tunnel, an address a refresh inherited;
 * - the user's own registered device reporting its usual operating system, with nothing shared from elsewhere: a trip,
 *   a café, a hotel;
 * unless that device or session is in two places at once, or shows what a cloned device claim (a PRT stolen with its
 * deviceId and user agent) still shows: working from a hosting network while its owner works elsewhere, or used from a
 * network the owner never used, hours after the owner's last sign-in.
 */
import type { Severity } from '../../findings/finding';
import type { NetworkClassifier } from '../../networks/classify';
import { NETWORK_CLASS_LABELS } from '../../networks/catalogue';
import type { TokenReplayParams } from './parameters';
import type { Signals } from './signals';

export interface Verdict {
  readonly score: number;
  readonly severity: Severity;
  readonly reasons: string[];
  readonly counterReasons: string[];
}

/** "AS21928 (T-Mobile USA, Inc.), mobile carrier". */
export function networkText(s: Signals, networks: NetworkClassifier): string {
  const net = s.place.network;
  const label = networks.label(net.asn) || 'no ASN';
  return `${label}, ${NETWORK_CLASS_LABELS[net.class]}`;
}

export function verdict(s: Signals, p: TokenReplayParams, networks: NetworkClassifier): Verdict {
  const reasons: string[] = [];
  const counter: string[] = [];
  let score = 0;
  const add = (points: number, why: string): void => {
    score += points;
    reasons.push(`+${points} ${why}`);
  };
  const where = networkText(s, networks);

  if (s.sessionContinued) add(p.pointsSessionContinued, `continues the user's own session (${[...s.sharedKeys].sort().slice(0, 2).join(', ')})`);
  if (s.spoofedDevice) add(p.pointsSpoofedDevice, "shows one of the user's registered deviceIds with another operating system (a device claim carried by a stolen PRT)");
  else if (s.otherDevice && !s.phone) add(p.pointsOtherDevice, "from a device (deviceId, operating system, browser) the user's own places never show");
  if (s.concurrent) add(p.pointsConcurrent, 'while the user was active from their own place');
  if (s.twoPlaces) add(p.pointsTwoPlacesAtOnce, `two places at once: ${s.twoPlaces.why}`);
  if (s.hosting) add(p.pointsHostingNetwork, `from ${where}`);
  if (s.newNetwork && !s.phone) add(p.pointsNewNetwork, 'a network the user never used from an own place');
  if (s.newCountry && !s.phone) add(p.pointsNewCountry, `a country (${s.place.countryOrRegion}) the user has no own place in`);
  if (s.phishedSignIn) add(p.pointsPhishedSignIn, 'a fresh sign-in (password and MFA) through a hosting network on an unseen device, whose session then went on (AiTM)');
  if (s.idleTokenUse) add(p.pointsIdleTokenUse, `a token used with no interactive sign-in of the user in the ${p.idleHours} hours before`);
  if (s.primaryRefreshToken) add(p.pointsPrimaryRefreshToken, 'a primary refresh token was presented (single sign-on to every app)');

  if (!s.hasOwnPlaces) counter.push('the user has no own place in the data to compare with (no registered device and no earlier day)');
  if (!s.sessionContinued) counter.push("no session or token shared with the user's own places");
  if (!s.concurrent) counter.push("not at the same time as the user's own activity");
  if (s.knownDevice && !s.spoofedDevice) counter.push("the user's own registered device, with its usual operating system");
  if (!s.hosting && !s.phone) counter.push(`${where}: a place people live and work`);

  let severity: Severity = score >= p.highScore ? 'high' : score >= p.mediumScore ? 'medium' : score >= p.lowScore ? 'low' : 'informational';
  const quiet = (why: string): void => {
    severity = 'informational';
    counter.unshift(`not alerted: ${why}`);
  };
  const foreignSession = s.sessionContinued && !s.deviceSame;
  // What a cloned device claim (a stolen PRT presented with the victim's deviceId and user agent) still shows: the
  // device on rented infrastructure its owner never signed in through, or while its owner signs in elsewhere; or on a
  // network its owner never used while the owner has not signed in for hours. (A consumer VPN shows none of these:
  // its owner signs in through it, so its ASN is theirs and its next exit server is no new network; a refresh that
  // inherits the last address comes from a place of the owner's.)
  const clone = (s.hosting && (s.newNetwork || s.signedInElsewhere)) || (s.idleTokenUse && s.newNetwork);
  if (s.phone && !s.spoofedDevice && !foreignSession) {
    quiet(`${where}${s.place.network.class === 'mobile' ? '' : ' (also a mobile operator)'}, ${s.knownDevice ? "the phone's own registered device and session" : 'a phone, in a session no other device uses'}: carrier addresses rotate and geolocate far away`);
  } else if (s.sessionContinued && s.deviceSame && !s.spoofedDevice && !s.twoPlaces && !clone) {
    quiet("the user's own device in its own session: a move, a split tunnel or an address a refresh inherited");
  } else if (s.knownDevice && !s.spoofedDevice && !foreignSession && !s.twoPlaces && !clone) {
    quiet("the user's own registered device with its usual operating system, and nothing from elsewhere: a trip or another network of theirs");
  } else if (severity === 'informational') {
    counter.unshift(`not alerted: ${score} points, below the ${p.lowScore} an alert needs`);
  }
  return { score, severity, reasons, counterReasons: counter };
}
