/**
 * Client applications and the resources they ask tokens for, with how often each refreshes silently. Teams refreshes
 * on a steady beat while the user works, Outlook when mail arrives, OneDrive in bursts when files sync; that mix is
 * what makes the non-interactive table 50-100 times the interactive one.
 */

export interface Resource {
  readonly name: string;
  readonly id: string;
}

export const RESOURCES = {
  graph: { name: 'Microsoft Graph', id: '00000003-0000-0000-c000-000000000000' },
  exchange: { name: 'Office 365 Exchange Online', id: '00000002-0000-0ff1-ce00-000000000000' },
  sharepoint: { name: 'Office 365 SharePoint Online', id: '00000003-0000-0ff1-ce00-000000000000' },
  teams: { name: 'Microsoft Teams Services', id: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe' },
  azureManagement: { name: 'Windows Azure Service Management API', id: '797f4846-ba00-4fd7-ba43-dac1f8f63013' },
  shell: { name: 'Office365 Shell WCSS-Server', id: '5f09333a-842c-47da-a157-57da27fcbca5' },
  aad: { name: 'Windows Azure Active Directory', id: '00000002-0000-0000-c000-000000000000' },
} as const satisfies Record<string, Resource>;

export type ClientAppClass = 'Browser' | 'Mobile Apps and Desktop clients';

/** How an app's silent refreshes spread over a working day. */
export type Cadence = 'steady' | 'random' | 'burst';

export interface App {
  readonly name: string;
  readonly id: string;
  readonly resources: readonly Resource[];
  readonly clientAppUsed: ClientAppClass;
  /** Which device kind runs it. */
  readonly on: 'desktop' | 'mobile';
  readonly cadence: Cadence;
  /** Share of the user's silent refreshes (0 for apps that only sign in interactively). */
  readonly weight: number;
  /** The DeviceDetail.browser value a desktop app reports instead of a browser version. */
  readonly richClient?: string;
}

const app = (a: App): App => a;
const R = RESOURCES;

export const APPS = {
  teams: app({ name: 'Microsoft Teams', id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', resources: [R.teams, R.graph, R.sharepoint, R.exchange], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'desktop', cadence: 'steady', weight: 40, richClient: 'Rich Client 5.4.0' }),
  outlook: app({ name: 'Microsoft Office', id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', resources: [R.exchange, R.graph], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'desktop', cadence: 'random', weight: 22, richClient: 'Rich Client 4.61.0' }),
  oneDrive: app({ name: 'OneDrive SyncEngine', id: 'ab9b8c07-8f02-4f72-87fa-80105867a763', resources: [R.sharepoint], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'desktop', cadence: 'burst', weight: 12, richClient: 'Rich Client 4.61.0' }),
  broker: app({ name: 'Microsoft Authentication Broker', id: '29d9ed98-a469-4536-ade2-f981bc1d605e', resources: [R.graph, R.aad], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'desktop', cadence: 'steady', weight: 8, richClient: 'Rich Client 5.4.0' }),
  officeHome: app({ name: 'OfficeHome', id: '4765445b-32c6-49b0-83e6-1d93765276ca', resources: [R.shell, R.graph], clientAppUsed: 'Browser', on: 'desktop', cadence: 'random', weight: 8 }),
  edge: app({ name: 'Microsoft Edge', id: 'ecd6b820-32c2-49b6-98a6-444530e5a77a', resources: [R.graph], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'desktop', cadence: 'random', weight: 4, richClient: 'Rich Client 4.61.0' }),
  outlookMobile: app({ name: 'Outlook Mobile', id: '27922004-5251-4030-b22d-91ecd9a37ea4', resources: [R.exchange, R.graph], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'mobile', cadence: 'random', weight: 45 }),
  teamsMobile: app({ name: 'Microsoft Teams', id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', resources: [R.teams, R.graph, R.sharepoint], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'mobile', cadence: 'steady', weight: 35 }),
  authenticator: app({ name: 'Microsoft Authenticator App', id: '4813382a-8fa7-425e-ab75-3b753aab3abb', resources: [R.aad, R.graph], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'mobile', cadence: 'steady', weight: 10 }),
  oneDriveMobile: app({ name: 'OneDrive iOS App', id: 'af124e86-4e96-495a-b70a-90f90ab96707', resources: [R.sharepoint, R.graph], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'mobile', cadence: 'burst', weight: 10 }),
  windowsSignIn: app({ name: 'Windows Sign In', id: '38aa3b87-a06d-4817-b275-7a316988d93b', resources: [R.aad], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'desktop', cadence: 'random', weight: 0, richClient: 'Rich Client 5.4.0' }),
  outlookWeb: app({ name: 'One Outlook Web', id: '9199bf20-a13f-4107-85dc-02114787ef48', resources: [R.exchange], clientAppUsed: 'Browser', on: 'desktop', cadence: 'random', weight: 6 }),
  azurePortal: app({ name: 'Azure Portal', id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', resources: [R.azureManagement], clientAppUsed: 'Browser', on: 'desktop', cadence: 'random', weight: 0 }),
  myApps: app({ name: 'My Apps', id: '2793995e-0a7d-40d7-bd35-6968ba142197', resources: [R.graph], clientAppUsed: 'Browser', on: 'desktop', cadence: 'random', weight: 0 }),
  azurePowerShell: app({ name: 'Microsoft Azure PowerShell', id: '1950a258-227b-4e31-a9cf-717495945fc2', resources: [R.azureManagement, R.graph], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'desktop', cadence: 'steady', weight: 0 }),
  exchangeOnline: app({ name: 'Office 365 Exchange Online', id: '00000002-0000-0ff1-ce00-000000000000', resources: [R.graph, R.sharepoint], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'desktop', cadence: 'random', weight: 0 }),
  sharePointOnline: app({ name: 'Office 365 SharePoint Online', id: '00000003-0000-0ff1-ce00-000000000000', resources: [R.graph, R.exchange], clientAppUsed: 'Mobile Apps and Desktop clients', on: 'desktop', cadence: 'random', weight: 0 }),
} as const;

/** Apps a person opens with a credential prompt, with how often each is the one that prompts. */
export const INTERACTIVE_APPS: readonly (readonly [App, number])[] = [
  [APPS.officeHome, 35],
  [APPS.teams, 25],
  [APPS.outlook, 20],
  [APPS.myApps, 8],
  [APPS.azurePortal, 7],
  [APPS.oneDrive, 5],
];

/** Apps that refresh silently on a desktop, with their weights. */
export const DESKTOP_REFRESH_APPS: readonly App[] = [APPS.teams, APPS.outlook, APPS.oneDrive, APPS.broker, APPS.officeHome, APPS.edge];

/** Apps on a phone: Outlook, Teams, OneDrive and the Authenticator broker, which refresh all day on their own. */
export const PHONE_APPS: readonly App[] = [APPS.outlookMobile, APPS.teamsMobile, APPS.authenticator, APPS.oneDriveMobile];

/** Apps a phone user opens with a prompt, with how often each is the one that prompts. */
export const PHONE_INTERACTIVE_APPS: readonly (readonly [App, number])[] = [
  [APPS.outlookMobile, 50],
  [APPS.teamsMobile, 35],
  [APPS.authenticator, 15],
];

/** A personal browser: Office on the web and Outlook on the web. */
export const BROWSER_APPS: readonly App[] = [APPS.officeHome, APPS.outlookWeb];
