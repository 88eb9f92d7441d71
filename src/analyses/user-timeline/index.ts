/**
 * User timeline: everything one user did, both tables, in time order, with the fields an investigator reads, and
 * per-IP and per-app summaries. The union pattern used as the course intends it: for one user.
 *
 * parameters.ts: the parameters as data · run.ts: the TypeScript · kql.ts: the Kusto twin · timeline-row.ts: the row
 */
import { defineAnalysis, type Analysis } from '../analysis';
import { userTimelineKql } from './kql';
import { requireUser, USER_TIMELINE_PARAMETERS, type UserTimelineParams } from './parameters';
import { runUserTimeline } from './run';
import type { TimelineRow } from './timeline-row';

export type { UserTimelineParams } from './parameters';

export const userTimeline: Analysis<UserTimelineParams, TimelineRow> = defineAnalysis({
  id: 'user-timeline',
  title: 'One user, both tables, in time order',
  question: 'What did this account do, interactively and silently, from where, with which apps and tokens?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: USER_TIMELINE_PARAMETERS,
  run: runUserTimeline,

  kql(p, scope) {
    const user = p.user || scope?.user || '';
    requireUser(user);
    return userTimelineKql({ ...p, user }, scope);
  },
});
