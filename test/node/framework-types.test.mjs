// The framework typings in dist/types/ (npm run build): generated from
// custom-elements.json, and checked with the real TypeScript compiler
// against the real @types/react, vue, svelte and solid-js. Each framework
// has a fixture that must compile (test/frameworks/*/ok.tsx) and one whose
// errors are exactly the ones listed here (bad.tsx).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import ts from 'typescript';
import {frameworkTypes} from '../../scripts/framework-types.mjs';

const root = new URL('../../', import.meta.url);
const dir = new URL('test/frameworks/', root);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

function compilerOptions(overrides = {}) {
  const path = new URL('tsconfig.json', dir).pathname;
  const {config} = ts.readConfigFile(path, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(
    config,
    ts.sys,
    new URL('.', `file://${path}`).pathname
  );
  assert.deepEqual(parsed.errors, []);
  return {options: {...parsed.options, ...overrides}, files: parsed.fileNames};
}

/** Every diagnostic of a program, as `{file, line, column, code, message}` (1-based). */
function diagnose(files, options) {
  const program = ts.createProgram(files, options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const {line, character} = d.file
      ? d.file.getLineAndCharacterOfPosition(d.start)
      : {line: -1, character: -1};
    return {
      file: d.file ? d.file.fileName.slice(dir.pathname.length) : null,
      line: line + 1,
      column: character + 1,
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    };
  });
}

/** Where `needle` starts in a fixture, 1-based, or a failure. */
function positionOf(file, needle) {
  const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  assert.notEqual(index, -1, `${file} contains ${needle}`);
  return {line: index + 1, column: lines[index].indexOf(needle) + 1};
}

test('the ok fixtures of React, Vue, Svelte and Solid type-check (tsconfig.json)', () => {
  const {options, files} = compilerOptions();
  assert.deepEqual(
    files.map((f) => f.slice(dir.pathname.length)),
    ['react/ok.tsx', 'vue/ok.tsx', 'svelte/ok.tsx', 'solid/ok.tsx']
  );
  assert.deepEqual(diagnose(files, options), []);
});

const PURPLE = `Type '"purple"' is not assignable to type '"light" | "dark" | "auto" | undefined'.`;

// Each expected error: where it starts (the text found there), its code,
// and a line of its message.
const BAD = {
  'react/bad.tsx': [
    {at: 'theme="purple"', code: 2322, message: PURPLE},
    {
      at: 'orientation="vertical"',
      code: 2322,
      message: `Property 'orientation' does not exist on type 'MessageUsReactProps<"message-us-button">'.`,
    },
    {
      at: 'scale="big"',
      code: 2322,
      message: "Type '\"big\"' is not assignable to type 'number | `${number}` | undefined'.",
    },
    {
      at: 'message-us-button business-id={ID} onmessage-us-click',
      code: 2322,
      message: `Type '(event: KeyboardEvent) => string' is not assignable to type '(event: CustomEvent<MessageUsClickDetail>) => void'.`,
    },
  ],
  'vue/bad.tsx': [{at: "theme: 'purple'", code: 2769, message: PURPLE}],
  'svelte/bad.tsx': [{at: "theme: 'purple'", code: 2322, message: PURPLE}],
  'solid/bad.tsx': [{at: 'theme="purple"', code: 2322, message: PURPLE}],
};

for (const [file, expected] of Object.entries(BAD)) {
  test(`${file} fails with exactly the expected errors`, () => {
    const {options} = compilerOptions();
    const found = diagnose([new URL(file, dir).pathname], options);
    assert.deepEqual(
      found.map(({file, line, column, code}) => ({file, line, column, code})),
      expected.map(({at, code}) => ({file, ...positionOf(file, at), code})),
      JSON.stringify(found, null, 2)
    );
    found.forEach((diagnostic, i) => {
      assert.ok(
        diagnostic.message.split('\n').some((line) => line.trim() === expected[i].message),
        `${diagnostic.message}\n  should include: ${expected[i].message}`
      );
    });
  });
}

