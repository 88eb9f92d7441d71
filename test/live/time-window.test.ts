/** Timespans become fixed half-open windows; windows split into halves that tile them. */
import { bisect, parseTimespan } from '../../src/sources/live/time-window';

const now = Date.parse('2024-05-08T06:00:00Z');
const at = (s: string) => Date.parse(s);

test.each([
  ['P7D', at('2024-05-01T06:00:00Z'), now],
  ['PT12H', at('2024-05-07T18:00:00Z'), now],
  ['P1DT30M', at('2024-05-07T05:30:00Z'), now],
  ['P1M', at('2024-04-08T06:00:00Z'), now],
  ['2024-05-01T00:00:00Z/2024-05-02T00:00:00Z', at('2024-05-01T00:00:00Z'), at('2024-05-02T00:00:00Z')],
  ['2024-05-01/P2D', at('2024-05-01T00:00:00Z'), at('2024-05-03T00:00:00Z')],
  ['PT1H/2024-05-01T10:00:00', at('2024-05-01T09:00:00Z'), at('2024-05-01T10:00:00Z')],
])('%s', (text, start, end) => {
  expect(parseTimespan(text, now)).toEqual({ start, end });
});

test.each(['last week', 'P', 'PT', '7D', '2024-05-02/2024-05-01', 'P1D/P2D', 'a/b/c', '2024-02-30/P1D', '0000-01-01/P1D', 'P0D', 'P1X'])('refuses %s', (text) => {
  expect(() => parseTimespan(text, now)).toThrow(/timespan/);
});

test('Dates are taken as they are', () => {
  expect(parseTimespan({ start: new Date(5), end: new Date(9) })).toEqual({ start: 5, end: 9 });
});

test('halves tile the window and a single millisecond does not split', () => {
  expect(bisect({ start: 0, end: 7 })).toEqual([
    { start: 0, end: 3 },
    { start: 3, end: 7 },
  ]);
  expect(bisect({ start: 4, end: 5 })).toBeUndefined();
});
