/** app-footprint's parameters, as data: defaults and where each comes from. */
import type { ParameterDefs } from '../analysis';

export interface AppFootprintParams {
  user: string;
}

export const APP_FOOTPRINT_PARAMETERS: ParameterDefs<AppFootprintParams> = {
  user: { default: '', description: 'Only this UserPrincipalName (empty: everyone).', source: 'Analyst input.' },
};
