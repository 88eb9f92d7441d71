import * as fs from 'fs';
import * as path from 'path';
import {
  CA_BLOCK_CODES,
  MFA_CHALLENGE_CODES,
  PASSWORD_FAILURE_CODES,
  RESULT_CODES,
  describeResult,
  inGroup,
} from '../../src/schema/result-codes';

interface RefCode {
  code: number;
  category: string;
  isFailure: boolean;
  interruptOrBenign: boolean;
}
const ref = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../fixtures/reference/result-codes.json'), 'utf8'),
) as Record<string, RefCode>;
const refCodes = Object.entries(ref).filter(([k]) => k !== '_about');

describe('result-code catalogue', () => {
  test('holds every code of the reference with the same category and flags', () => {
    expect(refCodes.length).toBeGreaterThan(40);
    for (const [k, r] of refCodes) {
      const c = RESULT_CODES.get(k);
      expect(c).toBeDefined();
      expect({ code: k, category: c!.category, isFailure: c!.isFailure, interrupt: c!.interruptOrBenign }).toEqual({
        code: k,
        category: r.category,
        isFailure: r.isFailure,
        interrupt: r.interruptOrBenign,
      });
      expect(c!.source.length).toBeGreaterThan(0);
      expect(c!.meaning.length).toBeGreaterThan(0);
    }
    expect(RESULT_CODES.size).toBe(refCodes.length);
  });

  test('describes known codes given as text, number or AADSTS-prefixed', () => {
    expect(describeResult('50126').aadstsName).toBe('InvalidUserNameOrPassword');
    expect(describeResult(53003).category).toBe('conditional_access');
    expect(describeResult('AADSTS50074').category).toBe('mfa_interrupt');
    expect(describeResult(' 0 ').isFailure).toBe(false);
  });

  test('gives unknown and empty codes a generic entry instead of throwing', () => {
    const u = describeResult('99999');
    expect(u).toMatchObject({ code: '99999', category: 'unknown', isFailure: true, source: 'not catalogued' });
    expect(u.meaning).toContain('code=99999');
    expect(describeResult('')).toMatchObject({ category: 'unknown', isFailure: false });
  });

  test('groups hold the codes the detectors rely on, all catalogued', () => {
    expect(inGroup(PASSWORD_FAILURE_CODES, '50126')).toBe(true);
    expect(inGroup(PASSWORD_FAILURE_CODES, '50053')).toBe(true);
    expect(inGroup(PASSWORD_FAILURE_CODES, '0')).toBe(false);
    expect(inGroup(MFA_CHALLENGE_CODES, '50074')).toBe(true);
    expect(inGroup(CA_BLOCK_CODES, '53003')).toBe(true);
    expect(inGroup(CA_BLOCK_CODES, '530032')).toBe(true);
    for (const c of [...PASSWORD_FAILURE_CODES, ...MFA_CHALLENGE_CODES, ...CA_BLOCK_CODES]) {
      expect(RESULT_CODES.has(c)).toBe(true);
    }
  });
});
