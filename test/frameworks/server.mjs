// A web-test-runner plugin for the framework tests: what they need from
// Node, made at test time by the real libraries (never a committed snapshot).
//
// - GET /__frameworks/lit-ssr?tag=…&attributes=<JSON> → the element's HTML
//   from message-us/ssr.js (dist/ssr.js: `npm run build` first), rendered in
//   a child process so Lit's DOM shim stays out of the test server;
// - GET /__frameworks/react-ssr?props=<JSON> → renderToString of
//   test/frameworks/react/app.ts with React 19's own server renderer;
// - GET /__frameworks/react.js, /__frameworks/react-dom-client.js → React
//   and react-dom/client (CommonJS) as one ES module bundle made by esbuild,
//   development build, so hydration mismatches are reported.
import {execFile} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import process from 'node:process';
import {URL, URLSearchParams} from 'node:url';
import {promisify} from 'node:util';
import * as esbuild from 'esbuild';

const root = new URL('../../', import.meta.url);
const require = createRequire(root);
const run = promisify(execFile);

const RENDER_SCRIPT = `
const [tag, attributes] = JSON.parse(process.argv[1]);
const {renderElement} = await import(process.argv[2]);
process.stdout.write(await renderElement(tag, attributes));
`;

async function litSsr(params) {
  if (!existsSync(new URL('dist/ssr.js', root))) {
    return {status: 503, body: 'dist/ssr.js is missing: run `npm run build` first'};
  }
  const args = JSON.stringify([params.get('tag'), JSON.parse(params.get('attributes') ?? '{}')]);
  const {stdout, stderr} = await run(
    process.execPath,
    ['--input-type=module', '-e', RENDER_SCRIPT, args, new URL('dist/ssr.js', root).href],
    {cwd: root.pathname}
  );
  // Warnings of the server render go to the test as a header.
  return {body: stdout, headers: {'x-ssr-warnings': encodeURIComponent(stderr)}};
}

let reactBundle;
/** React and react-dom/client as one ES module, so both share one React. */
async function reactAll() {
  reactBundle ??= esbuild
    .build({
      stdin: {
        contents:
          "import * as React from 'react'; import * as ReactDOMClient from 'react-dom/client'; export {React, ReactDOMClient};",
        resolveDir: root.pathname,
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      define: {'process.env.NODE_ENV': '"development"'},
      logLevel: 'silent',
    })
    .then((result) => result.outputFiles[0].text);
  return reactBundle;
}

/** An ES module re-exporting one CommonJS module of the bundle, export by export. */
function facade(name, binding) {
  const names = Object.keys(require(name)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key));
  return `import {${binding}} from './react-all.js';
export default ${binding};
${names.map((key) => `export const ${key} = ${binding}.${key};`).join('\n')}
`;
}

let app;
async function reactSsr(params) {
  if (!app) {
    const source = readFileSync(new URL('test/frameworks/react/app.ts', root), 'utf8');
    const {code} = await esbuild.transform(source, {loader: 'ts', format: 'esm'});
    app = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  }
  const React = require('react');
  const {renderToString} = require('react-dom/server');
  const props = JSON.parse(params.get('props') ?? '{}');
  return {body: renderToString(app.App(React, props))};
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function frameworksPlugin() {
  return {
    name: 'message-us-frameworks',
    async serve(context) {
      const params = new URLSearchParams(context.querystring);
      switch (context.path) {
        case '/__frameworks/lit-ssr': {
          const {status, body, headers} = await litSsr(params);
          if (status) context.status = status;
          for (const [name, value] of Object.entries(headers ?? {})) context.set(name, value);
          return {body, type: 'text/plain'};
        }
        case '/__frameworks/react-ssr':
          return {...(await reactSsr(params)), type: 'text/plain'};
        case '/__frameworks/react-all.js':
          return {body: await reactAll(), type: 'js'};
        case '/__frameworks/react.js':
          return {body: facade('react', 'React'), type: 'js'};
        case '/__frameworks/react-dom-client.js':
          return {body: facade('react-dom/client', 'ReactDOMClient'), type: 'js'};
        default:
          return undefined;
      }
    },
  };
}
