/**
 * Runs in a child process whose environment the test sets (no AZURE_* settings, a stand-in `az` first on PATH,
 * NODE_EXTRA_CA_CERTS trusting the loopback certificate), so DefaultAzureCredential and TLS trust are the real ones.
 * ADX_STEPS is a JSON list of steps: {"cli": [argv...]} runs `signinlab` in-process; {"pushdown": id, "scope": {...}}
 * runs adxPushdown. Prints one JSON line per step.
 */
import { run } from '../../../src/cli/main';
import { bufferIO } from '../../../src/cli/io';
import { analysisById } from '../../../src/analyses/registry';
import { adxPushdown } from '../../../src/sources/adx/adx-pushdown';

type Step = { cli: string[] } | { pushdown: string; scope?: Record<string, string> };

async function main(): Promise<void> {
  const steps = JSON.parse(process.env.ADX_STEPS ?? '[]') as Step[];
  for (const step of steps) {
    if ('cli' in step) {
      const io = bufferIO();
      const code = await run(step.cli, io);
      process.stdout.write(JSON.stringify({ code, stdout: io.stdout, stderr: io.stderr }) + '\n');
      continue;
    }
    try {
      const r = await adxPushdown(analysisById(step.pushdown)!, { scope: step.scope });
      process.stdout.write(JSON.stringify({ rows: r.rows, findings: r.findings.length, warnings: r.warnings }) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({ error: (e as Error).name, message: (e as Error).message }) + '\n');
    }
  }
}

void main();
