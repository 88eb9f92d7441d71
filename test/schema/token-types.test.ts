import { TOKEN_TYPES, TOKEN_TYPE_DEFS, normalizeTokenType, tokenReplayWeight } from '../../src/schema/token-types';

describe('token types', () => {
  test('normalises logged and display forms', () => {
    expect(normalizeTokenType('primaryRefreshToken')).toBe('primaryRefreshToken');
    expect(normalizeTokenType('Primary Refresh Token')).toBe('primaryRefreshToken');
    expect(normalizeTokenType('refreshtoken')).toBe('refreshToken');
    expect(normalizeTokenType('SAML 2.0')).toBe('saml20');
    expect(normalizeTokenType('')).toBeNull();
    expect(normalizeTokenType('somethingNew')).toBeNull();
  });

  test('PRT weighs most, a refresh token next, none least; each has a source', () => {
    expect(tokenReplayWeight('Primary Refresh Token')).toBeGreaterThan(tokenReplayWeight('refreshToken'));
    expect(tokenReplayWeight('refreshToken')).toBeGreaterThan(tokenReplayWeight('saml20'));
    expect(tokenReplayWeight('none')).toBe(0);
    expect(tokenReplayWeight('garbage')).toBe(0);
    for (const t of TOKEN_TYPES) expect(TOKEN_TYPE_DEFS[t].source).not.toBe('');
  });
});
