/** The UserAgent and DeviceDetail.browser a device and app pair reports. */
import type { App } from './apps';
import type { Device } from './users';

const WIN_EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36 Edg/137.0.0.0';
const WIN_CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36';
const MAC_SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15';
const MAC_CHROME = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const ANDROID = 'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Mobile Safari/537.36';
const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0';

const ios = (d: Device) => d.operatingSystem.startsWith('Ios');

/** The browser UserAgent of a device (an unregistered one describes itself by its operating system and browser). */
export function browserAgent(d: Device): string {
  if (d.kind === 'mobile') return ios(d) ? IPHONE : ANDROID;
  if (d.browser.startsWith('Firefox')) return FIREFOX_LINUX;
  const mac = d.operatingSystem === 'MacOs';
  if (d.browser.startsWith('Chrome')) return mac ? MAC_CHROME : WIN_CHROME;
  return mac ? MAC_SAFARI : WIN_EDGE;
}

function mobileAgent(d: Device, app: App): string {
  const os = ios(d) ? 'iOS' : 'Android';
  switch (app.name) {
    case 'Microsoft Teams':
      return `TeamsMobile-${os}`;
    case 'Microsoft Authenticator App':
      return ios(d) ? 'Microsoft Authenticator/6.8.27 (iPhone; iOS 18.5; Scale/3.00)' : 'Microsoft Authenticator/6.2506.3405 (Android 15)';
    case 'OneDrive iOS App':
      return ios(d) ? 'OneDriveiOSApp/15.22.3 (iPhone; iOS 18.5)' : 'OneDrive-Android/7.32';
    default:
      return `Outlook-${os}/2.0`;
  }
}

function clientAgent(d: Device, app: App): string {
  const mac = d.operatingSystem === 'MacOs';
  if (d.kind === 'mobile') return mobileAgent(d, app);
  switch (app.name) {
    case 'Microsoft Teams':
      return (mac ? MAC_CHROME : WIN_EDGE) + ' Teams/25122.1415.3698.6812';
    case 'Microsoft Office':
      return mac ? 'Microsoft Office/16.0 (Macintosh; Mac OS X 15.5; Microsoft Outlook 16.97)' : 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18827; Pro)';
    case 'OneDrive SyncEngine':
      return mac ? 'Microsoft SkyDriveSync 25.100.0525.0001 ship; Mac OS X 15.5' : 'Microsoft SkyDriveSync 25.100.0525.0001 ship; Windows NT 10.0 (26100)';
    case 'Microsoft Authentication Broker':
    case 'Windows Sign In':
      return 'Windows-AzureAD-Authentication-Provider/1.0';
    case 'Microsoft Azure PowerShell':
      return 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.20348; en-US) PowerShell/7.4.6';
    default:
      return '';
  }
}

/** UserAgent and DeviceDetail.browser for a sign-in from `device` through `app`. */
export function agentOf(device: Device, app: App): { userAgent: string; browser: string } {
  if (app.clientAppUsed === 'Browser') return { userAgent: browserAgent(device), browser: device.browser };
  return { userAgent: clientAgent(device, app), browser: device.kind === 'mobile' ? device.browser : (app.richClient ?? device.browser) };
}
