/** The union's parameters, as data: defaults and where each comes from. */
import type { ParameterDefs } from '../analysis';

export interface UnionParams {
  user: string;
  limit: number;
  populationUsers: number;
}

export const UNION_PARAMETERS: ParameterDefs<UnionParams> = {
  user: { default: '', description: 'Only this UserPrincipalName (empty: everyone).', source: 'Analyst input.' },
  limit: {
    default: 1000,
    description: 'Rows returned (the latest ones, in time order); tables.summary always counts every row.',
    source: 'Our choice: what a notebook can show; raise it for an export.',
  },
  populationUsers: {
    default: 10,
    description: 'Above this many users the union is a population query and a warning says to start from SigninLogs.',
    source: 'Course guidance (union for one user\'s investigation; population queries on SigninLogs first); the number is our choice.',
  },
};
