/** `x.key`, `x["key"]`, `x[0]`: an element of a dynamic value (null when absent or when x is not a bag/array). */
import { ArrayColumn, ConstColumn } from '../exec/column';
import { dynamicGet } from '../values/dynamic';
import type { Dynamic, Value } from '../values/types';
import type { ScalarFunctionDef } from './function';

function element(x: Value, key: Value): Value {
  if (typeof key !== 'string' && typeof key !== 'number') return null;
  return dynamicGet(x as Dynamic, key);
}

export const MEMBER: ScalarFunctionDef = {
  name: '[]',
  arity: [2, 2],
  signature: 'dynamic[key | index]: dynamic',
  // A constant key on a column that can read that member directly (a rebuilt sign-in column: LocationDetails.city is
  // the loaded City field, still dictionary-coded) skips building every row's value.
  columns: (args, length) => {
    const [x, k] = args;
    // (Only a dynamic column: a member of JSON text is read after parse_json, never from the text itself.)
    if (x.type === 'dynamic' && k instanceof ConstColumn && (typeof k.value === 'string' || typeof k.value === 'number')) {
      const direct = x.member?.(k.value);
      if (direct) return direct;
    }
    const out: Value[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = element(x.get(i), k.get(i));
    return new ArrayColumn('dynamic', out);
  },
};
