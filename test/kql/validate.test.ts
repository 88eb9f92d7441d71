import { validateKql } from '../../src/kql/validate';

describe('validateKql binds against both tables with their real types', () => {
  it('accepts a query over real columns of each table', () => {
    expect(validateKql('SigninLogs | where UserPrincipalName =~ "a@b.c" | project TimeGenerated, IPAddress')).toEqual({ ok: true, diagnostics: [] });
    expect(validateKql('AADNonInteractiveUserSignInLogs | extend City = tostring(parse_json(LocationDetails).city) | take 1').ok).toBe(true);
  });

  it('refuses a misspelt column and says where', () => {
    const r = validateKql('SigninLogs | where UserPrincipal =~ "a@b.c"');
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'Error', start: 19, end: 32 });
    expect(r.diagnostics[0].message).toMatch(/UserPrincipal/);
  });

  it('refuses a column that exists only in the other table', () => {
    expect(validateKql('AADNonInteractiveUserSignInLogs | project ServicePrincipalName').ok).toBe(false);
    expect(validateKql('SigninLogs | project SignInEventTypes').ok).toBe(false);
  });

  it('refuses type errors', () => {
    expect(validateKql('SigninLogs | summarize sum(UserPrincipalName)').ok).toBe(false);
    expect(validateKql('SigninLogs | where TimeGenerated > ago("7d")').ok).toBe(false);
  });

  it('knows LocationDetails is dynamic in SigninLogs and text in the non-interactive table', () => {
    // Dynamic member access on a string column is an error; parse_json makes it work in both.
    expect(validateKql('AADNonInteractiveUserSignInLogs | project c = LocationDetails.city').ok).toBe(false);
    expect(validateKql('SigninLogs | project c = LocationDetails.city').ok).toBe(true);
    // A union splits the conflicting column, so the plain name no longer binds.
    expect(validateKql('union SigninLogs, AADNonInteractiveUserSignInLogs | project LocationDetails').ok).toBe(false);
    expect(validateKql('union SigninLogs, AADNonInteractiveUserSignInLogs | project LocationDetails_dynamic, LocationDetails_string').ok).toBe(true);
  });

  it('refuses syntax errors such as an unterminated string', () => {
    expect(validateKql('SigninLogs | where UserPrincipalName == "abc\\" | take 1').ok).toBe(false);
  });
});
