/**
 * What each detector's finding means in MITRE ATT&CK terms and what to do about it, declared once as data: the report
 * prints it under every finding, the notebooks show it (`show(responseFor('token-replay'))`), and a test makes sure
 * every detector in the registry has an entry. Each technique and step names the page it comes from, so a reader can
 * check the advice rather than trust it.
 */

/** An ATT&CK (Enterprise) technique, by ID, with its name and page. */
export interface AttackTechnique {
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

/** One response step, with the page that documents it. */
export interface ResponseStep {
  readonly step: string;
  readonly sources: readonly string[];
}

export interface DetectorGuidance {
  /** The techniques the finding is evidence of, most specific first. */
  readonly techniques: readonly AttackTechnique[];
  /** What the finding means for ATT&CK mapping (when it is evidence of the technique, when only a candidate). */
  readonly note: string;
  /** Containment and remediation, in the order to do them. */
  readonly steps: readonly ResponseStep[];
}

const attack = (id: string, name: string): AttackTechnique => ({ id, name, url: `https://attack.mitre.org/techniques/${id.replace('.', '/')}/` });

const T1550_001 = attack('T1550.001', 'Use Alternate Authentication Material: Application Access Token');
const T1528 = attack('T1528', 'Steal Application Access Token');
const T1539 = attack('T1539', 'Steal Web Session Cookie');
const T1557 = attack('T1557', 'Adversary-in-the-Middle');
const T1110_003 = attack('T1110.003', 'Brute Force: Password Spraying');
const T1078_004 = attack('T1078.004', 'Valid Accounts: Cloud Accounts');
const T1621 = attack('T1621', 'Multi-Factor Authentication Request Generation');

const LEARN = 'https://learn.microsoft.com/en-us';
const TOKEN_THEFT_PLAYBOOK = `${LEARN}/security/operations/token-theft-playbook`;
const SPRAY_PLAYBOOK = `${LEARN}/security/operations/incident-response-playbook-password-spray`;
const REVOKE_SESSIONS = `${LEARN}/graph/api/user-revokesigninsessions`;
const BLOCK_LEGACY = `${LEARN}/entra/identity/conditional-access/policy-block-legacy-authentication`;
const NUMBER_MATCH = `${LEARN}/entra/identity/authentication/how-to-mfa-number-match`;
const TOKEN_PROTECTION = `${LEARN}/entra/identity/conditional-access/concept-token-protection`;
const CAE = `${LEARN}/entra/identity/conditional-access/concept-continuous-access-evaluation`;
const SMART_LOCKOUT = `${LEARN}/entra/identity/authentication/howto-password-smart-lockout`;
const CA_INSIGHTS = `${LEARN}/entra/identity/conditional-access/troubleshoot-conditional-access`;

/** Guidance per detector id (the `detector` of a finding). */
export const DETECTOR_GUIDANCE: Readonly<Record<string, DetectorGuidance>> = {
  'token-replay': {
    techniques: [T1550_001, T1528, T1539, T1557],
    note: 'A stolen refresh token or PRT replayed from IP-B is T1550.001; how it was stolen decides the rest: malware or a copied browser profile (T1528, T1539), or an AiTM phishing proxy (T1557), in which case the password was captured too.',
    steps: [
      { step: "Revoke the user's sessions and refresh tokens (Entra admin center, or revokeSignInSessions / Revoke-MgUserSignInSession); this also stops a stolen PRT's refreshes.", sources: [REVOKE_SESSIONS] },
      { step: 'If the sign-in at IP-A went through a phishing proxy (AiTM), reset the password as well: the attacker has it.', sources: [TOKEN_THEFT_PLAYBOOK] },
      { step: 'If a primary refresh token was replayed, treat the device it was issued to as compromised: disable it in Entra ID and investigate it.', sources: [TOKEN_THEFT_PLAYBOOK] },
      { step: 'Scope: list what IP-B reached (the apps in the evidence) and whether the same address appears for other users.', sources: [TOKEN_THEFT_PLAYBOOK] },
      { step: 'Close the gap: Continuous Access Evaluation cuts sessions within minutes of a revocation; token protection binds sign-in tokens to the device they were issued to.', sources: [CAE, TOKEN_PROTECTION] },
    ],
  },
  'high-volume-ratio': {
    techniques: [T1550_001, T1078_004],
    note: 'A ratio far above the user\'s peers is a candidate, not evidence: automated token use (a replayed token, a script) and chatty clients or service accounts look the same. Map it to T1550.001 only with a second signal (a foreign IP-B, a new device).',
    steps: [
      { step: 'Check whether the account is a service or sync account, which refreshes steadily at high volume; if so, document it and exclude it.', sources: [TOKEN_THEFT_PLAYBOOK] },
      { step: 'Otherwise read the refreshes by IP address, app and token type (notebook 06); refreshes from an address the user never signed in from are the token-replay pattern.', sources: [TOKEN_THEFT_PLAYBOOK] },
      { step: "If unexplained, revoke the user's sessions and refresh tokens.", sources: [REVOKE_SESSIONS] },
    ],
  },
  'password-spray': {
    techniques: [T1110_003, T1078_004],
    note: 'Many accounts failing from one address is T1110.003; an account accepted after failing from the spraying address is a valid account in the attacker\'s hands (T1078.004).',
    steps: [
      { step: 'Block the spraying address (Conditional Access named location, firewall) while investigating.', sources: [SPRAY_PLAYBOOK] },
      { step: 'For every account accepted after a failure from that address: reset the password, revoke sessions, check MFA registration and recent activity.', sources: [SPRAY_PLAYBOOK] },
      { step: 'Confirm smart lockout thresholds and that legacy authentication (where sprays usually run) is blocked.', sources: [SMART_LOCKOUT, BLOCK_LEGACY] },
    ],
  },
  'legacy-auth': {
    techniques: [T1078_004, T1110_003],
    note: 'Legacy protocols (IMAP, POP, SMTP AUTH, ActiveSync basic) cannot do MFA, so a password alone signs in: successes are valid-account use (T1078.004), failures are usually password attacks (T1110.003).',
    steps: [
      { step: 'For a success over a legacy protocol that the user does not use: reset the password and revoke sessions.', sources: [SPRAY_PLAYBOOK] },
      { step: 'Block legacy authentication with a Conditional Access policy (report-only first to find who still needs it).', sources: [BLOCK_LEGACY] },
    ],
  },
  'ca-blocked': {
    techniques: [T1078_004],
    note: 'A Conditional Access block is the control working; from an address or country the user never signs in from, it means someone else holds a valid password (T1078.004, stopped).',
    steps: [
      { step: 'Read which policy blocked and why (the sign-in\'s Conditional Access tab, or the policy in the evidence).', sources: [CA_INSIGHTS] },
      { step: 'If the blocked sign-in came from somewhere the user never is, reset the password: it is known to someone else.', sources: [SPRAY_PLAYBOOK] },
    ],
  },
  'mfa-abandoned': {
    techniques: [T1621, T1078_004],
    note: 'Repeated MFA prompts that the user denies or leaves unanswered, for sign-ins the user did not start, are T1621 (MFA fatigue / prompt bombing): the attacker already has the password (T1078.004).',
    steps: [
      { step: 'Ask the user whether they started the sign-ins; if not, reset the password and revoke sessions.', sources: [REVOKE_SESSIONS] },
      { step: 'Turn on number matching and additional context in Microsoft Authenticator, so a prompt cannot be approved blindly.', sources: [NUMBER_MATCH] },
    ],
  },
};

/** The guidance for a detector, or undefined for one without an entry. */
export function guidanceFor(detector: string): DetectorGuidance | undefined {
  return Object.prototype.hasOwnProperty.call(DETECTOR_GUIDANCE, detector) ? DETECTOR_GUIDANCE[detector] : undefined;
}
