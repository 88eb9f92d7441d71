/**
 * A track is one device's day: the laptop, the phone, a Cloud PC or a personal browser, each with its own SessionId,
 * its own addresses over time (segments) and its own sign-ins. A person's day is a handful of tracks side by side,
 * which is what real logs hold: the phone refreshing from a carrier while the laptop works from home.
 */
import type { App } from './apps';
import type { NetPoint } from './networks/network';
import type { Rng } from './prng';
import type { Device } from './users';

/** Where a device is connected: its address there, and for a dual-stack home its IPv6 twin, used interchangeably. */
export interface Spot {
  readonly net: NetPoint;
  readonly alt?: NetPoint;
  /** Share of sign-ins that leave over `alt` (IPv6) when it exists. */
  readonly altShare?: number;
  /** A trusted named location (office, corporate VPN) the address matches. */
  readonly namedNetwork?: string;
}

/** The address a sign-in at `spot` leaves from. */
export function pickAddress(spot: Spot, rng: Rng): NetPoint {
  return spot.alt && rng.chance(spot.altShare ?? 0.5) ? spot.alt : spot.net;
}

/** A stretch of time the device spends at one spot. Segments of a track are in time order and may leave gaps. */
export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly spot: Spot;
  /** Where interactive sign-ins leave from when not `spot` (a split-tunnel VPN carries the browser's sign-ins only). */
  readonly interactiveSpot?: Spot;
}

export type TrackKind = 'laptop' | 'phone' | 'cloud-pc' | 'browser';

export interface Track {
  readonly kind: TrackKind;
  readonly device: Device;
  readonly sessionId: string;
  readonly segments: readonly Segment[];
  /** Times of the interactive sign-ins, in order. */
  readonly interactiveTimes: readonly number[];
  /** The first interactive sign-in opens the session (password or passwordless, then MFA); else all ride on it. */
  readonly opensSession: boolean;
  /** Silent refreshes over the track, spread over its segments by duration. */
  readonly refreshes: number;
  readonly refreshApps: readonly App[];
  readonly interactiveApps: readonly (readonly [App, number])[];
  /**
   * After a move, a share of refreshes still log the address of the earlier interactive sign-in (the previous
   * segment's) for a while: Entra can record the IP of the original authentication on a non-interactive row.
   */
  readonly inherit?: { readonly chance: number; readonly forMs: number };
  /** Wrong passwords typed before the first interactive sign-in (a password-change morning). */
  readonly mistypes?: number;
}

/** The segment holding `t`, or the last one that started before it (a gap keeps the last address). */
export function segmentAt(track: Track, t: number): number {
  let k = 0;
  for (let i = 0; i < track.segments.length; i++) if (track.segments[i].from <= t) k = i;
  return k;
}

/** First and last instant of the track. */
export function trackSpan(track: Track): [number, number] {
  return [track.segments[0].from, track.segments[track.segments.length - 1].to];
}

/** The track with every segment clipped to end by `notAfter` (or nothing, when its opening sign-in would go). */
export function clipTrackEnd(track: Track, notAfter: number): Track | undefined {
  const segments = track.segments.filter((s) => s.from < notAfter - 30 * 60_000).map((s) => ({ ...s, to: Math.min(s.to, notAfter) }));
  const interactiveTimes = track.interactiveTimes.filter((t) => t < notAfter);
  if (!segments.length || (track.opensSession && !interactiveTimes.length)) return undefined;
  const share = (segments[segments.length - 1].to - segments[0].from) / Math.max(1, trackSpan(track)[1] - trackSpan(track)[0]);
  return { ...track, segments, interactiveTimes, refreshes: Math.round(track.refreshes * Math.min(1, share)) };
}

/** The track with every segment clipped to start no earlier than `notBefore` (empty segments and sign-ins dropped). */
export function clipTrack(track: Track, notBefore: number): Track | undefined {
  const segments = track.segments.filter((s) => s.to > notBefore + 30 * 60_000).map((s) => ({ ...s, from: Math.max(s.from, notBefore) }));
  if (!segments.length) return undefined;
  const kept = track.interactiveTimes.filter((t) => t >= notBefore);
  const interactiveTimes = kept.length || !track.opensSession ? kept : [segments[0].from + 5 * 60_000];
  const share = (segments[segments.length - 1].to - segments[0].from) / Math.max(1, trackSpan(track)[1] - trackSpan(track)[0]);
  return { ...track, segments, interactiveTimes, refreshes: Math.round(track.refreshes * Math.min(1, share)) };
}
