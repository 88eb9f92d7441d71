/**
 * `render` as a Vega-Lite spec with the result rows inline. The visualizations with a direct Vega-Lite form are drawn
 * (timechart, linechart, areachart, stackedareachart, columnchart, barchart, piechart, scatterchart); the others
 * (table, card, pivotchart, treemap, anomalychart, ladderchart, timepivot, 3Dchart, plotly) are ignored and the result
 * says so. Columns follow Kusto's defaults: x is `xcolumn` or the first column (a datetime one for timechart), y is
 * `ycolumns` or every numeric column, a string column splits series.
 */
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from '../../../charts/spec';
import type { RenderRequest } from '../plan/plan';
import type { Row } from '../result';
import type { ColumnSchema } from '../values/types';

export type RenderOutcome = { readonly chart: VegaLiteSpec } | { readonly ignored: string };

const NUMERIC = new Set(['int', 'long', 'real', 'decimal']);

const MARKS: Readonly<Record<string, string>> = {
  timechart: 'line', linechart: 'line', areachart: 'area', stackedareachart: 'area', columnchart: 'bar', barchart: 'bar',
  piechart: 'arc', scatterchart: 'point',
};

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? v.split(',').map((s) => s.trim()) : []);

const vlType = (t: ColumnSchema['type']) => (t === 'datetime' ? 'temporal' : NUMERIC.has(t) ? 'quantitative' : 'nominal');

/**
 * The chart a render asks for, or why it is ignored.
 * @example renderChart({ visualization: 'columnchart', properties: {} }, columns, rows) // => { chart: {...} }
 */
export function renderChart(r: RenderRequest, columns: readonly ColumnSchema[], rows: readonly Row[]): RenderOutcome {
  const mark = MARKS[r.visualization];
  if (!mark) return { ignored: `render ${r.visualization} has no chart here; the rows are returned as a table` };
  const p = r.properties;
  const byName = new Map(columns.map((c) => [c.name, c]));
  const x =
    byName.get(String(p.xcolumn ?? '')) ??
    (r.visualization === 'timechart' ? columns.find((c) => c.type === 'datetime') : undefined) ??
    columns[0];
  if (!x) return { ignored: `render ${r.visualization} over a result without columns` };
  const ys = (list(p.ycolumns).length ? list(p.ycolumns) : columns.filter((c) => c !== x && NUMERIC.has(c.type)).map((c) => c.name)).filter((n) => byName.has(n));
  if (ys.length === 0) return { ignored: `render ${r.visualization} needs a numeric column to draw` };
  const series = byName.get(list(p.series)[0] ?? '') ?? columns.find((c) => c !== x && c.type === 'string' && !ys.includes(c.name));
  const title = typeof p.title === 'string' ? p.title : `${r.visualization} of ${ys.join(', ')}`;
  const spec: VegaLiteSpec = { $schema: VEGA_LITE_SCHEMA, title, width: 640, height: 300, data: { values: rows } };
  const yField = ys.length === 1 ? ys[0] : 'value';
  if (ys.length > 1) spec.transform = [{ fold: ys, as: ['series', 'value'] }];
  // Legends and category axes wide enough for UPNs, app names and table names.
  const legend = { labelLimit: 320 };
  const colour = ys.length > 1 ? { field: 'series', type: 'nominal', legend } : series ? { field: series.name, type: 'nominal', legend } : undefined;
  if (mark === 'arc') {
    spec.mark = { type: 'arc', tooltip: true };
    spec.encoding = { theta: { field: yField, type: 'quantitative' }, color: { field: x.name, type: 'nominal', sort: null, legend } };
    return { chart: spec };
  }
  const horizontal = r.visualization === 'barchart';
  const category = mark === 'bar' || vlType(x.type) === 'nominal';
  // Categories keep the rows' order (a `top` or `sort` before render decides it), as Kusto draws them.
  const xEnc = {
    field: x.name, type: category ? 'nominal' : vlType(x.type), title: typeof p.xtitle === 'string' ? p.xtitle : x.name,
    ...(category ? { sort: null, axis: { labelLimit: 320 } } : {}),
  };
  const yEnc: Record<string, unknown> = { field: yField, type: 'quantitative', title: typeof p.ytitle === 'string' ? p.ytitle : ys.join(', ') };
  if (r.visualization === 'stackedareachart' || mark === 'bar') yEnc.stack = r.visualization === 'stackedareachart' || p.kind === 'stacked' ? 'zero' : null;
  spec.mark = { type: mark, tooltip: true };
  spec.encoding = { [horizontal ? 'y' : 'x']: xEnc, [horizontal ? 'x' : 'y']: yEnc, ...(colour ? { color: colour } : {}) };
  return { chart: spec };
}
