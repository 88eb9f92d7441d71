/**
 * What to do with one parsed JSON value from any JSON input: unwrap the containers (arrays, Graph `{"value":[...]}`
 * pages, diagnostic `{"records":[...]}` batches, query REST responses) and send each record to the normalizer its shape
 * calls for. A file whose first record has no sign-in shape is refused as a whole, by name.
 */
import { UserError } from '../../errors';
import { normalizeDiagnosticRecord, isDiagnosticRecord } from '../normalize/diagnostic-record';
import { normalizeGraphSignIn } from '../normalize/graph-signin';
import { normalizeLogAnalyticsRow } from '../normalize/log-analytics-row';
import type { FileLoad } from './file-load';
import { loadQueryResponse } from './query-response';

type Obj = Record<string, unknown>;
export type RecordKind = 'Log Analytics' | 'Graph signIn' | 'diagnostic-settings';

/** The shape of a record, from its keys (PascalCase columns, camelCase Graph properties, or an envelope). */
export function recordKind(o: Obj): RecordKind | undefined {
  if (isDiagnosticRecord(o)) return 'diagnostic-settings';
  if ('CreatedDateTime' in o || 'UserPrincipalName' in o || ('Id' in o && ('TimeGenerated' in o || 'Type' in o))) return 'Log Analytics';
  if ('createdDateTime' in o || 'userPrincipalName' in o || ('id' in o && 'status' in o)) return 'Graph signIn';
  return undefined;
}

function keyList(o: Obj): string {
  const keys = Object.keys(o);
  return keys.slice(0, 8).join(', ') + (keys.length > 8 ? ', …' : '');
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
      this.load.reject(line, `not valid JSON (${(e as Error).message.replace(/\s+in JSON at.*$/, '')})`);
      return;
    }
    this.value(v, line);
  }

  problem(reason: string, line: number): void {
    this.load.reject(line, reason);
  }

  private value(v: unknown, line: number): void {
    if (Array.isArray(v)) {
      for (const e of v) this.record(e, line);
      return;
    }
    if (v !== null && typeof v === 'object') {
      const o = v as Obj;
      if (Array.isArray(o.tables)) return this.queryResponse(o, line);
      if (Array.isArray(o.value)) return this.value(o.value, line);
      if (Array.isArray(o.records)) return this.value(o.records, line);
      if (o.error && typeof o.error === 'object' && !recordKind(o)) {
        const err = o.error as Obj;
        throw new UserError(`a Log Analytics or Graph error response, not data: ${String(err.code ?? '')} ${String(err.message ?? '')}`.trim(), this.load.file, line);
      }
    }
    this.record(v, line);
  }

  private queryResponse(o: Obj, line: number): void {
    if (this.load.format === '') this.load.format = 'Log Analytics query response';
    loadQueryResponse(o, this.load, line);
  }

  private record(v: unknown, line: number): void {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      this.load.reject(line, 'not a JSON object');
      return;
    }
    const o = v as Obj;
    const kind = recordKind(o);
    if (!kind) {
      if (this.load.recognized === 0) {
        throw new UserError(
          `not sign-in data: the first record has the keys ${keyList(o)}; expected Log Analytics columns (Id, CreatedDateTime, ` +
            'UserPrincipalName), Graph signIn properties (id, createdDateTime, userPrincipalName) or diagnostic-settings records (category, properties)',
          this.load.file,
          line,
        );
      }
      this.load.reject(line, `not a sign-in record (keys: ${keyList(o)})`);
      return;
    }
    if (this.load.recognized++ === 0 && this.load.format === '') this.load.format = `${kind} ${this.container}`;
    switch (kind) {
      case 'Log Analytics':
        return this.load.take(line, normalizeLogAnalyticsRow, o);
      case 'Graph signIn':
        return this.load.take(line, normalizeGraphSignIn, o);
      case 'diagnostic-settings':
        return this.load.take(line, normalizeDiagnosticRecord, o);
    }
  }
}
