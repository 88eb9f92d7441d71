import { generateRows } from '../../src/sources/synthetic/generate-rows';
import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';

describe('syntheticTenant', () => {
  const options = { users: 12, days: 2, seed: 3 };
  const { table, labels } = syntheticTenant(options);
  const raw = [...generateRows(options)];

  test('holds every generated row, normalized, per table', () => {
    expect(table.length).toBe(raw.length);
    const interactive = raw.filter((r) => r.IsInteractive).length;
    expect(table.counts()).toEqual({ SigninLogs: interactive, AADNonInteractiveUserSignInLogs: raw.length - interactive });
  });

  test('lifts the nested values analysts use', () => {
    const k = raw.findIndex((r) => r.IsInteractive === false);
    const row = table.row(k);
    expect(row.Id).toBe(raw[k].Id);
    expect(row.City).toBe(JSON.parse(raw[k].LocationDetails as string).city);
    expect(row.DeviceId).toBe(JSON.parse(raw[k].DeviceDetail as string).deviceId);
    expect(row.IncomingTokenType).toBe(raw[k].IncomingTokenType);
    expect(Number.isFinite(row.Latitude)).toBe(true);
    expect(row.AuthenticationMethods).toContain('Previously satisfied');
  });

  test('labels point at rows of the table', () => {
    const ids = new Set(raw.map((r) => r.Id));
    expect(labels.scenarios.length).toBeGreaterThan(5);
    for (const s of labels.scenarios) for (const id of s.eventIds) expect(ids.has(id)).toBe(true);
  });

  test('a CA-blocked row carries its failing policy and a failure status', () => {
    const blocked = labels.scenarios.find((s) => s.scenario === 'ca-blocked')!;
    const k = raw.findIndex((r) => r.Id === blocked.eventIds[0]);
    const row = table.row(k);
    expect(row.ResultType).toBe('53003');
    expect(row.ConditionalAccessStatus).toBe('failure');
    expect(row.ConditionalAccessPoliciesFailed).toContain('CA003');
  });

  test('an abandoned MFA row says the user declined', () => {
    const mfa = labels.scenarios.find((s) => s.id.startsWith('mfa-abandoned'))!;
    const k = raw.findIndex((r) => r.Id === mfa.eventIds[0]);
    expect(table.row(k).AuthenticationStepResultDetail).toMatch(/^MFA denied/);
  });
});
