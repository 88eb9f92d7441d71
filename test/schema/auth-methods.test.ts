import { describeAuthMethod, isPhishingResistant, splitAuthMethods } from '../../src/schema/auth-methods';

describe('authentication methods', () => {
  test('phishing-resistant methods are flagged, others not', () => {
    for (const v of ['FIDO2 security key', 'Passkey (device-bound)', 'Windows Hello for Business', 'Certificate-based authentication']) {
      expect(isPhishingResistant(v)).toBe(true);
    }
    for (const v of ['Password', 'Mobile app notification', 'Text message', 'Previously satisfied', '']) {
      expect(isPhishingResistant(v)).toBe(false);
    }
    expect(isPhishingResistant('fido2 SECURITY key')).toBe(true);
  });

  test('groups known methods; unknown ones become other', () => {
    expect(describeAuthMethod('Text message').group).toBe('phone');
    expect(describeAuthMethod('Previously satisfied').group).toBe('token');
    expect(describeAuthMethod('Brand new method')).toMatchObject({ group: 'other', source: 'not catalogued' });
  });

  test('splits the joined field', () => {
    expect(splitAuthMethods('Password, Mobile app notification')).toEqual(['Password', 'Mobile app notification']);
    expect(splitAuthMethods('')).toEqual([]);
  });
});
