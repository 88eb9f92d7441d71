/**
 * IncomingTokenType: the token a client presented to get this one. Replay matters most for tokens that unlock more:
 * a primary refresh token (PRT) is device-level single sign-on to every app, a refresh token only to the app (family)
 * it was issued to. `replayWeight` ranks that reach for the token-replay and token-type analyses (our scale, 0-3).
 *
 * Source: Graph beta signIn resource (incomingTokenType enum); "refreshToken" and "none" seen in exported records;
 * Microsoft's own Graph example shows the display form "Primary Refresh Token", so values are normalised.
 */

export const TOKEN_TYPES = ['none', 'refreshToken', 'primaryRefreshToken', 'saml11', 'saml20', 'remoteDesktopToken'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export interface TokenTypeDef {
  readonly value: TokenType;
  readonly label: string;
  /** 0 = nothing presented, 3 = SSO to every app. Our ranking. */
  readonly replayWeight: number;
  readonly meaning: string;
  readonly source: string;
}

const GRAPH = 'Graph beta signIn.incomingTokenType';

export const TOKEN_TYPE_DEFS: Readonly<Record<TokenType, TokenTypeDef>> = {
  primaryRefreshToken: {
    value: 'primaryRefreshToken',
    label: 'Primary Refresh Token',
    replayWeight: 3,
    meaning: 'Device-level SSO token: a stolen PRT signs in silently to every app.',
    source: `${GRAPH}; display form in Microsoft's Graph example`,
  },
  refreshToken: {
    value: 'refreshToken',
    label: 'Refresh token',
    replayWeight: 2,
    meaning: 'App refresh token: a stolen one reaches the app (family) it was issued to.',
    source: `${GRAPH} (newer value); seen in non-interactive records`,
  },
  remoteDesktopToken: {
    value: 'remoteDesktopToken',
    label: 'Remote desktop token',
    replayWeight: 2,
    meaning: 'Token from a remote desktop sign-in.',
    source: `${GRAPH} (newer value)`,
  },
  saml20: { value: 'saml20', label: 'SAML 2.0', replayWeight: 1, meaning: 'Federated SAML 2.0 assertion.', source: GRAPH },
  saml11: { value: 'saml11', label: 'SAML 1.1', replayWeight: 1, meaning: 'Federated SAML 1.1 assertion.', source: GRAPH },
  none: { value: 'none', label: 'None', replayWeight: 0, meaning: 'No token presented: a fresh credential.', source: `${GRAPH}; seen in Graph docs example` },
};

const BY_KEY = new Map<string, TokenType>(
  TOKEN_TYPES.flatMap((t) => [
    [key(t), t],
    [key(TOKEN_TYPE_DEFS[t].label), t],
  ]),
);

function key(s: string): string {
  return s.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * The canonical IncomingTokenType of a logged or displayed value ("Primary Refresh Token" → primaryRefreshToken),
 * or null when empty or not recognised (kept apart by callers, never guessed).
 */
export function normalizeTokenType(value: string): TokenType | null {
  const k = key(value);
  if (k === '') return null;
  return BY_KEY.get(k) ?? null;
}

/** replayWeight of a value; unrecognised and empty values weigh 0. */
export function tokenReplayWeight(value: string): number {
  const t = normalizeTokenType(value);
  return t ? TOKEN_TYPE_DEFS[t].replayWeight : 0;
}
