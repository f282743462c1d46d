// The npm entry on a page without Apple's script: it registers the
// elements, starts the layer on the document and defines the global.
// One page per test file, so the global is this file's own.
import {expect, waitUntil} from '@open-wc/testing';
import {startPageAppleCompat} from '../../src/apple-compat/index.js';
import {APPLE_COMPAT_VERSION} from '../../src/apple-compat/version.js';
import {isMessagesSupported} from '../../src/core/platform.js';

const ID = '22222222-dddd-4444-bbbb-777777777777';

describe('message-us/apple-compat.js', () => {
  let container: HTMLDivElement;

  afterEach(() => container?.remove());

  function addContainer(intent: string): HTMLDivElement {
    container = document.createElement('div');
    container.className = 'apple-business-chat-message-container';
    container.setAttribute('data-apple-business-id', ID);
    container.setAttribute('data-apple-business-intent-id', intent);
    container.setAttribute('data-message-us-platform', 'apple');
    document.body.append(container);
    return container;
  }

  it('registers both elements', () => {
    expect([
      customElements.get('message-us-button')?.name,
      customElements.get('message-us-banner')?.name,
    ]).to.deep.equal(['MessageUsButtonElement', 'MessageUsBannerElement']);
  });

  it('defines window.appleBusinessChat', () => {
    const api = window.appleBusinessChat!;
    expect([Object.keys(api).sort(), api.isSupported(), api.version]).to.deep.equal([
      ['isSupported', 'refresh', 'version'],
      isMessagesSupported(),
      APPLE_COMPAT_VERSION,
    ]);
  });

  it('renders a container added to the page without refresh()', async () => {
    const added = addContainer('Customer Enquiry');
    await waitUntil(() => added.querySelector('message-us-button'), 'no element rendered');
    const element = added.querySelector('message-us-button')!;
    await element.updateComplete;
    expect(element.href).to.equal(
      `https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=Customer%20Enquiry`
    );
  });

  it('keeps one element per container through window.appleBusinessChat.refresh()', async () => {
    const added = addContainer('ESHOP');
    window.appleBusinessChat!.refresh();
    window.appleBusinessChat!.refresh();
    await new Promise((resolve) => setTimeout(resolve));
    window.appleBusinessChat!.refresh();
    expect(added.querySelectorAll('message-us-button').length).to.equal(1);
  });

  it('starts once per page', () => {
    expect(startPageAppleCompat()).to.equal(startPageAppleCompat());
  });
});
