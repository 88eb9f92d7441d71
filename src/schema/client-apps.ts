/**
 * ClientAppUsed classes. Microsoft splits client apps into modern authentication (Browser; Mobile Apps and Desktop
 * clients) and legacy authentication (everything else). Legacy protocols cannot do MFA, which is why a legacy sign-in
 * matters. Empty and "Unknown" are neither: service-principal rows and some clients carry no value, so they are
 * reported apart rather than guessed into legacy.
 *
 * Source: Entra docs "Client app filter" (howto-customize-filter-logs.md) and the Graph signIn resource
 * (clientAppUsed); exact logged spellings from exported records. Compare case-insensitively: the docs and the logs
 * disagree on casing ("Autodiscover" / "AutoDiscover", "MAPI over HTTP" / "MAPI Over HTTP").
 */

export type ClientAppClass = 'modern' | 'legacy' | 'unknown';

export interface ClientAppDef {
  /** The value as it is logged. */
  readonly value: string;
  readonly class: ClientAppClass;
  readonly source: string;
}

const DOC = 'Entra docs, sign-in log "Client app" filter';
const DATA = 'seen in exported sign-in records';

export const CLIENT_APPS: readonly ClientAppDef[] = [
  { value: 'Browser', class: 'modern', source: `${DOC}; ${DATA}` },
  { value: 'Mobile Apps and Desktop clients', class: 'modern', source: `${DOC}; ${DATA} (this casing)` },
  { value: 'Exchange ActiveSync', class: 'legacy', source: DOC },
  { value: 'Authenticated SMTP', class: 'legacy', source: DOC },
  { value: 'AutoDiscover', class: 'legacy', source: `${DOC} (docs spell "Autodiscover")` },
  { value: 'Exchange Online PowerShell', class: 'legacy', source: DOC },
  { value: 'Exchange Web Services', class: 'legacy', source: DOC },
  { value: 'IMAP4', class: 'legacy', source: DOC },
  { value: 'MAPI Over HTTP', class: 'legacy', source: `${DOC} (docs spell "MAPI over HTTP")` },
  { value: 'Offline Address Book', class: 'legacy', source: DOC },
  { value: 'Outlook Anywhere (RPC over HTTP)', class: 'legacy', source: DOC },
  { value: 'Outlook Service', class: 'legacy', source: DOC },
  { value: 'POP3', class: 'legacy', source: DOC },
  { value: 'Reporting Web Services', class: 'legacy', source: DOC },
  { value: 'Other clients', class: 'legacy', source: `${DOC} ("client app not included or unknown")` },
  { value: 'Universal Outlook', class: 'legacy', source: 'third-party legacy lists only (unconfirmed as a logged value)' },
];

/** The modern values; legacy is defined as "not one of these", so a new legacy protocol is caught without a list update. */
export const MODERN_CLIENT_APPS: readonly string[] = CLIENT_APPS.filter((c) => c.class === 'modern').map((c) => c.value);
export const LEGACY_CLIENT_APPS: readonly string[] = CLIENT_APPS.filter((c) => c.class === 'legacy').map((c) => c.value);

const MODERN_LOWER = new Set(MODERN_CLIENT_APPS.map((v) => v.toLowerCase()));

/**
 * The class of a ClientAppUsed value: modern, legacy, or unknown (empty / "Unknown").
 * @example classifyClientApp('imap4') // 'legacy'
 */
export function classifyClientApp(value: string): ClientAppClass {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'unknown') return 'unknown';
  return MODERN_LOWER.has(v) ? 'modern' : 'legacy';
}

/** True for legacy authentication clients (not Browser / Mobile Apps and Desktop clients, not empty or Unknown). */
export function isLegacyClientApp(value: string): boolean {
  return classifyClientApp(value) === 'legacy';
}
