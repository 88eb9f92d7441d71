/**
 * Literal tokens to values: `5`, `long(5)`, `0x1F`, `1.5`, `real(null)`, `real(+inf)`, `true`, `bool(null)`,
 * `datetime(2024-05-01 10:00)`, `5m`, `time(1d)`, `guid(...)`, and `dynamic(...)` literals (JSON with Kusto literals
 * inside, kept as a dynamic value: a datetime inside becomes its Kusto text).
 */
import { KqlError } from '../errors';
import { parseDatetime } from '../values/datetime';
import { toDynamic } from '../values/dynamic';
import { parseTimespan } from '../values/timespan';
import type { Dynamic, ScalarType, Value } from '../values/types';
import { child, items, type Syntax } from '../parse/syntax';

const WRAPPED = /^(?:long|int|real|double|decimal|bool|boolean|datetime|date|time|timespan|guid)\((.*)\)$/is;

function inner(text: string): string {
  const m = WRAPPED.exec(text.trim());
  const body = m ? m[1].trim() : text.trim();
  // datetime('12-02-2022'): a quoted body.
  return /^(['"]).*\1$/s.test(body) ? body.slice(1, -1) : body;
}

/** The value of a literal token text for a type; throws a KqlError when it cannot be read. */
export function literalValue(text: string, type: ScalarType, at: () => never): Value {
  const body = inner(text);
  if (/^null$/i.test(body) && type !== 'string') return null;
  switch (type) {
    case 'long':
    case 'int':
    case 'real':
    case 'decimal': {
      if (/^[+-]?inf(inity)?$/i.test(body)) return body.startsWith('-') ? -Infinity : Infinity;
      if (/^nan$/i.test(body)) return NaN;
      const n = /^[+-]?0x/i.test(body) ? (body.startsWith('-') ? -1 : 1) * parseInt(body.replace(/^[+-]?0x/i, ''), 16) : Number(body);
      return Number.isNaN(n) ? at() : n;
    }
    case 'bool':
      return /^true$/i.test(body) ? true : /^false$/i.test(body) ? false : at();
    case 'datetime': {
      const t = parseDatetime(body);
      return t === null ? at() : t;
    }
    case 'timespan': {
      const t = parseTimespan(/^(time|timespan)\(/i.test(text.trim()) ? text.trim() : body);
      return t === null ? at() : t;
    }
    case 'guid':
      return body.toLowerCase();
    default:
      return body;
  }
}

const LITERAL_TYPES: Readonly<Record<string, ScalarType>> = {
  LongLiteralExpression: 'long',
  IntLiteralExpression: 'int',
  RealLiteralExpression: 'real',
  DecimalLiteralExpression: 'decimal',
  BooleanLiteralExpression: 'bool',
  DateTimeLiteralExpression: 'datetime',
  TimespanLiteralExpression: 'timespan',
  GuidLiteralExpression: 'guid',
  StringLiteralExpression: 'string',
};

/** The type of a literal expression kind, or undefined when `kind` is not a literal. */
export function literalType(kind: string): ScalarType | undefined {
  return LITERAL_TYPES[kind];
}

/** The token of a literal expression. */
function token(n: Syntax): Syntax {
  return child(n, 'Token') ?? n.children.find((c) => c && c.text !== undefined)!;
}

/** A typed literal expression's value. */
export function literalOf(n: Syntax): { type: ScalarType; value: Value } {
  const type = literalType(n.kind);
  if (!type) throw new Error(`internal: ${n.kind} is not a literal`);
  const tok = token(n);
  const fail = (): never => {
    throw new KqlError(`cannot read the ${type} literal ${tok.text}`);
  };
  if (type === 'string') return { type, value: tok.value ?? '' };
  return { type, value: literalValue(tok.text ?? '', type, fail) };
}

/** A `dynamic(...)` literal's value (the JSON-with-literals inside it). */
export function dynamicLiteral(n: Syntax): Dynamic {
  const json = (e: Syntax | null): Dynamic => {
    if (!e) return null;
    switch (e.kind) {
      case 'JsonArrayExpression':
        return items(e, 'Values').map(json);
      case 'JsonObjectExpression': {
        const out: { [k: string]: Dynamic } = {};
        for (const pair of items(e, 'Pairs')) {
          const name = child(pair, 'Name');
          out[name?.value ?? name?.text ?? ''] = json(child(pair, 'Value'));
        }
        return out;
      }
      case 'NullLiteralExpression':
        return null;
      case 'UnaryMinusExpression': {
        const v = json(child(e, 'Expression'));
        return typeof v === 'number' ? -v : v;
      }
      case 'DynamicExpression':
        return json(child(e, 'Expression'));
      default: {
        const type = literalType(e.kind);
        if (!type) throw new KqlError(`${e.kind.replace(/Expression$/, '')} inside dynamic() is not supported by the local engine`);
        const { value } = literalOf(e);
        return toDynamic(value, type);
      }
    }
  };
  return json(child(n, 'Expression'));
}
