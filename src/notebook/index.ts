/**
 * Notebook display: `show(x)` for anything an investigation produces, `md` for Markdown holding data, `progress(label)`
 * for long loads. Bundle builders are pure and exported for other renderers and tests.
 *
 * In a notebook cell (tslab):
 *
 *   import { show, md, progress, volumeChart, ratioChart, toDataFrame } from 'signinlab';
 *   show(table);                                   // first 20 sign-ins, escaped HTML table + text
 *   show(table, { limit: 50, columns: ['CreatedDateTime', 'IPAddress', 'UserAgent'] });
 *   show(result);                                  // an AnalysisResult: warnings, rows, findings
 *   show(result.findings);                         // severity-coloured, evidence folded under each summary
 *   await show(volumeChart(table, { log: true })); // charts: Vega-Lite + PNG; await so the PNG is kept
 *   show(md`**${upn}** signed in from ${city}`);   // values escaped; literal Markdown kept
 *   show(toDataFrame(result, { limit: 100 }));     // a danfo DataFrame, for pandas-style work
 *   show(kqlBlock(tokenReplay.kql({}, { timespan: 'P7D' }), 'token replay')); // KQL folded, highlighted, copyable
 *   show(details('all result codes', rows));      // any display folded under a summary line
 *   const onProgress = progress('SigninLogs.csv'); // pass to a loader; one line updated in place
 */
export { show, pendingChartBundle } from './show';
export { bundleOf, plainBundleOf, isAnalysisResult, type ShowOptions } from './bundle-of';
export { md, markdown, type Markdown } from './markdown';
export { escapeHtml, escapeMarkdown, escapeTerminal } from '../escape';
export { kqlBlock, type KqlBlockOptions } from './kql-block';
export { highlightKql, KQL_TOKEN_STYLES } from './kql-highlight';
export { details } from './details';
export { progress, progressLine, type ProgressEvent } from './progress';
export { publish, jupyterWriter, type PublishOptions } from './publish';
export { findingsBundle, bySeverity, SEVERITY_COLOURS } from './findings-bundle';
export { rowsBundle, dataFrameBundle, tableBundle, SIGNIN_DISPLAY_COLUMNS, KEY_RESULT_COLUMNS, type TableDisplayOptions } from './table-bundle';
export { chartBundle, chartMetadata, specForMime } from './chart-bundle';
export { interactiveChartBundle, vegaRuntime } from './offline-vega';
export { htmlTable } from './html-table';
export { plainCell, textTable } from './plain-text';
export { VEGA_LITE_MIME, type MimeBundle, type MimeMetadata } from './mime-bundle';
