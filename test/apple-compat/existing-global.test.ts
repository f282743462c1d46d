// The npm entry on a page where Apple's script already defined the global:
// the global is left alone, one warning says so, and containers still render.
import {expect, waitUntil} from '@open-wc/testing';

const ID = '22222222-dddd-4444-bbbb-777777777777';
const apple = {isSupported: () => true, refresh: () => {}, version: '2.0.0'};
const warnings: string[] = [];

describe('message-us/apple-compat.js after Apple’s script', () => {
  let container: HTMLDivElement;
  let originalWarn: typeof console.warn;

  before(async () => {
    window.appleBusinessChat = apple;
    container = document.createElement('div');
    container.className = 'apple-business-chat-banner-container';
    container.setAttribute('data-apple-business-id', ID);
    document.body.append(container);
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    await import('../../src/apple-compat/index.js');
  });

  after(() => {
    console.warn = originalWarn;
    container.remove();
  });

  it('leaves the global alone', () => {
    expect(window.appleBusinessChat).to.equal(apple);
  });

  it('warns once', () => {
    expect(warnings.filter((w) => w.includes('appleBusinessChat'))).to.deep.equal([
      `[message-us] window.appleBusinessChat is already defined, probably by Apple's own script; it is left alone, and the page may show two buttons per container. Load only message-us, e.g. replace <script src="https://static.cdn-apple.com/businesschat/start-chat-button/2/index.js"> with the message-us apple-compat.js script.`,
    ]);
  });

  it('still renders the containers', async () => {
    await waitUntil(() => container.querySelector('message-us-banner'), 'no element rendered');
    expect(container.querySelectorAll('message-us-banner').length).to.equal(1);
  });
});
