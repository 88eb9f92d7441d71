/**
 * What to do with one parsed JSON value from any JSON input: unwrap the containers (arrays at any depth, Graph
 * `{"value":[...]}` pages, diagnostic `{"records":[...]}` batches, query REST responses) and send each record to the
 * normalizer its shape calls for. Every element of an array is a record offered: an object is taken, anything else
 * (a number, a string, null) is rejected with the line, never skipped. A file whose first record has no sign-in shape
 * is refused as a whole, by name; an `{"error": …}` response among the records is rejected like any bad record (a file
 * of nothing else is refused, saying so).
 */
import { UserError } from '../../errors';
import { normalizeDiagnosticRecord, isDiagnosticRecord } from '../normalize/diagnostic-record';
import { normalizeGraphSignIn } from '../normalize/graph-signin';
import { normalizeLogAnalyticsRow } from '../normalize/log-analytics-row';
import { quote } from '../normalize/required';
import type { FileLoad, Normalize } from './file-load';
import { loadQueryResponse } from './query-response';

type Obj = Record<string, unknown>;
export type RecordKind = 'Log Analytics' | 'Graph signIn' | 'diagnostic-settings';

const NORMALIZE: Readonly<Record<RecordKind, Normalize<Obj>>> = {
  'Log Analytics': (o, note) => normalizeLogAnalyticsRow(o, undefined, note),
  'Graph signIn': (o, note) => normalizeGraphSignIn(o, undefined, note),
  'diagnostic-settings': (o, note) => normalizeDiagnosticRecord(o, undefined, note),
};

/** Arrays nested deeper than this are not a container shape any tool writes. */
const MAX_NESTING = 32;

const has = (o: Obj, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The shape of a record, from its keys (PascalCase columns, camelCase Graph properties, or an envelope). */
export function recordKind(o: Obj): RecordKind | undefined {
  if (isDiagnosticRecord(o)) return 'diagnostic-settings';
  if (has(o, 'CreatedDateTime') || has(o, 'UserPrincipalName') || (has(o, 'Id') && (has(o, 'TimeGenerated') || has(o, 'Type')))) return 'Log Analytics';
  if (has(o, 'createdDateTime') || has(o, 'userPrincipalName') || (has(o, 'id') && has(o, 'status'))) return 'Graph signIn';
  return undefined;
}

function keyList(o: Obj): string {
  const keys = Object.keys(o);
  return keys.slice(0, 8).map((k) => (k.length > 40 ? k.slice(0, 40) + '…' : k)).join(', ') + (keys.length > 8 ? ', …' : '');
}

/** What a value that is not an object is, for a reason. */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `a string (${quote(v)})` : `${typeof v === 'number' ? 'a number' : `a ${typeof v}`} (${String(v)})`;
}

/** The text of an error response `{"error": {code, message}}`, or undefined when `o` is not one. */
function errorResponse(o: Obj): string | undefined {
  if (!o.error || typeof o.error !== 'object' || recordKind(o)) return undefined;
  const err = o.error as Obj;
  const text = `${typeof err.code === 'string' ? err.code : ''} ${typeof err.message === 'string' ? err.message : ''}`.trim();
  return `a Log Analytics or Graph error response, not data${text ? `: ${text.length > 300 ? text.slice(0, 300) + '…' : text}` : ''}`;
}

export class JsonRecords {
  constructor(
    private readonly load: FileLoad,
    /** "JSON" or "JSON Lines", for the format name. */
    private readonly container: string,
  ) {}

  /** One record's text from the scanner or one line of a JSON Lines file. */
  text(text: string, line: number): void {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (e) {
      this.load.reject(line, `not valid JSON (${(e as Error).message.replace(/\s+in JSON at.*$/, '').slice(0, 200)})`);
      return;
    }
    this.value(v, line);
  }

  problem(reason: string, line: number): void {
    this.load.reject(line, reason);
  }

  /** A parsed value: a wrapper or an array is opened (iteratively, any depth), anything else is one record. */
  private value(v: unknown, line: number): void {
    const pending: { v: unknown; depth: number }[] = [{ v, depth: 0 }];
    while (pending.length > 0) {
      const { v: x, depth } = pending.pop()!;
      if (Array.isArray(x)) {
        if (depth >= MAX_NESTING) {
          this.load.reject(line, `arrays nested more than ${MAX_NESTING} deep`);
          continue;
        }
        for (let k = x.length - 1; k >= 0; k--) pending.push({ v: x[k], depth: depth + 1 });
        continue;
      }
      if (x !== null && typeof x === 'object') {
        const o = x as Obj;
        if (Array.isArray(o.tables) && !recordKind(o)) {
          this.queryResponse(o, line);
          continue;
        }
        const inner = Array.isArray(o.value) ? o.value : Array.isArray(o.records) ? o.records : undefined;
        if (inner && !recordKind(o)) {
          pending.push({ v: inner, depth });
          continue;
        }
      }
      this.record(x, line);
    }
  }

  private queryResponse(o: Obj, line: number): void {
    if (this.load.format === '') this.load.format = 'Log Analytics query response';
    loadQueryResponse(o, this.load, line);
  }

  private record(v: unknown, line: number): void {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      this.load.reject(line, `${kindOf(v)} where a sign-in record (an object) was expected`);
      return;
    }
    const o = v as Obj;
    const kind = recordKind(o);
    if (!kind) {
      const error = errorResponse(o);
      if (error) {
        if (this.load.errorResponses++ === 0) this.load.firstErrorResponse = { line, reason: error };
        this.load.reject(line, error);
        return;
      }
      if (this.load.recognized === 0 && this.load.errorResponses === 0 && !this.load.continuation) {
        throw new UserError(
          `not sign-in data: the first record has the keys ${keyList(o) || '(none)'}; expected Log Analytics columns (Id, CreatedDateTime, ` +
            'UserPrincipalName), Graph signIn properties (id, createdDateTime, userPrincipalName) or diagnostic-settings records (category, properties)',
          this.load.file,
          line,
        );
      }
      this.load.reject(line, `not a sign-in record (keys: ${keyList(o) || 'none'})`);
      return;
    }
    if (this.load.recognized++ === 0 && this.load.format === '') this.load.format = `${kind} ${this.container}`;
    this.load.take(line, NORMALIZE[kind], o);
  }
}
