/** `x.key`, `x["key"]`, `x[0]`: an element of a dynamic value (null when absent or when x is not a bag/array). */
import { dynamicGet } from '../values/dynamic';
import type { Dynamic } from '../values/types';
import { fn } from './function';

export const MEMBER = fn('[]', [2, 2], 'dynamic[key | index]: dynamic', (a) => {
  const key = a[1];
  if (typeof key !== 'string' && typeof key !== 'number') return null;
  return dynamicGet(a[0] as Dynamic, key);
});
