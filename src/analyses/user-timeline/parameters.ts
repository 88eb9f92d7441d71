/** user-timeline's parameters, as data: defaults and where each comes from. */
import { UserError } from '../../errors';
import type { ParameterDefs } from '../analysis';

export interface UserTimelineParams {
  user: string;
  limit: number;
}

export const USER_TIMELINE_PARAMETERS: ParameterDefs<UserTimelineParams> = {
  user: { default: '', description: 'The UserPrincipalName to follow (required).', source: 'Analyst input.' },
  limit: {
    default: 5000,
    description: 'Rows returned (the latest ones); the per-IP and per-app summaries count every row.',
    source: 'Our choice: a busy user makes hundreds of events a day.',
  },
};

/** The user, trimmed; a timeline of everyone is the union analysis, so an empty user is a UserError, not a default. */
export function requireUser(user: string): string {
  const u = user.trim();
  if (!u) throw new UserError('user-timeline needs a user: pass { user: "name@contoso.com" } (a UserPrincipalName).');
  return u;
}
