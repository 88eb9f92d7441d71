/**
 * Builds the SDK client for a workspace: endpoint and token scope from resolveCloud (the SDK's own `audience` option is
 * not read by @azure/monitor-query-logs 1.0, so the scope is set through `credentials.scopes`), the SDK's retries off
 * (see retry.ts), and DefaultAzureCredential unless the caller brings a credential (loaded only then).
 */
import type { TokenCredential } from '@azure/identity';
import { LogsQueryClient, type LogsQueryClientOptions } from '@azure/monitor-query-logs';
import { resolveCloud } from './clouds';

export interface ClientSettings {
  credential?: TokenCredential;
  /** Cloud name (public, china, usgov) or query API URL; default SIGNINLAB_LOGS_ENDPOINT, else the public cloud. */
  endpoint?: string;
  /** Token audience; default the endpoint's cloud. */
  audience?: string;
  /** Further SDK options (proxy, TLS trust such as `tlsOptions: { ca }`, user agent). */
  clientOptions?: LogsQueryClientOptions;
}

export function createLogsClient(settings: ClientSettings = {}): { client: LogsQueryClient; endpoint: string } {
  const { endpoint, audience } = resolveCloud(settings.endpoint, settings.audience);
  // @azure/identity takes about a third of a second to load; only pay for it when it is used.
  const credential = settings.credential ?? new (require('@azure/identity') as typeof import('@azure/identity')).DefaultAzureCredential();
  const client = new LogsQueryClient(credential, {
    ...settings.clientOptions,
    endpoint,
    credentials: { ...settings.clientOptions?.credentials, scopes: [`${audience}/.default`] },
    retryOptions: { maxRetries: 0, ...settings.clientOptions?.retryOptions },
  });
  return { client, endpoint };
}
