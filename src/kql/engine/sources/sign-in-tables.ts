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

/** Where each key of a rebuilt column comes from: a field (leaf) or a nested bag of keys. */
type KeyMap = { readonly [key: string]: Leaf | KeyMap };
interface Leaf {
  readonly field: FieldName;
  /** The field's value as it appears under the key (Status.errorCode is ResultType as a number). */
  readonly as?: (v: unknown) => Value;
}
const isLeaf = (x: Leaf | KeyMap): x is Leaf => typeof (x as Leaf).field === 'string';

/** The keys each rebuilt column is made of (the same keys `builder` writes). */
const KEY_MAPS: Readonly<Record<string, KeyMap>> = {
  LocationDetails: {
    city: { field: 'City' },
    state: { field: 'State' },
    countryOrRegion: { field: 'CountryOrRegion' },
    geoCoordinates: { latitude: { field: 'Latitude' }, longitude: { field: 'Longitude' } },
  },
  DeviceDetail: {
    deviceId: { field: 'DeviceId' }, displayName: { field: 'DeviceDisplayName' }, operatingSystem: { field: 'OperatingSystem' },
    browser: { field: 'Browser' }, isCompliant: { field: 'IsCompliant' }, isManaged: { field: 'IsManaged' }, trustType: { field: 'TrustType' },
  },
  Status: {
    errorCode: { field: 'ResultType', as: (v) => (/^-?\d+$/.test(String(v).trim()) ? Number(String(v).trim()) : null) },
    failureReason: { field: 'FailureReason' },
    additionalDetails: { field: 'AdditionalDetails' },
  },
};

/** A value left out of a rebuilt bag ("" / NaN / null / undefined) reads as null under its key. */
const keyValue = (v: unknown): Value => (v === '' || v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? null : (v as Value));

/** Per field's dictionary: the dictionary as values under a key (empty text → null), shared by both tables. */
const keyDictionaries = new WeakMap<object, Map<Leaf, Value[]>>();

/** One key of a rebuilt column: the loaded field read in place (dictionary-coded when the field is). */
class KeyColumn implements Column {
  readonly type = 'dynamic' as const;
  readonly dictionary?: readonly Value[];
  private readonly codes?: ArrayLike<number>;
  constructor(
    private readonly base: FieldColumnLike,
    private readonly rows: Int32Array,
    private readonly leaf: Leaf,
  ) {
    if (base.codes && Array.isArray(base.values)) {
      let byLeaf = keyDictionaries.get(base.values);
      if (!byLeaf) keyDictionaries.set(base.values, (byLeaf = new Map()));
      let dict = byLeaf.get(leaf);
      if (!dict) byLeaf.set(leaf, (dict = (base.values as unknown[]).map((v) => this.value(v))));
      this.codes = base.codes;
      this.dictionary = dict;
    }
  }
  private value(v: unknown): Value {
    const x = keyValue(v);
    return x === null || !this.leaf.as ? x : this.leaf.as(x);
  }
  get length(): number {
    return this.rows.length;
  }
  get(i: number): Value {
    return this.codes ? this.dictionary![this.codes[this.rows[i]]] : this.value(this.base.get(this.rows[i]));
  }
  code(i: number): number {
    return this.codes![this.rows[i]];
  }
}

/** A nested bag of a rebuilt column (LocationDetails.geoCoordinates): built per row, its keys read in place. */
class BagColumn implements Column {
  readonly type = 'dynamic' as const;
  constructor(
    private readonly keys: readonly [string, Column][],
    readonly length: number,
  ) {}
  get(i: number): Value {
    const bag: { [k: string]: Dynamic } = {};
    for (const [k, c] of this.keys) {
      const v = c.get(i);
      if (v !== null) bag[k] = v;
    }
    return Object.keys(bag).length ? bag : null;
  }
  member(key: string | number): Column | undefined {
    return this.keys.find(([k]) => k === key)?.[1];
  }
}

/** The column of one key of a key map over the store's rows. */
function keyColumn(t: SignInTable, rows: Int32Array, entry: Leaf | KeyMap): Column {
  if (isLeaf(entry)) return new KeyColumn(t.column(entry.field) as unknown as FieldColumnLike, rows, entry);
  return new BagColumn(Object.entries(entry).map(([k, e]) => [k, keyColumn(t, rows, e)] as [string, Column]), rows.length);
}

/**
 * A rebuilt column whose fields are all dictionary-coded (or booleans) takes few distinct values: each store position
 * gets the code of its tuple of field values, and each distinct tuple is built once. Both tables read the same codes,
 * so a union stays coded and `tostring(AuthenticationDetails)` or a regex over it runs once per distinct value.
 */
