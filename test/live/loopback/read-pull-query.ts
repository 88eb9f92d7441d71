/**
 * The loopback server's reading of a pull query. It accepts exactly the shape src/sources/live/pull-query.ts writes and
 * nothing else, so a change there that the server does not understand fails the tests instead of being ignored.
 * String literals are decoded as JSON, which the KQL double-quoted form is a subset of.
 */
import { isTableName, type TableName } from '../../../src/schema/table-names';

export interface PullRequest {
  table: TableName;
  /** Inclusive start and exclusive end, in 100 ns ticks since the epoch. */
  from: bigint;
  to: bigint;
  user?: string;
  ip?: string;
  columns: string[];
}

const STRING = '("(?:[^"\\\\\\n]|\\\\.)*")';
const SHAPE = new RegExp(
  '^(\\w+)\\n' +
    '\\| where TimeGenerated >= datetime\\(([^)]+)\\) and TimeGenerated < datetime\\(([^)]+)\\)\\n' +
    `(?:\\| where UserPrincipalName =~ ${STRING}\\n)?` +
    `(?:\\| where IPAddress == ${STRING}\\n)?` +
    '\\| project ([\\w, ]+)$',
);

/** Ticks (100 ns) of an ISO UTC time with 0-7 fractional digits. */
export function ticksOf(iso: string): bigint {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,7}))?Z$/.exec(iso);
  if (!m) throw new Error(`not a UTC time: ${iso}`);
  const seconds = BigInt(Date.parse(`${m[1]}Z`)) / 1000n;
  return seconds * 10_000_000n + BigInt((m[2] ?? '').padEnd(7, '0'));
}

/** The parts of a pull query, or undefined when the text is not one. */
export function readPullQuery(query: string): PullRequest | undefined {
  const m = SHAPE.exec(query);
  if (!m || !isTableName(m[1])) return undefined;
  return {
    table: m[1],
    from: ticksOf(m[2]),
    to: ticksOf(m[3]),
    user: m[4] === undefined ? undefined : (JSON.parse(m[4]) as string),
    ip: m[5] === undefined ? undefined : (JSON.parse(m[5]) as string),
    columns: m[6].split(',').map((c) => c.trim()),
  };
}

/** The ticks of a `start/end` timespan the SDK sends in the body. */
export function readTimespan(timespan: string): { from: bigint; to: bigint } | undefined {
  const [a, b] = timespan.split('/');
  try {
    return { from: ticksOf(a), to: ticksOf(b) };
  } catch {
    return undefined;
  }
}
