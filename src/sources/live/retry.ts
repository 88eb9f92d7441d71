/**
 * Bounded retries for workspace queries. The clients signinlab builds turn the SDK's own retry policy off
 * (`retryOptions.maxRetries: 0`): that policy obeys any Retry-After, however long, and retries 5xx three times with
 * delays up to 64 s, and stacking ours on top would multiply the attempts. So all retrying happens here, once:
 * throttling (429, and 503 with Retry-After) waits as the service asks, up to a cap; transient failures (408, 500, 502,
 * 503, 504, socket resets and timeouts) back off exponentially with jitter; anything else fails at once.
 * A `client` passed in by a caller keeps whatever policy it was built with, inside these attempts.
 */
import { codeOf, statusOf } from './live-error';

export interface RetryOptions {
  /** Tries in all, the first included (default 5). */
  attempts?: number;
  /** First backoff delay (default 1000 ms); doubles per retry. */
  baseDelayMs?: number;
  /** Longest backoff delay (default 30 s). */
  maxDelayMs?: number;
  /** Longest wait a Retry-After may ask for before we give up instead (default 120 s). */
  maxRetryAfterMs?: number;
  /** How to wait; tests record the delays instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
  /** Told before each wait. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

const TRANSIENT_STATUS = new Set([408, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE', 'ECONNABORTED', 'EAI_AGAIN', 'REQUEST_SEND_ERROR']);

/** The wait a throttled response asks for, in ms (Retry-After seconds or date, retry-after-ms), or undefined. */
export function retryAfterMs(e: unknown, now = Date.now()): number | undefined {
  const headers = (e as { response?: { headers?: { get(name: string): string | undefined } } })?.response?.headers;
  if (!headers || typeof headers.get !== 'function') return undefined;
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const v = Number(headers.get(name));
    if (headers.get(name) !== undefined && Number.isFinite(v) && v >= 0) return v;
  }
  const ra = headers.get('retry-after');
  if (ra === undefined || ra.trim() === '') return undefined;
  const seconds = Number(ra);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(ra);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** Why an error is worth another try, or undefined when it is not. */
export function transientReason(e: unknown): string | undefined {
  const status = statusOf(e);
  if (status === 429) return 'throttled (429)';
  if (status !== undefined) return TRANSIENT_STATUS.has(status) ? `server error (${status})` : undefined;
  const code = codeOf(e);
  if (TRANSIENT_CODES.has(code)) return `connection failed (${code})`;
  return undefined;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `task`, retrying transient failures as described above; the last error is rethrown as is. */
export async function withRetry<T>(task: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, Math.min(options.attempts ?? 5, 20));
  const base = options.baseDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 120_000;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (e) {
      const reason = transientReason(e);
      if (!reason || attempt >= attempts) throw e;
      const asked = statusOf(e) === 429 || statusOf(e) === 503 ? retryAfterMs(e) : undefined;
      if (asked !== undefined && asked > maxRetryAfter) throw e;
      const backoff = Math.min(maxDelay, base * 2 ** (attempt - 1)) * (0.8 + 0.4 * Math.random());
      const delayMs = Math.round(asked ?? backoff);
      options.onRetry?.({ attempt, delayMs, reason });
      await sleep(delayMs);
    }
  }
}
