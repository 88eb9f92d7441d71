/** Shared setup for the live tests: one certificate, a stand-in credential with a secret token, and a server factory. */
import { randomBytes } from 'node:crypto';
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
