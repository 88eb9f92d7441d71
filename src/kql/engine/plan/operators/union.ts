/**
 * union: legs in order (a piped input first), kind=outer (kind=inner is refused), withsource=Column naming each leg by the
 * table it reads (through filters and projections) or its `as` name. A leg with no such name is refused rather than
 * given an invented one: add `| as Name` to it.
 */
import { items, type Syntax } from '../../parse/syntax';
import type { TabularPlan } from '../plan';
import type { Scope } from '../scope';
import { planTabular, schemaOf, sourceName } from '../tabular';
import { parametersOf } from './parameters';

export function planUnion(op: Syntax, input: TabularPlan | undefined, scope: Scope): TabularPlan {
  const params = parametersOf(op);
  const kind = params.get('kind')?.text.toLowerCase();
  // The binder types kind=inner with every leg's columns, as for outer: answering with them would be wrong.
  if (kind && kind !== 'outer') scope.unsupported(op, `union kind=${kind}`);
  const legNodes = items(op, 'Expressions');
  for (const l of legNodes) if (l.children.some((c) => c?.kind === 'WildcardedName')) scope.unsupported(l, 'union with wildcard table names');
  const legs = [...(input ? [input] : []), ...legNodes.map((l) => planTabular(l, scope))];
  const withsource = params.get('withsource');
  let source: { column: string; names: string[] } | undefined;
  if (withsource) {
    const names = legs.map((leg, i) => {
      const name = sourceName(leg);
      if (!name) scope.refuse(i === 0 && input ? op : legNodes[i - (input ? 1 : 0)], 'withsource= cannot name this union leg (it is not a table read through filters or projections); add "| as Name" to it');
      return name!;
    });
    source = { column: withsource.text, names };
  }
  return { op: 'union', inputs: legs, source, schema: schemaOf(op, scope), at: scope.at(op) };
}
