/**
 * Sign-in volume of both tables over time. The non-interactive table is 50-100x the interactive one, which is the first
 * thing an analyst must see before unioning them: on a linear axis the interactive line hugs zero, hence the log option.
 */
import type { SignInTable } from '../table/signin-table';
import { isoTime } from '../iso-time';
import { base, TABLE_COLOURS, WIDE_LEGEND, type VegaLiteSpec } from './spec';

/** One bucket: the count of sign-ins of one table starting at TimeGenerated (bin start, epoch ms or ISO). */
export interface VolumeChartRow {
  TimeGenerated: number | string;
  Type: string;
  SignIns: number;
}

export type VolumeBin = 'hour' | 'day';

export interface VolumeOptions {
  /** Bucket size when counting from a SignInTable (default 'hour'). */
  bin?: VolumeBin;
  /** Log-scaled count axis, so the interactive table stays visible beside the non-interactive one (default false). */
  log?: boolean;
  title?: string;
}

const BIN_MS: Record<VolumeBin, number> = { hour: 3_600_000, day: 86_400_000 };

/**
 * Counts rows per table per hour or day (UTC bins, like Kusto's `bin(TimeGenerated, 1h)`), in time then table order.
 * Rows without a CreatedDateTime cannot be placed in time and are counted under TimeGenerated "".
 */
export function volumeBuckets(table: SignInTable, bin: VolumeBin = 'hour'): VolumeChartRow[] {
  const size = BIN_MS[bin];
  const times = table.column('CreatedDateTime').values;
  const types = table.column('Type');
  const counts = new Map<string, VolumeChartRow>();
  for (let k = 0; k < table.length; k++) {
    const p = table.position(k);
    const t = times[p];
    const start = Number.isFinite(t) ? new Date(Math.floor(t / size) * size).toISOString() : '';
    const type = types.get(p);
    const key = `${start}\u0000${type}`;
    const row = counts.get(key);
    if (row) row.SignIns++;
    else counts.set(key, { TimeGenerated: start, Type: type, SignIns: 1 });
  }
  return [...counts.values()].sort(
    (a, b) => String(a.TimeGenerated).localeCompare(String(b.TimeGenerated)) || a.Type.localeCompare(b.Type),
  );
}

/**
 * Line chart of sign-ins per table over time, one colour per table.
 *
 * @param input a SignInTable (bucketed here) or rows already bucketed (e.g. a Kusto `summarize SignIns=count() by
 *   bin(TimeGenerated, 1h), Type`)
 * @returns a Vega-Lite spec with the data inline
 * @example show(volumeChart(table, { bin: 'day', log: true }))
 */
export function volumeChart(input: SignInTable | readonly VolumeChartRow[], options: VolumeOptions = {}): VegaLiteSpec {
  const bin = options.bin ?? 'hour';
  const rows = Array.isArray(input) ? (input as readonly VolumeChartRow[]) : volumeBuckets(input as SignInTable, bin);
  const values = rows
    .map((r) => ({ TimeGenerated: isoTime(r.TimeGenerated), Type: String(r.Type), SignIns: Number(r.SignIns) }))
    .filter((r) => r.TimeGenerated !== '');
  const undated = rows.reduce((n, r) => n + (isoTime(r.TimeGenerated) === '' ? Number(r.SignIns) || 0 : 0), 0);
  const note = undated ? `${undated} sign-ins without a time not drawn` : '';
  const format = bin === 'day' ? '%Y-%m-%d' : '%m-%d %H:%M';
  return {
    ...base(options.title ?? `Sign-ins per ${bin} and table (UTC)`, 640, 300, note),
    data: { values },
    // drag to zoom the time axis (a live notebook); the static image shows the whole range
    params: [{ name: 'zoom', select: { type: 'interval', encodings: ['x'] }, bind: 'scales' }],
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'TimeGenerated', type: 'temporal', title: `${bin} (UTC)`, scale: { type: 'utc' }, axis: { format, tickCount: 8, labelOverlap: 'greedy' } },
      y: { field: 'SignIns', type: 'quantitative', title: options.log ? 'sign-ins (log scale)' : 'sign-ins', scale: { type: options.log ? 'log' : 'linear' } },
      color: { field: 'Type', type: 'nominal', title: 'table', scale: { ...TABLE_COLOURS }, legend: WIDE_LEGEND },
      tooltip: [
        { field: 'TimeGenerated', type: 'nominal', title: 'bin start (UTC)' },
        { field: 'Type', type: 'nominal', title: 'table' },
        { field: 'SignIns', type: 'quantitative', title: 'sign-ins' },
      ],
    },
  };
}
