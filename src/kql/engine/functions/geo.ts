/**
 * Geospatial functions. geo_distance_2points measures on a sphere of radius 6,371,010 m: that radius reproduces the
 * documented example exactly (Seattle to Los Angeles, 1,546,754.35197381 m). Coordinates outside [-180, 180] /
 * [-90, 90] give null, as in Kusto. The `use_spheroid` form is refused rather than approximated.
 */
import { KqlError } from '../errors';
import { fn, type ScalarFunctionDef } from './function';

export const KUSTO_EARTH_RADIUS_M = 6_371_010;

const valid = (lon: number, lat: number) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

export function geoDistance(lon1: number, lat1: number, lon2: number, lat2: number): number | null {
  if (!valid(lon1, lat1) || !valid(lon2, lat2)) return null;
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * KUSTO_EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

export const GEO_FUNCTIONS: readonly ScalarFunctionDef[] = [
  fn('geo_distance_2points', [4, 5], 'geo_distance_2points(lon1, lat1, lon2, lat2): real (meters)', (a) => {
    if (a.length > 4 && a[4] === true) throw new KqlError('geo_distance_2points(..., use_spheroid=true) is not supported by the local engine');
    if (a.slice(0, 4).some((v) => v === null)) return null;
    return geoDistance(a[0] as number, a[1] as number, a[2] as number, a[3] as number);
  }),
  fn('geo_point_in_circle', [5, 5], 'geo_point_in_circle(lon, lat, center_lon, center_lat, radius_m): bool', (a) => {
    if (a.some((v) => v === null)) return null;
    const d = geoDistance(a[0] as number, a[1] as number, a[2] as number, a[3] as number);
    return d === null ? null : d <= (a[4] as number);
  }),
];
