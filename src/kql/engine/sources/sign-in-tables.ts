/**
 * SigninLogs and AADNonInteractiveUserSignInLogs as engine tables over a loaded SignInTable: each table is the rows of
 * its Type, every column of its real schema present (read in place, rebuilt, or absent: see sign-in-columns.ts).
 * Dictionary-encoded fields stay dictionary-encoded, so grouping by UserPrincipalName hashes codes.
 */
import { FIELDS, type FieldName } from '../../../schema/fields';
import { TABLE_NAMES, type TableName } from '../../../schema/table-names';
import type { SignInTable } from '../../../table/signin-table';
import type { Column } from '../exec/column';
import { Table } from '../exec/table';
import type { CatalogTable } from '../parse/globals';
import type { Dynamic, ScalarType, Value } from '../values/types';
import { AbsentColumn } from './absent-column';
import { PARTIAL_COLUMNS, signInColumns } from './sign-in-columns';

const KIND = new Map<string, string>(FIELDS.map((f) => [f.name, f.kind]));

interface FieldColumnLike {
  get(p: number): unknown;
  codes?: ArrayLike<number>;
  values?: unknown;
}

/** A normalized field, read at positions `rows` of the store. */
class FieldColumn implements Column {
  readonly dictionary?: readonly Value[];
  private readonly codes?: ArrayLike<number>;
  constructor(
    readonly type: ScalarType,
    private readonly base: FieldColumnLike,
    private readonly rows: Int32Array,
    private readonly kind: string,
  ) {
    if (kind === 'dict' && base.codes && Array.isArray(base.values)) {
      this.codes = base.codes;
      this.dictionary = base.values as string[];
    }
  }
  get length(): number {
    return this.rows.length;
  }
  get(i: number): Value {
    const v = this.base.get(this.rows[i]);
    if (this.kind === 'time' || this.kind === 'number') return Number.isNaN(v as number) ? null : (v as number);
    return v as Value;
  }
  code(i: number): number {
    return this.codes![this.rows[i]];
  }
}

/** A JSON column rebuilt per row from fields (a bag for dynamic columns, its JSON text for string ones). */
class RebuiltColumn implements Column {
  constructor(
    readonly type: ScalarType,
    private readonly build: (p: number) => { [k: string]: Dynamic } | Dynamic[] | null,
    private readonly rows: Int32Array,
  ) {}
  get length(): number {
    return this.rows.length;
  }
  get(i: number): Value {
    const bag = this.build(this.rows[i]);
    if (this.type === 'dynamic') return bag;
    return bag === null ? '' : JSON.stringify(bag);
  }
  /** parse_json of the JSON text: the bag it was written from. */
  parsed(i: number): Value {
    return this.build(this.rows[i]);
  }
}

