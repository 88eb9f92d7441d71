/**
 * Authentication methods per table: how sign-ins proved who they were (password, MFA method, previously satisfied
 * claim in a token...). Stacked per table because the non-interactive table mostly reuses earlier authentication.
 */
import { base, num, TABLE_COLOURS, WIDE_AXIS, WIDE_LEGEND, type VegaLiteSpec } from './spec';

/** A row of the auth-methods analysis (AuthMethodsRow) or anything with the same fields. */
export interface AuthMethodChartRow {
  Type: string;
  /** The method (e.g. MfaAuthMethod or AuthenticationRequirement values); "" is drawn as "(none)". */
  AuthenticationMethod: string;
  SignIns: number;
}

/**
 * One stacked bar per table, segments = methods. `normalize` (default true) stacks to 100% so both tables compare
 * despite the 50-100x volume gap; the tooltip keeps the absolute counts.
 *
 * @example await show(authMethodsChart(authMethods.run(table).rows, { normalize: false }))
 */
export function authMethodsChart(
  rows: readonly AuthMethodChartRow[],
  options: { normalize?: boolean; title?: string } = {},
): VegaLiteSpec {
  const normalize = options.normalize ?? true;
  const values = rows.map((r) => ({
    Type: String(r.Type),
    AuthenticationMethod: String(r.AuthenticationMethod || '(none)'),
    SignIns: num(r.SignIns) ?? 0,
  }));
  return {
    ...base(options.title ?? 'Authentication methods per table', 560, 120),
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'Type', type: 'nominal', title: 'table', sort: [...TABLE_COLOURS.domain], axis: WIDE_AXIS },
      x: {
        field: 'SignIns',
        type: 'quantitative',
        stack: normalize ? 'normalize' : 'zero',
        title: normalize ? 'share of sign-ins' : 'sign-ins',
        axis: normalize ? { format: '%' } : {},
      },
      color: { field: 'AuthenticationMethod', type: 'nominal', title: 'method', legend: WIDE_LEGEND },
      order: { field: 'AuthenticationMethod', sort: 'ascending' },
      tooltip: [
        { field: 'Type', type: 'nominal', title: 'table' },
        { field: 'AuthenticationMethod', type: 'nominal', title: 'method' },
        { field: 'SignIns', type: 'quantitative' },
      ],
    },
  };
}
