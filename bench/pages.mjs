import {readFileSync} from 'node:fs';
// The pages of the render benchmark, generated on request by bench/render.mjs.
// Every page starts with the same inline classic script (the harness): it
// marks the start, installs the observers and the user-agent counter before
// anything else runs, and records in `window.__bench` when every element (or
// anchor) has rendered and been laid out.

export const BUSINESS_ID = '22222222-dddd-4444-bbbb-777777777777';
export const MESSAGES_HREF = `https://bcrw.apple.com/urn:biz:${BUSINESS_ID}`;
export const BUNDLE_PATH = '/dist/cdn/message-us.js';
// An empty icon, so no browser asks the server for /favicon.ico.
export const PAGE_ICON = 'data:,';

// How the no-JS fallback pattern is styled: the shipped no-JS stylesheet
// (src/no-js.css, built to dist/no-js.css), which gives the author's link the
// upgraded button's box, so nothing moves when the element upgrades.
export const FALLBACK_CSS = readFileSync(new URL('../src/no-js.css', import.meta.url), 'utf8');

// The floor: plain links with the button's look and box, and no script.
const ANCHOR_CSS = `a.floor {
  box-sizing: border-box;
  display: inline-flex;
  vertical-align: middle;
  align-items: center;
  justify-content: center;
  gap: 0.35em;
  height: 44px;
  min-width: 44px;
  padding: 0 13.2px;
  border: 1px solid #000;
  border-radius: 9.68px;
  font: 600 17.6px/1 -apple-system, BlinkMacSystemFont, 'Segoe UI', system-ui, sans-serif;
  white-space: nowrap;
  text-decoration: none;
  color: #fff;
  background: #000;
}
a.floor::before {
  content: '';
  flex: none;
  width: 1.3em;
  height: 1.3em;
  border-radius: 50%;
  background: currentColor;
}`;

