/**
 * join and lookup. Keys: `on Key` (the same column on both sides) or `on $left.A == $right.B`. join's kind defaults
 * to innerunique, lookup's to leftouter (the only other kind lookup has is inner). A `where` clause on a join is refused.
 */
import { child, items, nameText, need, type Syntax } from '../../parse/syntax';
import type { JoinKind, TabularPlan } from '../plan';
import type { Scope } from '../scope';
import { planTabular, schemaOf } from '../tabular';
import { parametersOf } from './parameters';

const JOIN_KINDS: Readonly<Record<string, JoinKind>> = {
  innerunique: 'innerunique', inner: 'inner', leftouter: 'leftouter', rightouter: 'rightouter', fullouter: 'fullouter',
  leftanti: 'leftanti', anti: 'leftanti', leftantisemi: 'leftanti', rightanti: 'rightanti', rightantisemi: 'rightanti',
  leftsemi: 'leftsemi', rightsemi: 'rightsemi',
};

/** `$left.A` / `$right.B`: which side and which column. */
function side(e: Syntax, scope: Scope): { side: string; column: string } {
  if (e.kind !== 'PathExpression') return scope.refuse(e, 'join keys are written Key or $left.A == $right.B');
  return { side: nameText(need(e, 'Expression')), column: nameText(need(e, 'Selector')) };
}

function keysOf(clause: Syntax, scope: Scope): { left: string; right: string }[] {
  if (clause.kind !== 'JoinOnClause') return scope.unsupported(clause, 'join ... where');
  return items(clause, 'Expressions').map((e) => {
    if (e.kind === 'NameReference') {
      const name = e.symbol?.name ?? nameText(e);
      return { left: name, right: name };
    }
    if (e.kind === 'EqualExpression') {
      const a = side(need(e, 'Left'), scope);
      const b = side(need(e, 'Right'), scope);
      const l = a.side === '$left' ? a : b;
      const r = a.side === '$left' ? b : a;
      if (l.side !== '$left' || r.side !== '$right') return scope.refuse(e, 'a join key compares $left.A with $right.B');
      return { left: l.column, right: r.column };
    }
    return scope.refuse(e, 'join keys are written Key or $left.A == $right.B');
  });
}

export function planJoin(op: Syntax, input: TabularPlan, scope: Scope, lookup = false): TabularPlan {
  const params = parametersOf(op);
  const kindText = params.get('kind')?.text.toLowerCase() ?? (lookup ? 'leftouter' : 'innerunique');
  const kind = JOIN_KINDS[kindText];
  if (!kind || (lookup && kind !== 'leftouter' && kind !== 'inner')) return scope.unsupported(op, `${lookup ? 'lookup' : 'join'} kind=${kindText}`);
  const right = planTabular(need(op, 'Expression'), scope);
  const clause = child(op, lookup ? 'LookupClause' : 'ConditionClause');
  if (!clause) return scope.refuse(op, `${lookup ? 'lookup' : 'join'} needs an on clause`);
  return {
    op: 'join', kind, left: input, right, keys: keysOf(clause, scope), dropRightKeys: lookup,
    schema: schemaOf(op, scope), at: scope.at(op),
  };
}
