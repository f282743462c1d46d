// Render benchmark: pages of 1, 100 and 1,000 buttons and banners against the
// same number of pre-styled plain links (the floor: no JavaScript at all), in
// headless Chromium and Firefox (puppeteer-core) and WebKitGTK (WebDriver).
// Also checks the no-JS fallback pattern for layout shift, that platform
// detection reads the user agent once per page, and that the widget makes no
// request. Prints a table and writes bench/results/render-<browser>.json.
//
//   node bench/render.mjs                  all three engines, 10 runs per page
//   BENCH_RUNS=3 BENCH_BROWSERS=chromium node bench/render.mjs
//   BENCH_BUNDLE=/tmp/x.js …               measure another build of the bundle
//
// Exits non-zero when a page fails to render or makes an unexpected request;
// the performance targets are reported, not enforced (timings are noisy).
import {createServer} from 'node:http';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {pathToFileURL} from 'node:url';
import {puppeteerCore} from '@web/test-runner-chrome';
import {
  CHROMIUM_ARGS,
  ENGINES,
  executableFor,
  startWebKitDriver,
  webkitCapabilities,
} from '../scripts/browsers.mjs';
import {BUNDLE_PATH, PAGE_ICON, pages} from './pages.mjs';

export const RUNS = positiveInt('BENCH_RUNS', 10);
// Traced runs per page for the CPU-time column (Chromium); 0 skips them.
const CPU_RUNS = process.env.BENCH_CPU_RUNS === '0' ? 0 : positiveInt('BENCH_CPU_RUNS', 5);
// How long the server holds the bundle back on the fallback pages, so that
// the page paints its no-JS links before the elements upgrade.
const DELAY_MS = positiveInt('BENCH_DELAY', 300);
const LOAD_TIMEOUT_MS = 60000;
const BUNDLE_FILE = process.env.BENCH_BUNDLE || 'dist/cdn/message-us.js';

function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(
      `[message-us] ${name}=${raw} must be a whole number ≥ 1, e.g. ${name}=${fallback}`
    );
    process.exit(2);
  }
  return value;
}

/**
 * The pages BENCH_PAGES names (comma-separated, e.g. `button-1000`), with
 * the floors they are compared with (`anchor-N`, `element-N`); by default
 * all but the optional ones (`element-tasks-1000`, `button-one-task-1000`).
 */
function selectedPages(all) {
  const raw = process.env.BENCH_PAGES?.trim();
  if (!raw) return all.filter((p) => !p.optional);
  const names = new Set(raw.split(',').map((s) => s.trim()));
  const unknown = [...names].filter((name) => !all.some((p) => p.name === name));
  if (unknown.length) {
    console.error(
      `[message-us] BENCH_PAGES names an unknown page "${unknown[0]}"; use page names from bench/README.md, e.g. BENCH_PAGES=button-1000`
    );
    process.exit(2);
  }
  for (const p of all) {
    if (names.has(p.name)) names.add(`anchor-${p.n}`).add(`element-${p.n}`);
  }
  return all.filter((p) => names.has(p.name));
}

export function requestedBrowsers() {
  const raw = process.env.BENCH_BROWSERS;
  if (!raw || !raw.trim()) return [...ENGINES];
  const names = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)
    ),
  ];
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length) {
    console.error(
      `[message-us] BENCH_BROWSERS names an unknown engine "${unknown[0]}"; use a comma-separated subset of ${ENGINES.join(',')}, e.g. BENCH_BROWSERS=chromium`
    );
    process.exit(2);
  }
  return names;
}

function ensureBundle() {
  if (process.env.BENCH_BUNDLE) {
    if (!existsSync(BUNDLE_FILE)) {
      console.error(`[message-us] BENCH_BUNDLE=${BUNDLE_FILE} does not exist.`);
      process.exit(2);
    }
    return;
  }
  if (existsSync(BUNDLE_FILE)) return;
  console.log(`${BUNDLE_FILE} is missing: running npm run build`);
  const result = spawnSync('npm', ['run', 'build'], {stdio: 'inherit'});
  if (result.status !== 0 || !existsSync(BUNDLE_FILE)) process.exit(result.status || 1);
}

// ---------------------------------------------------------------- server --

/**
 * A static server on the loopback interface only, serving the generated
 * pages from memory and the bundle from disk, uncached (every run fetches
 * and compiles the bundle as a first visit does). It logs every request, so
 * the network check also holds where the browser cannot be intercepted.
 */
