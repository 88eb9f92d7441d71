import { LEGACY_CLIENT_APPS, classifyClientApp, isLegacyClientApp } from '../../src/schema/client-apps';

describe('client-app classes', () => {
  test('Browser and Mobile Apps and Desktop clients are modern, in any case', () => {
    expect(classifyClientApp('Browser')).toBe('modern');
    expect(classifyClientApp('browser')).toBe('modern');
    expect(classifyClientApp('Mobile apps and desktop clients')).toBe('modern');
    expect(isLegacyClientApp('MOBILE APPS AND DESKTOP CLIENTS')).toBe(false);
  });

  test('the documented legacy protocols are legacy, whatever the casing', () => {
    for (const v of ['IMAP4', 'POP3', 'Authenticated SMTP', 'Exchange ActiveSync', 'Other clients']) {
      expect(LEGACY_CLIENT_APPS).toContain(v);
      expect(isLegacyClientApp(v)).toBe(true);
    }
    expect(isLegacyClientApp('Autodiscover')).toBe(true);
    expect(isLegacyClientApp('MAPI over HTTP')).toBe(true);
  });

  test('empty and Unknown are kept apart, not counted as legacy', () => {
    expect(classifyClientApp('')).toBe('unknown');
    expect(classifyClientApp('Unknown')).toBe('unknown');
    expect(classifyClientApp('  ')).toBe('unknown');
    expect(isLegacyClientApp('')).toBe(false);
  });

  test('an uncatalogued value is legacy, since modern is the closed list', () => {
    expect(classifyClientApp('Some New Protocol')).toBe('legacy');
  });
});
