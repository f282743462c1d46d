// A web-test-runner plugin for the framework tests: what they need from
// Node, made at test time by the real libraries (never a committed snapshot).
//
// - GET /__frameworks/lit-ssr?tag=…&attributes=<JSON> → the element's HTML
//   from message-us/ssr.js (dist/ssr.js: `npm run build` first), rendered in
//   a child process (node-render.mjs);
// - GET /__frameworks/react-ssr?props=<JSON> → renderToString of
//   test/frameworks/react/app.ts with React 19's own server renderer;
// - GET /__frameworks/react.js, /__frameworks/react-dom-client.js → React
//   and react-dom/client (CommonJS) as one ES module bundle made by esbuild,
//   development build, so hydration mismatches are reported.
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import process from 'node:process';
import {URL, URLSearchParams} from 'node:url';
import {promisify} from 'node:util';
import * as esbuild from 'esbuild';

const root = new URL('../../', import.meta.url);
const run = promisify(execFile);

const SCRIPT = new URL('test/frameworks/node-render.mjs', root).pathname;

/** Runs node-render.mjs; its stderr (warnings) comes back beside the output. */
async function node(...args) {
  const {stdout, stderr} = await run(process.execPath, [SCRIPT, ...args], {cwd: root.pathname});
  return {stdout, stderr};
}

async function litSsr(params) {
  if (!existsSync(new URL('dist/ssr.js', root))) {
    return {status: 503, body: 'dist/ssr.js is missing: run `npm run build` first'};
  }
  const args = JSON.stringify([params.get('tag'), JSON.parse(params.get('attributes') ?? '{}')]);
  const {stdout, stderr} = await node('lit', args);
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
async function facade(name, binding) {
  const names = JSON.parse((await node('exports', name)).stdout).filter((key) =>
    /^[A-Za-z_$][\w$]*$/.test(key)
  );
  return `import {${binding}} from './react-all.js';
export default ${binding};
${names.map((key) => `export const ${key} = ${binding}.${key};`).join('\n')}
`;
}

async function reactSsr(params) {
  const {stdout, stderr} = await node('react', params.get('props') ?? '{}');
  return {body: stdout, headers: {'x-ssr-warnings': encodeURIComponent(stderr)}};
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
        case '/__frameworks/react-ssr': {
          const {body, headers} = await reactSsr(params);
          for (const [name, value] of Object.entries(headers)) context.set(name, value);
          return {body, type: 'text/plain'};
        }
        case '/__frameworks/react-all.js':
          return {body: await reactAll(), type: 'js'};
        case '/__frameworks/react.js':
          return {body: await facade('react', 'React'), type: 'js'};
        case '/__frameworks/react-dom-client.js':
          return {body: await facade('react-dom/client', 'ReactDOMClient'), type: 'js'};
        default:
          return undefined;
      }
    },
  };
}