export function startServer(pageList, bundle) {
  const byPath = new Map(pageList.map((p) => [`/p/${p.name}.html`, p.html]));
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    log.push(req.url);
    // Cross-origin isolated pages get the fine timer (Firefox and WebKit
    // round performance.now() to 1 ms otherwise); the widget is unaffected.
    const headers = {
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    };
    if (byPath.has(url.pathname)) {
      res.writeHead(200, {...headers, 'content-type': 'text/html; charset=utf-8'});
      res.end(byPath.get(url.pathname));
    } else if (url.pathname === BUNDLE_PATH) {
      const send = () => {
        res.writeHead(200, {...headers, 'content-type': 'text/javascript; charset=utf-8'});
        res.end(bundle);
      };
      if (url.searchParams.has('delay')) setTimeout(send, DELAY_MS);
      else send();
    } else {
      res.writeHead(404, headers);
      res.end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        log,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

// --------------------------------------------------------------- drivers --

// Resolves in the page when the harness is done. It polls only every 100 ms
// and only after the load event, when the measurement is long over.
const DONE_SCRIPT = `new Promise((resolve) => {
  const check = () => (window.__bench && window.__bench.done ? resolve(window.__bench) : setTimeout(check, 100));
  check();
})`;

async function puppeteerDriver(engine) {
  const options =
    engine === 'chromium'
      ? {
          executablePath: executableFor('chromium'),
          headless: true,
          // --enable-precise-memory-info: unquantised performance.memory.
          args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
        }
      : {browser: 'firefox', executablePath: executableFor('firefox'), headless: true};
  const browser = await puppeteerCore.launch(options);
  const version = await browser.version();
  return {
    version,
    heap: engine === 'chromium' ? 'CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage' : null,
    async load(url, {intercept, allowed, trace}) {
      const page = await browser.newPage();
      const requests = [];
      const blocked = [];
      try {
        if (intercept) {
          await page.setRequestInterception(true);
          page.on('request', (request) => {
            requests.push(request.url());
            if (allowed.includes(request.url())) request.continue();
            else {
              blocked.push(request.url());
              request.abort();
            }
          });
        } else {
          page.on('request', (request) => requests.push(request.url()));
        }
        if (trace) await page.tracing.start({categories: ['toplevel']});
        await page.goto(url, {waitUntil: 'load', timeout: LOAD_TIMEOUT_MS});
        const result = await page.evaluate(DONE_SCRIPT);
        if (trace) result.cpuMs = mainThreadCpuMs(await page.tracing.stop());
        if (engine === 'chromium' && !intercept && !trace) {
          const cdp = await page.createCDPSession();
          await cdp.send('HeapProfiler.collectGarbage');
          const {usedSize} = await cdp.send('Runtime.getHeapUsage');
          result.heap = usedSize;
          await cdp.detach();
        }
        return {...result, requests, blocked};
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/**
 * CPU time of the renderers' main threads over a trace: the sum of their
 * top-level tasks' thread time. Unlike the wall-clock render time, it hardly
 * moves when other processes compete for the cores.
 */
function mainThreadCpuMs(buffer) {
  const {traceEvents} = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const mains = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`)
  );
  let us = 0;
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') us += e.tdur ?? 0;
  }
  return us / 1000;
}

/**
 * CPU time (user + system) in ms of every running process whose name starts
 * with `prefix`, from /proc (Linux), or null elsewhere. WebKitGTK's pages
 * run in WebKitWebProcess: its CPU time over one load is the WebKit
 * counterpart of Chromium's traced main-thread time (10 ms ticks, so
 * whole loads only), steadier than wall-clock time on a busy host.
 */
let ticksPerSecond;
function processCpuMs(prefix) {
  if (process.platform !== 'linux') return null;
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}).stdout) || 100;
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith(prefix)) continue;
      // Fields after the parenthesised name: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone in between: not ours to count.
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}

async function webkitDriver() {
  const binary = executableFor('webkit');
  const {remote} = await import('webdriverio');
  const driver = await startWebKitDriver();
  let browser;
  try {
    browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: webkitCapabilities(binary),
    });
  } catch (error) {
    await driver.stop();
    throw error;
  }
  const caps = browser.capabilities;
  return {
    version: `WebKitGTK ${caps.browserVersion ?? '?'}`,
    heap: null,
    async load(url) {
      // A new document per run; WebDriver offers no request log, so the
      // network check uses the server's log and the page's resource timing.
      const cpuBefore = processCpuMs('WebKitWebProces');
      await browser.url(url);
      const result = await browser.executeAsync(
        new Function('done', `(${DONE_SCRIPT}).then(done);`)
      );
      const cpuAfter = processCpuMs('WebKitWebProces');
      // A web process that ended during the load took its ticks with it.
      const processCpu = cpuBefore === null || cpuAfter < cpuBefore ? null : cpuAfter - cpuBefore;
      return {...result, processCpu, requests: null, blocked: []};
    },
    async close() {
      try {
        await browser.deleteSession();
      } finally {
        await driver.stop();
      }
    },
  };
}

// ----------------------------------------------------------------- stats --

function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return {median, min: v[0], max: v[v.length - 1], n: v.length};
}

function cls(shifts) {
  if (!shifts) return null;
  return shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0);
}

// ------------------------------------------------------------------- run --

async function benchEngine(engine, pageList, server) {
  const driver = engine === 'webkit' ? await webkitDriver() : await puppeteerDriver(engine);
  const runs = Object.fromEntries(pageList.map((p) => [p.name, []]));
  const problems = [];
  const urlOf = (p) => `${server.origin}/p/${p.name}.html`;
  const bundleUrl = (p) => `${server.origin}${BUNDLE_PATH}${p.delayBundle ? '?delay' : ''}`;
  // The page's own `<link rel="icon" href="data:,">` (it stops browsers
  // asking for /favicon.ico) is a request in Firefox's eyes: allowed, as it
  // belongs to the page, not to the widget.
  const allowedOf = (p) =>
    p.kind === 'anchor' || p.kind === 'element'
      ? [urlOf(p), PAGE_ICON]
      : [urlOf(p), bundleUrl(p), PAGE_ICON];
  const started = Date.now();

  const checkNetwork = (p, r, serverRequests) => {
    const allowed = allowedOf(p);
    const pathsAllowed = allowed
      .filter((u) => u.startsWith(server.origin))
      .map((u) => u.slice(server.origin.length));
    // The browser's own view (puppeteer), the server's, and the page's
    // resource timing (which excludes the document itself).
    const seen = [
      ...(r.requests ?? []),
      ...serverRequests.map((path) => server.origin + path),
      ...(r.resources ?? []),
    ];
    const unexpected = [...new Set(seen.filter((u) => !allowed.includes(u)))];
    const missing = pathsAllowed.filter((path) => !serverRequests.includes(path));
    if (unexpected.length || missing.length || r.blocked.length) {
      problems.push(
        `${engine} ${p.name}: unexpected requests ${JSON.stringify(unexpected)}, missing ${JSON.stringify(missing)}, blocked ${JSON.stringify(r.blocked)}`
      );
    }
    return unexpected;
  };

  const loadOnce = async (p, options = {}) => {
    const before = server.log.length;
    const r = await driver.load(urlOf(p), {...options, allowed: allowedOf(p)});
    const serverRequests = server.log.slice(before);
    if (r.error) problems.push(`${engine} ${p.name}: ${r.error}`);
    if (r.rendered !== r.expected)
      problems.push(`${engine} ${p.name}: rendered ${r.rendered} of ${r.expected}`);
    r.unexpectedRequests = checkNetwork(p, r, serverRequests);
    r.serverRequests = serverRequests;
    return r;
  };

  try {
    process.stdout.write(`${engine}: ${driver.version}; warm-up`);
    for (const p of pageList) await loadOnce(p);
    // Rounds visit every page once, starting one page later each round, so
    // no page always runs first or last; the element/anchor ratios come from
    // the same rounds.
    for (let round = 0; round < RUNS; round++) {
      process.stdout.write(`, run ${round + 1}`);
      for (let i = 0; i < pageList.length; i++) {
        const p = pageList[(i + round) % pageList.length];
        runs[p.name].push(await loadOnce(p));
      }
    }
    // One more load of every page with request interception on (Chromium and
    // Firefox): anything but the page and the bundle is blocked and reported.
    if (engine !== 'webkit') {
      process.stdout.write(', interception');
      for (const p of pageList) {
        const r = await loadOnce(p, {intercept: true});
        runs[p.name].intercepted = r.requests;
      }
    }
    // Chromium: the main thread's CPU time per page, traced in runs of
    // their own (tracing slows the page down, so not in the timed runs).
    if (engine === 'chromium' && CPU_RUNS) {
      process.stdout.write(', CPU');
      for (let round = 0; round < CPU_RUNS; round++) {
        for (let i = 0; i < pageList.length; i++) {
          const p = pageList[(i + round) % pageList.length];
          const r = await loadOnce(p, {trace: true});
          (runs[p.name].cpu ??= []).push(r.cpuMs);
        }
      }
    }
    process.stdout.write(` (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  } finally {
    await driver.close();
  }
  return {driver, runs, problems};
}

function summarise(engine, pageList, {driver, runs, problems}) {
  const rows = pageList.map((p) => {
    const list = runs[p.name];
    const first = list[0] ?? {};
    const longtaskSupported = Array.isArray(first.longtasks);
    const shiftSupported = Array.isArray(first.shifts);
    return {
      page: p.name,
      kind: p.kind,
      n: p.n,
      floor: p.floor ?? null,
      ...(p.optional ? {optional: true} : {}),
      runs: list.length,
      renderMs: stats(list.map((r) => r.renderMs)),
      definedMs: stats(list.map((r) => r.definedAt)),
      settledMs: stats(list.map((r) => r.settledMs)),
      fcpMs: stats(list.map((r) => r.fcp)),
      longTasks: longtaskSupported
        ? {
            runsWithLongTask: list.filter((r) => r.longtasks.length).length,
            count: stats(list.map((r) => r.longtasks.length)),
            maxMs: Math.max(0, ...list.flatMap((r) => r.longtasks.map((t) => t.duration))),
          }
        : 'n/a',
      cls: shiftSupported ? stats(list.map((r) => cls(r.shifts))) : 'n/a',
      // Whether the no-JS links were painted before the upgrade: only then
      // can a layout shift be observed at all.
      boxes:
        p.kind === 'fallback'
          ? {
              total: first.boxes?.total ?? null,
              moved: stats(list.map((r) => r.boxes?.moved)),
              resized: stats(list.map((r) => r.boxes?.resized)),
              resizedInAnyFrame: stats(list.map((r) => r.boxes?.resizedInAnyFrame)),
            }
          : undefined,
      phasesMs: Object.fromEntries(
        ['defineStart', 'define', 'defineEnd', 'dcl', 'updated', 'layout'].map((k) => [
          k,
          stats(list.map((r) => r.phases?.[k])),
        ])
      ),
      crossOriginIsolated: first.isolated ?? null,
      paintedBeforeUpgrade:
        p.kind === 'fallback'
          ? list.filter((r) => r.fcp != null && r.fcp < r.definedAt).length
          : undefined,
      heapBytes: driver.heap ? stats(list.map((r) => r.heap)) : 'n/a',
      cpuMs: list.cpu
        ? stats(list.cpu)
        : list.some((r) => r.processCpu != null)
          ? stats(list.map((r) => r.processCpu))
          : 'n/a',
      reads: Object.fromEntries(
        Object.keys(first.reads ?? {}).map((k) => [k, stats(list.map((r) => r.reads[k]))])
      ),
      requests: list.intercepted ?? first.serverRequests?.map((path) => path) ?? null,
      raw: list.map((r) => ({
        renderMs: r.renderMs,
        longTasks: r.longtasks,
        cls: cls(r.shifts),
        heap: r.heap ?? null,
        reads: r.reads,
      })),
    };
  });
  const byName = Object.fromEntries(rows.map((r) => [r.page, r]));
  for (const row of rows) {
    if (!row.floor) continue;
    const floor = byName[row.floor];
    const paired = runs[row.page].map((r, i) => r.renderMs / runs[row.floor][i].renderMs);
    row.ratio = {
      ofMedians: row.renderMs.median / floor.renderMs.median,
      paired: stats(paired),
    };
    if (driver.heap) row.heapOverFloorBytes = row.heapBytes.median - floor.heapBytes.median;
    if (row.cpuMs !== 'n/a') row.ratio.cpuOfMedians = row.cpuMs.median / floor.cpuMs.median;
    // Against the framework-free custom element with the same shadow DOM
    // (and the same N): what message-us adds over what any custom element costs.
    const element = byName[`element-${row.n}`];
    if (row.kind === 'element' || !element) continue;
    const pairedElement = runs[row.page].map((r, i) => r.renderMs / runs[element.page][i].renderMs);
    row.overElement = {
      floor: element.page,
      ofMedians: row.renderMs.median / element.renderMs.median,
      paired: stats(pairedElement),
    };
    if (row.cpuMs !== 'n/a') row.overElement.cpuOfMedians = row.cpuMs.median / element.cpuMs.median;
  }

  const targets = [];
  // A run of some pages (BENCH_PAGES) has no targets to judge.
  if (process.env.BENCH_PAGES?.trim()) return {rows, targets};
  const target = (name, status, detail) => targets.push({name, status, detail});
  const t1 = byName['button-1000'];
  target(
    '1,000 buttons within 3× the time of 1,000 anchors',
    t1.ratio.ofMedians <= 3 ? 'PASS' : 'FAIL',
    `median ${fmt(t1.renderMs.median)} ms vs ${fmt(byName['anchor-1000'].renderMs.median)} ms = ${t1.ratio.ofMedians.toFixed(2)}× (paired runs ${t1.ratio.paired.min.toFixed(2)}–${t1.ratio.paired.max.toFixed(2)}×)${t1.ratio.cpuOfMedians ? `; ${engine === 'webkit' ? 'web process' : 'main-thread'} CPU ${fmt(t1.cpuMs.median)} vs ${fmt(byName['anchor-1000'].cpuMs.median)} ms = ${t1.ratio.cpuOfMedians.toFixed(2)}×` : ''}`
  );
  const e1 = byName['element-1000'];
  target(
    'the floor: a framework-free custom element with the same shadow DOM (1,000)',
    'info',
    `element ${fmt(e1.renderMs.median)} ms = ${e1.ratio.ofMedians.toFixed(2)}× anchors${e1.ratio.cpuOfMedians ? ` (CPU ${e1.ratio.cpuOfMedians.toFixed(2)}×)` : ''}; buttons = ${t1.overElement.ofMedians.toFixed(2)}× the element${t1.overElement.cpuOfMedians ? ` (CPU ${t1.overElement.cpuOfMedians.toFixed(2)}×)` : ''}`
  );
  const t2 = byName['button-100'].longTasks;
  target(
    'no long task with 100 buttons',
    t2 === 'n/a' ? 'n/a' : t2.runsWithLongTask === 0 ? 'PASS' : 'FAIL',
    t2 === 'n/a'
      ? 'PerformanceObserver "longtask" is not supported by this engine'
      : `${t2.runsWithLongTask} of ${byName['button-100'].runs} runs had a long task (longest ${fmt(t2.maxMs)} ms)`
  );
  const t3 = byName['fallback-100'];
  const t3u = byName['fallback-unstyled-100'];
  const boxes = (row) =>
    `${row.boxes.moved ? row.boxes.moved.max : '?'} of ${row.boxes.total} boxes moved and ${row.boxes.resized ? row.boxes.resized.max : '?'} resized at the end, ${row.boxes.resizedInAnyFrame ? row.boxes.resizedInAnyFrame.max : '?'} resized in some frame`;
  const painted = `no-JS links painted before the upgrade in ${t3.paintedBeforeUpgrade} of ${t3.runs} runs`;
  target(
    'CLS 0 for the no-JS fallback pattern',
    t3.cls === 'n/a'
      ? 'n/a'
      : t3.paintedBeforeUpgrade === 0
        ? 'n/a'
        : t3.cls.max === 0
          ? 'PASS'
          : 'FAIL',
    t3.cls === 'n/a'
      ? `PerformanceObserver "layout-shift" is not supported by this engine; box check at upgrade (worst run): README CSS ${boxes(t3)}; without the CSS ${boxes(t3u)}`
      : `README CSS: CLS max ${t3.cls.max.toFixed(4)} over ${t3.runs} runs, ${boxes(t3)} (${painted}); without the CSS: CLS median ${t3u.cls.median.toFixed(4)}, ${boxes(t3u)}`
  );
  const ua = byName['detect-1000'].reads.userAgent;
  target(
    'platform detection once per page (userAgent reads, 1,000 buttons, platform auto)',
    ua ? (ua.max <= 2 ? 'PASS' : 'FAIL') : 'n/a',
    ua
      ? `navigator.userAgent read ${ua.max === ua.min ? ua.max : `${ua.min}–${ua.max}`} time(s) per page; platform="apple" page: ${byName['button-1000'].reads.userAgent.max}`
      : 'Navigator.prototype.userAgent is not an accessor here'
  );
  target(
    'the widget makes no request',
    problems.some((p) => p.includes('unexpected requests')) ? 'FAIL' : 'PASS',
    engine === 'webkit'
      ? 'server log and resource timing: only the page and the bundle (no interception in WebDriver)'
      : 'request log, interception, server log and resource timing: only the page and the bundle'
  );
  return {rows, targets};
}

const fmt = (x) =>
  x == null ? '—' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
const range = (s, f = fmt) => (s ? `${f(s.median)} [${f(s.min)}–${f(s.max)}]` : '—');
const mb = (x) => (x / 1048576).toFixed(2);

function printTable(engine, version, {rows, targets}) {
  const withCpu = rows.some((r) => r.cpuMs !== 'n/a');
  const columns = [
    ['page', (r) => (r.kind === 'fallback' || r.optional ? r.page.replace(/-1?0+$/, '') : r.kind)],
    ['N', (r) => String(r.n)],
    ['render ms median [min–max]', (r) => range(r.renderMs)],
    ['×anchor', (r) => (r.ratio ? `${r.ratio.ofMedians.toFixed(2)}×` : '')],
    ['×element', (r) => (r.overElement ? `${r.overElement.ofMedians.toFixed(2)}×` : '')],
    ...(withCpu
      ? [
          [
            'CPU ms (×anchor)',
            (r) =>
              r.cpuMs === 'n/a'
                ? 'n/a'
                : `${fmt(r.cpuMs.median)}${r.ratio?.cpuOfMedians ? ` (${r.ratio.cpuOfMedians.toFixed(2)}×)` : ''}`,
          ],
        ]
      : []),
    [
      'long tasks',
      (r) =>
        r.longTasks === 'n/a'
          ? 'n/a'
          : `${r.longTasks.runsWithLongTask}/${r.runs} runs${r.longTasks.maxMs ? `, ≤${fmt(r.longTasks.maxMs)} ms` : ''}`,
    ],
    ['CLS max', (r) => (r.cls === 'n/a' ? 'n/a' : r.cls.max === 0 ? '0' : r.cls.max.toFixed(4))],
    ['heap MB', (r) => (r.heapBytes === 'n/a' ? 'n/a' : mb(r.heapBytes.median))],
    ['UA reads', (r) => (r.reads.userAgent ? String(r.reads.userAgent.max) : 'n/a')],
  ];
  const head = columns.map(([h]) => h);
  const lines = rows.map((r) => columns.map(([, f]) => f(r)));
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmtLine = (l) =>
    l.map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${engine} — ${version} — ${RUNS} runs per page`);
  console.log(fmtLine(head));
  for (const l of lines) console.log(fmtLine(l));
  console.log('');
  for (const t of targets) console.log(`${t.status.padEnd(4)}  ${t.name}: ${t.detail}`);
}

async function main() {
  const engines = requestedBrowsers();
  ensureBundle();
  const bundle = readFileSync(BUNDLE_FILE);
  const pageList = selectedPages(pages());
  const server = await startServer(pageList, bundle);
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
  console.log(
    `Render benchmark: ${machine.cpu}, ${machine.cores} cores, ${machine.os}, Node ${machine.node}; load ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`
  );
  console.log(
    `bundle ${BUNDLE_FILE} (${bundle.length} B), ${RUNS} runs per page, engines: ${engines.join(', ')}`
  );
  mkdirSync('bench/results', {recursive: true});
  let failed = false;
  try {
    for (const engine of engines) {
      let result;
      const loadBefore = os.loadavg();
      try {
        result = await benchEngine(engine, pageList, server);
      } catch (error) {
        failed = true;
        console.error(`\n[message-us] ${engine}: ${error.message}`);
        continue;
      }
      const summary = summarise(engine, pageList, result);
      printTable(engine, result.driver.version, summary);
      for (const p of result.problems) console.error(`ERROR ${p}`);
      if (result.problems.length) failed = true;
      const file = `bench/results/render-${engine}.json`;
      writeFileSync(
        file,
        `${JSON.stringify(
          {
            date: new Date().toISOString(),
            machine: {...machine, loadavgBefore: loadBefore, loadavgAfter: os.loadavg()},
            browser: {engine, version: result.driver.version, heap: result.driver.heap},
            bundle: {file: BUNDLE_FILE, bytes: bundle.length},
            runs: RUNS,
            method: {
              start: 'performance.now() in an inline classic script before the module script',
              end: 'after DOMContentLoaded, every element updateComplete with its shadow <a part="base" href>, then document.body.offsetHeight in a task posted right after (anchors: DOMContentLoaded, then the same)',
              cache: 'server sends Cache-Control: no-store (first-visit cost each run)',
              fallbackDelayMs: DELAY_MS,
            },
            targets: summary.targets,
            pages: summary.rows,
            problems: result.problems,
          },
          null,
          2
        )}\n`
      );
      console.log(`wrote ${file}`);
    }
  } finally {
    await server.close();
  }
  if (failed) process.exit(1);
}

// Run only as a script, so bench/profile.mjs can import the server.
if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
