// npm run build:wordpress (after npm run build): the installable WordPress
// plugin dist/wordpress/message-us.zip — integrations/wordpress/ plus the
// element bundle (dist/cdn/message-us-launcher.js → assets/message-us.js,
// served from the site itself) and the attribute schema (dist/schema.json → schema.json),
// with the plugin's version set to the package's.
import {mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import JSZip from 'jszip';

const SOURCE = 'integrations/wordpress';
const SLUG = 'message-us';
const OUT = 'dist/wordpress/message-us.zip';
// Files the build supplies; a stale copy in the source folder is ignored.
const GENERATED = new Set(['assets/message-us.js', 'schema.json']);
const BUILT = {
  // The complete bundle (button, banner, launcher, business hours): the
  // plugin's settings offer every attribute of the schema, hours included,
  // and one file keeps the once-per-page loading simple.
  'assets/message-us.js': 'dist/cdn/message-us-launcher.js',
  'schema.json': 'dist/schema.json',
};
// A fixed date keeps the zip byte-for-byte reproducible.
const DATE = new Date('2025-01-01T00:00:00Z');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function readBuilt(path) {
  try {
    return readFileSync(path);
  } catch {
    console.error(`[message-us] ${path} is missing; run "npm run build" first.`);
    process.exit(1);
  }
}

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const schema = JSON.parse(readBuilt(BUILT['schema.json']).toString('utf8'));
if (!schema.$defs?.['message-us-button']?.properties) {
  console.error(
    `[message-us] ${BUILT['schema.json']} has no $defs["message-us-button"].properties.`
  );
  process.exit(1);
}

const zip = new JSZip();
const entries = [];
for (const path of files(SOURCE).sort()) {
  const name = relative(SOURCE, path).split(sep).join('/');
  if (GENERATED.has(name) || name === '.gitignore') continue;
  let content = readFileSync(path);
  if (name === 'message-us.php') {
    content = content
      .toString('utf8')
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(/const MESSAGE_US_VERSION = '[^']*';/, `const MESSAGE_US_VERSION = '${version}';`);
  } else if (name === 'readme.txt') {
    content = content.toString('utf8').replace(/^Stable tag: .*$/m, `Stable tag: ${version}`);
  }
  zip.file(`${SLUG}/${name}`, content, {date: DATE, createFolders: false});
  entries.push(name);
}
for (const [name, path] of Object.entries(BUILT)) {
  zip.file(`${SLUG}/${name}`, readBuilt(path), {date: DATE, createFolders: false});
  entries.push(name);
}

const data = await zip.generateAsync({
  type: 'nodebuffer',
  compression: 'DEFLATE',
  compressionOptions: {level: 9},
  platform: 'UNIX',
});
mkdirSync('dist/wordpress', {recursive: true});
writeFileSync(OUT, data);
console.log(`${OUT}  ${entries.length} files, ${data.length} bytes (version ${version})`);
