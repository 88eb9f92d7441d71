/** token-types' parameters, as data. Labels and replay weights are the catalogue's (src/schema/token-types.ts). */
import type { ParameterDefs } from '../analysis';

export interface TokenTypesParams {
  perUserApp: boolean;
}

export const TOKEN_TYPES_PARAMETERS: ParameterDefs<TokenTypesParams> = {
  perUserApp: {
    default: true,
    description: 'Also build the per user × app table (one row per pair; large for big tenants).',
    source: 'our choice: the per-user view is what an investigation needs, the per-table view what a baseline needs',
  },
};
