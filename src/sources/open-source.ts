/**
 * One way in for notebooks and the CLI, whatever holds the sign-ins: the synthetic demo tenant, files, or a live
 * workspace. Each comes back as the same LoadResult (table + accounting), with a line saying where it came from and,
 * for the synthetic tenant, the labels of what was planted in it.
 *
 *   loadSignIns()                                   → a workspace if SIGNINLAB_WORKSPACE_ID is set, else the demo tenant
 *   loadSignIns({ kind: 'files', paths })           → loadFiles
 *   loadSignIns({ kind: 'workspace', timespan })    → loadWorkspace (DefaultAzureCredential unless a credential is given)
 *   loadSignIns({ kind: 'cluster', cluster, database }) → loadCluster (Azure Data Explorer, the same credential chain)
 *   loadSignIns({ kind: 'synthetic', users: 50 })   → syntheticTenant
 *
 * The workspace and synthetic modules are loaded only when asked for, so opening files never pays for the Azure SDK.
 */
import type { LoadOptions, LoadResult } from './files/load-files';
import type { ClusterLoadOptions } from './adx/load-cluster';
import type { WorkspaceOptions } from './live/load-workspace';
import type { TenantLabels } from './synthetic/labels';
import type { SyntheticOptions } from './synthetic/options';

export type SourceSpec =
  | ({ kind: 'synthetic' } & SyntheticOptions)
  | { kind: 'files'; paths: string[]; onProgress?: LoadOptions['onProgress']; digest?: boolean }
  | ({ kind: 'workspace' } & Omit<WorkspaceOptions, 'timespan'> & { timespan?: WorkspaceOptions['timespan'] })
  | ({ kind: 'cluster' } & Omit<ClusterLoadOptions, 'timespan'> & { timespan?: ClusterLoadOptions['timespan'] });

export type OpenedSource = LoadResult & {
  /** Where the rows came from, for headers of notebooks and reports. */
  source: string;
  /** What the synthetic tenant planted (absent for real data). */
  labels?: TenantLabels;
};

/** Timespan of a workspace pull when none is given: SIGNINLAB_TIMESPAN, else the last 7 days. */
export function defaultTimespan(): string {
  return process.env.SIGNINLAB_TIMESPAN?.trim() || 'P7D';
}

/**
 * Loads sign-ins from `source`; with none, from the workspace in SIGNINLAB_WORKSPACE_ID or else the demo tenant.
 * @example const { table, labels } = await loadSignIns({ kind: 'synthetic', users: 25, days: 7, seed: 1 })
 */
export async function loadSignIns(source?: SourceSpec): Promise<OpenedSource> {
  const spec: SourceSpec = source ?? (process.env.SIGNINLAB_WORKSPACE_ID?.trim() ? { kind: 'workspace' } : { kind: 'synthetic' });
  switch (spec.kind) {
    case 'files': {
      const { loadFiles } = require('./files/load-files') as typeof import('./files/load-files');
      const result = await loadFiles(spec.paths, { onProgress: spec.onProgress, digest: spec.digest });
      const failed = result.failed.length ? ` (not loaded: ${result.failed.map((f) => f.file).join(', ')})` : '';
      return { ...result, source: (spec.paths.length === 1 ? `file ${spec.paths[0]}` : `${spec.paths.length} files`) + failed };
    }
    case 'workspace': {
      const { loadWorkspace } = require('./live/load-workspace') as typeof import('./live/load-workspace');
      const { kind: _kind, ...options } = spec;
      return loadWorkspace({ ...options, timespan: options.timespan ?? defaultTimespan() });
    }
    case 'cluster': {
      const { loadCluster } = require('./adx/load-cluster') as typeof import('./adx/load-cluster');
      const { kind: _kind, ...options } = spec;
      return loadCluster({ ...options, timespan: options.timespan ?? defaultTimespan() });
    }
    case 'synthetic': {
      const { syntheticTenant } = require('./synthetic/synthetic-tenant') as typeof import('./synthetic/synthetic-tenant');
      const { kind: _kind, ...options } = spec;
      const { table, labels } = syntheticTenant(options);
      const g = labels.generator;
      return {
        table,
        rows: table.counts(),
        offered: table.length,
        duplicates: 0,
        rejected: [],
        repaired: [],
        conflicts: [],
        files: [],
        failed: [],
        source: `synthetic tenant (${g.users} user${g.users === 1 ? '' : 's'}, ${g.days} day${g.days === 1 ? '' : 's'} from ${g.start}, seed ${g.seed})`,
        labels,
      };
    }
  }
}
