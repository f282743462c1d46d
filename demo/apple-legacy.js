// Loads the Apple compatibility bundle over Apple's own container markup.
// With `?as=iphone` (or `?as=android`) the frame first pretends to be that
// device, so the gallery can show on any computer what iPhone visitors get,
// and tests do not depend on the machine they run on. Only this demo frame
// does that; the library never touches the user agent.

/** @type {Record<string, {userAgent: string, platform: string, maxTouchPoints: number}>} */
const DEVICES = {
  iphone: {
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    platform: 'iPhone',
    maxTouchPoints: 5,
  },
  android: {
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
    platform: 'Linux armv81',
    maxTouchPoints: 5,
  },
};

const status = /** @type {HTMLElement} */ (document.getElementById('status'));

const as = new URLSearchParams(location.search).get('as') ?? '';
const device = Object.hasOwn(DEVICES, as) ? DEVICES[as] : undefined;
if (device) {
  for (const [key, value] of Object.entries(device)) {
    Object.defineProperty(navigator, key, {configurable: true, get: () => value});
  }
}

// A promise chain rather than top-level await: the demo's scripts are also
// served through the test runner's ES2021 transform.
// A variable specifier: the type check of the demo must not read the
// minified bundle as source.
const bundle = '../dist/cdn/apple-compat.js';
import(bundle).then(
  () => {
    const api = /** @type {any} */ (window).appleBusinessChat;
    if (api && typeof api.isSupported === 'function') {
      status.textContent = `appleBusinessChat.isSupported() is ${api.isSupported()}.`;
    }
    document.documentElement.dataset.compat = 'loaded';
  },
  () => {
    // The bundle is built from src/cdn/apple-compat.ts; until it exists the
    // containers stay empty, as they would without Apple's script.
    status.textContent =
      'The compatibility bundle (dist/cdn/apple-compat.js) is not in this build yet, so the containers stay empty.';
    document.documentElement.dataset.compat = 'missing';
  }
);

export {};
