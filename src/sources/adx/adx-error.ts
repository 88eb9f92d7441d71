/**
 * Turns what a cluster query throws (an HTTP error with a OneApiError body, "Kusto request had errors" for a partial
 * answer, a credential chain's error, a socket error) into a UserError that says what to do, with any credential
 * scrubbed out.
 */
import { UserError } from '../../errors';
import { redact } from '../live/redact';

interface OneApiError {
  code?: string;
  message?: string;
  '@message'?: string;
  innererror?: OneApiError;
}

/** Credential failures (azure-kusto-data wraps the chain's error in KustoAuthenticationError). */
const CREDENTIAL_ERRORS = new Set(['KustoAuthenticationError', 'CredentialUnavailableError', 'AuthenticationRequiredError', 'AggregateAuthenticationError', 'AuthenticationError']);

function reasons(e: unknown): string {
  const body = (e as { response?: { data?: { error?: OneApiError } } })?.response?.data?.error;
  const out: string[] = [];
  for (let x = body, depth = 0; x && depth < 6; x = x.innererror, depth++) {
    const m = x['@message'] ?? x.message;
    if (m) out.push(x.code ? `${x.code}: ${m}` : m);
  }
  if (out.length === 0 && e instanceof Error) out.push(e.message);
  return [...new Set(out)].join(' / ');
}

/** A UserError for a failed cluster query. */
export function adxError(e: unknown, cluster: string, database: string): UserError {
  const where = `database ${database} on ${cluster}`;
  const why = redact(reasons(e)).slice(0, 600);
  const name = e instanceof Error ? e.name : '';
  if (CREDENTIAL_ERRORS.has(name)) {
    return new UserError(`no usable Azure credential for ${where}: sign in (az login, or set AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET) and try again. ${why}`);
  }
  const status = (e as { response?: { status?: number } })?.response?.status;
  const code = (e as { code?: string })?.code ?? '';
  switch (status) {
    case 401:
      return new UserError(`${where} did not accept the credentials (401): sign in again (az login). ${why}`);
    case 403:
      return new UserError(`no permission to query ${where} (403): you need the Viewer role on the database. ${why}`);
    case 400:
      return new UserError(`${where} refused the query (400): ${why}`);
    case 404:
      return new UserError(`${where} was not found (404): check --cluster and --database. ${why}`);
    case 429:
      return new UserError(`${where} is throttling queries (429): wait and try again. ${why}`);
  }
  if (status !== undefined && status >= 500) return new UserError(`${where} failed (${status}): try again later. ${why}`);
  if (/Kusto request had errors/.test(why)) return new UserError(`${where} answered only in part, with errors (a partial answer is not used): ${why}`);
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) return new UserError(`cannot verify the TLS certificate of ${cluster} (${code}): check --cluster, or trust its CA (NODE_EXTRA_CA_CERTS).`);
  if (code === 'ECONNREFUSED') return new UserError(`nothing answers at ${cluster} (connection refused): check --cluster.`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new UserError(`cannot resolve the host of ${cluster} (${code}): check --cluster and the network.`);
  return new UserError(`querying ${where} failed: ${why || 'unknown error'}`);
}
