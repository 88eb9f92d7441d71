/** Cell formatting of the Log Analytics "Export to CSV" download. */

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180 quoting: only when the text holds a comma, quote or line break; quotes doubled. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

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

/** One value as the export writes it for a column of Kusto type `type`: TRUE/FALSE, compact JSON, empty for null. */
export function csvValue(value: unknown, type: string): string {
  if (value === undefined || value === null || value === '') return '';
  if (type === 'datetime') return csvField(csvDateTime(String(value)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return csvField(JSON.stringify(value));
  return csvField(String(value));
}
