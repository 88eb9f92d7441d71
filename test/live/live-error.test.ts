/** Error texts for failures the loopback server does not stage, and the redaction every message goes through. */
import { liveError } from '../../src/sources/live/live-error';
import { redact } from '../../src/sources/live/redact';

const ctx = { workspaceId: '11111111-2222-3333-4444-555555555555', endpoint: 'https://api.loganalytics.azure.cn/v1' };

function restError(statusCode: number, code: string, message: string) {
  return Object.assign(new Error(message), { name: 'RestError', statusCode, code, details: { error: { code, message } } });
}

test('a token for the wrong cloud points at --endpoint', () => {
  const e = liveError(restError(403, 'InvalidAuthenticationTokenAudience', 'The provided access token has an invalid audience.'), ctx);
  expect(e.message).toMatch(/refused the token's audience \(403\).*--endpoint \(public, china, usgov\)/);
});

test('an expired sign-in', () => {
  const e = new Error('The access token expired; sign in again.');
  e.name = 'AuthenticationRequiredError';
  expect(liveError(e, ctx).message).toMatch(/^no usable Azure credential for workspace 1111.*az login/);
});

test('service text carrying a token is redacted', () => {
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2FwaSJ9.c2lnbmF0dXJl';
  const e = liveError(restError(400, 'BadArgumentError', `bad header Authorization: Bearer ${jwt} and access_token=abc123secret`), ctx);
  expect(e.message).not.toContain(jwt);
  expect(e.message).not.toContain('abc123secret');
  expect(e.message).toMatch(/refused the query \(400\): BadArgumentError: bad header Authorization: Bearer \[redacted\] and access_token=\[redacted\]/);
});

test.each([
  ['Bearer abc.def.ghi', 'Bearer [redacted]'],
  ['{"accessToken": "secret-value", "tokenType": "Bearer"}', '{"accessToken": "[redacted]", "tokenType": "Bearer"}'],
  ['client_secret=s3cr3t&x=1', 'client_secret=[redacted]&x=1'],
  ['no secrets here', 'no secrets here'],
])('redact(%j)', (text, expected) => {
  expect(redact(text)).toBe(expected);
});

test('known secrets are removed wherever they appear', () => {
  expect(redact('prefix my-long-secret-token suffix', ['my-long-secret-token'])).toBe('prefix [redacted] suffix');
});
