/**
 * MFA attempts: the MFA rows of one flow close in time. A flow is known by its SessionId, else its CorrelationId,
 * else its app and IP together; a row joins an attempt that shares any of these with one of its rows.
 */
import type { SignInTable } from '../../table/signin-table';

/** Whether rows a and b (k values of `table`) belong to one sign-in flow. */
export function sameFlowOf(table: SignInTable): (a: number, b: number) => boolean {
  const session = table.column('SessionId').codes;
  const correlation = table.column('CorrelationId').values;
  const app = table.column('AppDisplayName').codes;
  const ip = table.column('IPAddress').codes;
  return (a, b) => {
    const pa = table.position(a);
    const pb = table.position(b);
    if (session[pa] !== 0 && session[pa] === session[pb]) return true;
    if (correlation[pa] !== '' && correlation[pa] === correlation[pb]) return true;
    return app[pa] === app[pb] && ip[pa] === ip[pb];
  };
}

/**
 * Splits one user's time-ordered MFA rows into attempts: a row joins the current attempt when it is of the same flow
 * as one of its rows and within `windowMs` of the attempt's last row.
 */
export function groupAttempts(
  ks: Iterable<number>,
  at: (k: number) => number,
  sameFlow: (a: number, b: number) => boolean,
  windowMs: number,
): number[][] {
  const out: number[][] = [];
  let open: number[][] = [];
  for (const k of ks) {
    open = open.filter((att) => at(k) - at(att[att.length - 1]) <= windowMs);
    const into = open.find((att) => att.some((j) => sameFlow(j, k)));
    if (into) into.push(k);
    else {
      const att = [k];
      open.push(att);
      out.push(att);
    }
  }
  return out;
}
