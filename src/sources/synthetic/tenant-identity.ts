/** The fixed identity of a synthetic tenant: its ids, name and domain, derived from the seed. */
import { rngFor } from './prng';

export interface TenantIdentity {
  /** Entra tenant id (AADTenantId, HomeTenantId, ResourceTenantId). */
  readonly aadTenantId: string;
  /** Log Analytics workspace id (the TenantId column). */
  readonly workspaceId: string;
  readonly name: string;
  readonly domain: string;
}

/** Microsoft's own tenant, owner of the first-party apps and resources. */
export const MICROSOFT_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

export function tenantIdentity(seed: number): TenantIdentity {
  const rng = rngFor(seed, 'tenant');
  return { aadTenantId: rng.guid(), workspaceId: rng.guid(), name: 'Contoso', domain: 'contoso.com' };
}
