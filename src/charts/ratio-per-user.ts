/**
 * Non-interactive to interactive ratio per user. A user whose token refreshes dwarf their interactive sign-ins may be a
 * stolen refresh token being replayed, or just a chatty client; the course's rules of thumb are drawn as lines.
 */
import { symlogTicks } from './replay-pairs';
import { base, num, WIDE_AXIS, type VegaLiteSpec } from './spec';

/** A row of the volume-ratio analysis (VolumeRatioRow) or anything with the same fields. */
export interface RatioChartRow {
  UserPrincipalName: string;
  /** Non-interactive sign-ins per interactive one; null (or NaN, Infinity) when the user had no interactive sign-in. */
  Ratio: number | null;
  Interactive?: number;
  NonInteractive?: number;
  /** The analysis' verdict (normal, elevated, suspicious...); colours the bar when present. */
  Assessment?: string;
}

export interface RatioOptions {
  /** Ratio lines to draw (default 50, 100 and 500: the course's rules of thumb). */
  thresholds?: readonly number[];
  /** How many users to show, highest ratio first (default 30). */
  limit?: number;
  title?: string;
}

export const DEFAULT_RATIO_THRESHOLDS = [50, 100, 500] as const;

/** The volume-ratio analysis' verdicts, from harmless to alarming; other values get the scheme's next colours. */
const ASSESSMENT_COLOURS = {
  domain: ['too few events', 'below normal', 'normal', 'elevated', 'suspicious'],
  range: ['#c7c7c7', '#9ecae9', '#4c78a8', '#f58518', '#d62728'],
};

/**
 * Horizontal bars of the ratio per user (highest first) on a symlog axis (0 stays drawable), with threshold rules.
 * Users without interactive sign-ins have no finite ratio: they are listed in the title's count but not drawn.
 *
 * @example show(ratioChart(ratioResult.rows, { limit: 20 }))
 */
export function ratioChart(rows: readonly RatioChartRow[], options: RatioOptions = {}): VegaLiteSpec {
  const thresholds = options.thresholds ?? DEFAULT_RATIO_THRESHOLDS;
  const limit = options.limit ?? 30;
  const finite = rows
    .map((r) => ({
      UserPrincipalName: String(r.UserPrincipalName),
      Ratio: num(r.Ratio),
      Interactive: num(r.Interactive),
      NonInteractive: num(r.NonInteractive),
      Assessment: String(r.Assessment ?? ''),
    }))
    .filter((r): r is typeof r & { Ratio: number } => r.Ratio !== null);
  const noRatio = rows.length - finite.length;
  const values = finite
    .sort((a, b) => b.Ratio - a.Ratio || a.UserPrincipalName.localeCompare(b.UserPrincipalName))
    .slice(0, limit);
  const shown = `top ${values.length} of ${finite.length} users` + (noRatio ? `; ${noRatio} without interactive sign-ins not drawn` : '');
  const lines = `dashed lines at ${thresholds.join(', ')}`;
  // symmetric log: a ratio of 0 stays drawable, and 50, 100 and 500 are evenly readable; the ticks are round numbers
  const ticks = symlogTicks(Math.max(...thresholds, ...values.map((r) => r.Ratio)));
  const x = {
    field: 'Ratio',
    type: 'quantitative',
    title: 'non-interactive sign-ins per interactive one (symmetric log scale: linear from 0 to 1, logarithmic above)',
    scale: { type: 'symlog', domain: [0, ticks[ticks.length - 1]], nice: false },
    axis: { values: ticks, format: ',~r' },
  };
  return {
    ...base(options.title ?? 'Non-interactive / interactive ratio per user', 640, Math.max(60, values.length * 18), `${shown}; ${lines}`),
    layer: [
      {
        data: { values },
        mark: 'bar',
        encoding: {
          y: { field: 'UserPrincipalName', type: 'nominal', sort: null, title: null, axis: WIDE_AXIS },
          x,
          ...(values.some((r) => r.Assessment) ? { color: { field: 'Assessment', type: 'nominal', title: 'assessment', scale: ASSESSMENT_COLOURS } } : {}),
          tooltip: [
            { field: 'UserPrincipalName', type: 'nominal' },
            { field: 'Assessment', type: 'nominal' },
            { field: 'Ratio', type: 'quantitative', format: '.1f' },
            { field: 'Interactive', type: 'quantitative' },
            { field: 'NonInteractive', type: 'quantitative' },
          ],
        },
      },
      {
        data: { values: thresholds.map((Ratio) => ({ Ratio })) },
        mark: { type: 'rule', color: '#d62728', strokeDash: [4, 3] },
        encoding: { x, tooltip: { field: 'Ratio', type: 'quantitative', title: 'threshold' } },
      },
    ],
  };
}
