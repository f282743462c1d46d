// npm run bench: the size benchmark (with the CI budget check), then the
// render benchmark in Chromium, Firefox and WebKit. Builds first when the
// CDN bundle is missing. BENCH_RUNS and BENCH_BROWSERS are passed through,
// e.g. `BENCH_RUNS=3 BENCH_BROWSERS=chromium npm run bench`.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';

function run(label, command, args) {
  console.log(`\n== ${label}`);
  const started = Date.now();
  const {status} = spawnSync(command, args, {stdio: 'inherit'});
  console.log(
    `== ${label}: ${status === 0 ? 'done' : `exit ${status}`} in ${((Date.now() - started) / 1000).toFixed(0)} s`
  );
  return status ?? 1;
}

if (!existsSync('dist/cdn/message-us.js')) {
  if (run('Build (dist/cdn/message-us.js is missing)', 'npm', ['run', 'build']) !== 0)
    process.exit(1);
}
// Both benchmarks run even when one fails, so a size over budget still
// leaves the render numbers to look at.
const size = run('Size (bench/size.mjs --check)', process.execPath, ['bench/size.mjs', '--check']);
const render = run('Render (bench/render.mjs)', process.execPath, ['bench/render.mjs']);
if (size || render) {
  console.error(
    `\n[message-us] bench: ${[size && 'size over budget (or failed)', render && 'render benchmark failed'].filter(Boolean).join(', ')}`
  );
  process.exit(1);
}
