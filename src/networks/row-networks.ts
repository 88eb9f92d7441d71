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
  /** Coordinates of the first row seen there (NaN when absent). */
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

/** Classifies each distinct address of the table from the first row that carries it. */
export function rowNetworks(table: SignInTable, classifier: NetworkClassifier): RowNetworks {
  const ipCol = table.column('IPAddress');
  const asn = table.column('AutonomousSystemNumber');
  const country = table.column('CountryOrRegion');
  const city = table.column('City');
  const lat = table.column('Latitude').values;
  const lon = table.column('Longitude').values;
  const networkOfIp: (NetworkInfo | undefined)[] = new Array(ipCol.values.length).fill(undefined);
  const placeOfIp = new Int32Array(ipCol.values.length).fill(-1);
  const places: Place[] = [];
  const placeCodes = new Map<string, number>();
  for (let k = 0; k < table.length; k++) {
    const p = table.position(k);
    const ip = ipCol.codes[p];
    if (ip === 0 || placeOfIp[ip] >= 0) continue;
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
