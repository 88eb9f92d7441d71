/**
 * Cities that sign-ins geolocate to, with coordinates and their June UTC offset: where people live and work, where
 * mobile carriers' gateways sit (a phone's address geolocates to its carrier's gateway, often hundreds of km from
 * the person), where datacentres, hotels and attackers are. Which network is found where lives in networks/.
 */

export type Continent = 'NA' | 'EU' | 'AS' | 'SA' | 'AF' | 'OC';

export interface Place {
  readonly city: string;
  readonly state: string;
  readonly country: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Offset from UTC in hours during June (summer time where it applies). */
  readonly utcOffset: number;
  readonly continent: Continent;
}

const p = (city: string, state: string, country: string, latitude: number, longitude: number, utcOffset: number, continent: Continent): Place =>
  ({ city, state, country, latitude, longitude, utcOffset, continent });

export const PLACES = {
  // The Seattle office region and the US cities its carriers' gateways and its travellers reach.
  seattle: p('Seattle', 'Washington', 'US', 47.6062, -122.3321, -7, 'NA'),
  bellevue: p('Bellevue', 'Washington', 'US', 47.6101, -122.2015, -7, 'NA'),
  redmond: p('Redmond', 'Washington', 'US', 47.674, -122.1215, -7, 'NA'),
  tacoma: p('Tacoma', 'Washington', 'US', 47.2529, -122.4443, -7, 'NA'),
  everett: p('Everett', 'Washington', 'US', 47.979, -122.2021, -7, 'NA'),
  portland: p('Portland', 'Oregon', 'US', 45.5152, -122.6784, -7, 'NA'),
  spokane: p('Spokane', 'Washington', 'US', 47.6588, -117.426, -7, 'NA'),
  boise: p('Boise', 'Idaho', 'US', 43.615, -116.2023, -6, 'NA'),
  sacramento: p('Sacramento', 'California', 'US', 38.5816, -121.4944, -7, 'NA'),
  sanFrancisco: p('San Francisco', 'California', 'US', 37.7749, -122.4194, -7, 'NA'),
  losAngeles: p('Los Angeles', 'California', 'US', 34.0522, -118.2437, -7, 'NA'),
  saltLakeCity: p('Salt Lake City', 'Utah', 'US', 40.7608, -111.891, -6, 'NA'),
  denver: p('Denver', 'Colorado', 'US', 39.7392, -104.9903, -6, 'NA'),
  phoenix: p('Phoenix', 'Arizona', 'US', 33.4484, -112.074, -7, 'NA'),
  dallas: p('Dallas', 'Texas', 'US', 32.7767, -96.797, -5, 'NA'),
  austin: p('Austin', 'Texas', 'US', 30.2672, -97.7431, -5, 'NA'),
  stLouis: p('St. Louis', 'Missouri', 'US', 38.627, -90.1994, -5, 'NA'),
  atlanta: p('Atlanta', 'Georgia', 'US', 33.749, -84.388, -4, 'NA'),
  newYork: p('New York', 'New York', 'US', 40.7128, -74.006, -4, 'NA'),
  chicago: p('Chicago', 'Illinois', 'US', 41.8781, -87.6298, -5, 'NA'),
  boardman: p('Boardman', 'Oregon', 'US', 45.8399, -119.7006, -7, 'NA'),
  quincy: p('Quincy', 'Washington', 'US', 47.2343, -119.8526, -7, 'NA'),
  sanAntonio: p('San Antonio', 'Texas', 'US', 29.4241, -98.4936, -5, 'NA'),
  boydton: p('Boydton', 'Virginia', 'US', 36.6676, -78.3875, -4, 'NA'),
  ashburn: p('Ashburn', 'Virginia', 'US', 39.0438, -77.4874, -4, 'NA'),
  piscataway: p('Piscataway', 'New Jersey', 'US', 40.5549, -74.4643, -4, 'NA'),
  // The London office region and the UK cities its carriers' gateways reach.
  london: p('London', 'England', 'GB', 51.5072, -0.1276, 1, 'EU'),
  reading: p('Reading', 'England', 'GB', 51.4543, -0.9781, 1, 'EU'),
  croydon: p('Croydon', 'England', 'GB', 51.3762, -0.0982, 1, 'EU'),
  guildford: p('Guildford', 'England', 'GB', 51.2362, -0.5704, 1, 'EU'),
  slough: p('Slough', 'England', 'GB', 51.5105, -0.5950, 1, 'EU'),
  newbury: p('Newbury', 'England', 'GB', 51.4014, -1.3231, 1, 'EU'),
  birmingham: p('Birmingham', 'England', 'GB', 52.4862, -1.8904, 1, 'EU'),
  manchester: p('Manchester', 'England', 'GB', 53.4808, -2.2426, 1, 'EU'),
  leeds: p('Leeds', 'England', 'GB', 53.8008, -1.5491, 1, 'EU'),
  newcastle: p('Newcastle upon Tyne', 'England', 'GB', 54.9783, -1.6178, 1, 'EU'),
  glasgow: p('Glasgow', 'Scotland', 'GB', 55.8642, -4.2518, 1, 'EU'),
  edinburgh: p('Edinburgh', 'Scotland', 'GB', 55.9533, -3.1883, 1, 'EU'),
  // Elsewhere: travel, datacentres, attackers.
  paris: p('Paris', 'Ile-de-France', 'FR', 48.8566, 2.3522, 2, 'EU'),
  roubaix: p('Roubaix', 'Hauts-de-France', 'FR', 50.6942, 3.1746, 2, 'EU'),
  berlin: p('Berlin', 'Berlin', 'DE', 52.52, 13.405, 2, 'EU'),
  frankfurt: p('Frankfurt am Main', 'Hesse', 'DE', 50.1109, 8.6821, 2, 'EU'),
  falkenstein: p('Falkenstein', 'Saxony', 'DE', 50.4779, 12.3713, 2, 'EU'),
  helsinki: p('Helsinki', 'Uusimaa', 'FI', 60.1699, 24.9384, 3, 'EU'),
  dublin: p('Dublin', 'Dublin', 'IE', 53.3498, -6.2603, 1, 'EU'),
  amsterdam: p('Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041, 2, 'EU'),
  bucharest: p('Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025, 3, 'EU'),
  tokyo: p('Tokyo', 'Tokyo', 'JP', 35.6762, 139.6503, 9, 'AS'),
  seoul: p('Seoul', 'Seoul', 'KR', 37.5665, 126.978, 9, 'AS'),
  singapore: p('Singapore', 'Central Singapore', 'SG', 1.3521, 103.8198, 8, 'AS'),
  saoPaulo: p('Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333, -3, 'SA'),
  lagos: p('Lagos', 'Lagos', 'NG', 6.5244, 3.3792, 1, 'AF'),
  abuja: p('Abuja', 'FCT', 'NG', 9.0765, 7.3986, 1, 'AF'),
  hanoi: p('Hanoi', 'Ha Noi', 'VN', 21.0278, 105.8342, 7, 'AS'),
  mumbai: p('Mumbai', 'Maharashtra', 'IN', 19.076, 72.8777, 5.5, 'AS'),
  jakarta: p('Jakarta', 'Jakarta', 'ID', -6.2088, 106.8456, 7, 'AS'),
  moscow: p('Moscow', 'Moscow', 'RU', 55.7558, 37.6173, 3, 'EU'),
  hangzhou: p('Hangzhou', 'Zhejiang', 'CN', 30.2741, 120.1551, 8, 'AS'),
  tehran: p('Tehran', 'Tehran', 'IR', 35.6892, 51.389, 3.5, 'AS'),
} as const;

/** Great-circle distance in km (haversine), for tests and descriptions. */
export function distanceKm(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
