/**
 * The one way tests make sign-in rows: only the fields a test cares about, times as readable UTC text.
 *
 *   table([{ at: '2026-01-05T09:00', UserPrincipalName: 'ann@contoso.com', IPAddress: '192.0.2.1' }, …])
 *   table([signIn('ann@contoso.com', '2026-01-05T09:00', false, { IPAddress: '198.51.100.7' })])
 *
 * Rows are interactive and successful unless they say otherwise; Ids are r1, r2… unless given.
 */
import type { SignIn } from '../src/schema/fields';
import { tableFromRows } from '../src/table/table-builder';
import type { SignInTable } from '../src/table/signin-table';

/** A row: any normalized fields, and `at` for CreatedDateTime ("2026-01-05T09:00" is UTC; ISO text with a zone too). */
export type TestRow = Omit<Partial<SignIn>, 'CreatedDateTime'> & { at: string };

/** Places with real coordinates, for rows whose location matters. */
export const PLACES = {
  london: { City: 'London', CountryOrRegion: 'GB', Latitude: 51.5074, Longitude: -0.1278 },
  londonEast: { City: 'London', CountryOrRegion: 'GB', Latitude: 51.52, Longitude: -0.05 },
  manchester: { City: 'Manchester', CountryOrRegion: 'GB', Latitude: 53.4808, Longitude: -2.2426 },
  liverpool: { City: 'Liverpool', CountryOrRegion: 'GB', Latitude: 53.4084, Longitude: -2.9916 },
  newYork: { City: 'New York', CountryOrRegion: 'US', Latitude: 40.7128, Longitude: -74.006 },
  sydney: { City: 'Sydney', CountryOrRegion: 'AU', Latitude: -33.8688, Longitude: 151.2093 },
  dublin: { City: 'Dublin', CountryOrRegion: 'IE', Latitude: 53.3498, Longitude: -6.2603 },
} as const;

/** "2026-01-05T09:00" and "2026-01-05T09:00:30" are UTC; text with Z or an offset is read as it says. */
export function utc(at: string): number {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(at);
  const ms = Date.parse(zoned ? at : /T\d\d:\d\d$/.test(at) ? `${at}:00Z` : `${at}Z`);
  if (Number.isNaN(ms)) throw new Error(`test row time is not a date: ${at}`);
  return ms;
}

/** A table of rows. */
export function table(rows: TestRow[]): SignInTable {
  return tableFromRows(
    rows.map(({ at, ...r }, i) => ({
      Id: `r${i + 1}`,
      IsInteractive: true,
      ResultType: '0',
      ...r,
      CreatedDateTime: utc(at),
    })),
  );
}

/**
 * A successful sign-in of `user` at `at`: interactive ones present no token ("Office 365"), silent ones a refresh
 * token ("Microsoft Teams"), unless `more` says otherwise.
 */
export function signIn(user: string, at: string, interactive: boolean, more: Omit<Partial<SignIn>, 'CreatedDateTime'> = {}): TestRow {
  return {
    at,
    UserPrincipalName: user,
    IsInteractive: interactive,
    AppDisplayName: interactive ? 'Office 365' : 'Microsoft Teams',
    IncomingTokenType: interactive ? 'none' : 'refreshToken',
    ...more,
  };
}

/** `n` rows made by `f(i)`. */
export function times<T>(n: number, f: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => f(i));
}
