// Fails unless every file under src/core/ has 100% statement and branch
// coverage in the last `wtr --coverage` run (coverage/lcov.info).
import {readFileSync, readdirSync} from 'node:fs';

const lcov = readFileSync('coverage/lcov.info', 'utf8');
let failed = 0;
let files = 0;
for (const record of lcov.split('end_of_record')) {
  const file = /^SF:(.+)$/m.exec(record)?.[1];
  if (!file || !/src[\\/]core[\\/]/.test(file)) continue;
  files++;
  const num = (key) => Number(new RegExp(`^${key}:(\\d+)$`, 'm').exec(record)?.[1] ?? 0);
  const [lf, lh, brf, brh] = [num('LF'), num('LH'), num('BRF'), num('BRH')];
  const ok = lf === lh && brf === brh;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'LOW '} ${file.replace(/^.*src/, 'src')}: lines ${lh}/${lf}, branches ${brh}/${brf}`
  );
}
// A module no test loads is missing from lcov.info altogether: count it as
// uncovered. Type-only modules compile to nothing and are exempt.
for (const name of readdirSync('src/core')) {
  const source = readFileSync(`src/core/${name}`, 'utf8');
  const typeOnly = !/^export (?:const|function|class|let)/m.test(source);
  if (typeOnly || lcov.includes(`src/core/${name}`)) continue;
  failed++;
  console.log(`LOW  src/core/${name}: not loaded by any test`);
}
if (!files) {
  console.error('no src/core files in coverage/lcov.info');
  process.exit(1);
}
process.exit(failed ? 1 : 0);
