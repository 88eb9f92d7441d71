/**
 * The sign-in result codes analysts meet in `ResultType` (text in Log Analytics, `status.errorCode` in Graph), with what
 * each means in our words, a category, and whether it is a real failure or a normal step of a flow (an interrupt).
 * The groups at the bottom are what the detectors key on, so a threshold and the codes it counts live in one place.
 *
 * Facts come from Microsoft's AADSTS error reference (learn.microsoft.com/entra/identity-platform/reference-error-codes)
 * and the retired Azure AD sign-in report error list; each entry names its source. Microsoft warns codes and texts change:
 * the live lookup is https://login.microsoftonline.com/error?code=<n>.
 */

export const RESULT_CATEGORIES = [
  'success',
  'credentials',
  'account_state',
  'mfa_interrupt',
  'mfa_failure',
  'conditional_access',
  'device',
  'token_expiry',
  'consent',
  'sso',
  'app_config',
  'benign_interrupt',
  'unknown',
] as const;
export type ResultCategory = (typeof RESULT_CATEGORIES)[number];

export interface ResultCode {
  /** The code as Log Analytics stores it in ResultType ("0", "50126"). */
  readonly code: string;
  /** Microsoft's symbolic AADSTS name, or "" when Microsoft's table has none. */
  readonly aadstsName: string;
  readonly meaning: string;
  readonly category: ResultCategory;
  /** Anything but 0. */
  readonly isFailure: boolean;
  /** Normally part of a flow (a prompt, an expected SSO miss) rather than a definitive failure. Our judgement. */
  readonly interruptOrBenign: boolean;
  readonly source: string;
}

const AADSTS = 'Microsoft Entra AADSTS error reference (learn.microsoft.com/entra/identity-platform/reference-error-codes)';
const OLD_LIST = 'retired Azure AD sign-in activity report error code list';
const BOTH = `${AADSTS}; ${OLD_LIST}`;
const COMMUNITY = 'community tooling only; absent from Microsoft\'s reference (unconfirmed)';

type Row = [code: number, name: string, category: ResultCategory, interrupt: boolean, meaning: string, source?: string];

