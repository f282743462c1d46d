// Where the time of 1,000 buttons goes, in each engine: the CDN bundle on a
// page of 1,000 buttons, all in one paragraph (as on bench/render.mjs's
// pages) or each in a block of its own, loaded with the first renders spread
// over tasks (as shipped) and with all of them in one task (the render queue
// is told that the engine cannot match `:state()`, its own fallback). Per
// load: ms from the first script until every element has rendered and the
// page is laid out, and the summed time of the element's lifecycle methods
// and of the DOM calls they make, by wrapping them before the bundle runs.
// Prints a table and writes bench/results/phases-<browser>.json.
//
//   node bench/phases.mjs                         all three engines, 10 loads of each page
//   BENCH_RUNS=3 BENCH_BROWSERS=webkit node bench/phases.mjs
//   BENCH_AGAINST=/tmp/before.js node bench/phases.mjs
//                                   this build against another build of
//                                   message-us.js, both with render tasks,
//                                   alternating (to measure a change)
//
// Sums are inclusive (performUpdate contains update, which contains render)
// and read on the engine's clock, which WebKit and Firefox coarsen to 1 ms
// or less: each call rounds, the sum over 1,000 calls does not drift, but
// compare rows of a few ms with care. The wrappers add their own cost;
// `total` is for comparing the pages with each other, bench/render.mjs for timings.
import {createServer} from 'node:http';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {puppeteerCore} from '@web/test-runner-chrome';
import {
  CHROMIUM_ARGS,
  executableFor,
  startWebKitDriver,
  webkitCapabilities,
} from '../scripts/browsers.mjs';
import {BUNDLE_PATH, BUSINESS_ID, PAGE_ICON} from './pages.mjs';
import {RUNS, requestedBrowsers} from './render.mjs';

const N = 1000;
// The render bench's pages hold every button in one paragraph; a shop's
// list holds each in a block of its own (a card). Engines lay out the two
// differently after each render task.
const LAYOUTS = ['inline', 'blocks'];
// With BENCH_AGAINST, the two modes are two bundles instead (both as shipped).
const AGAINST = process.env.BENCH_AGAINST;
const MODES = AGAINST ? ['tasks', 'against'] : ['tasks', 'one-task'];
const VARIANTS = LAYOUTS.flatMap((layout) => MODES.map((mode) => `${layout}/${mode}`));

// Wrapped by name on each class of the element's prototype chain, labelled
// with the class's name (the bundle's are minified); DOM calls on their prototypes.
const CLASSES = ['MessageUsButton', 'MessageUsElement', 'LitElement', 'ReactiveElement'];
const LIFECYCLE = [
  'connectedCallback',
  'attributeChangedCallback',
  'requestUpdate',
  'scheduleUpdate',
  'performUpdate',
  'willUpdate',
  'update',
  'render',
  'updated',
  'createRenderRoot',
];
const DOM = [
  ['EventTarget', 'dispatchEvent'],
  ['EventTarget', 'addEventListener'],
  ['Element', 'attachShadow'],
  ['Element', 'getAttributeNames'],
  ['HTMLElement', 'attachInternals'],
  ['CustomStateSet', 'add'],
  ['CustomStateSet', 'delete'],
  ['CSSStyleDeclaration', 'setProperty'],
  ['Node', 'cloneNode'],
  ['Node', 'insertBefore'],
  ['Document', 'importNode'],
];

const hook = (oneTask) => `(() => {
  const start = performance.now();
  const ms = {}, calls = {};
  const wrap = (owner, name, label) => {
    const f = owner && owner[name];
    if (typeof f !== 'function' || f.__phase) return;
    const wrapped = function (...args) {
      const t = performance.now();
      try { return f.apply(this, args); } finally {
        ms[label] = (ms[label] || 0) + performance.now() - t;
        calls[label] = (calls[label] || 0) + 1;
      }
    };
    wrapped.__phase = true;
    owner[name] = wrapped;
  };
  for (const [type, name] of ${JSON.stringify(DOM)}) wrap(self[type] && self[type].prototype, name, type + '.' + name);
  const define = customElements.define;
  customElements.define = function (name, cls, options) {
    if (name === 'message-us-button') {
      const names = ${JSON.stringify(CLASSES)};
      for (let p = cls.prototype, depth = 0; p !== HTMLElement.prototype; p = Object.getPrototypeOf(p), depth++)
        for (const m of ${JSON.stringify(LIFECYCLE)})
          if (Object.prototype.hasOwnProperty.call(p, m)) wrap(p, m, (names[depth] || p.constructor.name) + '.' + m);
    }
    const t = performance.now();
    try { return define.call(this, name, cls, options); } finally { ms['define ' + name] = performance.now() - t; }
  };
  ${
    oneTask
      ? `const supports = CSS.supports.bind(CSS);
  CSS.supports = (...args) => !String(args[0]).includes(':state(') && supports(...args);`
      : ''
  }
  addEventListener('DOMContentLoaded', async () => {
    await customElements.whenDefined('message-us-button');
    const elements = [...document.querySelectorAll('message-us-button')];
    await Promise.all(elements.map((e) => e.updateComplete));
    if (!elements.every((e) => e.shadowRoot && e.shadowRoot.querySelector('a[part=base][href]'))) {
      window.__phases = {error: 'not every element rendered a link'};
      return;
    }
    await new Promise((r) => setTimeout(r));
    document.body.offsetHeight;
    window.__phases = {total: performance.now() - start, ms, calls};
  });
})();`;

