// Run by test/frameworks/server.mjs in a child process, so Lit's DOM shim
// and React's development console hooks stay out of the test server:
//
//   node test/frameworks/node-render.mjs lit '["message-us-button", {…}]'
//   node test/frameworks/node-render.mjs react '{…props}'
//   node test/frameworks/node-render.mjs exports react-dom/client
//
// prints the element's HTML (message-us/ssr.js), the React app's
// renderToString, or a module's export names as JSON.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import process from 'node:process';
import {URL} from 'node:url';
import * as esbuild from 'esbuild';

const root = new URL('../../', import.meta.url);
const require = createRequire(root);
const [command, argument] = process.argv.slice(2);

if (command === 'lit') {
  const [tag, attributes] = JSON.parse(argument);
  const {renderElement} = await import(new URL('dist/ssr.js', root).href);
  process.stdout.write(await renderElement(tag, attributes));
} else if (command === 'react') {
  const source = readFileSync(new URL('test/frameworks/react/app.ts', root), 'utf8');
  const {code} = await esbuild.transform(source, {loader: 'ts', format: 'esm'});
  const {App} = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  const {renderToString} = require('react-dom/server');
  process.stdout.write(renderToString(App(require('react'), JSON.parse(argument))));
} else if (command === 'exports') {
  process.stdout.write(JSON.stringify(Object.keys(require(argument))));
} else {
  throw new Error(`unknown command ${command}`);
}
