/**
 * MFA outcomes: after an MFA interrupt (50074, 50076...), did the user finish? An interrupt followed by an interactive
 * success of the same flow (same SessionId or CorrelationId, or same app from the same IP) within the window is
 * completed; otherwise the attempt was denied (500121, or a step detail such as "MFA denied; user declined") or
 * abandoned. An interrupt means the password was right, so an abandoned attempt from an IP the user never signed in
 * from is someone else holding the password; many denials in a row are MFA fatigue (push bombing).
 *
 * Pipeline: rows by user (MFA rows, then successes of those users) → attempts (MFA rows of one flow within the window)
 * → outcome per attempt → one row per user → findings from the rows.
 */
import { evidenceRows } from '../../findings/evidence-row';
import type { Finding } from '../../findings/finding';
import { isoTime } from '../../iso-time';
import { MFA_CHALLENGE_CODES, MFA_FAILURE_CODES } from '../../schema/result-codes';
import type { SignInTable } from '../../table/signin-table';
import { resolveParameters, type Analysis, type AnalysisResult, type KqlScope } from '../analysis';
import { sortedList } from '../../findings/evidence-row';
import { compareFindings } from '../../findings/severity';
import { codeMask, perCode } from '../../table/code-mask';
import { mfaOutcomesKql } from './kql';
import { rowsByUser } from '../rows-by-user';

export interface MfaOutcomesParams {
  windowMinutes: number;
  challengeCodes: string[];
  denialCodes: string[];
  denialPhrases: string[];
  fatigueDenials: number;
}

export type MfaOutcome = 'completed' | 'denied' | 'abandoned';

/** One user's MFA attempts. */
export interface MfaOutcomesRow {
  UserPrincipalName: string;
  /** Rows with an MFA interrupt or denial. */
  MfaRows: number;
  Attempts: number;
  Completed: number;
  Denied: number;
  Abandoned: number;
  /** Rows that record a denial (denialCodes or a denial phrase): the MFA-fatigue count. */
  Denials: number;
  /** Denied or abandoned attempts from an IP the user never signed in from successfully. */
  UnfamiliarIpAttempts: number;
  /** A completed attempt came after at least fatigueDenials denials: the user may have given in to push bombing. */
  CompletedAfterDenials: boolean;
  /** IPs of the denied or abandoned attempts and of completed attempts that saw denials. */
  IPAddresses: string[];
  /** Window of those attempts (of all MFA rows when every attempt completed cleanly). */
  FirstSeen: string;
  LastSeen: string;
}

