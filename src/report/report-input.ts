/**
 * What a report is written from. Everything is passed in, the generation time included, so the same input always
 * gives the same bytes (the tests and a reviewer comparing two reports rely on it). Charts arrive as SVG already
 * rendered (`renderSvg` is asynchronous; writing a report is not).
 */
import type { Analysis, AnalysisResult } from '../analyses/analysis';
import type { Finding } from '../findings/finding';
import type { SignInTable } from '../table/signin-table';
import type { PullManifest } from '../sources/live/pull-file';
import type { DataFingerprint } from './fingerprint';
import type { Reproduction } from '../kql/reproduce-findings';

/** How the table was loaded: the accounting that proves nothing was silently dropped. */
export interface LoadAccounting {
  /** Rows the sources offered (loaded + duplicates + rejected). */
  offered?: number;
  /** Rows dropped because an event with the same Id was already loaded. */
  duplicates?: number;
  /** Rows refused as unreadable: a count, or the rejections themselves (file loads list each with file and line). */
  rejected?: number | readonly Rejected[];
  /** Rows loaded with one field not as written: which field, and what was done instead (file loads list each). */
  repaired?: readonly { file?: string; line?: number; field?: string; reason?: string }[];
  /** Duplicate Ids whose rows differ from the row kept: where each was, and where the kept one is. */
  conflicts?: readonly { file?: string; line?: number; Id?: string; firstFile?: string; firstLine?: number }[];
}

/** A row that did not load, as the file loader reports it. */
export interface Rejected {
  file?: string;
  line?: number;
  reason?: string;
}

/** An analysis that ran, with its result when the report should show it. */
export interface ReportAnalysis {
  // `any`: each analysis has its own parameter and row types (not assignable to one common type, since `kql` takes
  // them as input); the report only passes an analysis its own result's parameters back.
  analysis: Pick<Analysis<any, any>, 'id' | 'title' | 'question' | 'kql'> & { tables?: Analysis['tables'] };
  result?: AnalysisResult<any, any>;
}

/**
 * A chart already drawn: as PNG (renderPng: what prepareReport makes, with the bundled font, the same pixels
 * everywhere) or as SVG (renderSvg). When both are given the PNG is used.
 */
export interface ReportChart {
  title: string;
  /** The PNG, base64, and the CSS size to show it at (it is drawn at twice that). */
  png?: { base64: string; width: number; height: number };
  svg?: string;
  caption?: string;
}

export interface ReportInput {
  /** Heading of the report; "Sign-in investigation" by default. */
  title?: string;
  /** The loaded sign-ins the findings were computed from. */
  table: SignInTable;
  /** Where the data came from, in words: "synthetic tenant (seed 7, 50 users, 14 days)", "2 files", "workspace ...". */
  source: string;
  /** Input files, fingerprinted by their bytes; without them the fingerprint is over the sorted row Ids. */
  files?: readonly string[];
  /** A fingerprint computed beforehand (takes precedence over `files`). */
  fingerprint?: DataFingerprint;
  /** The workspace pulls the input files were saved from (`--save`), read from the manifests beside them. */
  pulls?: readonly (PullManifest & { matches: boolean })[];
  load?: LoadAccounting;
  findings: readonly Finding[];
  /** The analyses that ran: their results, and the KQL twin of each finding. */
  analyses?: readonly ReportAnalysis[];
  /** Each finding's KQL run offline on `table` (src/kql/reproduce-findings.ts): rows, and whether it gave the finding back. */
  reproductions?: ReadonlyMap<Finding, Reproduction>;
  charts?: readonly ReportChart[];
  /** The scope of the investigation: user, time range, thresholds, as the analyst set them. */
  parameters?: Readonly<Record<string, unknown>>;
  /** When the report was generated (passed in so output is deterministic). */
  generatedAt: Date | string | number;
  /** Tool version; read from package.json when absent. */
  version?: string;
}

export type ReportFormat = 'html' | 'markdown';

export interface ReportOptions {
  format: ReportFormat;
  /** Evidence rows shown per finding (the rest are counted). Default 50. */
  maxEvidenceRows?: number;
  /** Result rows shown per analysis. Default 20. */
  maxResultRows?: number;
  /**
   * Markdown only: link each chart from this folder, relative to the report (files named by `chartFiles`), instead
   * of embedding it as a `data:` image, which GitHub and most viewers drop. The caller writes the files.
   */
  chartFolder?: string;
}
