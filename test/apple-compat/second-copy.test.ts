// A page where another copy of message-us (npm and CDN both loaded) already
// runs the compatibility layer: this copy stays out of the way, silently.
import {expect} from '@open-wc/testing';
import {installAppleBusinessChat} from '../../src/apple-compat/apple-compat.js';

describe('message-us/apple-compat.js loaded twice', () => {
  const warnings: string[] = [];
  let first: unknown;
  let originalWarn: typeof console.warn;
  let entry: typeof import('../../src/apple-compat/index.js');

  before(async () => {
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    first = installAppleBusinessChat(window, () => {});
    entry = await import('../../src/apple-compat/index.js');
  });

  after(() => {
    console.warn = originalWarn;
  });

  it('keeps the first copy’s global and starts no second layer', () => {
    expect([window.appleBusinessChat === first, entry.startPageAppleCompat()]).to.deep.equal([
      true,
      undefined,
    ]);
  });

  it('warns about nothing', () => {
    expect(warnings).to.deep.equal([]);
  });
});