/** code, AADSTS name, category, interrupt-or-benign, meaning, source (default: AADSTS reference). */
const ROWS: readonly Row[] = [
  [0, 'Success', 'success', false, 'The sign-in succeeded.', 'Log Analytics / Graph sign-in docs: ResultType 0 is success'],
  [16000, 'InteractionRequired', 'benign_interrupt', true, 'The account cannot use the app in this tenant as is; seen during normal SSO and safe to ignore on its own.', BOTH],
  [50034, 'UserAccountNotFound', 'credentials', false, 'No such user in the directory (often a mistyped or guessed UPN).'],
  [50053, 'IdsLocked', 'account_state', false, 'Account locked by smart lockout after repeated wrong passwords, or the request came from an IP with malicious activity.'],
  [50055, 'InvalidPasswordExpiredPassword', 'credentials', false, 'The password has expired.'],
  [50056, '', 'credentials', false, 'The directory holds no password for this user (invalid or null password).'],
  [50057, 'UserDisabled', 'account_state', false, 'The account is disabled.'],
  [50058, 'UserInformationNotProvided', 'benign_interrupt', true, 'No session good enough for silent single sign-on; expected when a silent request finds no signed-in user.'],
  [50072, 'UserStrongAuthEnrollmentRequiredInterrupt', 'mfa_interrupt', true, 'The user must register a second factor before going on (interactive).'],
  [50074, 'UserStrongAuthClientAuthNRequiredInterrupt', 'mfa_interrupt', true, 'MFA is required: the password was accepted but the MFA challenge was not passed (yet).'],
  [50076, 'UserStrongAuthClientAuthNRequired', 'mfa_interrupt', true, 'MFA is required by policy (Conditional Access, per-user MFA, new location); the client must ask again with MFA.', BOTH],
  [50079, 'UserStrongAuthEnrollmentRequired', 'mfa_interrupt', true, 'MFA is required but the user has to register security info first.', BOTH],
  [50089, '', 'token_expiry', false, 'The flow token expired before the sign-in finished.'],
  [50097, 'DeviceAuthenticationRequired', 'device', true, 'The request must come from an authenticated (registered) device.'],
  [50125, 'PasswordResetRegistrationRequiredInterrupt', 'benign_interrupt', true, 'Interrupted by a password reset or password-reset registration prompt.'],
  [50126, 'InvalidUserNameOrPassword', 'credentials', false, 'Wrong username or password.'],
  [50131, 'ConditionalAccessFailed', 'conditional_access', false, 'A Conditional Access error: device state, suspicious activity or a policy decision.'],
  [50132, 'SsoArtifactInvalidOrExpired', 'token_expiry', false, 'The session is no longer valid after a password expiry or change.'],
  [50133, 'SsoArtifactRevoked', 'token_expiry', false, 'The session was revoked after a password expiry or change.'],
  [50140, 'KmsiInterrupt', 'benign_interrupt', true, 'The "Keep me signed in?" prompt; a normal step.'],
  [50155, 'DeviceAuthenticationFailed', 'device', false, 'Device authentication failed for this user.'],
  [50158, 'ExternalSecurityChallenge', 'mfa_interrupt', true, 'An external security challenge (third-party MFA / external method) was not satisfied.'],
  [50173, 'FreshTokenNeeded', 'token_expiry', false, 'The grant was revoked (tokens revoked, signed out everywhere); a fresh sign-in is needed.'],
  [50199, 'CmsiInterrupt', 'benign_interrupt', true, 'A user confirmation prompt required for security reasons (e.g. app redirects in mobile browsers).'],
  [51006, 'ForceReauthDueToInsufficientAuth', 'benign_interrupt', true, 'Windows integrated authentication is needed; the session lacked that claim.'],
  [53000, 'DeviceNotCompliant', 'conditional_access', false, 'Conditional Access requires a compliant device; this one is not.'],
  [53001, 'DeviceNotDomainJoined', 'conditional_access', false, 'Conditional Access requires a domain-joined device; this one is not.'],
  [53002, 'ApplicationUsedIsNotAnApprovedApp', 'conditional_access', false, 'Conditional Access requires an approved client app; this one is not.'],
  [53003, 'BlockedByConditionalAccess', 'conditional_access', false, 'Blocked by Conditional Access: policy does not allow a token.'],
  [53004, 'ProofUpBlockedDueToRisk', 'conditional_access', false, 'MFA registration is blocked because of risk; the user must complete it another way first.'],
  [65001, 'DelegationDoesNotExist', 'consent', false, 'Nobody has consented to the app using this access.'],
  [70043, 'BadTokenDueToSignInFrequency', 'token_expiry', false, 'The refresh token is no longer valid under the Conditional Access sign-in frequency.'],
  [70044, '', 'token_expiry', false, 'The session is no longer valid under the Conditional Access sign-in frequency (companion of 70043).', COMMUNITY],
  [81010, 'DesktopSsoAuthTokenInvalid', 'sso', false, 'Seamless SSO failed: the Kerberos ticket is expired or invalid.'],
  [81012, 'DesktopSsoMismatchBetweenTokenUpnAndChosenUpn', 'sso', true, 'The user signing in differs from the user signed in to the device; not an error on its own.', BOTH],
  [81016, '', 'sso', false, 'Reported by Seamless SSO spraying tools as an invalid STS request.', COMMUNITY],
  [90094, 'AdminConsentRequired', 'consent', false, 'Administrator consent is required for this app.', BOTH],
  [90095, 'AdminConsentRequiredRequestAccess', 'consent', true, 'Admin consent workflow: the user is told to ask an administrator.'],
  [500121, '', 'mfa_failure', false, 'The strong authentication (MFA) step failed: denied, timed out or a wrong code.', `${OLD_LIST}; learn.microsoft.com/entra/architecture/security-operations-privileged-accounts`],
  [530032, 'BlockedByConditionalAccessOnSecurityPolicy', 'conditional_access', false, 'Blocked by a security policy the tenant administrator configured.'],
  [530035, 'BlockedBySecurityDefaults', 'conditional_access', false, 'Blocked by security defaults (legacy authentication or an unsafe request).'],
  [700016, 'UnauthorizedClient_DoesNotMatchRequest', 'app_config', false, 'The application was not found in the tenant.'],
  [700082, 'ExpiredOrRevokedGrantInactiveToken', 'token_expiry', false, 'The refresh token expired through inactivity (normal token lifecycle).'],
  [7000215, '', 'app_config', false, 'The client secret is invalid.'],
];

