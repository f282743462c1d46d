// Everything derived from the schema in src/core/schema.ts for readers that
// are not TypeScript: dist/schema.json (JSON Schema 2020-12, for CMS plugins
// and other languages), dist/locales.json (every default label), the
// attribute tables of docs/attributes.md, and the attribute and property entries of
// custom-elements.json. Also the README's warning codes, from
// src/core/warning-codes.ts. Reads the built core (dist/core/index.js).
import {readFileSync, writeFileSync} from 'node:fs';
import * as prettier from 'prettier';

const core = () => import(new URL('../dist/core/index.js', import.meta.url).href);

const TYPE = {number: 'number', boolean: 'boolean'};

/** The JSON Schema of one option. */
function property(option, DESCRIPTIONS) {
  const entry = {type: TYPE[option.kind] ?? 'string', description: DESCRIPTIONS[option.attribute]};
  if (option.values) entry.enum = [...option.values];
  if (option.default !== undefined) entry.default = option.default;
  if (option.kind === 'color') entry.format = 'color';
  if (option.kind === 'verbatim') entry['x-verbatim'] = true;
  if (option.attribute === 'business-id') {
    entry.pattern =
      '^\\s*[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\s*$';
  }
  if (option.kind === 'number') entry.examples = [Number(option.example)];
  else entry.examples = [option.kind === 'boolean' ? option.example === 'true' : option.example];
  entry['x-property'] = option.property;
  entry['x-group'] = option.group;
  if (option.token) entry['x-css-token'] = option.token;
  return entry;
}

/** dist/schema.json: one object schema per tag under `$defs`. */
export async function jsonSchema() {
  const {TAGS, TAG_SPECS, SCALE_RANGE, DESCRIPTIONS, TAG_DESCRIPTIONS, optionsFor} = await core();
  const defs = {};
  for (const tag of TAGS) {
    const properties = {};
    for (const option of optionsFor(tag)) {
      const entry = property(option, DESCRIPTIONS);
      const apple = option.apple?.[tag];
      if (apple) entry['x-apple-attribute'] = apple;
      if (option.kind === 'number') [entry.minimum, entry.maximum] = SCALE_RANGE;
      properties[option.attribute] = entry;
    }
    defs[tag] = {
      type: 'object',
      description: TAG_DESCRIPTIONS[tag],
      properties,
      required: ['business-id'],
      additionalProperties: false,
      'x-apple-container': TAG_SPECS[tag].appleContainer,
      'x-contrast-pair': [...TAG_SPECS[tag].contrast],
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'message-us/schema.json',
    title: 'message-us elements',
    description:
      'The attributes of each message-us element, by tag name. Booleans: an attribute that is present means true, except the value "false". Page-level defaults: <meta name="message-us:ATTRIBUTE" content="VALUE">.',
    $defs: defs,
  };
}

/** dist/locales.json: every default label in every locale. */
export async function localesJson() {
  const {SUPPORTED_LOCALES, localeStrings} = await core();
  return Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, localeStrings(locale)]));
}

const cell = (text) => String(text).replaceAll('|', '\\|');

/**
 * The README's "Element" cell of an option: `all`, `both` (the button and
 * the banner), or the short names of its elements (`button, launcher`).
 */
export function elementsCell(tags, every) {
  if (tags.length === every.length) return 'all';
  const names = tags.map((tag) => tag.replace('message-us-', ''));
  return names.join(', ') === 'button, banner' ? 'both' : names.join(', ');
}

/** The attribute table (docs/attributes.md) of the options shared or of one tag's own. */
export async function attributeTables() {
  const {OPTIONS, DESCRIPTIONS, TAGS, tagsOf} = await core();
  const row = (option) => {
    const values = option.values
      ? option.values.map((v) => `\`${v}\``).join(', ')
      : ({boolean: 'boolean', number: 'number', color: 'CSS colour', font: 'font-family'}[
          option.kind
        ] ?? 'text');
    const fallback = option.default === undefined ? '' : `\`${option.default}\``;
    const where = elementsCell(tagsOf(option), TAGS);
    return `| \`${option.attribute}\` | ${where} | ${cell(values)} | ${fallback} | ${cell(DESCRIPTIONS[option.attribute])} |`;
  };
  return [
    '| Attribute | Element | Values | Default | What it does |',
    '| --- | --- | --- | --- | --- |',
    ...OPTIONS.map(row),
  ].join('\n');
}

const START = '<!-- attributes:start (generated from src/core/schema.ts by npm run build) -->';
const END = '<!-- attributes:end -->';
const CODES_START = '<!-- warning-codes:start (from src/core/warning-codes.ts) -->';
const CODES_END = '<!-- warning-codes:end -->';

/**
 * The README's "Warning codes" list: one line per code, each with the
 * anchor the production build's links point at (GitHub prefixes the id
 * with `user-content-` and still scrolls to `#mu05`).
 */
