/** Date and time functions; now() and ago() read the clock the caller passes (here NOW = 2024-05-01T12:00:00Z). */
import { kusto, NOW, table } from './kusto';
import { query } from '../../../src/kql/engine/query';

const one = (q: string) => kusto(`print ${q}`).rows[0];

describe('clock', () => {
  test('now() and ago() read the injected clock', () => {
    expect(one(`now(), ago(1d), now(-2d), ago(90m)`)).toEqual([
      '2024-05-01T12:00:00.000Z', '2024-04-30T12:00:00.000Z', '2024-04-29T12:00:00.000Z', '2024-05-01T10:30:00.000Z',
    ]);
  });

  test('a different clock gives a different, equally reproducible answer', () => {
    const at = (iso: string) => query(null, 'print ago(1h)', { now: new Date(iso) }).rows[0].print_0;
    expect(at('2020-01-01T00:00:00Z')).toBe('2019-12-31T23:00:00.000Z');
    expect(at('2020-01-01T00:00:00Z')).toBe(at('2020-01-01T00:00:00Z'));
    expect(NOW).toBe(Date.parse('2024-05-01T12:00:00Z'));
  });

  test('now() minus a timespan column (docs: now "Get the date relative to a specific time interval")', () => {
    const q = `datatable(label: string, timespanValue: timespan) ["minute", 60s, "hour", 1h, "day", 1d, "year", 365d] | extend timeAgo = now() - timespanValue`;
    expect(kusto(q).rows.map((r) => r[2])).toEqual(['2024-05-01T11:59:00.000Z', '2024-05-01T11:00:00.000Z', '2024-04-30T12:00:00.000Z', '2023-05-02T12:00:00.000Z']);
  });
});

describe('datetime functions', () => {
  test('datetime_diff (docs: datetime_diff example, year to millisecond)', () => {
    const q = `year = datetime_diff('year',datetime(2017-01-01),datetime(2000-12-31)),
      quarter = datetime_diff('quarter',datetime(2017-07-01),datetime(2017-03-30)),
      month = datetime_diff('month',datetime(2017-01-01),datetime(2015-12-30)),
      week = datetime_diff('week',datetime(2017-10-29 00:00),datetime(2017-09-30 23:59)),
      day = datetime_diff('day',datetime(2017-10-29 00:00),datetime(2017-09-30 23:59)),
      hour = datetime_diff('hour',datetime(2017-10-31 01:00),datetime(2017-10-30 23:59)),
      minute = datetime_diff('minute',datetime(2017-10-30 23:05:01),datetime(2017-10-30 23:00:59)),
      second = datetime_diff('second',datetime(2017-10-30 23:00:10.100),datetime(2017-10-30 23:00:00.900)),
      millisecond = datetime_diff('millisecond',datetime(2017-10-30 23:00:00.200100),datetime(2017-10-30 23:00:00.100900))`;
    expect(one(q)).toEqual([17, 2, 13, 5, 29, 2, 5, 10, 100]);
  });

  test('startofday, startofweek with offsets (docs: startofweek example), startofmonth, startofyear, endofday', () => {
    expect(kusto(`range offset from -1 to 1 step 1 | project weekStart = startofweek(datetime(2017-01-01 10:10:17), offset)`)).toEqual(
      table('weekStart:datetime', [['2016-12-25T00:00:00.000Z'], ['2017-01-01T00:00:00.000Z'], ['2017-01-08T00:00:00.000Z']]),
    );
    expect(one(`startofday(datetime(2024-05-01 13:45)), startofmonth(datetime(2024-05-17)), startofyear(datetime(2024-05-17)), endofday(datetime(2024-05-01 13:45))`)).toEqual([
      '2024-05-01T00:00:00.000Z', '2024-05-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', '2024-05-01T23:59:59.999Z',
    ]);
  });

  test('bin (docs: bin examples) and bin of a week counts from 0001-01-01 (a Monday)', () => {
    expect(one(`bin(4.5, 1), bin(time(16d), 7d), bin(datetime(1970-05-11 13:45:07), 1d), bin(datetime(2024-05-01), 7d)`)).toEqual([
      4, '14.00:00:00', '1970-05-11T00:00:00.000Z', '2024-04-29T00:00:00.000Z',
    ]);
  });

  test('format_datetime (docs: format_datetime examples)', () => {
    const dt = 'datetime(2017-01-29 09:00:05)';
    expect(one(`format_datetime(${dt},'yy-MM-dd [HH:mm:ss]'), format_datetime(${dt}, 'yyyy-M-dd [H:mm:ss]'), format_datetime(${dt}, 'yy-MM-dd [hh:mm:ss tt]')`)).toEqual([
      '17-01-29 [09:00:05]', '2017-1-29 [9:00:05]', '17-01-29 [09:00:05 AM]',
    ]);
  });

  test('datetime_add, dayofweek, hourofday, getyear; datetime arithmetic', () => {
    expect(one(`datetime_add('month', 1, datetime(2024-01-31)), dayofweek(datetime(2024-05-01)), hourofday(datetime(2024-05-01 13:00)), getyear(datetime(2024-05-01)), datetime(2024-05-02) - datetime(2024-05-01), (datetime(2024-05-01 06:00) - datetime(2024-05-01)) / 1h`)).toEqual([
      '2024-02-29T00:00:00.000Z', '3.00:00:00', 13, 2024, '1.00:00:00', 6,
    ]);
  });

  test('between over datetimes, including a start and a timespan (docs: between examples)', () => {
    const q = `range x from 1 to 100 step 1 | where x between (50 .. 55) | count`;
    expect(kusto(q)).toEqual(table('Count:long', [[6]]));
    expect(one(`datetime(2007-07-28) between (datetime(2007-07-27) .. 3d), datetime(2007-07-31) between (datetime(2007-07-27) .. 3d)`)).toEqual([true, false]);
  });
});
