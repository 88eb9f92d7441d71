/**
 * Values as the Log Analytics "Export to CSV" download writes them: en-US dates, TRUE/FALSE, compact JSON. Each cell
 * then goes through the one CSV escaper (src/escape/csv.ts): quoted when needed, neutralised when a spreadsheet would
 * read it as a formula.
 */
import { escapeCsvCell } from '../../escape';

/** `6/2/2025, 3:04:05.123 PM`: the export's en-US display form, millisecond precision, UTC, no zone. */
export function csvDateTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t);
  const h = d.getUTCHours();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}, ` +
    `${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)} ${h < 12 ? 'AM' : 'PM'}`
  );
}

/** One cell as the export writes it for a column of Kusto type `type`: TRUE/FALSE, compact JSON, empty for null. */
export function csvValue(value: unknown, type: string): string {
  if (value === undefined || value === null || value === '') return '';
  if (type === 'datetime') return escapeCsvCell(csvDateTime(String(value)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return escapeCsvCell(JSON.stringify(value));
  return escapeCsvCell(String(value));
}
