/** One colour per finding severity for charts and maps: red to grey, so informational rows recede. */
import { SEVERITIES } from '../findings/finding';

export const SEVERITY_CHART_COLOURS = {
  domain: [...SEVERITIES],
  range: ['#d62728', '#ff7f0e', '#e8c520', '#9e9e9e'],
};
