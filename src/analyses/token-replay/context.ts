/**
 * What token replay knows about every row before it looks at any user, computed once per table over dictionary codes:
 * which rows can be a replay at all (a success that presented or continued a token: not a password over a legacy
 * protocol or ROPC, which is legacy-auth's business), each address's network and place, each row's device, the token
 * it presented, whether an interactive sign-in was a fresh authentication, and which addresses are the organisation's
 * own egress (shared by several users).
 */
import { browserFamily, isMobileOs, OS_FAMILIES, osFamily, type OsFamily } from '../../devices/device-family';
import { classifyClientApp } from '../../schema/client-apps';
import { normalizeTokenType } from '../../schema/token-types';
import type { NetworkClassifier } from '../../networks/classify';
import { ipRanges } from '../../networks/ip-ranges';
import { rowNetworks, type RowNetworks } from '../../networks/row-networks';
import { distinct } from '../../table/aggregates';
import { perCode } from '../../table/code-mask';
import { groupBy } from '../../table/group-by';
import type { SignInTable } from '../../table/signin-table';
import type { TokenReplayParams } from './parameters';

const DAY = 86_400_000;

/** 0 no token, 1 refresh token, 2 primary refresh token, 3 another token (SAML, remote desktop). */
export type TokenKind = 0 | 1 | 2 | 3;

export interface ReplayContext {
  readonly table: SignInTable;
  readonly p: TokenReplayParams;
  readonly classifier: NetworkClassifier;
  readonly networks: RowNetworks;
  readonly time: Float64Array;
  readonly interactive: Int8Array;
  /** Per position: 1 when the row can be part of a replay (success, not legacy or ROPC). */
  readonly replayable: Uint8Array;
  readonly ip: { codes: ArrayLike<number>; values: readonly string[] };
  readonly deviceId: { codes: ArrayLike<number>; values: readonly string[] };
  /** Per OperatingSystem / Browser code: the family. */
  readonly osOf: readonly OsFamily[];
  readonly browserOf: readonly string[];
  /** Per OperatingSystem / Browser code: a small number for the family (0 when none), for numeric fingerprints. */
  readonly osFamilyNo: Int32Array;
  readonly browserFamilyNo: Int32Array;
  readonly browserFamilies: number;
  /** Per position, written by each user's baseline: 1 own, 2 foreign, 3 Microsoft's or excluded, 0 not replayable. */
  readonly status: Int8Array;
  readonly osCodes: ArrayLike<number>;
  readonly browserCodes: ArrayLike<number>;
  /** Per IncomingTokenType code. */
  readonly tokenOf: readonly TokenKind[];
  readonly tokenCodes: ArrayLike<number>;
  /** Per AuthenticationMethods code: a credential was presented (not only a claim carried by a token), or the export
   *  does not say (no AuthenticationDetails: a portal CSV without its companion file, Graph v1.0). */
  readonly freshAuthOf: readonly boolean[];
  readonly authCodes: ArrayLike<number>;
  /** Per IPAddress code: 1 when the analyst excluded the address (by range or ASN): neither own nor foreign. */
  readonly excludedIp: Uint8Array;
  /** Per IPAddress code: 1 when the address is the organisation's shared egress (office, VPN): own for everyone. */
  readonly sharedIp: Uint8Array;
}