export const mfaOutcomes: Analysis<MfaOutcomesParams, MfaOutcomesRow> = {
  id: 'mfa-outcomes',
  title: 'MFA outcomes',
  question: 'When MFA was required, did the user complete it, deny it or walk away, and is anyone being push-bombed?',
  tables: ['SigninLogs', 'AADNonInteractiveUserSignInLogs'],
  parameters: {
    windowMinutes: {
      default: 15,
      description: 'Minutes after an MFA interrupt within which a success of the same flow counts as completing it.',
      source: 'our choice: longer than an MFA prompt stays open, short enough not to credit an unrelated later sign-in',
    },
    challengeCodes: {
      default: [...MFA_CHALLENGE_CODES],
      description: 'ResultType values of an MFA interrupt (password accepted, MFA pending).',
      source: 'Microsoft AADSTS error reference (50074, 50076, 50158); two-table course (50074 then success = completed)',
    },
    denialCodes: {
      default: [...MFA_FAILURE_CODES],
      description: 'ResultType values of a failed MFA step (denied, timed out, wrong code).',
      source: 'retired Azure AD sign-in error list (500121 strong authentication failed)',
    },
    denialPhrases: {
      default: ['denied', 'declined', "didn't respond", 'did not respond', 'incorrect code', 'invalid mobile app verification code', 'fraud'],
      description: 'Case-insensitive phrases of AuthenticationStepResultDetail that record a denial on a failed row.',
      source: 'Entra MFA reporting docs (result details such as "user declined the authentication", "user didn\'t respond")',
    },
    fatigueDenials: {
      default: 3,
      description: 'Denials of one user that make MFA fatigue (high severity).',
      source: 'our choice: one or two denials are a stray prompt; three or more are a pattern worth a call to the user',
    },
  },

  run(table: SignInTable, overrides?: Partial<MfaOutcomesParams>): AnalysisResult<MfaOutcomesParams, MfaOutcomesRow> {
    const params = resolveParameters(this.parameters, overrides);
    const res = table.column('ResultType');
    const detail = table.column('AuthenticationStepResultDetail');
    const upnCol = table.column('UserPrincipalName');
    const ipCol = table.column('IPAddress');
    const appCol = table.column('AppDisplayName');
    const sessCol = table.column('SessionId');
    const corr = table.column('CorrelationId');
    const inter = table.column('IsInteractive').values;
    const time = table.column('CreatedDateTime').values;
    const challenge = codeMask(res, params.challengeCodes);
    const denialCode = codeMask(res, params.denialCodes);
    const success = codeMask(res, ['0']);
    const phrases = params.denialPhrases.map((s) => s.toLowerCase());
    const denialText = perCode(detail, (v) => v !== '' && phrases.some((s) => v.toLowerCase().includes(s)));
    const isDenial = (p: number) => denialCode[res.codes[p]] || (!success[res.codes[p]] && denialText[detail.codes[p]]);

    const mfaByUser = rowsByUser(table, (p) => challenge[res.codes[p]] || isDenial(p));
    const okByUser = rowsByUser(table, (p) => success[res.codes[p]] && mfaByUser.has(upnCol.codes[p]));

    const pos = (k: number) => table.position(k);
    const sameFlow = (a: number, b: number) => {
      const pa = pos(a);
      const pb = pos(b);
      if (sessCol.codes[pa] !== 0 && sessCol.codes[pa] === sessCol.codes[pb]) return true;
      if (corr.values[pa] !== '' && corr.values[pa] === corr.values[pb]) return true;
      return appCol.codes[pa] === appCol.codes[pb] && ipCol.codes[pa] === ipCol.codes[pb];
    };
    const windowMs = params.windowMinutes * 60_000;

    const rows: MfaOutcomesRow[] = [];
    const samples = new Map<string, number[]>();
    for (const [u, mfaKs] of mfaByUser) {
      const oks = okByUser.get(u) ?? [];
      const interactiveOks = oks.filter((k) => inter[pos(k)] === 1);
      const knownIps = new Set(oks.map((k) => ipCol.codes[pos(k)]));
      const attempts = groupAttempts(mfaKs, (k) => time[pos(k)], sameFlow, windowMs);
      const row: MfaOutcomesRow = {
        UserPrincipalName: upnCol.values[u],
        MfaRows: mfaKs.length,
        Attempts: attempts.length,
        Completed: 0,
        Denied: 0,
        Abandoned: 0,
        Denials: 0,
        UnfamiliarIpAttempts: 0,
        CompletedAfterDenials: false,
        IPAddresses: [],
        FirstSeen: '',
        LastSeen: '',
      };
      const failedKs: number[] = [];
      const ips = new Set<string>();
      for (const att of attempts) {
        const denials = att.filter((k) => isDenial(pos(k))).length;
        row.Denials += denials;
        const start = time[pos(att[0])];
        const end = time[pos(att[att.length - 1])] + windowMs;
        const done = interactiveOks.some((s) => time[pos(s)] >= start && time[pos(s)] <= end && att.some((k) => sameFlow(k, s)));
        const outcome: MfaOutcome = done ? 'completed' : denials > 0 ? 'denied' : 'abandoned';
        if (outcome === 'completed') {
          row.Completed++;
          if (row.Denials >= params.fatigueDenials) row.CompletedAfterDenials = true;
        } else {
          if (outcome === 'denied') row.Denied++;
          else row.Abandoned++;
          if (att.some((k) => !knownIps.has(ipCol.codes[pos(k)]))) row.UnfamiliarIpAttempts++;
        }
        if (outcome === 'completed' && denials === 0) continue;
        for (const k of att) ips.add(ipCol.values[ipCol.codes[pos(k)]]);
        failedKs.push(...att);
      }
      const span = failedKs.length ? failedKs : mfaKs;
      const ts = span.map((k) => time[pos(k)]);
      row.FirstSeen = isoTime(ts.reduce((a, b) => Math.min(a, b)));
      row.LastSeen = isoTime(ts.reduce((a, b) => Math.max(a, b)));
      row.IPAddresses = sortedList(ips);
      rows.push(row);
      samples.set(row.UserPrincipalName, span);
    }
    rows.sort(
      (a, b) => b.Denials - a.Denials || b.Abandoned + b.Denied - (a.Abandoned + a.Denied) || a.UserPrincipalName.localeCompare(b.UserPrincipalName),
    );

    const findings = this.findingsFromRows!(rows, params);
    for (const f of findings) {
      f.evidence.rows = evidenceRows(table, samples.get(f.userPrincipalName ?? '') ?? [], ['AuthenticationStepResultDetail', 'SessionId']);
    }
    return { id: this.id, parameters: params, rows, findings, warnings: [] };
  },

  kql(overrides?: Partial<MfaOutcomesParams>, scope?: KqlScope): string {
    return String(mfaOutcomesKql(resolveParameters(this.parameters, overrides), scope));
  },

  /**
   * One finding per user with an attempt that did not complete: high for MFA fatigue (fatigueDenials or more
   * denials), medium when an attempt came from an IP the user never succeeded from, informational otherwise (people
   * close a prompt now and then).
   */
  findingsFromRows(rows: MfaOutcomesRow[], params: MfaOutcomesParams): Finding[] {
    const out: Finding[] = [];
    for (const r of rows) {
      const failed = r.Denied + r.Abandoned;
      const fatigue = r.Denials >= params.fatigueDenials;
      if (failed === 0 && !fatigue) continue;
      const severity = fatigue ? 'high' : r.UnfamiliarIpAttempts > 0 ? 'medium' : 'informational';
      const what = fatigue
        ? `${r.Denials} MFA denials (possible MFA fatigue)${r.CompletedAfterDenials ? ', then an MFA prompt was approved' : ''}`
        : `${failed} MFA attempt(s) not completed (${r.Denied} denied, ${r.Abandoned} abandoned)`;
      const unfamiliar = r.UnfamiliarIpAttempts > 0 ? `, ${r.UnfamiliarIpAttempts} from an IP the user never signed in from` : '';
      out.push({
        detector: 'mfa-abandoned',
        severity,
        userPrincipalName: r.UserPrincipalName,
        ...(r.IPAddresses.length === 1 ? { ipAddress: r.IPAddresses[0] } : {}),
        first: r.FirstSeen,
        last: r.LastSeen,
        summary: `${r.UserPrincipalName}: ${what}${unfamiliar}; the password was accepted each time.`,
        evidence: {
          rows: [],
          rowCount: r.MfaRows,
          attempts: r.Attempts,
          completed: r.Completed,
          denied: r.Denied,
          abandoned: r.Abandoned,
          denials: r.Denials,
          unfamiliarIpAttempts: r.UnfamiliarIpAttempts,
          completedAfterDenials: r.CompletedAfterDenials,
          ipAddresses: r.IPAddresses,
        },
      });
    }
    return out.sort(compareFindings);
  },
};

/**
 * Splits one user's time-ordered MFA rows into attempts: a row joins the current attempt when it is of the same flow
 * as one of its rows and within `windowMs` of the attempt's last row.
 */
export function groupAttempts(
  ks: readonly number[],
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