interface TupleCodes {
  readonly codes: Int32Array;
  /** A store position of each code, to build its value from. */
  readonly first: number[];
  readonly values: Map<ScalarType, Value[]>;
}
const tupleCodes = new WeakMap<SignInTable, Map<string, TupleCodes | null>>();

function codedTuples(t: SignInTable, name: string, fields: readonly FieldName[]): TupleCodes | null {
  let byName = tupleCodes.get(t);
  if (!byName) tupleCodes.set(t, (byName = new Map()));
  if (byName.has(name)) return byName.get(name)!;
  const cols = fields.map((f) => t.column(f) as unknown as FieldColumnLike);
  if (fields.some((f) => KIND.get(f) !== 'dict' && KIND.get(f) !== 'bool')) {
    byName.set(name, null);
    return null;
  }
  const n = cols.reduce((m, c) => Math.max(m, c.codes?.length ?? 0), 0);
  let ids = new Int32Array(n);
  let count = 1;
  // Tuple ids field by field: (id so far, this field's code) → the next id.
  for (let f = 0; f < cols.length; f++) {
    const c = cols[f];
    const size = c.codes ? (c.values as unknown[]).length : 3;
    const next = new Map<number, number>();
    const out = new Int32Array(n);
    for (let p = 0; p < n; p++) {
      const code = c.codes ? c.codes[p] : ((v) => (v === true ? 1 : v === false ? 2 : 0))(c.get(p));
      const key = ids[p] * size + code;
      let id = next.get(key);
      if (id === undefined) next.set(key, (id = next.size));
      out[p] = id;
    }
    ids = out;
    count = next.size;
  }
  const first: number[] = new Array(count);
  for (let p = n - 1; p >= 0; p--) first[ids[p]] = p;
  const coded = { codes: ids, first, values: new Map<ScalarType, Value[]>() };
  byName.set(name, coded);
  return coded;
}

/** A JSON column rebuilt per row from fields (a bag for dynamic columns, its JSON text for string ones). */
class RebuiltColumn implements Column {
  private readonly keys = new Map<string, Column>();
  readonly dictionary?: readonly Value[];
  private readonly parsedValues?: readonly Value[];
  private readonly codes?: Int32Array;
  constructor(
    readonly type: ScalarType,
    private readonly build: (p: number) => { [k: string]: Dynamic } | Dynamic[] | null,
    private readonly rows: Int32Array,
    private readonly keyMap?: { readonly map: KeyMap; readonly table: SignInTable },
    coded?: TupleCodes | null,
  ) {
    if (coded) {
      let parsed = coded.values.get('dynamic');
      if (!parsed) coded.values.set('dynamic', (parsed = coded.first.map((p) => build(p))));
      let dict = coded.values.get(type);
      if (!dict) coded.values.set(type, (dict = parsed.map((v) => (v === null ? '' : JSON.stringify(v)))));
      this.codes = coded.codes;
      this.dictionary = dict;
      this.parsedValues = parsed;
    }
  }
  code(i: number): number {
    return this.codes![this.rows[i]];
  }
  /** A key of the value (of the parsed value, for JSON text) read from its field, without building the value. */
  member(key: string | number): Column | undefined {
    if (!this.keyMap || typeof key !== 'string' || !(key in this.keyMap.map)) return undefined;
    let c = this.keys.get(key);
    if (!c) this.keys.set(key, (c = keyColumn(this.keyMap.table, this.rows, this.keyMap.map[key])));
    return c;
  }
  get length(): number {
    return this.rows.length;
  }
  get(i: number): Value {
    if (this.codes) return this.dictionary![this.codes[this.rows[i]]];
    const bag = this.build(this.rows[i]);
    if (this.type === 'dynamic') return bag;
    return bag === null ? '' : JSON.stringify(bag);
  }
  /** parse_json of the JSON text: the bag it was written from. */
  parsed(i: number): Value {
    return this.codes ? this.parsedValues![this.codes[this.rows[i]]] : this.build(this.rows[i]);
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
      case 'rebuilt': {
        const map = KEY_MAPS[c.name];
        return new RebuiltColumn(type, builder(c.name, t), rows, map && { map, table: t }, codedTuples(t, c.name, c.source.from));
      }
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
  private read(): void {
    if (!this.told) {
      this.told = true;
      this.tell();
    }
  }
  get(i: number): Value {
    this.read();
    return this.base.get(i);
  }
  /** The base's dictionary coding, kept; a value is read through `code` (views only look the dictionary up). */
  get dictionary(): readonly Value[] | undefined {
    return this.base.dictionary;
  }
  get code(): ((i: number) => number) | undefined {
    const base = this.base;
    return (
      base.code &&
      ((i: number) => {
        this.read();
        return base.code!(i);
      })
    );
  }
  get parsed(): ((i: number) => Value) | undefined {
    const base = this.base;
    if (!base.parsed) return undefined;
    return (i: number) => {
      this.read();
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