// The framework-free floor: a custom element with the button's shadow DOM
// (one adopted stylesheet — the button's own CSS, read from the source — and
// the same shadow `<a part="base">` a default button renders, with its slots,
// its hidden description and no inline style; test/cdn/templates.test.ts
// holds the button's exact markup) and no logic:
// no Lit, no options, no detection, no validation. What a custom element
// costs at all; the difference to it is what message-us adds.
const sourceCss = (file, end) => {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  const start = text.indexOf('css`') + 4;
  return text.slice(start, text.indexOf(end, start));
};
const [WHITE, BLACK] = ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'];
export const FLOOR_CSS = `${sourceCss('../src/shared/styles.ts', '`;')}
${sourceCss('../src/message-us-button/message-us-button.ts', '`,')}`
  .replaceAll('${BLACK}', BLACK)
  .replaceAll('${WHITE}', WHITE);
const GLYPH =
  'M12 2.5C6.2 2.5 1.5 6.4 1.5 11.2c0 2.7 1.5 5.1 3.9 6.7-.2 1.3-.8 2.5-1.8 3.5-.2.2 0 .6.3.6 2-.1 3.8-.8 5.2-1.9.9.2 1.9.3 2.9.3 5.8 0 10.5-3.9 10.5-8.7S17.8 2.5 12 2.5Z';
const FLOOR_MARKUP = `<a part="base" class="dark" lang="en" dir="ltr" aria-describedby="d"><span part="icon"><slot name="icon"><svg viewBox="0 0 24 24" width="1em" height="1em" focusable="false" aria-hidden="true"><path fill="currentColor" fill-rule="evenodd" d="${GLYPH}"></path></svg></slot></span><span part="label" class=""><slot name="label">Message Us</slot></span><span id="d" hidden="">Opens Apple Messages</span></a>`;
// `perTask` (optional page `element-tasks-1000` only): the floor renders in
// message tasks of that many elements, the first one after the upgrades, as
// a page of 1,000 buttons renders over about six tasks; it tells what the
// frames between the tasks cost any custom element.
const floorScript = (perTask = 0) => `const sheet = new CSSStyleSheet();
sheet.replaceSync(${JSON.stringify(FLOOR_CSS)});
const template = document.createElement('template');
template.innerHTML = ${JSON.stringify(FLOOR_MARKUP)};
const draw = (host) => {
  const root = host.attachShadow({mode: 'open', delegatesFocus: true});
  root.adoptedStyleSheets = [sheet];
  const a = template.content.firstChild.cloneNode(true);
  a.href = 'https://bcrw.apple.com/urn:biz:' + host.getAttribute('business-id');
  root.append(a);
};
${
  perTask
    ? `const queue = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => {
  for (let i = 0; i < ${perTask} && queue.length; i++) {
    const [host, done] = queue.shift();
    draw(host);
    done();
  }
  if (queue.length) channel.port2.postMessage(0);
};
customElements.define('floor-button', class extends HTMLElement {
  constructor() {
    super();
    this.updateComplete = new Promise((resolve) => queue.push([this, resolve]));
    if (queue.length === 1) channel.port2.postMessage(0);
  }
});`
    : `customElements.define('floor-button', class extends HTMLElement {
  connectedCallback() {
    if (!this.shadowRoot) draw(this);
  }
});`
}`;

// Runs before the bundle. Classic and inline, so it costs no request and is
// done before the module is even fetched.
const HARNESS = `(() => {
  const b = (window.__bench = {reads: {}, longtasks: null, shifts: null, done: false});
  // Count reads of what platform detection looks at, to prove it runs once
  // per page and not once per element.
  for (const name of ['userAgent', 'platform', 'maxTouchPoints']) {
    const d = Object.getOwnPropertyDescriptor(Navigator.prototype, name);
    if (!d || !d.get) continue;
    b.reads[name] = 0;
    Object.defineProperty(Navigator.prototype, name, {
      configurable: true,
      enumerable: d.enumerable,
      get() {
        b.reads[name]++;
        return d.get.call(this);
      },
    });
  }
  const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  b.types = types.slice();
  b.isolated = window.crossOriginIsolated === true;
  if (types.includes('longtask')) {
    b.longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({start: e.startTime, duration: e.duration});
    }).observe({type: 'longtask', buffered: true});
  }
  if (types.includes('layout-shift')) {
    b.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        b.shifts.push({start: e.startTime, value: e.value, input: e.hadRecentInput});
    }).observe({type: 'layout-shift', buffered: true});
  }
  const start = performance.now();
  performance.mark('bench-start');
  // Phases: when the bundle starts registering (fetched, compiled, run up
  // to define), how long define() takes (it upgrades every element already
  // parsed), and when DOMContentLoaded comes (the first renders run as
  // microtasks right after the module, before it).
  b.phases = {define: 0};
  const define = customElements.define;
  // On the fallback pages: where every box is just before the first
  // element upgrades, to compare with after. Engines without the
  // layout-shift API get this instead of CLS.
  const boxed = () => [...document.querySelectorAll('main > *, body > p')];
  const boxes = () =>
    boxed().map((e) => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height];
    });
  // Sizes in every frame from then on, so a box that collapses for a frame
  // or two while the elements upgrade is caught too, not only the end state.
  const watchSizes = (before) => {
    const targets = boxed();
    b.transient = new Set();
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const i = targets.indexOf(entry.target);
        const size = entry.borderBoxSize && entry.borderBoxSize[0];
        if (!size) continue;
        if (Math.abs(size.inlineSize - before[i][2]) > 0.5 || Math.abs(size.blockSize - before[i][3]) > 0.5)
          b.transient.add(i);
      }
    });
    for (const target of targets) observer.observe(target);
    b.stopWatching = () => observer.disconnect();
  };
  customElements.define = function (...args) {
    if (document.body && document.body.dataset.boxes && !b.boxesBefore) {
      b.boxesBefore = boxes();
      watchSizes(b.boxesBefore);
    }
    const t = performance.now();
    if (b.phases.defineStart === undefined) b.phases.defineStart = t - start;
    try {
      return define.apply(this, args);
    } finally {
      b.phases.define += performance.now() - t;
      b.phases.defineEnd = performance.now() - start;
    }
  };
  const nextTask = () =>
    new Promise((r) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => r();
      channel.port2.postMessage(0);
    });
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  document.addEventListener('DOMContentLoaded', async () => {
    b.phases.dcl = performance.now() - start;
    try {
      const tags = ['message-us-button', 'message-us-banner', 'floor-button'];
      const els = [...document.querySelectorAll(tags.join(','))];
      let rendered;
      if (els.length) {
        await Promise.all(
          tags.filter((t) => els.some((e) => e.localName === t)).map((t) => customElements.whenDefined(t))
        );
        b.definedAt = performance.now() - start;
        await Promise.all(els.map((e) => e.updateComplete));
        rendered = els.filter((e) => e.shadowRoot && e.shadowRoot.querySelector('a[part="base"][href]')).length;
      } else {
        rendered = document.querySelectorAll('a.floor[href]').length;
      }
      b.phases.updated = performance.now() - start;
      // Layout is forced in a task of its own, posted right away: forcing it
      // here would merge the page's style and layout work into the script's
      // task and report long tasks that a real page does not have.
      await nextTask();
      void document.body.offsetHeight;
      b.renderMs = performance.now() - start;
      b.phases.layout = b.renderMs - b.phases.updated;
      // Settled: two timer tasks later, so work the widget deferred to a
      // timer during the renders has run too.
      await new Promise((r) => setTimeout(r));
      await new Promise((r) => setTimeout(r));
      b.settledMs = performance.now() - start;
      b.rendered = rendered;
      b.expected = Number(document.body.dataset.n);
      // Two frames and a task so the last layout shifts and long tasks are
      // reported (only where the engine reports them at all).
      if (b.shifts || b.longtasks) {
        await frames();
        await new Promise((r) => setTimeout(r, 50));
      }
      if (b.boxesBefore) {
        // A frame or two for the last size observations.
        await frames();
        b.stopWatching();
        delete b.stopWatching;
        const after = boxes();
        const moved = (i, a, c) => Math.abs(b.boxesBefore[i][a] - after[i][a]) > 0.5 || Math.abs(b.boxesBefore[i][c] - after[i][c]) > 0.5;
        b.boxes = {
          total: after.length,
          moved: after.filter((_, i) => moved(i, 0, 1)).length,
          resized: after.filter((_, i) => moved(i, 2, 3)).length,
          resizedInAnyFrame: b.transient.size,
        };
        delete b.boxesBefore;
        delete b.transient;
      }
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      b.fcp = fcp ? fcp.startTime - start : null;
      b.resources = performance.getEntriesByType('resource').map((e) => e.name);
    } catch (error) {
      b.error = String((error && error.stack) || error);
    }
    b.done = true;
  });
})();`;

function repeat(n, make) {
  let out = '';
  for (let i = 0; i < n; i++) out += make(i) + '\n';
  return out;
}

function page({
  title,
  n,
  css = '',
  body,
  bundle = true,
  bundleQuery = '',
  boxes = false,
  script = '',
  before = '',
}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="${PAGE_ICON}">
<script>${HARNESS}</script>${before ? `\n<script>${before}</script>` : ''}
<style>body { margin: 8px; font: 16px/1.5 system-ui, sans-serif; } main { line-height: 52px; }
${css}</style>
${bundle ? `<script type="module" src="${BUNDLE_PATH}${bundleQuery}"></script>` : ''}${script ? `<script type="module">${script}</script>` : ''}
</head>
<body data-n="${n}"${boxes ? ' data-boxes="1"' : ''}>
<main>
${body}</main>
<p>Text after the buttons: it moves if they change size when they upgrade.</p>
</body>
</html>
`;
}

