/**
 * Parameter overrides written as text (`token-replay.minDistanceKm=300`, `token-replay.excludedAsns=8075,16509`), for
 * the command line. Each value is read as the type of the parameter's default, so help, validation and defaults come
 * from the analysis header alone.
 */
import { analysisById } from './registry';
import { UserError } from '../errors';
import type { DetectorOverrides } from './run-detectors';

function coerce(text: string, def: unknown, what: string): unknown {
  if (typeof def === 'number') {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) throw new UserError(`${what}: "${text}" is not a number`);
    return n;
  }
  if (typeof def === 'boolean') {
    if (text !== 'true' && text !== 'false') throw new UserError(`${what}: expected true or false, not "${text}"`);
    return text === 'true';
  }
  if (Array.isArray(def)) return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return text;
}

/** Parses `analysis.parameter=value` items into overrides for `runDetectors`. */
export function parseOverrides(items: readonly string[]): DetectorOverrides {
  const out: DetectorOverrides = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    const dot = item.indexOf('.');
    if (eq < 0 || dot < 0 || dot > eq) throw new UserError(`--param expects analysis.parameter=value, not "${item}"`);
    const id = item.slice(0, dot);
    const name = item.slice(dot + 1, eq);
    const analysis = analysisById(id);
    if (!analysis) throw new UserError(`--param ${item}: no analysis or detector "${id}"`);
    const defs = analysis.parameters as Record<string, { default: unknown }>;
    if (!Object.prototype.hasOwnProperty.call(defs, name)) {
      throw new UserError(`--param ${item}: ${analysis.id} has no parameter "${name}"; it has: ${Object.keys(defs).join(', ')}`);
    }
    (out[analysis.id] ??= {})[name] = coerce(item.slice(eq + 1), defs[name].default, `--param ${id}.${name}`);
  }
  return out;
}
