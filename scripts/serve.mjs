// npm start: serves the demo (after `npm run build`) at http://localhost:8000.
// The repository root is served so the demo loads the real dist/ files; bare
// imports (Lit, the configurator's QR code library) are resolved from
// node_modules, and the configurator's TypeScript (demo/src/) is compiled
// file by file as it is requested, so editing it needs no build step.
import {startDevServer} from '@web/dev-server';
import {demoPlugins} from './demo-server.mjs';

const port = Number(process.env.PORT) || 8000;

const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    nodeResolve: true,
    plugins: demoPlugins(),
    middleware: [
      function demoIndex(context, next) {
        if (context.path === '/' || context.path === '/index.html') {
          context.redirect('/demo/');
          return undefined;
        }
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`message-us demo: http://localhost:${port}/demo/`);
console.log(`configurator:    http://localhost:${port}/demo/configurator.html`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
