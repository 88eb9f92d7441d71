/**
 * Runs in a child process whose environment the test sets: no AZURE_* credentials, a stand-in `az` first on PATH,
 * SIGNINLAB_WORKSPACE_ID and SIGNINLAB_LOGS_ENDPOINT pointing at the loopback server. Pulls with no credential and no
 * workspace given, so DefaultAzureCredential and the environment are what is tested. Prints one JSON line.
 */
import { loadWorkspace } from '../../../src/sources/live/load-workspace';

async function main(): Promise<void> {
  try {
    const result = await loadWorkspace({
      timespan: process.env.PULL_TIMESPAN ?? 'P1D',
      clientOptions: { tlsOptions: { ca: process.env.LOOPBACK_CA } },
      retry: { attempts: 1 },
    });
    process.stdout.write(JSON.stringify({ rows: result.rows, offered: result.offered, source: result.source }) + '\n');
  } catch (e) {
    const err = e as Error;
    process.stdout.write(JSON.stringify({ error: err.name, message: err.message }) + '\n');
  }
}

void main();