const button = (extra = '') =>
  `<message-us-button business-id="${BUSINESS_ID}"${extra}></message-us-button>`;

/**
 * The pages, keyed by name. `kind` groups them in the table; `floor` names
 * the anchor page an element page is compared with. `delayBundle` makes the
 * server hold the bundle back so the page paints its no-JS fallback first,
 * which is the situation where the upgrade could shift the layout.
 */
export function pages() {
  const list = [];
  for (const n of [1, 100, 1000]) {
    list.push({
      name: `anchor-${n}`,
      kind: 'anchor',
      n,
      html: page({
        title: `${n} plain anchors`,
        n,
        css: ANCHOR_CSS,
        bundle: false,
        body: repeat(n, () => `<a class="floor" href="${MESSAGES_HREF}">Message Us</a>`),
      }),
    });
    list.push({
      name: `element-${n}`,
      kind: 'element',
      n,
      floor: `anchor-${n}`,
      html: page({
        title: `${n} framework-free custom elements`,
        n,
        bundle: false,
        script: floorScript(),
        body: repeat(n, () => `<floor-button business-id="${BUSINESS_ID}"></floor-button>`),
      }),
    });
    list.push({
      name: `button-${n}`,
      kind: 'button',
      n,
      floor: `anchor-${n}`,
      html: page({title: `${n} buttons`, n, body: repeat(n, () => button(' platform="apple"'))}),
    });
    if (n === 1000) {
      // Optional (only when BENCH_PAGES names them): how much of the
      // buttons' time the render tasks take, against the floor over tasks.
      list.push({
        name: 'element-tasks-1000',
        kind: 'element',
        n,
        floor: 'anchor-1000',
        optional: true,
        html: page({
          title: '1,000 framework-free custom elements rendered over tasks',
          n,
          bundle: false,
          script: floorScript(170),
          body: repeat(n, () => `<floor-button business-id="${BUSINESS_ID}"></floor-button>`),
        }),
      });
      list.push({
        name: 'button-one-task-1000',
        kind: 'button',
        n,
        floor: 'anchor-1000',
        optional: true,
        html: page({
          title: '1,000 buttons, every first render in one task',
          n,
          // The render queue's own fallback for engines without :state().
          before: `{const supports = CSS.supports; CSS.supports = (...a) => !String(a[0]).includes(':state(') && supports.apply(CSS, a);}`,
          body: repeat(n, () => button(' platform="apple"')),
        }),
      });
    }
    list.push({
      name: `banner-${n}`,
      kind: 'banner',
      n,
      floor: `anchor-${n}`,
      html: page({
        title: `${n} banners`,
        n,
        body: repeat(
          n,
          () =>
            `<message-us-banner business-id="${BUSINESS_ID}" platform="apple"></message-us-banner>`
        ),
      }),
    });
  }
  // Author colours: each element then checks its contrast from computed
  // style after rendering.
  list.push({
    name: 'colored-1000',
    kind: 'colored',
    n: 1000,
    floor: 'anchor-1000',
    html: page({
      title: '1000 buttons with colours',
      n: 1000,
      body: repeat(1000, () => button(' platform="apple" color="#fff" background="#1b3f68"')),
    }),
  });
  // Platform detection: `platform` left to `auto`, so every element asks for
  // the page's platform; `unsupported="show"` renders the link everywhere.
  list.push({
    name: 'detect-1000',
    kind: 'detect',
    n: 1000,
    floor: 'anchor-1000',
    html: page({
      title: '1000 buttons, platform auto',
      n: 1000,
      body: repeat(1000, () => button(' unsupported="show"')),
    }),
  });
  // The no-JS fallback pattern, with and without the README's CSS.
  const fallback = repeat(
    100,
    () =>
      `<message-us-button business-id="${BUSINESS_ID}" platform="apple"><a href="${MESSAGES_HREF}">Message Us</a></message-us-button>`
  );
  list.push({
    name: 'fallback-100',
    kind: 'fallback',
    n: 100,
    delayBundle: true,
    html: page({
      title: 'no-JS fallback, README CSS',
      n: 100,
      css: FALLBACK_CSS,
      body: fallback,
      bundleQuery: '?delay',
      boxes: true,
    }),
  });
  list.push({
    name: 'fallback-unstyled-100',
    kind: 'fallback',
    n: 100,
    delayBundle: true,
    html: page({
      title: 'no-JS fallback, no CSS',
      n: 100,
      body: fallback,
      bundleQuery: '?delay',
      boxes: true,
    }),
  });
  return list;
}
