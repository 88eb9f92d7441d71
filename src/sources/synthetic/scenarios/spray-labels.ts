/** The second label every spray carries: its failed guesses are one finding about the source, not one per account. */
import type { ScenarioKind } from '../labels';
import type { LabelDraft } from './planted';
import { protocolName, type SprayProtocol } from './spray-attempt';

export function notLegacyAuth(id: string, scenario: ScenarioKind, addresses: readonly string[], protocol: SprayProtocol): LabelDraft {
  return {
    id: `${id}-not-legacy-auth`,
    scenario,
    detector: 'legacy-auth',
    expect: 'no-alert',
    ipAddress: addresses[0],
    ...(addresses.length > 1 ? { ipAddresses: [...addresses] } : {}),
    description:
      `The spray's failed ${protocolName(protocol)} guesses (no success) are password-spray's finding about the source; ` +
      `legacy-auth must not raise them as alerts about each account tried.`,
  };
}
