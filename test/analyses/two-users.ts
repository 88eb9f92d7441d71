/** Two users across both tables (an office address, a phone on another network): the rows union, user-timeline and
 *  app-footprint are tested on. */
import { PLACES, signIn } from '../rows';

export const ann = 'ann@contoso.com';
export const ben = 'ben@contoso.com';
const office = { IPAddress: '192.0.2.1', AutonomousSystemNumber: '2856', ...PLACES.london };
const phone = { IPAddress: '198.51.100.9', AutonomousSystemNumber: '12345', ...PLACES.manchester };
export const rows = [
  signIn(ann, '2026-01-05T08:00', true, { ...office, AppDisplayName: 'Office 365', SessionId: 's1' }),
  signIn(ann, '2026-01-05T08:05', false, { ...office, AppDisplayName: 'Microsoft Teams', SessionId: 's1' }),
  signIn(ann, '2026-01-05T08:10', false, { ...phone, AppDisplayName: 'Microsoft Teams' }),
  signIn(ann, '2026-01-05T07:50', true, { ...office, AppDisplayName: 'Office 365', ResultType: '50126', FailureReason: 'Invalid password' }),
  signIn(ben, '2026-01-05T09:00', true, { ...office, AppDisplayName: 'Azure Portal' }),
  signIn(ben, '2026-01-05T09:30', false, { ...office, AppDisplayName: 'OneDrive SyncEngine' }),
  signIn(ben, '2026-01-05T09:40', false, { ...office, AppDisplayName: 'OneDrive SyncEngine' }),
];
