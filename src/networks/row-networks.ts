/**
 * The network and place of every address in a table, worked out once per distinct IPAddress (dictionary code), so a
 * detector reads `placeOfIp[ipCode]` instead of classifying row by row.
 */
import type { SignInTable } from '../table/signin-table';
import type { NetworkClassifier, NetworkInfo } from './classify';
import { placeKey } from './place';

export interface Place {
  readonly key: string;
  readonly network: NetworkInfo;
  readonly countryOrRegion: string;
  readonly city: string;
  /** Coordinates of the place's earliest row (NaN when absent). */
  readonly latitude: number;
  readonly longitude: number;
}

export interface RowNetworks {
  /** The network of each IPAddress code (undefined for code 0, the empty address). */
  readonly networkOfIp: readonly (NetworkInfo | undefined)[];
  /** The place code of each IPAddress code (-1 for the empty address). */
  readonly placeOfIp: Int32Array;
  readonly places: readonly Place[];
}

/**
 * Classifies each distinct address of the table from its earliest row (CreatedDateTime, then position; a row without
 * a time after every timed one), so the answer does not depend on the order the rows were exported in. A place's
 * city, country and coordinates are those of its earliest address's earliest row.
 */
export function rowNetworks(table: SignInTable, classifier: NetworkClassifier): RowNetworks {
  const ipCol = table.column('IPAddress');
  const asn = table.column('AutonomousSystemNumber');
  const country = table.column('CountryOrRegion');
  const city = table.column('City');
  const time = table.column('CreatedDateTime').values;
  const lat = table.column('Latitude').values;
  const lon = table.column('Longitude').values;
  const networkOfIp: (NetworkInfo | undefined)[] = new Array(ipCol.values.length).fill(undefined);
  const placeOfIp = new Int32Array(ipCol.values.length).fill(-1);
  const places: Place[] = [];
  const placeCodes = new Map<string, number>();
  const at = (p: number) => (Number.isFinite(time[p]) ? time[p] : Infinity);
  const firstRow = new Int32Array(ipCol.values.length).fill(-1);
  for (let k = 0; k < table.length; k++) {
    const p = table.position(k);
    const ip = ipCol.codes[p];
    const f = firstRow[ip];
    if (ip !== 0 && (f < 0 || at(p) < at(f) || (at(p) === at(f) && p < f))) firstRow[ip] = p;
  }
  const ips = [];
  for (let ip = 1; ip < firstRow.length; ip++) if (firstRow[ip] >= 0) ips.push(ip);
  ips.sort((a, b) => at(firstRow[a]) - at(firstRow[b]) || firstRow[a] - firstRow[b]);
  for (const ip of ips) {
    const p = firstRow[ip];
    const net = classifier.classify(asn.values[asn.codes[p]], ipCol.values[ip]);
    networkOfIp[ip] = net;
    const key = placeKey(net, country.values[country.codes[p]], city.values[city.codes[p]], ipCol.values[ip]);
    let code = placeCodes.get(key);
    if (code === undefined) {
      code = places.length;
      placeCodes.set(key, code);
      places.push({ key, network: net, countryOrRegion: country.values[country.codes[p]], city: city.values[city.codes[p]], latitude: lat[p], longitude: lon[p] });
    }
    placeOfIp[ip] = code;
  }
  return { networkOfIp, placeOfIp, places };
}
