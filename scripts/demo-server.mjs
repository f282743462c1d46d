// The dev-server plugins the demo needs, shared by `npm start` and the
// screenshots: TypeScript only, compiled with the project's tsconfig. With
// a `target`, esbuild would also rewrite every .js it serves, and the built
// bundles in dist/ must reach the browser byte for byte (their SRI hashes
// are what the configurator's snippets pin).
import {esbuildPlugin} from '@web/dev-server-esbuild';

export function demoPlugins() {
  return [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json'})];
}