/** Sets key to v unless v is empty ("" / NaN / null). */
function put(bag: { [k: string]: Dynamic }, key: string, v: unknown): void {
  if (v === '' || v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return;
  bag[key] = v as Dynamic;
}

function builder(name: string, t: SignInTable): (p: number) => { [k: string]: Dynamic } | Dynamic[] | null {
  const f = (field: FieldName) => t.column(field) as unknown as FieldColumnLike;
  switch (name) {
    case 'LocationDetails': {
      const [city, state, country, lat, lon] = (['City', 'State', 'CountryOrRegion', 'Latitude', 'Longitude'] as const).map(f);
      return (p) => {
        const bag: { [k: string]: Dynamic } = {};
        put(bag, 'city', city.get(p));
        put(bag, 'state', state.get(p));
        put(bag, 'countryOrRegion', country.get(p));
        const geo: { [k: string]: Dynamic } = {};
        put(geo, 'latitude', lat.get(p));
        put(geo, 'longitude', lon.get(p));
        if (Object.keys(geo).length) bag.geoCoordinates = geo;
        return bag;
      };
    }
    case 'DeviceDetail': {
      const keys = [
        ['deviceId', 'DeviceId'], ['displayName', 'DeviceDisplayName'], ['operatingSystem', 'OperatingSystem'], ['browser', 'Browser'],
        ['isCompliant', 'IsCompliant'], ['isManaged', 'IsManaged'], ['trustType', 'TrustType'],
      ] as const;
      const cols = keys.map(([, field]) => f(field));
      return (p) => {
        const bag: { [k: string]: Dynamic } = {};
        keys.forEach(([key], i) => put(bag, key, cols[i].get(p)));
        return bag;
      };
    }
    case 'Status': {
      const [code, reason, details] = (['ResultType', 'FailureReason', 'AdditionalDetails'] as const).map(f);
      return (p) => {
        const bag: { [k: string]: Dynamic } = {};
        const rt = String(code.get(p)).trim();
        if (/^-?\d+$/.test(rt)) bag.errorCode = Number(rt);
        put(bag, 'failureReason', reason.get(p));
        put(bag, 'additionalDetails', details.get(p));
        return bag;
      };
    }
    case 'AuthenticationDetails': {
      const [methods, detail] = (['AuthenticationMethods', 'AuthenticationStepResultDetail'] as const).map(f);
      return (p) => {
        const steps: Dynamic[] = [];
        const m = String(methods.get(p) ?? '');
        if (m !== '') for (const method of m.split(', ')) steps.push({ authenticationMethod: method, succeeded: true });
        const d = String(detail.get(p) ?? '');
        if (d !== '') steps.push({ authenticationStepResultDetail: d });
        return steps;
      };
    }
    case 'ConditionalAccessPolicies': {
      const failed = f('ConditionalAccessPoliciesFailed');
      return (p) => {
        const names = String(failed.get(p) ?? '');
        return names === '' ? [] : names.split('; ').map((displayName) => ({ displayName, result: 'failure' }));
      };
    }
    default:
      throw new Error(`internal: no rebuilder for ${name}`);
  }
}

/** Positions in the store of the rows of one Entra table. */
function rowsOf(t: SignInTable, name: TableName): Int32Array {
  const type = t.column('Type') as unknown as FieldColumnLike & { codeOf?(v: string): number };
  const out: number[] = [];
  if (type.codes && type.codeOf) {
    const code = type.codeOf(name);
    for (let k = 0; k < t.length; k++) {
      const p = t.position(k);
      if (type.codes[p] === code) out.push(p);
    }
  } else {
    for (let k = 0; k < t.length; k++) {
      const p = t.position(k);
      if (type.get(p) === name) out.push(p);
    }
  }
  return Int32Array.from(out);
}

/** Engine tables already built for a SignInTable (it is immutable; a filtered view is another object). */
const built = new WeakMap<SignInTable, Map<TableName, Table>>();

/** The catalog entries (names and schemas) of the two sign-in tables. */
export function signInCatalog(): CatalogTable[] {
  return TABLE_NAMES.map((name) => ({ name, columns: signInColumns(name).map((c) => ({ name: c.name, type: c.type as ScalarType })) }));
}

/** One sign-in table of a loaded SignInTable as an engine table (built once per SignInTable). */
export function signInTable(t: SignInTable, name: TableName): Table {
  let tables = built.get(t);
  if (!tables) built.set(t, (tables = new Map()));
  let table = tables.get(name);
  if (!table) tables.set(name, (table = buildTable(t, name)));
  return table;
}

function buildTable(t: SignInTable, name: TableName): Table {
  const rows = rowsOf(t, name);
  const cols = signInColumns(name);
  const columns: Column[] = cols.map((c) => {
    const type = c.type as ScalarType;
    switch (c.source.kind) {
      case 'field':
        return new FieldColumn(type, t.column(c.source.field) as unknown as FieldColumnLike, rows, KIND.get(c.source.field)!);
      case 'rebuilt':
        return new RebuiltColumn(type, builder(c.name, t), rows);
      case 'absent':
        return new AbsentColumn(type, rows.length, name, c.name, c.source.why);
    }
  });
  return new Table(cols.map((c) => ({ name: c.name, type: c.type as ScalarType })), columns, rows.length);
}

/** A column that reports its first read (a partly rebuilt column: the query's result says what it lacks). */
class NotedColumn implements Column {
  private told = false;
  constructor(
    private readonly base: Column,
    private readonly tell: () => void,
  ) {}
  get type(): ScalarType {
    return this.base.type;
  }
  get length(): number {
    return this.base.length;
  }
  get(i: number): Value {
    if (!this.told) {
      this.told = true;
      this.tell();
    }
    return this.base.get(i);
  }
  get parsed(): ((i: number) => Value) | undefined {
    const base = this.base;
    if (!base.parsed) return undefined;
    return (i: number) => {
      if (!this.told) {
        this.told = true;
        this.tell();
      }
      return base.parsed!(i);
    };
  }
}

/** The table with its partly rebuilt columns (PARTIAL_COLUMNS) reporting, through `note`, that the query read them. */
export function notingPartialReads(t: Table, note: (text: string) => void): Table {
  const columns = t.columns.map((c, i) => {
    const why = PARTIAL_COLUMNS[t.schema[i].name];
    return why ? new NotedColumn(c, () => note(why)) : c;
  });
  return new Table(t.schema, columns, t.length);
}
