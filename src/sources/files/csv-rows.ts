/**
 * Decides from the header row what a CSV file is (Log Analytics "Export to CSV", an Entra admin center download, or
 * neither) and turns each following record into a loaded or rejected row.
 */
import { basename } from 'node:path';
import { UserError } from '../../errors';
import type { TableName } from '../../schema/table-names';
import { unescapeCsvCell } from '../../escape';
import { normalizeLogAnalyticsRow } from '../normalize/log-analytics-row';
import { applyAuthDetails, AuthDetailsColumns, isAuthDetailsHeader, type AuthDetails } from '../normalize/auth-details';
import { isPortalSignInHeader, portalLabel, PortalCsvColumns } from '../normalize/portal-csv-row';
import type { CsvHandlers } from './csv-records';
import type { FileLoad, Normalize } from './file-load';

type Obj = Record<string, unknown>;
const LA: Normalize<Obj> = (o, note) => normalizeLogAnalyticsRow(o, undefined, note);

/** Log Analytics header names: "CreatedDateTime [UTC]" -> "CreatedDateTime". */
function laColumn(h: string): string {
  return h.trim().replace(/\s*\[UTC\]$/i, '');
}

function isLogAnalyticsHeader(cols: string[]): boolean {
  return cols.includes('Id') && (cols.includes('CreatedDateTime') || cols.includes('TimeGenerated') || cols.includes('UserPrincipalName'));
}

/** The table of an Entra admin center download, from its file name; null for application / managed-identity files. */
function portalTable(file: string, columns: PortalCsvColumns): TableName | null | undefined {
  const name = basename(file);
  if (/NonInteractiveSignIns/i.test(name)) return 'AADNonInteractiveUserSignInLogs';
  if (/InteractiveSignIns/i.test(name)) return 'SigninLogs';
  if (/ApplicationSignIns|MSISignIns|ServicePrincipal|ManagedIdentit/i.test(name)) return null;
  for (const label of ['is interactive', 'interactive']) {
    if (columns.has(label)) return undefined; // decided per row
  }
  throw new UserError(
    'an Entra admin center sign-in download, but neither its name nor a column says whether it holds interactive or ' +
      'non-interactive sign-ins: keep the portal file name (InteractiveSignIns_… or NonInteractiveSignIns_…)',
    file,
  );
}

/**
 * CSV handlers for a file; the header (first record) picks the format. `steps` collects the authentication steps of
 * `_AuthDetails_` companion files and fills them into the admin center rows loaded after them.
 */
export function csvRows(load: FileLoad, steps: AuthDetails): CsvHandlers {
  let row: ((fields: string[], line: number) => void) | undefined;
  let width = 0;

  function header(fields: string[], line: number): void {
    width = fields.length;
    const la = fields.map(laColumn);
    if (isLogAnalyticsHeader(la)) {
      load.format = 'Log Analytics CSV';
      row = (f, l) => {
        // A null-prototype object: a header named "__proto__" or "constructor" is a column like any other. A cell our
        // writer (or a careful exporter) neutralised against spreadsheet formulas loses its apostrophe again.
        const raw: Obj = Object.create(null);
        for (let i = 0; i < la.length; i++) if (f[i] !== '') raw[la[i]] = f[i].charCodeAt(0) === 39 ? unescapeCsvCell(f[i]) : f[i];
        load.take(l, LA, raw);
      };
      return;
    }
    const labels = fields.map(portalLabel);
    if (isPortalSignInHeader(labels) || (labels.includes('request id') && labels.includes('service principal id'))) {
      load.format = 'Entra admin center CSV';
      const columns = new PortalCsvColumns(fields);
      const table = portalTable(load.file, columns);
      row = (f, l) => {
        if (table === null) return load.reject(l, 'a service-principal or managed-identity sign-in, not a user sign-in');
        const t = table ?? rowTable(columns, f);
        if (!t) return load.reject(l, 'cannot tell the table: the interactive column is empty');
        load.take(l, (x: string[], note) => {
          const out = columns.toSignIn(x, t, note);
          applyAuthDetails(out, steps);
          return out;
        }, f);
      };
      return;
    }
    if (isAuthDetailsHeader(labels)) {
      // Steps, not sign-ins: they are not offered as rows; a step without Request ID is reported.
      load.format = 'Entra admin center AuthDetails CSV';
      const columns = new AuthDetailsColumns(labels);
      row = (f, l) => {
        if (!columns.add(f, steps)) load.reject(l, 'an authentication step without Request ID');
      };
      return;
    }
    const shown = fields.slice(0, 8).map((h) => (h.length > 40 ? h.slice(0, 40) + '…' : h).trim()).join(', ') + (fields.length > 8 ? ', …' : '');
    throw new UserError(
      `not sign-in data: a CSV file whose header (${shown}) has neither Log Analytics columns (Id, CreatedDateTime) ` +
        'nor Entra admin center columns (Request ID, Date (UTC), Username)',
      load.file,
      line,
    );
  }

  return {
    record(fields, line) {
      if (!row) return header(fields, line);
      if (fields.length !== width) {
        load.reject(line, `${fields.length} fields where the header has ${width}`);
        return;
      }
      load.recognized++;
      row(fields, line);
    },
    problem(reason, line) {
      load.reject(line, reason);
    },
  };
}

function rowTable(columns: PortalCsvColumns, f: string[]): TableName | undefined {
  const v = (columns.get(f, 'is interactive') || columns.get(f, 'interactive')).toLowerCase();
  if (v === 'true' || v === 'yes') return 'SigninLogs';
  if (v === 'false' || v === 'no') return 'AADNonInteractiveUserSignInLogs';
  return undefined;
}

