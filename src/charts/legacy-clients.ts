/**
 * Legacy authentication clients (IMAP, POP, SMTP, Exchange ActiveSync, other clients...): they cannot do MFA, so a
 * password alone gets in. Successes through them are the ones to chase; failures show who is trying.
 */
import { base, num, WIDE_AXIS, type VegaLiteSpec } from './spec';

/** A row of the legacy-auth analysis (LegacyAuthRow: one per user, client and table) or per client alone. */
export interface LegacyClientChartRow {
  ClientAppUsed: string;
  Successes: number;
  Failures: number;
}

/**
 * Grouped bars: sign-ins per ClientAppUsed, split into success and failure; rows of the same client (one per user or
 * table in the analysis' result) are summed.
 *
 * @example await show(legacyClientsChart(legacyAuth.run(table).rows))
 */
export function legacyClientsChart(rows: readonly LegacyClientChartRow[], options: { title?: string } = {}): VegaLiteSpec {
  const byClient = new Map<string, { ClientAppUsed: string; Successes: number; Failures: number }>();
  for (const r of rows) {
    const name = String(r.ClientAppUsed || '(empty)');
    const acc = byClient.get(name) ?? { ClientAppUsed: name, Successes: 0, Failures: 0 };
    acc.Successes += num(r.Successes) ?? 0;
    acc.Failures += num(r.Failures) ?? 0;
    byClient.set(name, acc);
  }
  const values = [...byClient.values()].sort((a, b) => a.ClientAppUsed.localeCompare(b.ClientAppUsed));
  return {
    ...base(options.title ?? 'Sign-ins per client app: success and failure', 640, Math.max(60, values.length * 36)),
    data: { values },
    transform: [{ fold: ['Successes', 'Failures'], as: ['Outcome', 'SignIns'] }],
    mark: 'bar',
    encoding: {
      y: { field: 'ClientAppUsed', type: 'nominal', title: 'ClientAppUsed', sort: '-x', axis: WIDE_AXIS },
      yOffset: { field: 'Outcome', type: 'nominal', sort: ['Successes', 'Failures'] },
      x: { field: 'SignIns', type: 'quantitative', title: 'sign-ins' },
      color: {
        field: 'Outcome',
        type: 'nominal',
        title: 'outcome',
        scale: { domain: ['Successes', 'Failures'], range: ['#2ca02c', '#d62728'] },
      },
      tooltip: [
        { field: 'ClientAppUsed', type: 'nominal' },
        { field: 'Outcome', type: 'nominal' },
        { field: 'SignIns', type: 'quantitative' },
      ],
    },
  };
}