/** Every catalogued result code, keyed by its ResultType text. */
export const RESULT_CODES: ReadonlyMap<string, ResultCode> = new Map(
  ROWS.map(([code, aadstsName, category, interruptOrBenign, meaning, source]) => [
    String(code),
    { code: String(code), aadstsName, meaning, category, isFailure: code !== 0, interruptOrBenign, source: source ?? AADSTS },
  ]),
);

/**
 * What a ResultType means. Unknown codes get a generic entry rather than an error, because Microsoft adds codes often.
 * @param code ResultType as text or number; surrounding spaces and an "AADSTS" prefix are ignored.
 * @example describeResult('50126').category // 'credentials'
 */
export function describeResult(code: string | number): ResultCode {
  const key = String(code).trim().replace(/^AADSTS/i, '');
  const known = RESULT_CODES.get(key);
  if (known) return known;
  const empty = key === '';
  return {
    code: key,
    aadstsName: '',
    meaning: empty
      ? 'No result code was recorded.'
      : `Not in signinlab's catalogue; look it up at https://login.microsoftonline.com/error?code=${key}.`,
    category: 'unknown',
    isFailure: !empty && key !== '0',
    interruptOrBenign: false,
    source: 'not catalogued',
  };
}

// ── groups the detectors use ────────────────────────────────────────────────────────────────────────────────────────

/** Failures a password guess produces: wrong password, locked by smart lockout, expired, no password. Password spray
 *  counts these; 50053 and 50055 mean the guess reached a real account (50055 even means the password was right). */
export const PASSWORD_FAILURE_CODES = ['50126', '50053', '50055', '50056'] as const;

/** The password was right even though the sign-in did not finish: success, an MFA prompt, a policy block. After a
 *  password spray, one of these from the spraying IP means a guess worked. Sentinel's password-spray analytic rule
 *  counts these (with a few more) as successes. */
export const PASSWORD_ACCEPTED_CODES = ['0', '50072', '50074', '50076', '50079', '50158', '53000', '53001', '53003'] as const;

/** MFA was asked for and not (yet) passed: a completed MFA is followed by a success, an abandoned one is not. */
export const MFA_CHALLENGE_CODES = ['50074', '50076', '50158'] as const;

/** The MFA step itself failed (denied, timed out, wrong code): repeated, it is the MFA-fatigue signal. */
export const MFA_FAILURE_CODES = ['500121'] as const;

/** MFA required but the user must register a method first. */
export const MFA_ENROLLMENT_CODES = ['50072', '50079'] as const;

/** Every MFA-related interrupt or failure. */
export const MFA_INTERRUPT_CODES = [...MFA_CHALLENGE_CODES, ...MFA_ENROLLMENT_CODES, ...MFA_FAILURE_CODES] as const;

/** Access refused by Conditional Access or security defaults: a control that worked. 53003 is the plain block. */
export const CA_BLOCK_CODES = ['53003', '53000', '53001', '53002', '53004', '530032', '530035', '50131'] as const;

/** True when the code is in the group (ResultType text compared after trimming). */
export function inGroup(group: readonly string[], code: string): boolean {
  return group.includes(code.trim());
}
