/**
 * Security: lifecycle of the Apple-compat layer: start/stop cycles while its
 * containers change leave nothing registered (see instruments.ts) and no
 * element in the containers.
 */
import {expect} from '@open-wc/testing';
import '../../src/message-us-button/define.js';
import '../../src/message-us-banner/define.js';
import {startAppleCompat} from '../../src/apple-compat/apple-compat.js';
import {APPLE_MESSAGE_CONTAINER_CLASS} from '../../src/core/apple-markup.js';
import {ID, allRendered, type RenderedElement} from './harness.js';
import {NOTHING, install, settle} from './instruments.js';
import {useLifecycle} from './lifecycle.js';

const STARTS = 1000;

describe('Apple-compat lifecycle', () => {
  const context = useLifecycle();

  it(`${STARTS.toLocaleString('en')} start/stop cycles leave nothing registered`, async function () {
    this.timeout(170_000);
    const containers = Array.from({length: 10}, (_, i) => {
      const div = document.createElement('div');
      div.className = APPLE_MESSAGE_CONTAINER_CLASS;
      div.setAttribute('data-apple-business-id', ID);
      div.setAttribute('data-message-us-platform', i % 2 ? 'apple' : 'other');
      return div;
    });
    context.stage.append(...containers);
    const instruments = (context.instruments = install());
    for (let cycle = 0; cycle < STARTS; cycle++) {
      const compat = startAppleCompat(context.stage);
      // A change the layer's observer picks up while it runs.
      containers[cycle % 10].setAttribute('data-apple-business-intent-id', `intent_${cycle}`);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await allRendered(containers.flatMap((div) => Array.from(div.children) as RenderedElement[]));
      compat.stop();
    }
    await settle();
    expect([containers.map((div) => div.children.length), instruments.leftovers()]).to.deep.equal([
      Array(10).fill(0),
      NOTHING,
    ]);
  });
});
