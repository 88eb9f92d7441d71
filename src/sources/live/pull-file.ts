/**
 * Reproducible pulls: `--workspace … --save FILE` writes what was pulled, so the whole investigation re-runs offline
 * on exactly those rows and a report can say where they came from.
 *
 *   FILE            the raw rows as the workspace sent them, one JSON object per line (Log Analytics rows with their
 *                   Type), which every command reads back like any export
 *   FILE.pull.json  the manifest: workspace, endpoint, the time window (as asked and as resolved), user/IP scope,
 *                   every KQL query sent per table, rows per table, the time of the pull, the signinlab version, and
 *                   the SHA-256 of FILE
 *
 * The manifest is found beside its file by name (`pullManifestOf`), so the report's fingerprint of FILE can name the
 * pull it came from.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { sha256File } from '../files/sha256-file';
import { writeError } from '../writers/output-path';
import type { TableName } from '../../schema/table-names';
import type { WorkspaceOptions } from './load-workspace';
import { parseTimespan } from './time-window';

export const PULL_MANIFEST_FORMAT = 'signinlab pull manifest 1';

export interface PullManifest {
  format: typeof PULL_MANIFEST_FORMAT;
  /** The rows file this manifest describes (as named when saved). */
  file: string;
  sha256: string;
  workspaceId: string;
  endpoint: string;
  /** The timespan as asked (P7D, or start/end) and the window it resolved to at pull time. */
  timespan: string;
  window: { start: string; end: string };
  scope: { user?: string; ip?: string };
  pulledAt: string;
  signinlabVersion: string;
  rows: Partial<Record<TableName, number>>;
  /** Every query sent, per table, in order (windows split when an answer was capped). */
  queries: Partial<Record<TableName, string[]>>;
}

/** The manifest's file name beside a rows file. */
export const manifestPathOf = (file: string): string => `${file}.pull.json`;

/** What records a pull as it arrives: hooks for loadWorkspace, then save() or discard(). */
export interface PullRecorder {
  onPulled: NonNullable<WorkspaceOptions['onPulled']>;
  /** Puts the rows in place at `file` (as named at the start) and writes its manifest beside it. */
  save(meta: PullMeta): PullManifest;
  /** Removes what was written so far (the pull failed). */
  discard(): void;
}

/**
 * Records a pull into `file` as it arrives: each answer's rows are appended to `FILE.partial` (and hashed) the moment
 * they come, so a pull of millions of rows never holds its raw text in memory; `save` renames the partial file to
 * `file` and writes the manifest, `discard` removes it. The partial file is created here, before any query is sent,
 * so an output that cannot be written fails at once with the one write-error line.
 */
export function pullRecorder(file: string): PullRecorder {
  const partial = `${file}.partial`;
  const hash = createHash('sha256');
  const rows: Partial<Record<TableName, number>> = {};
  const queries: Partial<Record<TableName, string[]>> = {};
  let fd: number | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(partial, 'w');
  } catch (e) {
    throw writeError(e, file);
  }
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    onPulled: {
      query: (table, kql) => (queries[table] ??= []).push(kql),
      rows: (table, answer) => {
        if (!answer.length) return;
        let text = '';
        for (const raw of answer) text += JSON.stringify({ Type: table, ...raw }) + '\n';
        try {
          writeSync(fd!, text);
        } catch (e) {
          throw writeError(e, file);
        }
        hash.update(text);
        rows[table] = (rows[table] ?? 0) + answer.length;
      },
    },
    save(meta) {
      close();
      const window = parseTimespan(meta.timespan, meta.pulledAt.getTime());
      const manifest: PullManifest = {
        format: PULL_MANIFEST_FORMAT,
        file,
        sha256: hash.digest('hex'),
        workspaceId: meta.workspaceId,
        endpoint: meta.endpoint,
        timespan: meta.timespan,
        window: { start: new Date(window.start).toISOString(), end: new Date(window.end).toISOString() },
        scope: { ...(meta.user ? { user: meta.user } : {}), ...(meta.ip ? { ip: meta.ip } : {}) },
        pulledAt: meta.pulledAt.toISOString(),
        signinlabVersion: meta.version,
        rows,
        queries,
      };
      try {
        renameSync(partial, file);
        writeFileSync(manifestPathOf(file), JSON.stringify(manifest, null, 2) + '\n');
      } catch (e) {
        throw writeError(e, file);
      }
      return manifest;
    },
    discard() {
      close();
      rmSync(partial, { force: true });
    },
  };
}

export interface PullMeta {
  workspaceId: string;
  endpoint: string;
  timespan: string;
  user?: string;
  ip?: string;
  /** When the pull started (the window of a relative timespan ends then). */
  pulledAt: Date;
  version: string;
}

/**
 * The manifest saved beside `file`, when there is one and it still describes the file's bytes; undefined otherwise.
 * A manifest whose digest no longer matches is reported as such, not trusted.
 */
export function pullManifestOf(file: string): (PullManifest & { matches: boolean }) | undefined {
  const path = manifestPathOf(file);
  if (!existsSync(path)) return undefined;
  let manifest: PullManifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as PullManifest;
  } catch {
    return undefined;
  }
  if (manifest?.format !== PULL_MANIFEST_FORMAT) return undefined;
  let sha = '';
  try {
    sha = sha256File(file).sha256;
  } catch {
    // an unreadable file does not match its manifest
  }
  return { ...manifest, matches: sha === manifest.sha256 };
}
