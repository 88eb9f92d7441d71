/**
 * What kind of client a row came from, from DeviceDetail's operatingSystem and browser as Entra logs them: the family
 * without versions ("Windows 11" and "Windows10" are both Windows; "Chrome Mobile 137.0.0" is Chrome), so one device
 * reads as one device across updates and across the tables' spellings.
 */

export const OS_FAMILIES = ['Windows', 'macOS', 'iOS', 'Android', 'Linux', 'ChromeOS', ''] as const;
export type OsFamily = (typeof OS_FAMILIES)[number];

const OS_RULES: readonly [RegExp, OsFamily][] = [
  [/^win/i, 'Windows'],
  [/^(mac|os ?x)/i, 'macOS'],
  [/^(ios|ipados|iphone|ipad)/i, 'iOS'],
  [/^android/i, 'Android'],
  [/^(chrome ?os|cros)/i, 'ChromeOS'],
  [/linux|ubuntu|debian|fedora/i, 'Linux'],
];

/** The OS family, "" when not logged or not recognised. */
export function osFamily(operatingSystem: string): OsFamily {
  const v = operatingSystem.trim();
  for (const [re, family] of OS_RULES) if (re.test(v)) return family;
  return '';
}

/** Phones and tablets: the devices that sit on mobile carriers. */
export function isMobileOs(family: OsFamily): boolean {
  return family === 'iOS' || family === 'Android';
}

/** The browser or client family without its version ("Edge 137.0.0" → "Edge", "Mobile Safari 18.5" → "Safari"). */
export function browserFamily(browser: string): string {
  const v = browser
    .trim()
    .replace(/\s*[\d.]+\s*$/, '')
    .replace(/^Mobile\s+/i, '')
    .replace(/\s+Mobile$/i, '');
  return v.toLowerCase() === 'unknown' ? '' : v;
}
