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

// A child in a process group of its own, so stopping it also ends what it
// started (WebKitWebDriver's MiniBrowser and WebKit's helper processes).
function spawnGroup(command, args, env) {
  return spawn(command, args, {stdio: 'ignore', env, detached: true});
}

// Signals the whole group, also when its leader has already exited and left
// a browser behind; resolves once the leader is gone.
function endGroup(child, signal) {
  const running = child.exitCode === null && child.signalCode === null;
  const exited = running ? new Promise((resolve) => child.once('exit', resolve)) : undefined;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // No such group any more.
    if (running) child.kill(signal);
  }
  return exited ?? Promise.resolve();
}

/**
 * Starts an Xvfb on a free display when there is no DISPLAY. Returns the
 * environment to start X clients in and a stop function.
 */
async function startDisplay() {
  const env = {...process.env};
  if (env.DISPLAY) return {env, stop: async () => {}};
  const xvfb = requireTool('Xvfb', 'xvfb', 'XVFB_PATH');
  const display = freeDisplay();
  const x = spawnGroup(
    xvfb,
    [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    env
  );
  const stop = () => endGroup(x, 'SIGTERM');
  process.once('exit', () => x.exitCode === null && x.kill('SIGTERM'));
  try {
    await waitFor(() => existsSync(`/tmp/.X11-unix/X${display}`), 'Xvfb');
  } catch (error) {
    await stop();
    throw error;
  }
  env.DISPLAY = `:${display}`;
  return {env, stop};
}

/**
 * Starts WebKitWebDriver on a free port. Its stop function ends the driver
 * and every browser it started, even one that no longer answers.
 */
async function startDriver(env) {
  const driverPath = requireTool('WebKitWebDriver', 'webkit2gtk-driver', 'WEBKIT_WEBDRIVER_PATH');
  const port = await freePort();
  const driver = spawnGroup(driverPath, [`--port=${port}`], env);
  const onExit = () => {
    try {
      process.kill(-driver.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', onExit);
  const stop = async () => {
    process.removeListener('exit', onExit);
    await endGroup(driver, 'SIGKILL');
  };
  try {
    await waitFor(() => portOpen(port), 'WebKitWebDriver');
  } catch (error) {
    await stop();
    throw error;
  }
  return {port, stop};
}

/**
 * Starts Xvfb (only when there is no DISPLAY) and WebKitWebDriver, and stops
 * both when the run ends, so nothing is left running after the tests.
 */
export async function startWebKitDriver() {
  const display = await startDisplay();
  try {
    const driver = await startDriver(display.env);
    return {
      port: driver.port,
      stop: async () => {
        await driver.stop();
        await display.stop();
      },
    };
  } catch (error) {
    await display.stop();
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
// for a few seconds each. With 12, one full run still lost its browser on
// the 11th file of a window (a heavy security file): 8 keeps every window
// well below that.
const WEBKIT_FILES_PER_BROWSER = 8;

// How long a new MiniBrowser may take to open its session (a second or two
// when the machine is idle) before it is replaced once. A replacement that
// reused the old WebKitWebDriver hung in CI (its new-session request never
// answered), so each browser gets a driver of its own, and a browser that
// fails to start or stops answering costs one file, not the rest of the run.
const WEBKIT_SESSION_START_MS = 30000;

function timeLimit(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`[message-us] ${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** A wtr launcher that owns its WebKitWebDriver (and Xvfb) for the run. */
function webkitLauncher() {
  const binary = executableFor('webkit');
  let display;
  let driver;
  let inner;
  let runConfig;
  let runFiles;
  let files = 0;
  let stale = false;

  async function endBrowser() {
    const [oldInner, oldDriver] = [inner, driver];
    inner = driver = undefined;
    // Ask politely first; a browser that does not answer is killed with its driver.
    await timeLimit(oldInner?.stop() ?? Promise.resolve(), 10000, 'closing MiniBrowser').catch(
      () => {}
    );
    await oldDriver?.stop();
  }

  async function newBrowser() {
    await endBrowser();
    driver = await startDriver(display.env);
    inner = webdriverLauncher({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: webkitCapabilities(binary),
    });
    await inner.initialize(runConfig, runFiles);
    stale = false;
  }

  return {
    name: 'WebKit',
    type: 'webdriver',
    async initialize(config, testFiles) {
      runConfig = config;
      runFiles = testFiles;
      display = await startDisplay();
      await newBrowser();
      this.name = 'WebKit';
    },
    async stop() {
      try {
        await endBrowser();
      } finally {
        await display?.stop();
      }
    },
    async startSession(id, url) {
      if (stale) await newBrowser();
      try {
        await timeLimit(
          inner.startSession(id, url),
          WEBKIT_SESSION_START_MS,
          'starting MiniBrowser'
        );
      } catch {
        await newBrowser();
        await inner.startSession(id, url);
      }
    },
    isActive: (id) => Boolean(inner?.isActive(id)),
    getBrowserUrl: (id) => inner.getBrowserUrl(id),
    async stopSession(id) {
      try {
        // Collects the results and leaves the page: seconds at most.
        return await timeLimit(inner.stopSession(id), 30000, 'leaving a test page');
      } catch (error) {
        // A browser that failed here would fail the next file too.
        stale = true;
        throw error;
      } finally {
        if (++files % WEBKIT_FILES_PER_BROWSER === 0) stale = true;
      }
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
