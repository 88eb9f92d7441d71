/**
 * Enum values written in display form by some sources ("Primary Refresh Token" in Microsoft's own Graph example, "Not
 * applied" in the portal CSV, "member" in Graph) brought to the API form every analysis compares against.
 */

const canonical = (values: string[]) => new Map(values.map((v) => [squash(v), v]));

/** Lower case without spaces, dashes, underscores and dots: the key display forms and API forms share. */
function squash(v: string): string {
  return v.toLowerCase().replace(/[\s_.-]+/g, '');
}

const INCOMING_TOKEN_TYPES = canonical(['none', 'primaryRefreshToken', 'refreshToken', 'saml11', 'saml20', 'remoteDesktopToken', 'unknownFutureValue']);
const CA_STATUS = canonical(['success', 'failure', 'notApplied', 'unknownFutureValue']);
const USER_TYPES = canonical(['Member', 'Guest']);
const AUTH_REQUIREMENTS = canonical(['singleFactorAuthentication', 'multiFactorAuthentication']);

/** A normalizing function with a small memo: millions of rows carry a handful of distinct values. */
function normalizer(known: Map<string, string>): (v: string) => string {
  const seen = new Map<string, string>();
  return (v) => {
    if (v === '') return v;
    let out = seen.get(v);
    if (out === undefined) {
      out = known.get(squash(v)) ?? v;
      if (seen.size < 1000) seen.set(v, out);
    }
    return out;
  };
}

/** "Primary Refresh Token" -> primaryRefreshToken, "Refresh token" -> refreshToken, "SAML 2.0" -> saml20. */
export const normalizeIncomingTokenType = normalizer(INCOMING_TOKEN_TYPES);
/** "Not applied" -> notApplied, "Success" -> success. */
export const normalizeConditionalAccessStatus = normalizer(CA_STATUS);
/** "member" -> Member, "guest" -> Guest (Graph writes lower case, Log Analytics capitalised). */
export const normalizeUserType = normalizer(USER_TYPES);
/** "Single-factor authentication" -> singleFactorAuthentication. */
export const normalizeAuthenticationRequirement = normalizer(AUTH_REQUIREMENTS);