export async function warningCodesList() {
  const {WARNING_CODES} = await import(
    new URL('../dist/core/warning-codes.js', import.meta.url).href
  );
  return Object.entries(WARNING_CODES)
    .map(
      ([code, {about, meaning, example}]) =>
        `- <a id="${code.toLowerCase()}">${code}</a> ${about}: ${meaning}; ${example}`
    )
    .join('\n');
}

/** The text between two markers replaced, or an error naming the missing markers. */
function splice(readme, start, end, body) {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`missing the markers ${start} … ${end}`);
  return `${readme.slice(0, from + start.length)}\n${body}\n${readme.slice(to)}`;
}

/**
 * The production build links each warning to the README at CODES_URL
 * (src/core/dev.ts); once package.json names a homepage, they must agree.
 */
export async function codesUrlProblem() {
  const {CODES_URL} = await import(
    new URL('../dist/development/core/dev.js', import.meta.url).href
  );
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const home = typeof pkg.homepage === 'string' ? pkg.homepage.replace(/#.*$/, '') : '';
  if (home && CODES_URL !== `${home}#`) {
    return `src/core/dev.ts CODES_URL is ${CODES_URL}, but package.json homepage is ${home}`;
  }
  return '';
}

/**
 * Writes the README's generated table, or with `check` reports whether it
 * is current. Returns true when the README was already current.
 */
export async function syncReadme({check = false} = {}) {
  // The attribute table lives in docs/attributes.md (the README stays
  // short); the warning codes in the README, where production warnings link.
  const tables = await attributeTables();
  const codes = await warningCodesList();
  const format = async (path, text) => {
    const options = (await prettier.resolveConfig(path.pathname)) ?? {};
    return prettier.format(text, {...options, parser: 'markdown'});
  };
  const files = [
    [
      new URL('../docs/attributes.md', import.meta.url),
      // Unpadded between prettier-ignore markers: Prettier would pad every row
      // to the widest description, doubling the table's bytes.
      (text) =>
        splice(
          text,
          START,
          END,
          `<!-- prettier-ignore-start -->\n${tables}\n<!-- prettier-ignore-end -->`
        ),
    ],
    [
      new URL('../README.md', import.meta.url),
      (text) => splice(text, CODES_START, CODES_END, codes),
    ],
  ];
  let current = true;
  for (const [path, edit] of files) {
    const text = readFileSync(path, 'utf8');
    // Formatted as `npm run lint` expects, so a regenerated file passes it.
    const next = await format(path, edit(text));
    if (next === text) continue;
    current = false;
    if (!check) writeFileSync(path, next);
  }
  return current;
}

/** Writes dist/schema.json and dist/locales.json. */
export async function writeArtifacts() {
  writeFileSync('dist/schema.json', `${JSON.stringify(await jsonSchema(), null, 2)}\n`);
  writeFileSync('dist/locales.json', `${JSON.stringify(await localesJson(), null, 2)}\n`);
}

const typeText = (option) =>
  option.values
    ? option.values.map((v) => `'${v}'`).join(' | ')
    : ({number: 'number', boolean: 'boolean'}[option.kind] ?? 'string');
const defaultText = (option) =>
  option.default === undefined
    ? undefined
    : typeof option.default === 'string'
      ? `'${option.default}'`
      : String(option.default);

/**
 * A custom-elements-manifest analyzer plugin: the elements' attributes and
 * properties come from the schema (they are declared there, not in the
 * classes), with enumerations as literal unions.
 */
export async function schemaManifestPlugin() {
  // The analyzer does not wait for asynchronous phases: load the schema first.
  const {optionsFor, DESCRIPTIONS} = await core();
  return {
    name: 'message-us-schema',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName?.startsWith('message-us-')) continue;
          const options = optionsFor(declaration.tagName);
          declaration.attributes = options.map((option) => ({
            name: option.attribute,
            fieldName: option.property,
            type: {text: typeText(option)},
            ...(defaultText(option) ? {default: defaultText(option)} : {}),
            description: DESCRIPTIONS[option.attribute],
          }));
          const fields = options.map((option) => ({
            kind: 'field',
            name: option.property,
            type: {text: `${typeText(option)} | undefined`},
            ...(defaultText(option) ? {default: defaultText(option)} : {}),
            description: DESCRIPTIONS[option.attribute],
            attribute: option.attribute,
          }));
          const names = new Set(fields.map((field) => field.name));
          declaration.members = [
            ...fields,
            ...(declaration.members ?? []).filter((member) => !names.has(member.name)),
          ];
        }
      }
    },
  };
}

// `node scripts/schema-artifacts.mjs` rewrites the README's table from the
// built schema; with `--check` it fails when the README has drifted.
if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const current = await syncReadme({check});
  if (check && !current) {
    console.error(
      'README.md: the attribute table or the warning codes differ from src/core/schema.ts or src/core/warning-codes.ts; run `npm run docs`.'
    );
    process.exit(1);
  }
  const url = await codesUrlProblem();
  if (url) {
    console.error(url);
    process.exit(1);
  }
  console.log(
    current
      ? 'docs/attributes.md and the README warning codes are current.'
      : 'docs/attributes.md and the README warning codes rewritten.'
  );
}