/** Per-table facts; `replayable` is also what the per-user pass groups. */
export function replayContext(table: SignInTable, p: TokenReplayParams, classifier: NetworkClassifier): ReplayContext {
  const result = table.column('ResultType');
  const app = table.column('ClientAppUsed');
  const protocol = table.column('AuthenticationProtocol');
  const success = result.codeOf('0');
  const legacyApp = perCode(app, (v) => classifyClientApp(v) === 'legacy');
  const ropc = perCode(protocol, (v) => v.trim().toLowerCase() === 'ropc');
  const time = table.column('CreatedDateTime').values;
  const interactive = table.column('IsInteractive').values;
  const n = time.length;
  const replayable = new Uint8Array(n);
  for (let k = 0; k < table.length; k++) {
    const q = table.position(k);
    replayable[q] = result.codes[q] === success && !legacyApp[app.codes[q]] && !ropc[protocol.codes[q]] && Number.isFinite(time[q]) ? 1 : 0;
  }
  const ip = table.column('IPAddress');
  const os = table.column('OperatingSystem');
  const browser = table.column('Browser');
  const token = table.column('IncomingTokenType');
  const auth = table.column('AuthenticationMethods');
  const networks = rowNetworks(table, classifier);
  const osOf = perCode(os, osFamily);
  const browserOf = perCode(browser, browserFamily);
  const familyNumbers = (families: readonly string[]) => {
    const no = new Map<string, number>([['', 0]]);
    return { numbers: Int32Array.from(families, (f) => no.get(f) ?? (no.set(f, no.size), no.size - 1)), count: () => no.size };
  };
  const osNo = familyNumbers(osOf);
  const browserNo = familyNumbers(browserOf);
  return {
    table,
    p,
    classifier,
    networks,
    time,
    interactive,
    replayable,
    ip,
    deviceId: table.column('DeviceId'),
    osOf,
    browserOf,
    osFamilyNo: osNo.numbers,
    browserFamilyNo: browserNo.numbers,
    browserFamilies: browserNo.count(),
    status: new Int8Array(n),
    osCodes: os.codes,
    browserCodes: browser.codes,
    tokenOf: perCode(token, (v): TokenKind => {
      const t = normalizeTokenType(v);
      return t === 'refreshToken' ? 1 : t === 'primaryRefreshToken' ? 2 : t === null || t === 'none' ? 0 : 3;
    }),
    tokenCodes: token.codes,
    freshAuthOf: perCode(auth, (v) => v.trim() === '' || v.split(',').some((m) => m.trim() !== '' && !/previously satisfied/i.test(m))),
    authCodes: auth.codes,
    excludedIp: excludedAddresses(table, p),
    sharedIp: sharedAddresses(table, p, networks, replayable),
  };
}

/** Addresses the analyst excluded by range or by ASN (per IPAddress code). */
function excludedAddresses(table: SignInTable, p: TokenReplayParams): Uint8Array {
  const ip = table.column('IPAddress');
  const asn = table.column('AutonomousSystemNumber');
  const out = new Uint8Array(ip.values.length);
  const ranges = ipRanges(p.excludedIpRanges);
  ip.values.forEach((v, code) => (out[code] = code > 0 && ranges.has(v) ? 1 : 0));
  const asns = new Set(p.excludedAsns.map((a) => String(a).trim().replace(/^AS/i, '')).filter((a) => a));
  if (asns.size) {
    for (let k = 0; k < table.length; k++) {
      const q = table.position(k);
      if (asns.has(asn.values[asn.codes[q]])) out[ip.codes[q]] = 1;
    }
  }
  return out;
}

/**
 * The organisation's own egress: an address from which at least `sharedIpUsers` users sign in interactively (on two
 * days when it is a hosting address: an AiTM proxy phishes several colleagues in one morning, an office or VPN gateway
 * serves them every day).
 */
function sharedAddresses(table: SignInTable, p: TokenReplayParams, networks: RowNetworks, replayable: Uint8Array): Uint8Array {
  const ip = table.column('IPAddress');
  const interactive = table.column('IsInteractive').values;
  const time = table.column('CreatedDateTime').values;
  const out = new Uint8Array(ip.values.length);
  const byIp = groupBy(table, 'IPAddress', { where: (q) => ip.codes[q] !== 0 && replayable[q] === 1 && interactive[q] === 1 });
  const usersOf = distinct('UserPrincipalName')(table);
  for (let g = 0; g < byIp.length; g++) {
    const rows = byIp.rows(g);
    if (usersOf(rows) < p.sharedIpUsers) continue;
    const code = byIp.code(g);
    const hosting = networks.networkOfIp[code]?.class === 'hosting';
    if (!hosting || new Set(Array.from(rows, (k) => Math.floor(time[table.position(k)] / DAY))).size >= 2) out[code] = 1;
  }
  return out;
}

/** The device a row came from, as a number: deviceId (when registered), OS family and browser family. */
export function fingerprint(c: ReplayContext, q: number): number {
  return (c.deviceId.codes[q] * OS_FAMILIES.length + c.osFamilyNo[c.osCodes[q]]) * c.browserFamilies + c.browserFamilyNo[c.browserCodes[q]];
}

/** The fingerprint of a row that logged nothing about its device: two such rows may or may not be one device. */
export const NO_DEVICE = 0;

/** The device a row came from, as text: deviceId|OS family|browser family. */
export function fingerprintText(c: ReplayContext, q: number): string {
  return `${c.deviceId.values[c.deviceId.codes[q]]}|${c.osOf[c.osCodes[q]]}|${c.browserOf[c.browserCodes[q]]}`;
}

/** Phones and tablets. */
export function onMobileDevice(c: ReplayContext, q: number): boolean {
  return isMobileOs(c.osOf[c.osCodes[q]]);
}
