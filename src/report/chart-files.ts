/**
 * A Markdown report's charts as files beside it. GitHub, GitLab and most Markdown viewers drop `data:` images, so a
 * Markdown write-up written to disk links each chart from a folder next to it (`case-42.md` → `case-42-charts/`),
 * which travels with the report in a repository or a ticket attachment. The HTML report keeps its charts inline.
 */
import type { ReportChart } from './report-input';

/** One chart as a file: its name in the charts folder, and its bytes (PNG, or SVG when no PNG was drawn). */
export interface ChartFile {
  name: string;
  bytes: Buffer;
}

/** A file-system and URL-safe slug of a chart title: lower-case letters and digits joined by single hyphens. */
function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // accents, once split from their letters
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'chart'
  );
}

/**
 * The file name of the `i`-th chart, numbered in report order so that two charts of one title never share a name;
 * undefined for a chart with no image.
 * @example chartFileName({ title: 'Sign-ins per hour', png }, 0) // '01-sign-ins-per-hour.png'
 */
export function chartFileName(c: ReportChart, i: number): string | undefined {
  const stem = `${String(i + 1).padStart(2, '0')}-${slug(c.title)}`;
  return c.png ? `${stem}.png` : c.svg ? `${stem}.svg` : undefined;
}

/** The files of a report's charts (PNG, or SVG when no PNG was drawn), named by `chartFileName`. */
export function chartFiles(charts: readonly ReportChart[]): ChartFile[] {
  const out: ChartFile[] = [];
  charts.forEach((c, i) => {
    const name = chartFileName(c, i);
    if (name) out.push({ name, bytes: c.png ? Buffer.from(c.png.base64, 'base64') : Buffer.from(c.svg ?? '', 'utf8') });
  });
  return out;
}

/** The folder that holds a Markdown report's charts: `<report name without extension>-charts`, beside it. */
export function chartFolderOf(reportPath: string): string {
  const base = reportPath.replace(/^.*[\\/]/, '').replace(/\.(md|markdown)$/i, '');
  return `${base}-charts`;
}
