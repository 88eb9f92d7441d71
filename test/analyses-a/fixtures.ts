/** Small inline sign-ins for the analyses-A tests: places with real coordinates and a row maker. */
import type { SignIn } from '../../src/schema/fields';
import { tableFromRows } from '../../src/table/table-builder';
import type { SignInTable } from '../../src/table/signin-table';

export const PLACES = {
  london: { City: 'London', CountryOrRegion: 'GB', Latitude: 51.5074, Longitude: -0.1278 },
  londonEast: { City: 'London', CountryOrRegion: 'GB', Latitude: 51.52, Longitude: -0.05 },
  manchester: { City: 'Manchester', CountryOrRegion: 'GB', Latitude: 53.4808, Longitude: -2.2426 },
  liverpool: { City: 'Liverpool', CountryOrRegion: 'GB', Latitude: 53.4084, Longitude: -2.9916 },
  newYork: { City: 'New York', CountryOrRegion: 'US', Latitude: 40.7128, Longitude: -74.006 },
  sydney: { City: 'Sydney', CountryOrRegion: 'AU', Latitude: -33.8688, Longitude: 151.2093 },
  dublin: { City: 'Dublin', CountryOrRegion: 'IE', Latitude: 53.3498, Longitude: -6.2603 },
} as const;

let next = 0;

/** A sign-in; `at` is "2026-01-05T09:00" style UTC. Successful unless ResultType says otherwise. */
export function signIn(user: string, at: string, interactive: boolean, more: Partial<SignIn> = {}): Partial<SignIn> {
  return {
    Id: `id-${++next}`,
    UserPrincipalName: user,
    CreatedDateTime: Date.parse(`${at}:00Z`),
    IsInteractive: interactive,
    ResultType: '0',
    AppDisplayName: interactive ? 'Office 365' : 'Microsoft Teams',
    IncomingTokenType: interactive ? 'none' : 'refreshToken',
    ...more,
  };
}

export function table(rows: Partial<SignIn>[]): SignInTable {
  return tableFromRows(rows);
}
