/**
 * The `_AuthDetails_` companion of an Entra admin center download (InteractiveSignIns_AuthDetails_<from>_<to>.csv):
 * one row per authentication step, keyed by Request ID. Its steps give the sign-in rows of the main file what the
 * download itself lacks: AuthenticationMethods (distinct methods of the steps that succeeded, in order) and the
 * AuthenticationStepResultDetail of the last step. The exact header is not published, so labels are matched loosely.
 */
import type { SignIn } from '../../schema/fields';
import { bool } from './values';

export interface StepSummary {
  methods: string[];
  lastDetail: string;
}

/** Request ID -> the steps seen for it so far. */
export type AuthDetails = Map<string, StepSummary>;

const METHOD = ['authentication method', 'method'];
const DETAIL = ['result detail', 'authentication step result detail', 'step result detail', 'status detail'];
const SUCCEEDED = ['succeeded', 'result', 'status'];

function find(labels: string[], wanted: string[]): number {
  for (const w of wanted) {
    const i = labels.indexOf(w);
    if (i >= 0) return i;
  }
  return -1;
}

/** True for the companion's header: a Request ID and an authentication method, but no user columns. */
export function isAuthDetailsHeader(labels: string[]): boolean {
  return labels.includes('request id') && find(labels, METHOD) >= 0 && !labels.includes('username');
}

/** Reads step rows of the companion file into `into`. */
export class AuthDetailsColumns {
  private readonly id: number;
  private readonly method: number;
  private readonly detail: number;
  private readonly succeeded: number;

  constructor(labels: string[]) {
    this.id = labels.indexOf('request id');
    this.method = find(labels, METHOD);
    this.detail = find(labels, DETAIL);
    this.succeeded = find(labels, SUCCEEDED);
  }

  /** Adds one step; returns false when the row has no Request ID. */
  add(fields: string[], into: AuthDetails): boolean {
    const id = (fields[this.id] ?? '').trim();
    if (id === '') return false;
    let s = into.get(id);
    if (!s) into.set(id, (s = { methods: [], lastDetail: '' }));
    const result = this.succeeded >= 0 ? (fields[this.succeeded] ?? '').trim() : '';
    const ok = bool(result) ?? /^succe/i.test(result);
    const method = (fields[this.method] ?? '').trim();
    if (ok && method !== '' && !s.methods.includes(method)) s.methods.push(method);
    if (this.detail >= 0) s.lastDetail = (fields[this.detail] ?? '').trim();
    return true;
  }
}

/** Fills a sign-in's method fields from its steps, when the sign-in row did not carry them. */
export function applyAuthDetails(out: SignIn, steps: AuthDetails): void {
  const s = steps.get(out.Id);
  if (!s) return;
  if (out.AuthenticationMethods === '') out.AuthenticationMethods = s.methods.join(', ');
  if (out.AuthenticationStepResultDetail === '') out.AuthenticationStepResultDetail = s.lastDetail;
}
