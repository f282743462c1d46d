// Launchers for the three engines the tests run in: Debian's Chromium and
// Firefox ESR through puppeteer-core, and WebKitGTK's MiniBrowser through
// WebKitWebDriver under a private Xvfb. Paths can be overridden with
// environment variables so the same config works on a laptop.
import {existsSync, readdirSync} from 'node:fs';
import {spawn} from 'node:child_process';
import net from 'node:net';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';

import {ENGINE_PATHS, ENGINES, findCommand, requestedEngines} from './setup.mjs';

// The tables live in setup.mjs (Node built-ins only), which installs what
// they name; re-exported for the benchmarks and scripts that import them here.
export {ENGINES, requestedEngines};

const PACKAGES = {chromium: 'chromium', firefox: 'firefox-esr', webkit: 'webkit2gtk-driver'};

const SETUP = 'node scripts/setup.mjs browsers';

/**
 * The executable of an engine. A requested engine that is missing is an
 * error naming the Debian package, never a silent skip: a green run must mean
 * all requested engines ran.
 */
export function executableFor(engine) {
  const {env, candidates} = ENGINE_PATHS[engine];
  const override = process.env[env];
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`[message-us] ${env}=${override} does not exist.`);
  }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `[message-us] ${engine} is not installed: install the Debian package "${PACKAGES[engine]}" (${SETUP}) or set ${env} to its executable.`
  );
}

function requireTool(name, pkg, envName) {
  const override = envName && process.env[envName];
  if (override) return override;
  const found = findCommand(name);
  if (found) return found;
  throw new Error(
    `[message-us] ${name} is not installed: install the Debian package "${pkg}" (${SETUP})${envName ? ` or set ${envName}` : ''}.`
  );
}

// Flags that keep Chromium from reaching out to Google's services: the
// machines have no network, and a widget test must not make requests anyway.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
  '--mute-audio',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeoutMs = 15000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`[message-us] timed out waiting for ${what}`);
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freeDisplay() {
  const taken = new Set();
  for (const dir of ['/tmp/.X11-unix', '/tmp']) {
    let names = [];
    try {
      names = readdirSync(dir);
    } catch {
      // The folder does not exist yet: no display is taken.
    }
    for (const name of names) {
      const m = /^(?:X|\.X)(\d+)(?:-lock)?$/.exec(name);
      if (m) taken.add(Number(m[1]));
    }
  }
  let n = 99;
  while (taken.has(n)) n++;
  return n;
}

/**
 * Starts Xvfb (only when there is no DISPLAY) and WebKitWebDriver, and stops
 * both when the run ends, so nothing is left running after the tests.
 */
export async function startWebKitDriver() {
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null) child.kill('SIGTERM');
    }
  };
  process.once('exit', stop);
  const env = {...process.env};
  try {
    if (!env.DISPLAY) {
      const xvfb = requireTool('Xvfb', 'xvfb', 'XVFB_PATH');
      const display = freeDisplay();
      const x = spawn(xvfb, [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: 'ignore',
      });
      children.push(x);
      await waitFor(() => existsSync(`/tmp/.X11-unix/X${display}`), 'Xvfb');
      env.DISPLAY = `:${display}`;
    }
    const driverPath = requireTool('WebKitWebDriver', 'webkit2gtk-driver', 'WEBKIT_WEBDRIVER_PATH');
    const port = await freePort();
    const driver = spawn(driverPath, [`--port=${port}`], {stdio: 'ignore', env});
    children.push(driver);
    await waitFor(() => portOpen(port), 'WebKitWebDriver');
    return {port, stop};
  } catch (error) {
    stop();
    throw error;
  }
}

/** WebDriver capabilities that start WebKitGTK's MiniBrowser for automation. */
export function webkitCapabilities(binary = executableFor('webkit')) {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': {binary, args: ['--automation']},
  };
}

// Test files per MiniBrowser. With one file at a time, wtr's WebDriver
// launcher runs every file in the same window, one navigation after the
// other, and WebKitGTK's web process only grows: CI twice lost the browser
// (WebKitWebDriver: "invalid session id") 42 to 46 files into the suite,
// its web process at 4 GB. A fresh browser every so many files bounds that
// for a few seconds each.
const WEBKIT_FILES_PER_BROWSER = 12;

/** A wtr launcher that owns its WebKitWebDriver (and Xvfb) for the run. */
function webkitLauncher() {
  const binary = executableFor('webkit');
  let driver;
  let inner;
  let files = 0;
  return {
    name: 'WebKit',
    type: 'webdriver',
    async initialize(config, testFiles) {
      driver = await startWebKitDriver();
      inner = webdriverLauncher({
        hostname: '127.0.0.1',
        port: driver.port,
        logLevel: 'error',
        capabilities: webkitCapabilities(binary),
      });
      await inner.initialize(config, testFiles);
      this.name = 'WebKit';
    },
    async stop() {
      try {
        await inner?.stop();
      } finally {
        driver?.stop();
      }
    },
    startSession: (id, url) => inner.startSession(id, url),
    isActive: (id) => inner.isActive(id),
    getBrowserUrl: (id) => inner.getBrowserUrl(id),
    async stopSession(id) {
      const result = await inner.stopSession(id);
      // Ends the WebDriver session and its browser; wtr's launcher starts a
      // new one for the next file.
      if (++files % WEBKIT_FILES_PER_BROWSER === 0) await inner.stop();
      return result;
    },
    startDebugSession: (id, url) => inner.startDebugSession(id, url),
    sendMouseMove: (...a) => inner.sendMouseMove(...a),
    sendMouseClick: (...a) => inner.sendMouseClick(...a),
    sendMouseDown: (...a) => inner.sendMouseDown(...a),
    sendMouseUp: (...a) => inner.sendMouseUp(...a),
    resetMouse: (...a) => inner.resetMouse(...a),
    sendKeys: (...a) => inner.sendKeys(...a),
    takeScreenshot: (...a) => inner.takeScreenshot(...a),
  };
}

function chromiumLauncher() {
  return chromeLauncher({
    launchOptions: {
      executablePath: executableFor('chromium'),
      headless: true,
      args: CHROMIUM_ARGS,
    },
  });
}

function firefoxLauncher() {
  const launcher = chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: executableFor('firefox'),
      headless: true,
    },
  });
  return launcher;
}

/** wtr browser launchers for the requested engines. */
export function launchersFor(engines = requestedEngines()) {
  return engines.map((engine) => {
    if (engine === 'chromium') return chromiumLauncher();
    if (engine === 'firefox') return firefoxLauncher();
    return webkitLauncher();
  });
}
