// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core.
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
export const ARTICLE = '221008-dce-bg';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser() {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is required for the browser tests and is missing at ${executablePath} (see scripts/ensure-chromium.sh)`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Opens a page and records console errors and uncaught exceptions. The failed
 * load of a page that is meant to be a 404 is expected and not recorded.
 */
export async function openPage(browser, path, { expectStatus = 200, context } = {}) {
  const page = await (context ?? browser).newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (expectStatus === 404 && /status of 404/.test(message.text())) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  return { page, response, errors };
}

/** A request that does not follow redirects, so the proxy's answer can be inspected. */
export function request(path, headers = {}) {
  return fetch(`${baseUrl}${path}`, { redirect: 'manual', headers });
}

/** A site built from 23 generated posts, for pagination. */
export const fixtureUrl = process.env.E2E_FIXTURE_URL ?? 'http://127.0.0.1:3001';

/** One browser for the tests of the enclosing describe(), launched before them and closed after. */
export function useBrowser() {
  let instance;
  before(async () => {
    instance = await launchBrowser();
  });
  after(() => instance?.close());
  return new Proxy(
    {},
    {
      get(_, key) {
        const value = instance[key];
        return typeof value === 'function' ? value.bind(instance) : value;
      },
    },
  );
}
