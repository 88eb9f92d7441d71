/** The operator planners by syntax kind: one entry per supported operator; any other operator is refused by name. */
import type { Syntax } from '../../parse/syntax';
import type { TabularPlan } from '../plan';
import type { Scope } from '../scope';
import { planDistinct, planExtend, planProject, planProjectByName, planProjectRename, planWhere } from './columns';
import { planJoin } from './join';
import { planMvApply } from './mv-apply';
import { planMvExpand } from './mv-expand';
import { planSort, planTake, planTop } from './order';
import { planRender } from './render';
import { operatorKeyword, planAs, planDatatable, planGetschema, planPrint, planRange } from './rows';
import { planCount, planSummarize } from './summarize';
import { planUnion } from './union';

type Piped = (op: Syntax, input: TabularPlan, scope: Scope) => TabularPlan;

const PIPED: Readonly<Record<string, Piped>> = {
  FilterOperator: planWhere,
  ExtendOperator: (op, input, scope) => planExtend(op, input, scope),
  SerializeOperator: (op, input, scope) => planExtend(op, input, scope, 'serialize'),
  ProjectOperator: planProject,
  ProjectAwayOperator: planProjectByName,
  ProjectKeepOperator: planProjectByName,
  ProjectReorderOperator: planProjectByName,
  ProjectRenameOperator: planProjectRename,
  SummarizeOperator: planSummarize,
  CountOperator: planCount,
  DistinctOperator: planDistinct,
  SortOperator: planSort,
  TopOperator: planTop,
  TakeOperator: planTake,
  JoinOperator: (op, input, scope) => planJoin(op, input, scope),
  LookupOperator: (op, input, scope) => planJoin(op, input, scope, true),
  UnionOperator: planUnion,
  MvExpandOperator: planMvExpand,
  MvApplyOperator: planMvApply,
  AsOperator: planAs,
  RenderOperator: planRender,
  GetSchemaOperator: planGetschema,
};

const STARTING: Readonly<Record<string, (op: Syntax, scope: Scope) => TabularPlan>> = {
  DataTableExpression: planDatatable,
  PrintOperator: planPrint,
  RangeOperator: planRange,
  UnionOperator: (op, scope) => planUnion(op, undefined, scope),
};

/** The plan of `op` applied to `input` (undefined for an operator that starts a query). */
export function planOperator(op: Syntax, input: TabularPlan | undefined, scope: Scope): TabularPlan {
  if (input) {
    const f = PIPED[op.kind];
    if (f) return f(op, input, scope);
  } else {
    const f = STARTING[op.kind];
    if (f) return f(op, scope);
    // Inside an mv-apply subquery, an operator without an input reads the row's subtable.
    const implicit = scope.implicitInput();
    const g = PIPED[op.kind];
    if (implicit && g) return g(op, implicit, scope);
  }
  return scope.unsupported(op, op.kind.endsWith('Operator') ? `the ${operatorKeyword(op)} operator` : `the expression ${op.kind.replace(/Expression$/, '')}`);
}
