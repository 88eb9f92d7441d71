/**
 * The nested values analysts need, lifted out of the JSON columns (Log Analytics) or objects (Graph, diagnostic
 * settings). Both name the inner keys the same camelCase way, so one set of lifters serves every source.
 */
import type { SignIn } from '../../schema/fields';
import { array, bool, num, object, text } from './values';

/** LocationDetails / location -> City, State, CountryOrRegion, Latitude, Longitude. */
export function liftLocation(out: SignIn, cell: unknown): void {
  const o = object(cell);
  if (!o) return;
  out.City = text(o.city);
  out.State = text(o.state);
  out.CountryOrRegion = text(o.countryOrRegion);
  const geo = o.geoCoordinates as Record<string, unknown> | null | undefined;
  if (geo && typeof geo === 'object') {
    out.Latitude = num(geo.latitude);
    out.Longitude = num(geo.longitude);
  }
}

/** DeviceDetail / deviceDetail -> DeviceId, DeviceDisplayName, OperatingSystem, Browser, IsCompliant, IsManaged, TrustType. */
export function liftDevice(out: SignIn, cell: unknown): void {
  const o = object(cell);
  if (!o) return;
  out.DeviceId = text(o.deviceId);
  out.DeviceDisplayName = text(o.displayName);
  out.OperatingSystem = text(o.operatingSystem);
  out.Browser = text(o.browser);
  out.IsCompliant = bool(o.isCompliant);
  out.IsManaged = bool(o.isManaged);
  out.TrustType = text(o.trustType);
}

/**
 * Status / status -> FailureReason, AdditionalDetails; returns the errorCode as text ("" when absent) for sources
 * without a ResultType column (Graph). Graph writes failureReason "Other." on successful sign-ins where Log Analytics
 * writes nothing; it is dropped so that the same event reads the same from either source.
 */
export function liftStatus(out: SignIn, cell: unknown): string {
  const o = object(cell);
  if (!o) return '';
  const code = text(o.errorCode);
  const reason = text(o.failureReason);
  out.FailureReason = code === '0' && reason === 'Other.' ? '' : reason;
  out.AdditionalDetails = text(o.additionalDetails);
  return code;
}

/**
 * AuthenticationDetails / authenticationDetails -> AuthenticationMethods (distinct methods of the steps that
 * succeeded, in step order, ", "-joined) and AuthenticationStepResultDetail (of the last step).
 */
export function liftAuthenticationDetails(out: SignIn, cell: unknown): void {
  const steps = array(cell);
  if (!steps || steps.length === 0) return;
  const methods: string[] = [];
  for (const s of steps) {
    if (!s || typeof s !== 'object') continue;
    const step = s as Record<string, unknown>;
    if (bool(step.succeeded) !== true) continue;
    const m = text(step.authenticationMethod);
    if (m !== '' && !methods.includes(m)) methods.push(m);
  }
  out.AuthenticationMethods = methods.join(', ');
  const last = steps[steps.length - 1] as Record<string, unknown> | null;
  if (last && typeof last === 'object') out.AuthenticationStepResultDetail = text(last.authenticationStepResultDetail);
}

/** ConditionalAccessPolicies / appliedConditionalAccessPolicies -> display names of failed policies, "; "-joined. */
export function liftConditionalAccessPolicies(out: SignIn, cell: unknown): void {
  // The policy list is the largest JSON cell of a row (every policy of the tenant, on every row) and almost never
  // holds a failure: text without the word needs no parse.
  if (typeof cell === 'string' && cell.indexOf('"failure"') < 0) return;
  const policies = array(cell);
  if (!policies || policies.length === 0) return;
  const failed: string[] = [];
  for (const p of policies) {
    if (p && typeof p === 'object' && (p as Record<string, unknown>).result === 'failure') {
      failed.push(text((p as Record<string, unknown>).displayName));
    }
  }
  out.ConditionalAccessPoliciesFailed = failed.join('; ');
}

/** MfaDetail / mfaDetail -> MfaAuthMethod. */
export function liftMfaDetail(out: SignIn, cell: unknown): void {
  const o = object(cell);
  if (o) out.MfaAuthMethod = text(o.authMethod);
}
