// Headless Chromium for the browser tests: Debian's chromium (CHROMIUM_PATH, set by
// scripts/test-all.sh; /usr/bin/chromium otherwise) driven by playwright-core.
import { chromium, type Browser } from 'playwright-core';

/** Launches headless Chromium; fails with a clear message when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    return await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  } catch (error) {
    throw new Error(`Cannot start Chromium at ${executablePath} (run scripts/ensure-chromium.sh): ${(error as Error).message}`);
  }
}
