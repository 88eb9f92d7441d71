/** The fields of a timeline row (timeline-row.ts), in the order an investigator reads them; shared by two twins. */
import type { FieldName } from '../schema/fields';

export const TIMELINE_FIELDS: readonly FieldName[] = [
  'CreatedDateTime', 'Type', 'IsInteractive', 'UserPrincipalName', 'AppDisplayName', 'ResourceDisplayName', 'IPAddress',
  'City', 'CountryOrRegion', 'AutonomousSystemNumber', 'ResultType', 'FailureReason', 'ClientAppUsed',
  'IncomingTokenType', 'ConditionalAccessStatus', 'SessionId', 'Id',
];
