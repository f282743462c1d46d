// node scripts/screenshots.mjs: the README's screenshots of the gallery and
// the configurator, taken with headless Chromium from the local build.
// Run `npm run build` first. Writes docs/screenshots/{gallery,configurator}.png.
/* global document, customElements -- used inside page.evaluate(), which runs in the page */
import {existsSync, mkdirSync, statSync} from 'node:fs';
import {startDevServer} from '@web/dev-server';
import {puppeteerCore} from '@web/test-runner-chrome';
import {CHROMIUM_ARGS, executableFor} from './browsers.mjs';
import {demoPlugins} from './demo-server.mjs';

const OUT_DIR = 'docs/screenshots';
const WIDTH = 1200;

// A filled-in configuration, so the configurator shows every output.
const CONFIGURATOR_QUERY = new URLSearchParams({
  'business-id': '22222222-dddd-4444-bbbb-777777777777',
  intent: 'account_question',
  group: 'billing_department',
  body: 'Order additional credit card',
  preset: 'get-help',
  shape: 'pill',
  unsupported: 'fallback',
  phone: '+12163954902',
  analytics: 'ga4 gtm',
}).toString();

// Each shot ends below `end` (a selector) or at `height`.
const SHOTS = [
  // The gallery's top, down to the themes: the sections below repeat the
  // same kind of card.
  {name: 'gallery', path: '/demo/', height: 1600, end: '#themes'},
  {name: 'configurator', path: `/demo/configurator.html?${CONFIGURATOR_QUERY}`, height: 1100},
];

if (!existsSync('dist/cdn/message-us.js')) {
  console.error('[screenshots] dist/cdn/message-us.js is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 0,
    hostname: '127.0.0.1',
    nodeResolve: true,
    plugins: demoPlugins(),
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const {port} = /** @type {import('node:net').AddressInfo} */ (server.server.address());
const origin = `http://127.0.0.1:${port}`;

const browser = await puppeteerCore.launch({
  executablePath: executableFor('chromium'),
  headless: true,
  args: CHROMIUM_ARGS,
});

let failed = false;
try {
  mkdirSync(OUT_DIR, {recursive: true});
  for (const shot of SHOTS) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('requestfailed', (request) => {
      // The compatibility bundle may not be built yet; its frame says so.
      if (!request.url().endsWith('/apple-compat.js')) problems.push(`failed: ${request.url()}`);
    });
    await page.emulateMediaFeatures([
      {name: 'prefers-color-scheme', value: 'light'},
      {name: 'prefers-reduced-motion', value: 'reduce'},
    ]);
    await page.setViewport({width: WIDTH, height: shot.height, deviceScaleFactor: 1});
    await page.goto(`${origin}${shot.path}`, {waitUntil: 'networkidle0'});
    // Every element has decided what to show, and the configurator is ready.
    await page.evaluate(async () => {
      await Promise.all(
        ['message-us-button', 'message-us-banner'].map((tag) => customElements.whenDefined(tag))
      );
      const elements = document.querySelectorAll('message-us-button, message-us-banner');
      await Promise.all([...elements].map((el) => /** @type {any} */ (el).updateComplete));
      await document.fonts.ready;
    });
    if (shot.name === 'configurator') {
      await page.waitForSelector('html[data-ready]');
    }
    const height = shot.end
      ? await page.$eval(shot.end, (el) => Math.ceil(el.getBoundingClientRect().bottom + 32))
      : shot.height;
    await page.setViewport({width: WIDTH, height, deviceScaleFactor: 1});
    const file = `${OUT_DIR}/${shot.name}.png`;
    await page.screenshot({path: file, clip: {x: 0, y: 0, width: WIDTH, height}});
    console.log(`${file}  ${WIDTH}×${height}  ${Math.round(statSync(file).size / 1024)} KB`);
    if (problems.length) {
      failed = true;
      console.error(`[screenshots] ${shot.name}: ${problems.join('; ')}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
