/**
 * Where the Log Analytics query API lives in each Azure cloud, and which token audience it accepts.
 *
 * `@azure/monitor-query-logs` 1.0 uses a custom `endpoint` as is (it must end in `/v1`) and ignores its own `audience`
 * option: the token scope comes only from `credentials.scopes`. So both are derived here, in one place, from whatever
 * the analyst gave (a cloud name, an endpoint URL, or nothing).
 */
import { UserError } from '../../errors';

export interface Cloud {
  readonly name: string;
  /** Query API base, ending in /v1. */
  readonly endpoint: string;
  /** Token audience (the scope is `${audience}/.default`). */
  readonly audience: string;
}

export const CLOUDS = {
  public: { name: 'public', endpoint: 'https://api.loganalytics.io/v1', audience: 'https://api.loganalytics.io' },
  china: { name: 'china', endpoint: 'https://api.loganalytics.azure.cn/v1', audience: 'https://api.loganalytics.azure.cn' },
  usgov: { name: 'usgov', endpoint: 'https://api.loganalytics.us/v1', audience: 'https://api.loganalytics.us' },
} as const satisfies Record<string, Cloud>;

/** Hosts that are aliases of a cloud's API (the public cloud answers on both names). A Map: the host is user input. */
const AUDIENCE_BY_HOST: ReadonlyMap<string, string> = new Map([
  ['api.loganalytics.io', CLOUDS.public.audience],
  ['api.loganalytics.azure.com', CLOUDS.public.audience],
  ['api.loganalytics.azure.cn', CLOUDS.china.audience],
  ['api.loganalytics.us', CLOUDS.usgov.audience],
]);
/** Clouds by name, for lookups of what the analyst typed ("constructor" finds nothing). */
const BY_NAME: ReadonlyMap<string, Cloud> = new Map(Object.values(CLOUDS).map((c) => [c.name, c]));

/**
 * The endpoint and audience to use. `endpoint` may be a cloud name (public, china, usgov) or a URL; a URL without a
 * path gets `/v1`. The audience defaults to the cloud the host belongs to, else the public cloud's (custom endpoints
 * such as a test server or a proxy in front of the public API).
 *
 * @example resolveCloud('china') // => { endpoint: 'https://api.loganalytics.azure.cn/v1', audience: 'https://api.loganalytics.azure.cn' }
 */
export function resolveCloud(endpoint?: string, audience?: string): { endpoint: string; audience: string } {
  const given = endpoint?.trim() || process.env.SIGNINLAB_LOGS_ENDPOINT?.trim() || 'public';
  const named = BY_NAME.get(given.toLowerCase());
  if (named) return { endpoint: named.endpoint, audience: trimAudience(audience) ?? named.audience };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new UserError(`endpoint "${given}" is neither a cloud name (${Object.keys(CLOUDS).join(', ')}) nor a URL`);
  }
  if (url.protocol !== 'https:') throw new UserError(`endpoint ${url.origin} must use https: the token is only ever sent over TLS`);
  if (url.username || url.password || url.search) throw new UserError('endpoint must be a plain https URL (no credentials, no query string)');
  const path = url.pathname.replace(/\/+$/, '');
  const base = `${url.origin}${path === '' ? '/v1' : path}`;
  return { endpoint: base, audience: trimAudience(audience) ?? AUDIENCE_BY_HOST.get(url.hostname.toLowerCase()) ?? CLOUDS.public.audience };
}

/** An audience as the README of the SDK writes it (`.../.default`) or bare; stored bare. */
function trimAudience(a: string | undefined): string | undefined {
  const t = a?.trim();
  return t ? t.replace(/\/\.default$/, '').replace(/\/+$/, '') : undefined;
}
