// Where the time goes on one benchmark page, in Chromium: loads the page a
// few times under the CPU profiler and prints the functions with the most
// self time. Use an unminified bundle so the names mean something:
//
//   npx esbuild src/cdn/message-us.ts --bundle --format=esm --target=es2021 --outfile=/tmp/mu.js
//   BENCH_BUNDLE=/tmp/mu.js node bench/profile.mjs button-1000 [runs]
import {readFileSync} from 'node:fs';
import {puppeteerCore} from '@web/test-runner-chrome';
import {CHROMIUM_ARGS, executableFor} from '../scripts/browsers.mjs';
import {pages} from './pages.mjs';
import {startServer} from './render.mjs';

const name = process.argv[2] ?? 'button-1000';
const runs = Number(process.argv[3] ?? 5);
const pageList = pages();
const target = pageList.find((p) => p.name === name);
if (!target) {
  console.error(`[message-us] no page "${name}"; pages: ${pageList.map((p) => p.name).join(', ')}`);
  process.exit(2);
}
const server = await startServer(
  pageList,
  readFileSync(process.env.BENCH_BUNDLE || 'dist/cdn/message-us.js')
);
const browser = await puppeteerCore.launch({
  executablePath: executableFor('chromium'),
  headless: true,
  args: CHROMIUM_ARGS,
});
const self = new Map();
const inclusive = new Map();
let total = 0;
let render = 0;
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: 50});
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/p/${name}.html`, {waitUntil: 'load'});
    const b = await page.evaluate(
      'new Promise((r) => { const c = () => (window.__bench?.done ? r(window.__bench) : setTimeout(c, 100)); c(); })'
    );
    render += b.renderMs;
    const {profile} = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = new Map();
    profile.samples.forEach((id, k) =>
      dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000)
    );
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const keyOf = ({callFrame: f}) =>
      `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    for (const [id, ms] of dt) {
      const node = byId.get(id);
      const key = keyOf(node);
      self.set(key, (self.get(key) ?? 0) + ms);
      if (['(idle)', '(program)'].includes(node.callFrame.functionName)) continue;
      total += ms;
      // Inclusive time: once per function per stack, so recursion is not double counted.
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const k = keyOf(byId.get(at));
        if (seen.has(k)) continue;
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `${name}: render ${(render / runs).toFixed(1)} ms mean over ${runs} runs; sampled non-idle ${(total / runs).toFixed(1)} ms per load`
);
console.log('  self ms  total ms  function (per load)');
for (const [key, ms] of [...inclusive]
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(process.env.TOP ?? 40)))
  console.log(
    `${((self.get(key) ?? 0) / runs).toFixed(2).padStart(9)}  ${(ms / runs).toFixed(2).padStart(8)}  ${key}`
  );
