/**
 * Charts: one function per question, each returning a Vega-Lite spec with its data inline (deterministic: no clock, no
 * randomness). `renderSvg(spec)` draws any of them headless; `renderPng(spec)` makes the PNG every static export keeps; `await show(spec)` in a notebook sends spec and PNG.
 *
 *   chart                 input
 *   volumeChart           a SignInTable (bucketed per hour/day) or { TimeGenerated, Type, SignIns } rows
 *   ratioChart            volumeRatio.run(table).rows
 *   replayPairsChart      tokenReplay.run(table).rows
 *   legacyClientsChart    legacyAuth.run(table).rows
 *   failureCodesChart     failureTriage.run(table).rows
 *   authMethodsChart      authMethods.run(table).rows
 *   userTimelineChart     table.forUser(upn), or userTimeline.run(table, { user }).rows
 *   signInMapChart        table.forUser(upn): a user's sign-in places on a world map
 *   replayMapChart        tokenReplay.run(table).rows and the table: IP-A and IP-B of each pair on a world map
 */
export { volumeChart, volumeBuckets, type VolumeChartRow, type VolumeOptions, type VolumeBin } from './volume-over-time';
export { ratioChart, DEFAULT_RATIO_THRESHOLDS, type RatioChartRow, type RatioOptions } from './ratio-per-user';
export { replayPairsChart, type ReplayChartRow, type ReplayPairsOptions } from './replay-pairs';
export { legacyClientsChart, type LegacyClientChartRow } from './legacy-clients';
export { failureCodesChart, type FailureCodeChartRow } from './failure-codes';
export { authMethodsChart, type AuthMethodChartRow } from './auth-methods';
export { userTimelineChart, type TimelineChartRow, type TimelineOptions } from './user-timeline';
export { signInMapChart, type SignInMapOptions } from './sign-in-map';
export { replayMapChart, type ReplayMapOptions } from './replay-map';
export { signInPlaces, type SignInPlace } from './places';
export { worldCountries } from './world';
export { renderSvg, compileSpec } from './render-svg';
export { renderPng, svgToPng, chartFontFiles, CHART_FONT_FAMILY, type ChartPng, type PngOptions } from './render-png';
export { isVegaLiteSpec } from './is-spec';
export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './spec';
