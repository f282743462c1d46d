// The dev-server plugins the demo needs, shared by `npm start` and the
// screenshots: the configurator's TypeScript (demo/src/) compiled file by
// file with the project's tsconfig, types stripped and nothing else.
// `esnext` rather than the default `auto`, which lowers the code for the
// browser asking and fails on some syntax for unknown or older browsers;
// with `esnext` the plugin also leaves every .js byte for byte, as the
// built bundles in dist/ must be (their SRI hashes are what the
// configurator's snippets pin).
import {esbuildPlugin} from '@web/dev-server-esbuild';

export function demoPlugins() {
  return [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'esnext'})];
}
