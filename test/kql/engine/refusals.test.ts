/**
 * What the engine will not answer is refused with a KqlError naming the construct and its line:column, never
 * answered differently. Each test would fail if the construct were run (refusal() fails when a query runs).
 */
import { KqlError } from '../../../src/kql/engine/errors';
import { query } from '../../../src/kql/engine/query';
import { refusal } from './kusto';

describe('refusals name the construct and where it is', () => {
  test('an operator the engine does not run', () => {
    expect(refusal(`datatable(t:datetime)[]\n| make-series count() on t step 1h`)).toBe('KQL 2:3: the make-series operator is not supported by the local engine');
    expect(refusal(`print s = "a=1" | parse s with k "=" v`)).toMatch(/^KQL 1:19: the parse operator is not supported/);
    expect(refusal(`print x = 1 | evaluate bag_unpack(x)`)).toMatch(/^KQL 1:15: the evaluate operator is not supported/);
  });

  test('a function the engine does not have', () => {
    expect(refusal(`print hash_sha256("x")`)).toBe('KQL 1:7: the function hash_sha256() is not supported by the local engine');
    expect(refusal(`datatable(x:long)[1] | summarize percentile(x, 50)`)).toBe('KQL 1:34: the function percentile() is not supported by the local engine');
  });

  test('a query that does not parse or bind, with the binder\'s own message', () => {
    expect(refusal(`datatable(a:long)[1] | where b > 1`)).toMatch(/^KQL 1:30: The name 'b' does not refer to any known column/);
    expect(refusal(`datatable(a:long)[1] | wher a > 1`)).toMatch(/^KQL 1:\d+: /);
  });

  test('a column the loaded data does not hold, as soon as the query computes with it (even over no rows)', () => {
    expect(refusal(`SigninLogs | where TenantId == "x"`)).toMatch(/^KQL 1:20: .*the column TenantId of SigninLogs is not in the loaded data/);
    expect(refusal(`SigninLogs | summarize count() by tostring(MfaDetail)`)).toMatch(/MfaDetail of SigninLogs is not in the loaded data.*authDetail/);
    expect(refusal(`AADNonInteractiveUserSignInLogs | extend m = tostring(parse_json(NetworkLocationDetails)[0])`)).toMatch(/NetworkLocationDetails of AADNonInteractiveUserSignInLogs/);
  });

  test('union over wildcard table names (the legs are not known to the engine)', () => {
    expect(refusal(`union Signin* | count`)).toBe('KQL 1:7: union with wildcard table names is not supported by the local engine');
  });

  test('several result statements, or none', () => {
    expect(refusal(`print 1; print 2`)).toMatch(/several result statements/);
    expect(refusal(`let x = 1;`)).toMatch(/no result/);
  });

  test('geo_distance_2points on the spheroid', () => {
    expect(refusal(`print geo_distance_2points(0.0, 0.0, 1.0, 1.0, true)`)).toMatch(/^KQL 1:7: geo_distance_2points: .*use_spheroid=true/);
  });

  test('refusals are KqlErrors (UserErrors: the CLI prints them as one line)', () => {
    try {
      query(null, 'print nope()');
      throw new Error('ran');
    } catch (e) {
      expect(e).toBeInstanceOf(KqlError);
      expect((e as KqlError).name).toBe('UserError');
      expect((e as KqlError).position).toEqual({ offset: 6, line: 1, column: 7 });
    }
  });
});
