/** Counts per value of one dictionary-encoded field, split by table, in one pass over the codes. */
import type { FieldName } from '../schema/fields';
import type { DictColumn } from '../table/columns';
import type { SignInTable } from '../table/signin-table';

export interface KeyCounts {
  value: string;
  interactive: number;
  nonInteractive: number;
  failures: number;
  /** Distinct users (UserPrincipalName codes) seen interactively and non-interactively. */
  interactiveUsers: Set<number>;
  nonInteractiveUsers: Set<number>;
  first: number;
  last: number;
  /** Position of the first row seen with this value, to read its other fields (city, ASN). */
  sample: number;
}

/** Counts per value of `name` (a dict field); failures are rows whose ResultType is not "0". */
export function countBy(table: SignInTable, name: FieldName): KeyCounts[] {
  const col = table.column(name) as unknown as DictColumn;
  if (col.kind !== 'dict') throw new Error(`countBy needs a dictionary field, not ${name}`);
  const inter = table.column('IsInteractive').values;
  const time = table.column('CreatedDateTime').values;
  const upn = table.column('UserPrincipalName').codes;
  const result = table.column('ResultType');
  const success = result.codeOf('0');
  const acc = new Map<number, KeyCounts>();
  for (let k = 0; k < table.length; k++) {
    const pos = table.position(k);
    const code = col.codes[pos];
    let a = acc.get(code);
    if (!a) {
      a = { value: col.values[code], interactive: 0, nonInteractive: 0, failures: 0, interactiveUsers: new Set(), nonInteractiveUsers: new Set(), first: Infinity, last: -Infinity, sample: pos };
      acc.set(code, a);
    }
    if (inter[pos] === 1) {
      a.interactive++;
      a.interactiveUsers.add(upn[pos]);
    } else {
      a.nonInteractive++;
      a.nonInteractiveUsers.add(upn[pos]);
    }
    if (result.codes[pos] !== success) a.failures++;
    if (time[pos] < a.first) a.first = time[pos];
    if (time[pos] > a.last) a.last = time[pos];
  }
  return [...acc.values()].sort((a, b) => b.interactive + b.nonInteractive - (a.interactive + a.nonInteractive) || a.value.localeCompare(b.value));
}
