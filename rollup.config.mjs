import {readdirSync} from 'node:fs';
import {resolve} from 'node:path';
import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import {stripSchemaFields} from './scripts/rollup-schema.mjs';

// Every source file is an entry so `dist/` mirrors `src/` module for module:
// npm users' bundlers then tree-shake and dedupe Lit themselves.
// The CDN entries under src/cdn/ are bundles only: as npm modules they would
// duplicate the real entries, and their output would depend on build order.
const sources = readdirSync('src', {recursive: true})
  .map((f) => `src/${f.replaceAll('\\', '/')}`)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('src/cdn/'))
  .sort();
const cdnSources = readdirSync('src/cdn').map((f) => `src/cdn/${f}`);

// The CDN bundles: one self-registering file each, Lit inside. Lit's
// production build is picked by the default export conditions (no
// `development`), so no dev-mode warnings ship.
// apple-compat.js replaces Apple's script, which pages load as a classic
// `<script src>`: an IIFE keeps its minified names out of the page's global
// scope (a page's own `var e` would otherwise stop the bundle) and works with
// `type="module"` too. message-us.js is documented as a module and exports
// the element classes, so it stays an ES module.
const cdnBundles = [
  {input: 'src/cdn/message-us.ts', file: 'dist/cdn/message-us.js', format: 'es'},
  {input: 'src/cdn/message-us-hours.ts', file: 'dist/cdn/message-us-hours.js', format: 'es'},
  {input: 'src/cdn/apple-compat.ts', file: 'dist/cdn/apple-compat.js', format: 'iife'},
  // The launcher's bundle carries the other elements too (its departments)
  // and the QR encoder, so pages without a launcher load neither.
  {input: 'src/cdn/message-us-launcher.ts', file: 'dist/cdn/message-us-launcher.js', format: 'es'},
  // The same two element bundles with one locale's labels each, built once
  // with a placeholder locale `xx` that scripts/locale-bundles.mjs turns into
  // message-us.<locale>.js and message-us-hours.<locale>.js.
  {input: 'src/cdn/message-us.ts', file: 'dist/cdn/message-us.xx.js', format: 'es', one: true},
  {
    input: 'src/cdn/message-us-hours.ts',
    file: 'dist/cdn/message-us-hours.xx.js',
    format: 'es',
    one: true,
  },
].filter(({input}) => cdnSources.includes(input));

// For the per-language bundles: the core's label tables are replaced by the
// one-locale stand-ins of src/cdn/locale/ (same exports).
function oneLocale() {
  return {
    name: 'one-locale',
    resolveId(source, importer) {
      const table = /^\.\/(labels|hours-i18n)\.js$/.exec(source)?.[1];
      if (!table || !importer?.replaceAll('\\', '/').includes('/src/core/')) return null;
      return resolve(`src/cdn/locale/${table}.ts`);
    },
  };
}

// Terser keeps template literals as written, so the elements' stylesheets
// (css`…`) would ship with their indentation and line breaks: collapsed here,
// for the CDN bundles, outside the `${…}` interpolations. Whitespace inside a
// value (`calc(a - b)`) and before a selector's `:` stays, as it matters there.
function minifyCssLiterals() {
  const squeeze = (text) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};]) ?/g, '$1')
      .replace(/([:,]) /g, '$1')
      .replace(/;}/g, '}');
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      // TypeScript emits the tag with a space: css `…`.
      if (id.includes('node_modules') || !/\bcss\s*`/.test(code)) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(/\bcss\s*`([^`]*)`/g)) {
        const start = match.index + match[0].indexOf('`') + 1;
        const body = match[1]
          .split(/(\$\{[^}]*\})/)
          .map((part, i) => (i % 2 ? part : squeeze(part)))
          .join('')
          .trim();
        out.overwrite(start, start + match[1].length, body);
      }
      return {code: out.toString(), map: out.generateMap({hires: true})};
    },
  };
}

// The same for the elements' templates (html`…` and svg`…`, nested ones
// too, found in the syntax tree): each line break with the indentation
// around it becomes one space (none before a tag's closing `>`), in every
// text part between the `${…}`s. Inside a tag that is the same markup;
// between tags a blank text node stays one. No template of ours has preformatted text.
function minifyHtmlLiterals() {
  const tags = new Set(['html', 'svg']);
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(html|svg)\s*`/.test(code)) return null;
      const out = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && tags.has(node.tag.name)) {
          for (const quasi of node.quasi.quasis) {
            const raw = quasi.value.raw;
            const squeezed = raw.replace(/\s*\n\s*(>?)/g, (_, end) => end || ' ');
            if (squeezed !== raw) out.overwrite(quasi.start, quasi.end, squeezed);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      return {code: out.toString(), map: out.generateMap({hires: true})};
    },
  };
}

// Two builds of everything (the way Lit ships): production, the default,
// with `DEV = false` in src/core/dev.ts so Rollup and Terser drop every full
// warning text and keep the short coded one; and development (the npm
// `development` export condition in dist/development/, and the `.dev.js`
// bundles) compiled from the source as it is. After the TypeScript plugin,
// which reads the files from disk itself.
function productionFlag() {
  const declaration = 'export const DEV = true;';
  return {
    name: 'production-flag',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/core/dev.ts')) return null;
      if (!code.includes(declaration)) this.error(`src/core/dev.ts lacks \`${declaration}\``);
      return {code: code.replace(declaration, 'export const DEV = false;'), map: null};
    },
  };
}

const terserOptions = {
  ecma: 2021,
  module: true,
  compress: {passes: 3, pure_getters: true, unsafe_arrows: true},
  format: {comments: false},
};

// The npm modules: production in dist/ (with the declarations, shared by
// both), development in dist/development/.
const npmBuild = (dev) => ({
  input: sources,
  // Lit, Lit's server renderer that only message-us/ssr.js imports, and
  // the QR encoder that only the launcher imports.
  external: (id) =>
    id === 'lit' ||
    id === 'qrcode-generator' ||
    id.startsWith('lit/') ||
    id.startsWith('@lit/') ||
    id.startsWith('@lit-labs/'),
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      outDir: dev ? 'dist/development' : 'dist',
      declaration: !dev,
      declarationMap: !dev,
      sourceMap: true,
    }),
    ...(dev ? [] : [productionFlag()]),
  ],
  output: {
    dir: dev ? 'dist/development' : 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
});

// Each CDN bundle, and its `.dev.js` twin with the full warnings.
const cdnBuild = ({input, file, format, one}, dev) => ({
  input,
  plugins: [
    one && oneLocale(),
    nodeResolve(),
    typescript({
      tsconfig: './tsconfig.json',
      outDir: 'dist/cdn',
      declaration: false,
      declarationMap: false,
      sourceMap: true,
    }),
    ...(dev ? [] : [productionFlag()]),
    minifyCssLiterals(),
    minifyHtmlLiterals(),
    // Only the Apple layer reads Apple's attribute names, and only the full
    // warnings show each attribute's example.
    stripSchemaFields([
      'group',
      'tokens',
      ...(format === 'iife' ? [] : ['apple']),
      ...(dev ? [] : ['example']),
    ]),
    terser(terserOptions),
  ],
  output: {file: dev ? file.replace(/\.js$/, '.dev.js') : file, format, sourcemap: true},
});

export default [
  npmBuild(false),
  npmBuild(true),
  // The one-language bundles have no development twins: `.dev.js` is for
  // reading the full warnings while building a page, in any language.
  ...cdnBundles.flatMap((bundle) =>
    bundle.one ? [cdnBuild(bundle, false)] : [cdnBuild(bundle, false), cdnBuild(bundle, true)]
  ),
];
