// Fails unless every file under src/core/ has 100% statement and branch
// coverage in the last `wtr --coverage` run (coverage/lcov.info).
// The production arms of `DEV ? full : coded(…)` are exempt: the tests run
// the source, where DEV is true, and test/builds/warnings.test.ts checks the
// short forms in the built production bundle instead.
import {readFileSync, readdirSync} from 'node:fs';

/** Whether an uncovered line (1-based) of `lines` is a production arm or its DEV test. */
function productionArm(lines, number) {
  const line = lines[number - 1] ?? '';
  const next = lines[number] ?? '';
  // The short arm: `: coded(…)`, or `: ''` where the production build has no text.
  const shortArm = /^\s*: (?:coded\(|''$)/;
  return (
    /\bDEV \?/.test(line) || shortArm.test(line) || (/^\s*\? /.test(line) && shortArm.test(next))
  );
}

const lcov = readFileSync('coverage/lcov.info', 'utf8');
let failed = 0;
let files = 0;
for (const record of lcov.split('end_of_record')) {
  const file = /^SF:(.+)$/m.exec(record)?.[1];
  if (!file || !/src[\\/]core[\\/]/.test(file)) continue;
  files++;
  const num = (key) => Number(new RegExp(`^${key}:(\\d+)$`, 'm').exec(record)?.[1] ?? 0);
  const [lf, lh, brf, brh] = [num('LF'), num('LH'), num('BRF'), num('BRH')];
  const lines = readFileSync(file, 'utf8').split('\n');
  const missed = (regex) =>
    [...record.matchAll(regex)]
      .map((match) => Number(match[1]))
      .filter((number) => !productionArm(lines, number));
  const missedLines = missed(/^DA:(\d+),0$/gm);
  const missedBranches = missed(/^BRDA:(\d+),\d+,\d+,(?:0|-)$/gm);
  const ok = missedLines.length === 0 && missedBranches.length === 0;
  if (!ok) failed++;
  const exempt = lf - lh + brf - brh - missedLines.length - missedBranches.length;
  console.log(
    `${ok ? 'ok  ' : 'LOW '} ${file.replace(/^.*src/, 'src')}: lines ${lh}/${lf}, branches ${brh}/${brf}` +
      (exempt ? ` (${exempt} production arms exempt)` : '') +
      (ok ? '' : `; missed lines ${[...missedLines, ...missedBranches].join(', ')}`)
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
