/**
 * `window.appleBusinessChat.version`: this package's version, kept equal to
 * package.json's by `test/node/apple-compat-version.test.mjs` (a constant
 * rather than a build-time injection, so the unbundled npm modules, the CDN
 * bundle and the tests all read the same value without a build step).
 */
export const APPLE_COMPAT_VERSION = '0.1.0';
