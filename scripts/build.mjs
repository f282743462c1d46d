// npm run build: the npm modules and the CDN bundles (Rollup), the CDN
// bundles' SRI hashes, custom-elements.json and the framework typings.
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {writeFrameworkTypes} from './framework-types.mjs';
import {writeLocaleBundles} from './locale-bundles.mjs';
import {syncReadme, writeArtifacts} from './schema-artifacts.mjs';

function run(command, args) {
  const result = spawnSync(command, args, {stdio: 'inherit'});
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync('dist', {recursive: true, force: true});
run('npx', ['rollup', '-c', '--silent']);
// message-us.<locale>.js and message-us-hours.<locale>.js, from the
// placeholder builds (before the hashes, which cover them too).
console.log(`${(await writeLocaleBundles()).length} per-language bundles written`);

// The CDN build's TypeScript pass also writes declarations; the bundles'
// types are those of the npm entries, so drop the strays.
const integrity = {};
for (const name of readdirSync('dist/cdn')) {
  if (name.endsWith('.d.ts') || name.endsWith('.d.ts.map')) rmSync(`dist/cdn/${name}`);
  if (!name.endsWith('.js')) continue;
  const hash = `sha384-${createHash('sha384')
    .update(readFileSync(`dist/cdn/${name}`))
    .digest('base64')}`;
  writeFileSync(`dist/cdn/${name}.sri`, `${hash}\n`);
  integrity[name] = hash;
}
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
for (const [name, hash] of Object.entries(integrity))
  console.log(`dist/cdn/${name}  integrity="${hash}"`);

// The analyzer reads custom-elements-manifest.config.mjs (globs and the
// plugin that takes the attributes from the schema).
run('npx', ['cem', 'analyze', '--quiet']);
console.log('custom-elements.json written');

// The React, Vue, Svelte and Solid typings, from the manifest just written.
console.log(`${writeFrameworkTypes().join(', ')} written`);

await writeArtifacts();
copyFileSync('src/no-js.css', 'dist/no-js.css');
console.log('dist/schema.json, dist/locales.json and dist/no-js.css written');
if (!(await syncReadme({check: true}))) {
  console.warn('README.md: the attribute table differs from the schema; run `npm run docs`.');
}
