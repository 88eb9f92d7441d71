/** Distances between the coordinates Entra logs for an IP (LocationDetails.geoCoordinates). */

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Great-circle distance in km between two points (haversine formula), or NaN when a coordinate is absent.
 *
 * Entra leaves coordinates out, or at 0/0, when it cannot place an IP; 0/0 is treated as absent so an unplaced IP is
 * never "10,000 km away" from a real one.
 *
 * @example haversineKm(51.5074, -0.1278, 40.7128, -74.006) // ≈ 5570 (London to New York)
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  if (!hasCoordinates(lat1, lon1) || !hasCoordinates(lat2, lon2)) return NaN;
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** True when both values are finite numbers inside the valid ranges and not the 0/0 "unknown" placeholder. */
export function hasCoordinates(lat: number, lon: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return false;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return false;
  return !(lat === 0 && lon === 0);
}
