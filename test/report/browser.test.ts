/**
 * Opens the HTML report with hostile field values in a real headless Chromium and proves nothing from the data runs:
 * no dialog, no page error, no console error, no request beyond the file itself and its data: images, and the marker
 * the payloads would set stays unset, while the hostile text is there to read. A second page plants raw payloads in
 * the report, as an escaping bug would, and proves the Content-Security-Policy alone stops them.
 *
 * Needs Debian's chromium at /usr/bin/chromium (`.ci/run` installs it). Set SIGNINLAB_SKIP_BROWSER=1 to skip on a
 * machine without it; otherwise its absence is a failure, not a silent pass.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeReport } from '../../src/report';
import { HOSTILE, input } from './fixtures';

const CHROMIUM = process.env.SIGNINLAB_CHROMIUM ?? '/usr/bin/chromium';
const skip = process.env.SIGNINLAB_SKIP_BROWSER === '1';
const maybe = skip ? describe.skip : describe;

interface Observed {
  dialogs: string[];
  pageErrors: string[];
  consoleErrors: string[];
  requests: string[];
  /** Requests Chromium refused, with its reason ("csp" when the policy stopped them). */
  failed: string[];
}

/** Opens a file and records everything a script or a leak would cause. */
async function open(browser: Browser, html: string): Promise<{ page: Page; seen: Observed }> {
  const dir = mkdtempSync(join(tmpdir(), 'signinlab-report-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const seen: Observed = { dialogs: [], pageErrors: [], consoleErrors: [], requests: [], failed: [] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.consoleErrors.push(m.text());
  });
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) seen.requests.push(r.url());
  });
  page.on('requestfailed', (r) => seen.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300); // let any deferred handler (onerror of a broken image, a timer) have its chance
  return { page, seen };
}

maybe('the HTML report in a real browser', () => {
  let browser: Browser;
  /** A local server standing in for an attacker's: any hit on it is a request that left the page. */
  let server: Server;
  const hits: string[] = [];
  let leak = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium, or set SIGNINLAB_SKIP_BROWSER=1`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    leak = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  it('runs no script from hostile values and shows them as text', async () => {
    const { page, seen } = await open(browser, writeReport(input(true), { format: 'html' }));
    expect(seen).toEqual({ dialogs: [], pageErrors: [], consoleErrors: [], requests: [], failed: [] });
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img[onerror], [onmouseover]').count()).toBe(0);
    const text = await page.locator('body').innerText();
    for (const v of [HOSTILE.UserAgent, HOSTILE.UserDisplayName, HOSTILE.City, HOSTILE.AppDisplayName, HOSTILE.DeviceDisplayName, HOSTILE.Attr]) {
      expect(text).toContain(v);
    }
    // the chart renders as an image from its data: URI
    const img = page.locator('figure img');
    expect(await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBe(10);
  });

  it('stops planted script, handlers and outbound requests by its CSP alone', async () => {
    const planted = [
      "<script>window.__pwned = 'script'; alert('script')</script>",
      "<img src=x onerror=\"window.__pwned='onerror'\">",
      `<img src="${leak}/leak.png">`,
      `<link rel="stylesheet" href="${leak}/leak.css">`,
      `<form id="f" action="${leak}/form"><input name="q" value="x"><button id="send">send</button></form>`,
      '<iframe src="javascript:parent.__pwned=1"></iframe>',
      '<a id="planted" href="javascript:window.__pwned=\'link\'">click</a>',
    ].join('\n');
    const html = writeReport(input(true), { format: 'html' }).replace('<body>', `<body>\n${planted}`);
    const { page, seen } = await open(browser, html);
    await page.click('#planted', { timeout: 5000 });
    await page.click('#send', { noWaitAfter: true, timeout: 5000 }); // the navigation is refused, so there is none to wait for
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(hits).toEqual([]);
    // Chromium announces the attempts, then refuses each for the policy before anything is sent
    expect(seen.requests.length).toBeGreaterThan(0);
    for (const r of seen.requests) expect(seen.failed).toContain(`${r} csp`);
    // Chromium reports each refusal; at least the inline script and the handler were refused by the policy
    expect(seen.consoleErrors.filter((e) => /Content Security Policy/.test(e)).length).toBeGreaterThanOrEqual(2);
  });
});
