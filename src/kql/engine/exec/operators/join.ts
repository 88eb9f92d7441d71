/**
 * `join` (every kind Kusto has) and `lookup`. Keys are factorized over both sides together; rows come out in left
 * order, each with its matches in right order, then (rightouter, fullouter) the right rows nothing matched. A null
 * key matches nothing. innerunique, Kusto's default, first keeps one left row per key (the first), then joins inner.
 * Output columns: left then right (renamed by the binder where names clash: Key1); lookup drops the right keys.
 */
import { readable } from '../../sources/absent-column';
import type { TabularPlan } from '../../plan/plan';
import type { Value } from '../../values/types';
import { gatherColumns, type Column } from '../column';
import { ConcatColumn } from '../concat-column';
import { factorize } from '../factorize';
import { Table } from '../table';

export function join(plan: Extract<TabularPlan, { op: 'join' }>, left: Table, right: Table): Table {
  const L = left.length;
  const keyCols = plan.keys.map((k) => {
    const a = readable(left.column(k.left));
    return new ConcatColumn(a.type, [a, readable(right.column(k.right))]);
  });
  const f = factorize(keyCols, L + right.length);
  // A key with a null part joins nothing.
  const hasNull = (i: number) => {
    for (let j = 0; j < keyCols.length; j++) if (keyCols[j].get(i) === null) return true;
    return false;
  };

  const rightByKey = new Map<number, number[]>();
  for (let j = 0; j < right.length; j++) {
    if (hasNull(L + j)) continue;
    const k = f.ids[L + j];
    const list = rightByKey.get(k);
    if (list) list.push(j);
    else rightByKey.set(k, [j]);
  }

  const kind = plan.kind;
  const leftRows: number[] = [];
  const rightRows: number[] = [];
  const rightUsed = new Uint8Array(right.length);
  const seenLeftKey = new Set<number>();
  for (let i = 0; i < L; i++) {
    const k = hasNull(i) ? -1 : f.ids[i];
    if (kind === 'innerunique') {
      if (k < 0 || seenLeftKey.has(k)) continue;
      seenLeftKey.add(k);
    }
    const matches = k < 0 ? undefined : rightByKey.get(k);
    if (matches) for (const j of matches) rightUsed[j] = 1;
    switch (kind) {
      case 'leftsemi':
        if (matches) leftRows.push(i);
        break;
      case 'leftanti':
        if (!matches) leftRows.push(i);
        break;
      case 'rightsemi':
      case 'rightanti':
        break;
      default:
        if (matches) {
          for (const j of matches) {
            leftRows.push(i);
            rightRows.push(j);
          }
        } else if (kind === 'leftouter' || kind === 'fullouter') {
          leftRows.push(i);
          rightRows.push(-1);
        }
    }
  }
  if (kind === 'rightsemi' || kind === 'rightanti') {
    const rows: number[] = [];
    for (let j = 0; j < right.length; j++) if ((rightUsed[j] === 1) === (kind === 'rightsemi')) rows.push(j);
    return new Table(plan.schema, right.gather(Int32Array.from(rows)).columns, rows.length);
  }
  if (kind === 'leftsemi' || kind === 'leftanti') {
    return new Table(plan.schema, left.gather(Int32Array.from(leftRows)).columns, leftRows.length);
  }
  if (kind === 'rightouter' || kind === 'fullouter') {
    for (let j = 0; j < right.length; j++) {
      if (rightUsed[j]) continue;
      leftRows.push(-1);
      rightRows.push(j);
    }
  }
  const li = Int32Array.from(leftRows);
  const ri = Int32Array.from(rightRows);
  const rightKeys = new Set(plan.dropRightKeys ? plan.keys.map((k) => k.right) : []);
  const columns: Column[] = [
    ...gatherColumns(left.columns, li),
    ...gatherColumns(right.columns.filter((_, j) => !rightKeys.has(right.schema[j].name)), ri),
  ];
  return new Table(plan.schema, columns, li.length);
}
