/**
 * The Azure Data Explorer (or Fabric Eventhouse) client: Microsoft's azure-kusto-data, signed in with the same
 * credential chain as the workspace path (DefaultAzureCredential unless the caller brings a credential). The package
 * is an ES module, loaded on first use with a real import(), so the CLI pays for it only with --cluster.
 */
import type { TokenCredential } from '@azure/identity';
import { realImport } from '../../charts/esm-import';
import { UserError } from '../../errors';

/** What we use of azure-kusto-data, typed narrowly (its types are ESM-only). */
export interface KustoClientLike {
  execute(database: string, query: string): Promise<{ primaryResults: KustoResultTableLike[] }>;
  close(): void;
}

export interface KustoResultTableLike {
  columns: { name: string | null; type: string | null; ordinal: number }[];
  rows(): Iterable<{ values(): Iterable<unknown> }>;
}

interface KustoDataModule {
  Client: new (kcsb: unknown) => KustoClientLike;
  KustoConnectionStringBuilder: { withTokenCredential(cluster: string, credential: TokenCredential): unknown };
}

export interface AdxSettings {
  /** Cluster URL, e.g. https://mycluster.westeurope.kusto.windows.net (default SIGNINLAB_ADX_CLUSTER). */
  cluster?: string;
  /** Database holding SigninLogs and AADNonInteractiveUserSignInLogs (default SIGNINLAB_ADX_DATABASE). */
  database?: string;
  credential?: TokenCredential;
}

/** The cluster URL, checked: https only (a bearer token never travels in the clear). */
export function clusterOf(given: string | undefined): string {
  const raw = (given ?? process.env.SIGNINLAB_ADX_CLUSTER ?? '').trim();
  if (!raw) throw new UserError('name the cluster: --cluster https://<cluster>.<region>.kusto.windows.net (or set SIGNINLAB_ADX_CLUSTER)');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`--cluster must be a URL such as https://mycluster.westeurope.kusto.windows.net, got "${raw}"`);
  }
  if (url.protocol !== 'https:') throw new UserError(`--cluster must be an https URL (tokens are sent only over TLS), got "${raw}"`);
  return url.origin;
}

export function databaseOf(given: string | undefined): string {
  const db = (given ?? process.env.SIGNINLAB_ADX_DATABASE ?? '').trim();
  if (!db) throw new UserError('name the database: --database <name> (or set SIGNINLAB_ADX_DATABASE)');
  return db;
}

let loaded: Promise<KustoDataModule> | undefined;

/** A client for the cluster. */
export async function createAdxClient(settings: AdxSettings): Promise<{ client: KustoClientLike; cluster: string; database: string }> {
  const cluster = clusterOf(settings.cluster);
  const database = databaseOf(settings.database);
  const kusto = await (loaded ??= realImport('azure-kusto-data') as Promise<KustoDataModule>);
  const credential = settings.credential ?? new (require('@azure/identity') as typeof import('@azure/identity')).DefaultAzureCredential();
  const client = new kusto.Client(kusto.KustoConnectionStringBuilder.withTokenCredential(cluster, credential));
  return { client, cluster, database };
}
