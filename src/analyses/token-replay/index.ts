/**
 * Token replay across the two tables: a session or token of the user's used from a network and device its own
 * sign-in did not have. Interactive sign-ins are examined too (an AiTM proxy's sign-in is one), and so are tokens used
 * while the user is idle (a stolen PRT). Password sign-ins without a token (legacy protocols, ROPC) are legacy-auth's.
 *
 * parameters.ts: thresholds, points and bands as data · context.ts, baseline.ts, signals.ts, score.ts, row.ts, run.ts:
 * the TypeScript · kql.ts: the Kusto twin
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { tokenReplayKql } from './kql';
import { TOKEN_REPLAY_PARAMETERS, type TokenReplayParams } from './parameters';
import { networkClassifier } from '../../networks/classify';
import { tokenReplayFinding, withNetworkNames, type TokenReplayRow } from './row';
import { runTokenReplay } from './run';

export type { TokenReplayParams } from './parameters';

export const tokenReplay: Analysis<TokenReplayParams, TokenReplayRow> = defineAnalysis({
  id: 'token-replay',
  title: 'Token replay across the two tables',
  question: "Is a session or token of the user's being used from a network and device its own sign-in did not have?",
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: TOKEN_REPLAY_PARAMETERS,
  run: runTokenReplay,
  kql: tokenReplayKql,
  findingsFromRows: (rows: TokenReplayRow[], p) => {
    const networks = networkClassifier(p.networkClasses);
    return rows.map((pushed) => {
      const r = withNetworkNames(pushed, networks.label);
      const times = [r.InteractiveTime, r.FirstRefreshTime, r.LastRefreshTime].filter((t) => t).sort();
      return tokenReplayFinding(r, [], times[0], times[times.length - 1]);
    });
  },
});
