/** Shared setup for the live tests: one certificate, a stand-in credential with a secret token, and a server factory. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TokenCredential } from '@azure/identity';
import { loopbackCertificate, type TestCertificate } from './certificate';
import { startLogAnalyticsServer, type LoopbackServer, type ServerOptions } from './log-analytics-server';
import { wireFixture, type WireTables } from './wire-fixture';

export const WORKSPACE = '11111111-2222-3333-4444-555555555555';
export const OTHER_WORKSPACE = '99999999-2222-3333-4444-555555555555';
export const FORBIDDEN_WORKSPACE = '88888888-2222-3333-4444-555555555555';

/** A token that must never appear in any output. */
export const TOKEN = `stand-in-${randomBytes(24).toString('hex')}`;

/** A credential that hands out TOKEN, and counts how often it was asked. */
export function standInCredential(token = TOKEN): TokenCredential & { calls: number } {
  const c = {
    calls: 0,
    async getToken() {
      c.calls++;
      return { token, expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
  return c;
}

let certificate: Promise<TestCertificate> | undefined;
export function sharedCertificate(): Promise<TestCertificate> {
  certificate ??= loopbackCertificate();
  return certificate;
}

/** A server holding the fixture in WORKSPACE (and only SigninLogs in OTHER_WORKSPACE). */
export async function fixtureServer(extra: Partial<ServerOptions> = {}, tables: WireTables = wireFixture()): Promise<LoopbackServer> {
  return startLogAnalyticsServer({
    certificate: await sharedCertificate(),
    token: TOKEN,
    workspaces: { [WORKSPACE]: tables, [OTHER_WORKSPACE]: { SigninLogs: tables.SigninLogs } },
    forbidden: [FORBIDDEN_WORKSPACE],
    ...extra,
  });
}

/** Options that point the REAL LogsQueryClient at the server and trust its certificate. */
export async function clientOptionsFor(server: LoopbackServer) {
  const cert = await sharedCertificate();
  return { endpoint: server.endpoint, clientOptions: { tlsOptions: { ca: cert.cert } } };
}

/**
 * The environment of a child process that signs in through the real credential chain: none of this machine's Azure,
 * identity or signinlab settings, the stand-in `az` first on PATH (it hands out TOKEN for `resource`), a fresh HOME,
 * developer credentials only (the managed-identity probe would otherwise try the metadata address). `extra` wins.
 */
export function standInAzEnv(resource: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(AZURE_|IDENTITY_|MSI_|SIGNINLAB_)/.test(k)) env[k] = v;
  return {
    ...env,
    PATH: `${path.join(__dirname, '../stand-in-az')}${path.delimiter}${process.env.PATH}`,
    HOME: mkdtempSync(path.join(tmpdir(), 'signinlab-home-')),
    AZURE_TOKEN_CREDENTIALS: 'dev',
    STANDIN_AZ_TOKEN: TOKEN,
    STANDIN_AZ_RESOURCE: resource,
    ...extra,
  };
}
