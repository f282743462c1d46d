/**
 * Security: hostile attribute values in <message-us-button>; see hostile.ts.
 * Also the controls that show each check can fail.
 */
import {expect} from '@open-wc/testing';
import '../../src/message-us-button/define.js';
import {BAIT, CANARY, PAYLOADS} from './payloads.js';
import {baitRequests, eventually, renderProblems, settle, type RenderedElement} from './harness.js';
import {useArena} from './hostile.js';
import {describeHostileElement} from './hostile-elements.js';

describe('hostile-value checks', () => {
  const arena = useArena();

  it('have a corpus of at least 50 uniquely named payloads', () => {
    const names = new Set(PAYLOADS.map(({name}) => name));
    expect([PAYLOADS.length >= 50, names.size]).to.deep.equal([true, PAYLOADS.length]);
  });

  // Each check must be able to fail, or a green run means nothing.
  it('see a canary write and a request from an injected image', async () => {
    arena.stage.innerHTML = `<img src="${BAIT}?control" onerror="window.${CANARY}=1">`;
    await settle(arena.stage);
    await eventually(() => arena.guarded.pwned() && baitRequests().length > 0);
    expect([arena.guarded.pwned(), baitRequests().length]).to.deep.equal([true, 1]);
    // Seen: the arena's after-each check must not count it as a leak.
    performance.clearResourceTimings();
  });

  it('see a request made by a background image', async () => {
    const div = document.createElement('div');
    div.style.setProperty('background-image', `url(${BAIT}?background)`);
    div.style.setProperty('width', '10px');
    div.style.setProperty('height', '10px');
    arena.stage.append(div);
    await settle(arena.stage);
    await eventually(() => baitRequests().length > 0);
    expect(baitRequests().map((url) => new URL(url).search)).to.deep.equal(['?background']);
    performance.clearResourceTimings();
  });

  it('see an exception that reaches the window', () => {
    // A listener that throws reports the error to the window without
    // failing this test's own code path.
    const target = document.createElement('span');
    target.addEventListener('boom', () => {
      throw new Error('control');
    });
    const onerror = window.onerror;
    window.onerror = () => true;
    try {
      target.dispatchEvent(new Event('boom'));
    } finally {
      window.onerror = onerror;
    }
    expect(arena.guarded.errors.map((error) => /\bcontrol$/.test(error))).to.deep.equal([true]);
  });

  it('reject a javascript: link, a stray element and an inline style', () => {
    const fake = document.createElement('div') as unknown as RenderedElement;
    Object.defineProperties(fake, {
      outcome: {value: 'fallback'},
      channel: {value: 'web'},
      href: {value: 'javascript:alert(1)'},
    });
    const root = (fake as HTMLElement).attachShadow({mode: 'open'});
    root.innerHTML = `<a href="javascript:alert(1)" style="color:red"></a><img>`;
    expect(renderProblems(fake)).to.deep.equal([
      'web link "javascript:alert(1)" has scheme javascript:',
      'inline color: red on <a>',
      'unexpected <img> in the shadow root',
    ]);
  });
});

describeHostileElement('message-us-button');