test('dist/types/ is what the generator makes of custom-elements.json', () => {
  for (const [name, text] of Object.entries(frameworkTypes(manifest))) {
    assert.equal(readFileSync(new URL(`dist/types/${name}`, root), 'utf8'), text, name);
  }
});

test('every element, attribute and event of the manifest is typed', () => {
  const elements = readFileSync(new URL('dist/types/elements.d.ts', root), 'utf8');
  const react = readFileSync(new URL('dist/types/react.d.ts', root), 'utf8');
  const declarations = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName);
  assert.deepEqual(declarations.map((d) => d.tagName).sort(), [
    'message-us-banner',
    'message-us-button',
    'message-us-launcher',
  ]);
  assert.ok(
    elements.includes("  position?: 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start';\n")
  );
  assert.ok(
    elements.includes(
      "  'message-us-launcher-toggle': CustomEvent<MessageUsLauncherToggleDetail>;\n"
    )
  );
  for (const d of declarations) {
    assert.ok(react.includes(`'${d.tagName}': MessageUsReactProps<'${d.tagName}'>;`), d.tagName);
    for (const attribute of d.attributes) {
      const name = /^\w+$/.test(attribute.name) ? attribute.name : `'${attribute.name}'`;
      const type =
        attribute.type.text === 'number'
          ? 'number | `${number}`'
          : attribute.type.text === 'boolean'
            ? "boolean | 'true' | 'false'"
            : attribute.type.text;
      assert.ok(elements.includes(`  ${name}?: ${type};\n`), `${d.tagName} ${attribute.name}`);
    }
    for (const event of d.events) {
      assert.ok(elements.includes(`  '${event.name}': ${event.type.text};\n`), event.name);
    }
  }
  assert.ok(elements.includes("  theme?: 'light' | 'dark' | 'auto';\n"));
});

test('a new element in the manifest reaches every framework with no other change', () => {
  const widget = {
    kind: 'class',
    customElement: true,
    tagName: 'message-us-widget',
    name: 'MessageUsWidgetElement',
    attributes: [{name: 'position', fieldName: 'position', type: {text: "'left' | 'right'"}}],
    events: [{name: 'message-us-open', type: {text: 'CustomEvent<MessageUsOpenDetail>'}}],
  };
  const extended = structuredClone(manifest);
  extended.modules.push({
    kind: 'javascript-module',
    path: 'src/widget.ts',
    declarations: [widget],
  });
  assert.throws(
    () => frameworkTypes(extended),
    /MessageUsWidgetElement is used by the framework typings but not exported by src\/index.ts/
  );
  const index = extended.modules.find((m) => m.path === 'src/index.ts');
  index.exports.push(
    {kind: 'js', name: 'MessageUsWidgetElement'},
    {kind: 'js', name: 'MessageUsOpenDetail'}
  );
  const files = frameworkTypes(extended);
  assert.match(files['elements.d.ts'], /position\?: 'left' \| 'right';/);
  assert.match(files['elements.d.ts'], /'message-us-open': CustomEvent<MessageUsOpenDetail>;/);
  assert.match(files['elements.d.ts'], /import type \{[^}]*MessageUsWidgetElement[^}]*\} from/);
  assert.match(
    files['react.d.ts'],
    /'message-us-widget': MessageUsReactProps<'message-us-widget'>;/
  );
  assert.match(
    files['vue.d.ts'],
    /'message-us-widget': DefineComponent<MessageUsVueProps<'message-us-widget'>>;/
  );
  assert.match(
    files['svelte.d.ts'],
    /'message-us-widget': MessageUsSvelteProps<'message-us-widget'>;/
  );
  assert.match(
    files['solid.d.ts'],
    /'message-us-widget': MessageUsSolidProps<'message-us-widget'>;/
  );
});