const BUTTON = `<message-us-button business-id="${BUSINESS_ID}" platform="apple"></message-us-button>`;
const page = (variant) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>phases</title><link rel="icon" href="${PAGE_ICON}">
<script>${hook(variant.endsWith('one-task'))}</script>
<script type="module" src="${BUNDLE_PATH}${variant.endsWith('against') ? '?against' : ''}"></script></head>
<body>${
  variant.startsWith('blocks')
    ? `<div>${BUTTON}</div>\n`.repeat(N)
    : `<p>${`${BUTTON}\n`.repeat(N)}</p>`
}</body></html>`;

const bundle = readFileSync('dist/cdn/message-us.js');
const against = AGAINST ? readFileSync(AGAINST) : null;
const server = createServer((req, res) => {
  const headers = {'cache-control': 'no-store'};
  if (req.url === BUNDLE_PATH || (against && req.url === `${BUNDLE_PATH}?against`)) {
    res
      .writeHead(200, {...headers, 'content-type': 'text/javascript'})
      .end(req.url === BUNDLE_PATH ? bundle : against);
  } else if (VARIANTS.includes(req.url.slice(1).split('?')[0])) {
    const html = page(req.url.slice(1).split('?')[0]);
    res.writeHead(200, {...headers, 'content-type': 'text/html'}).end(html);
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

async function browserFor(engine) {
  if (engine === 'webkit') {
    const {remote} = await import('webdriverio');
    const driver = await startWebKitDriver();
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: webkitCapabilities(),
    }).catch(async (error) => {
      await driver.stop();
      throw error;
    });
    return {
      load: (url) => browser.url(url),
      result: () => browser.execute('return window.__phases || null'),
      async close() {
        await browser.deleteSession().finally(() => driver.stop());
      },
    };
  }
  const browser = await puppeteerCore.launch({
    executablePath: executableFor(engine),
    headless: true,
    ...(engine === 'firefox' ? {browser: 'firefox'} : {args: CHROMIUM_ARGS}),
  });
  const tab = await browser.newPage();
  return {
    load: (url) => tab.goto(url),
    result: () => tab.evaluate('window.__phases || null'),
    close: () => browser.close(),
  };
}

async function measure(browser, variant, run) {
  await browser.load(`${origin}/${variant}?${run}`);
  for (let waited = 0; waited < 60000; waited += 50) {
    const result = await browser.result();
    if (result?.error) throw new Error(`[message-us] ${variant}: ${result.error}`);
    if (result) return result;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`[message-us] ${variant}: the page did not finish in 60 s`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n) => Math.round(n * 10) / 10;

mkdirSync('bench/results', {recursive: true});
try {
  for (const engine of requestedBrowsers()) {
    const browser = await browserFor(engine);
    const loads = Object.fromEntries(VARIANTS.map((variant) => [variant, []]));
    try {
      // Alternated, so a change in the machine's speed hits every variant alike.
      for (let run = 0; run < RUNS; run++) {
        for (const variant of VARIANTS) loads[variant].push(await measure(browser, variant, run));
      }
    } finally {
      await browser.close();
    }
    const summary = {};
    for (const variant of VARIANTS) {
      const labels = [...new Set(loads[variant].flatMap((l) => Object.keys(l.ms)))];
      const rows = labels
        .map((label) => ({
          label,
          ms: round(median(loads[variant].map((l) => l.ms[label] ?? 0))),
          calls: loads[variant][0].calls[label] ?? null,
        }))
        .sort((a, b) => b.ms - a.ms);
      summary[variant] = {totals: loads[variant].map((l) => round(l.total)), rows};
    }
    const total = (variant) => {
      const totals = summary[variant].totals;
      return `${Math.round(median(totals))} [${Math.round(Math.min(...totals))}–${Math.round(Math.max(...totals))}]`;
    };
    console.log(
      `\n${engine}, ${N} buttons, ${RUNS} loads each (ms from the first script to laid out: median [min–max])`
    );
    const [first, second] = AGAINST
      ? ['this build', 'BENCH_AGAINST']
      : ['render tasks', 'one task'];
    console.log(`  ${''.padEnd(22)} ${first.padStart(18)} ${second.padStart(18)}`);
    for (const layout of LAYOUTS) {
      const name = layout === 'inline' ? 'in one paragraph' : 'each in a block';
      console.log(
        `  ${name.padEnd(22)} ${total(`${layout}/tasks`).padStart(18)} ${total(`${layout}/${MODES[1]}`).padStart(18)}`
      );
    }
    console.log(
      `  ${'summed over the elements (one paragraph, render tasks)'.padEnd(56)} ${'ms'.padStart(7)}  calls`
    );
    for (const {label, ms, calls} of summary['inline/tasks'].rows.filter((r) => r.ms >= 1)) {
      console.log(`  ${label.padEnd(56)} ${ms.toFixed(1).padStart(7)}  ${calls ?? ''}`);
    }
    // A comparison is for the change at hand, not the record.
    const file = AGAINST
      ? `bench/results/phases-against-${engine}.json`
      : `bench/results/phases-${engine}.json`;
    writeFileSync(
      file,
      `${JSON.stringify({engine, buttons: N, runs: RUNS, date: new Date().toISOString(), against: AGAINST ?? null, variants: summary}, null, 2)}\n`
    );
    console.log(`  → ${file}`);
  }
} finally {
  server.close();
}
