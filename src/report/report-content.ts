/**
 * What the report says, apart from how it is written: the facts, tables and notes that the HTML and the Markdown form
 * both show. Values come out raw; each renderer escapes them for its own format.
 */
import type { Finding } from '../findings/finding';
import { TABLE_NAMES } from '../schema/table-names';
import type { ReportChart } from './report-input';
import type { FindingSection, ReportModel, TextTable } from './report-model';

export type Facts = (readonly [string, string])[];

/** Who a finding is about, as its heading names it: "user from address", either one alone, or "". */
export function findingSubject(f: Finding): string {
  return [f.userPrincipalName, f.ipAddress].filter(Boolean).join(' from ');
}

/** The facts listed under a finding's heading: who, when, how many rows, then the detector's own facts. */
export function findingFacts(s: FindingSection): Facts {
  const f = s.finding;
  return [
    ['User', f.userPrincipalName ?? ''],
    ['IP address', f.ipAddress ?? ''],
    ['First', f.first],
    ['Last', f.last],
    ['Evidence rows', String(s.evidence.total)],
    ...s.facts,
  ];
}

/**
 * Why the finding has its verdict: what counted for it, what counted against it (a quiet verdict's first line says why
 * it is not an alert), and the findings of the same attack. Empty lists are left out.
 */
export function findingVerdict(s: FindingSection): [string, string[]][] {
  const f = s.finding;
  const lists: [string, string[]][] = [
    ['Counted for', f.reasons ?? []],
    ['Counted against', f.counterReasons ?? []],
    ['Related findings', f.related ?? []],
  ];
  return lists.filter(([, items]) => items.length > 0);
}

/** The note under a table: its caption and, when rows were left out, how many are shown; "" when neither. */
/** What a finding's KQL gave when the report ran it offline on its own input. */
export function reproductionText(r: NonNullable<FindingSection['reproduction']>): string {
  const about = `${r.rows} row${r.rows === 1 ? '' : 's'}, ${r.aboutFinding} about this finding, in ${r.seconds} s`;
  return r.reproduced
    ? `Run offline on this report's input by signinlab's KQL engine: ${about}; they give this finding back.`
    : `Run offline on this report's input by signinlab's KQL engine: ${about}; they do not give this finding back (docs/kql-differences.md says where a twin differs).`;
}

export function tableNote(t: TextTable, caption?: string): string {
  const more = t.total > t.rows.length ? `showing ${t.rows.length} of ${t.total} rows` : '';
  return [caption, more].filter(Boolean).join('; ');
}

/** Findings per severity. */
export function severityTable(m: ReportModel): TextTable {
  return { columns: ['Severity', 'Findings'], rows: m.severityCounts.map(([s, n]) => [s, String(n)]), total: m.severityCounts.length };
}

/** What the input was: its fingerprint, what that fingerprint covers, and the time range of the rows. */
export function inputFacts(m: ReportModel): Facts {
  const fp = m.fingerprint;
  return [
    ['Fingerprint', `${fp.algorithm} ${fp.sha256}`],
    ['Computed over', fp.over === 'files' ? 'the bytes of each input file (combined over the sorted per-file digests)' : 'the sorted Ids of the loaded rows'],
    ['Time range (UTC)', m.timeRange ? `${m.timeRange.first} to ${m.timeRange.last}` : 'no rows'],
  ];
}

/** Each input file with its size and digest. */
export function fileTable(m: ReportModel): TextTable {
  const files = m.fingerprint.files;
  return { columns: ['File', 'Bytes', 'SHA-256'], rows: files.map((f) => [f.path, String(f.bytes), f.sha256]), total: files.length };
}

/** Rows per table and in both. */
export function countsTable(m: ReportModel): TextTable {
  return { columns: ['Table', 'Rows'], rows: [...TABLE_NAMES.map((t) => [t, String(m.counts[t])]), ['Both', String(m.rows)]], total: 3 };
}

/** The load accounting: rows offered = loaded + duplicates + rejected. */
export function loadFacts(load: NonNullable<ReportModel['load']>, rows: number): Facts {
  return [
    ['Rows offered', load.offered],
    ['Rows loaded', String(rows)],
    ['Duplicates dropped (same Id)', load.duplicates],
    ['Rows rejected', load.rejected],
    ['Rows repaired (loaded, one field not as written)', load.repaired],
    ['Duplicates whose rows differ from the row kept', load.conflicts],
  ];
}

/** A chart as an image source: its PNG (preferred) or SVG as a data: URI, with the size to show it at when known. */
export function chartImage(c: ReportChart): { src: string; width?: number; height?: number } {
  if (c.png) return { src: `data:image/png;base64,${c.png.base64}`, width: c.png.width, height: c.png.height };
  return { src: `data:image/svg+xml;base64,${Buffer.from(c.svg ?? '', 'utf8').toString('base64')}` };
}
