/** Each analysis's kql() hands its twin the resolved parameters (defaults merged with overrides) and the scope. */
jest.mock('../../src/analyses/password-spray/kql', () => ({ passwordSprayKql: jest.fn(() => 'SPRAY') }));
jest.mock('../../src/analyses/mfa-outcomes/kql', () => ({ mfaOutcomesKql: jest.fn(() => 'MFA') }));

import { passwordSprayKql } from '../../src/analyses/password-spray/kql';
import { mfaOutcomesKql } from '../../src/analyses/mfa-outcomes/kql';
import { passwordSpray } from '../../src/analyses/password-spray';
import { mfaOutcomes } from '../../src/analyses/mfa-outcomes';

describe('kql() forwarding', () => {
  test('password-spray passes defaults merged with overrides, and the scope', () => {
    expect(passwordSpray.kql({ minAccounts: 8 }, { timespan: 'P1D' })).toBe('SPRAY');
    expect(passwordSprayKql).toHaveBeenCalledWith(
      expect.objectContaining({ minAccounts: 8, windowMinutes: 20, lowSlowAccounts: 10, failureCodes: ['50126', '50053', '50055', '50056'], acceptedCodes: expect.arrayContaining(['0', '50074']), requireMoreFailedThanAcceptedAccounts: true }),
      { timespan: 'P1D' },
    );
  });

  test('mfa-outcomes passes its defaults', () => {
    expect(mfaOutcomes.kql()).toBe('MFA');
    expect(mfaOutcomesKql).toHaveBeenCalledWith(expect.objectContaining({ windowMinutes: 15, fatigueDenials: 3 }), undefined);
  });

  test('an unknown parameter is refused before any KQL is built', () => {
    expect(() => passwordSpray.kql({ minAcounts: 3 } as never)).toThrow('unknown parameter "minAcounts"');
  });
});
