/**
 * Ranges for `--param` values, checked where the command line reads them, so a value no analysis can mean
 * (`token-replay.idleHours=-1`, `=1e21`) is one line and exit code 2 rather than an unexpected error or a KQL twin
 * that does not bind. Every numeric parameter of the analyses is a count, a distance, a speed, a ratio or a duration,
 * so the rules go by kind, read from the parameter's name:
 *
 *   all numbers                    finite, 0 or more, at most 1,000,000,000
 *   …Hours / …Minutes / …Days      at most 10 years (the longest sign-in retention is 2 years; KQL timespans end at
 *                                  ~29,000 years, and a window that long is not a detection window)
 *
 * A range declared by each parameter in its analysis header would be sharper; until the headers carry one, this keeps
 * every value the twins render inside what Kusto accepts.
 */
import { UserError } from '../errors';
import type { DetectorOverrides } from '../analyses/run-detectors';

const MAX_NUMBER = 1_000_000_000;
const TEN_YEARS_HOURS = 10 * 366 * 24;
const DURATIONS: readonly [suffix: RegExp, max: number, unit: string][] = [
  [/Hours$/, TEN_YEARS_HOURS, 'hours'],
  [/Minutes$/, TEN_YEARS_HOURS * 60, 'minutes'],
  [/Days$/, TEN_YEARS_HOURS / 24, 'days'],
];

/**
 * @throws UserError for a number outside its range, naming the parameter, the value and the range
 * @example checkOverrides({ 'token-replay': { idleHours: -1 } }) // throws: --param token-replay.idleHours=-1: …
 */
export function checkOverrides(overrides: DetectorOverrides): DetectorOverrides {
  for (const [id, values] of Object.entries(overrides)) {
    for (const [name, value] of Object.entries(values)) {
      if (typeof value !== 'number') continue;
      const duration = DURATIONS.find(([suffix]) => suffix.test(name));
      const max = duration ? duration[1] : MAX_NUMBER;
      if (!Number.isFinite(value) || value < 0 || value > max) {
        throw new UserError(`--param ${id}.${name}=${value}: must be a number from 0 to ${max.toLocaleString('en-US')}${duration ? ` (${duration[2]})` : ''}`);
      }
    }
  }
  return overrides;
}
