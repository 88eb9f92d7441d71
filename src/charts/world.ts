/**
 * The world underneath the maps: country boundaries from Natural Earth (1:110m), as TopoJSON from the world-atlas npm
 * package, read once. Vega-Lite draws TopoJSON itself (`format: { type: 'topojson', feature: 'countries' }`), so the
 * spec carries the ~100 KB topology inline and needs nothing from the network.
 */
import * as fs from 'node:fs';
import { haversineKm } from '../networks/geo';

let countries: object | undefined;

/** Natural Earth's countries at 1:110m (world-atlas/countries-110m.json). */
export function worldCountries(): object {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (countries ??= JSON.parse(fs.readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as object);
}

/** The base layer of every map: land in light grey, borders in white. */
export function worldLayer(): object {
  return {
    data: { values: worldCountries(), format: { type: 'topojson', feature: 'countries' } },
    mark: { type: 'geoshape', fill: '#e8e8e8', stroke: '#ffffff', strokeWidth: 0.5, clip: true },
  };
}

/** A place with coordinates, as maps take them. */
export interface LonLat {
  Longitude: number;
  Latitude: number;
}

/**
 * The projection for a set of places: Equal Earth, fitted to the places' extent widened to at least a continent (so
 * one city does not fill the map) or to the whole world when they spread across it.
 */
export function projectionFor(places: readonly LonLat[]): object {
  const lons = places.map((p) => p.Longitude);
  const lats = places.map((p) => p.Latitude);
  if (!places.length || Math.max(...lons) - Math.min(...lons) > 150) return { type: 'equalEarth' };
  const pad = (lo: number, hi: number, min: number, limit: number): [number, number] => {
    const mid = (lo + hi) / 2;
    const half = Math.max(((hi - lo) / 2) * 1.2 + min / 4, min / 2);
    return [Math.max(-limit, mid - half), Math.min(limit, mid + half)];
  };
  const [west, east] = pad(Math.min(...lons), Math.max(...lons), 60, 180);
  const [south, north] = pad(Math.min(...lats), Math.max(...lats), 30, 85);
  // corner points, not a polygon: a polygon's winding order decides on a sphere which side is inside
  const corners = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, south], [west, north], [east, north]] } };
  return { type: 'equalEarth', fit: corners };
}

/**
 * The places to label, most important first, leaving out any within `minKm` of one already labelled (two city names
 * drawn on top of each other read as neither).
 */
export function spacedLabels<T extends LonLat>(places: readonly T[], minKm = 400): T[] {
  const kept: T[] = [];
  for (const p of places) {
    if (kept.every((q) => !(haversineKm(p.Latitude, p.Longitude, q.Latitude, q.Longitude) < minKm))) kept.push(p);
  }
  return kept;
}
