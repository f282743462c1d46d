// Vue 3 mounting the elements from a template: `isCustomElement` tells
// Vue's compiler they are not Vue components; attributes and bound props
// reach the element, and `@message-us-click` listens for the event.
// Chromium only: the engine does not matter to Vue's handling.
import {expect} from '@open-wc/testing';
import {createApp, nextTick, ref} from 'vue/dist/vue.esm-browser.js';
import '../../src/index.js';
import type {MessageUsClickDetail, MessageUsOutcomeDetail} from '../../src/index.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {BUSINESS_ID, MESSAGES_BASE, engine, settle} from '../shared/harness.js';

const PHONE = '+12163954902';

describe('Vue 3', function () {
  const clicks: MessageUsClickDetail[] = [];
  const outcomes: MessageUsOutcomeDetail[] = [];
  const logged: string[] = [];
  const intent = ref('billing');
  const theme = ref<'light' | 'dark'>('light');
  let container: HTMLDivElement;
  let unmount: () => void;
  const originalWarn = console.warn;
  const originalError = console.error;

  before(async function () {
    if (engine !== 'chromium') this.skip();
    console.warn = (...args: unknown[]) => {
      logged.push(`warning: ${args.map(String).join(' ')}`);
      originalWarn.apply(console, args);
    };
    console.error = (...args: unknown[]) => {
      logged.push(`error: ${args.map(String).join(' ')}`);
      originalError.apply(console, args);
    };
    container = document.createElement('div');
    document.body.append(container);
    const app = createApp({
      setup: () => ({
        id: BUSINESS_ID,
        phone: PHONE,
        intent,
        theme,
        onClick(event: CustomEvent<MessageUsClickDetail>) {
          event.preventDefault();
          clicks.push(event.detail);
        },
        onOutcome: (event: CustomEvent<MessageUsOutcomeDetail>) => outcomes.push(event.detail),
      }),
      template: `
        <message-us-button
          :business-id="id"
          :intent="intent"
          :theme="theme"
          unsupported="fallback"
          :phone="phone"
          class="cta"
          @message-us-click="onClick"
          @message-us-outcome="onOutcome"
        ></message-us-button>
        <message-us-banner :business-id="id" platform="apple" orientation="vertical"></message-us-banner>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('message-us-');
    app.mount(container);
    unmount = () => app.unmount();
    await settle();
  });

  after(() => {
    console.warn = originalWarn;
    console.error = originalError;
    unmount?.();
    container?.remove();
  });

  const button = () => container.querySelector<MessageUsElement>('message-us-button')!;
  const banner = () => container.querySelector<MessageUsElement>('message-us-banner')!;

  it('passes attributes and props; the elements render the exact links', () => {
    expect(button().getAttribute('business-id')).to.equal(BUSINESS_ID);
    expect(button().className).to.equal('cta');
    expect(button().theme).to.equal('light');
    // Linux is not an Apple device: the button falls back to the phone.
    expect(button().shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(`tel:${PHONE}`);
    expect(banner().shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(MESSAGES_BASE);
    expect(outcomes).to.deep.equal([{outcome: 'fallback', channel: 'phone', href: `tel:${PHONE}`}]);
  });

  it('@message-us-click receives the event', () => {
    button().shadowRoot!.querySelector('a')!.click();
    expect(clicks).to.deep.equal([
      {
        href: `tel:${PHONE}`,
        channel: 'phone',
        businessId: BUSINESS_ID,
        intent: 'billing',
        group: null,
        platform: 'other',
        activation: 'click',
      },
    ]);
  });

  it('reactive changes reach the element', async () => {
    theme.value = 'dark';
    intent.value = 'sales';
    await nextTick();
    await button().updateComplete;
    expect(button().theme).to.equal('dark');
    expect(button().intent).to.equal('sales');
    expect(button().shadowRoot!.querySelector('a')!.className).to.equal('dark');
  });

  it('logs no Vue warning (unknown component) or error', function () {
    if (engine !== 'chromium') this.skip();
    expect(logged).to.deep.equal([]);
  });
});
