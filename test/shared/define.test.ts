import {expect} from '@open-wc/testing';
import {defineElement} from '../../src/shared/define.js';
import {MessageUsButtonElement} from '../../src/message-us-button/define.js';
import {MessageUsBannerElement} from '../../src/message-us-banner/define.js';
import {takeWarnings} from './harness.js';

let count = 0;
const freshTag = () => `define-test-${count++}`;

describe('defineElement', () => {
  it('registers a tag once', () => {
    const tag = freshTag();
    class A extends HTMLElement {}
    defineElement(tag, A);
    expect(customElements.get(tag)).to.equal(A);
  });

  it('is harmless when called again with the same class', () => {
    const tag = freshTag();
    class A extends HTMLElement {}
    defineElement(tag, A);
    defineElement(tag, A);
    expect([customElements.get(tag), takeWarnings()]).to.deep.equal([A, []]);
  });

  it('warns once per page and steps aside when other classes hold the tags', () => {
    const [first, second] = [freshTag(), freshTag()];
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    defineElement(first, A);
    defineElement(second, B);
    defineElement(first, B);
    defineElement(second, A);
    expect([customElements.get(first), customElements.get(second), takeWarnings()]).to.deep.equal([
      A,
      B,
      [
        `[message-us] message-us is loaded more than once: <${first}> is already defined by another copy (or another library), so this copy registers nothing and the first one keeps working. Load message-us once, e.g. only dist/cdn/message-us.js.`,
      ],
    ]);
  });

  it('does not throw when the registry refuses the class, and warns naming the tag', () => {
    const tag = freshTag();
    class A extends HTMLElement {}
    defineElement(freshTag(), A);
    defineElement(tag, A);
    const warnings = takeWarnings();
    expect([
      customElements.get(tag),
      warnings.length,
      warnings[0]?.startsWith(`[message-us] <${tag}> could not be registered (`),
    ]).to.deep.equal([undefined, 1, true]);
  });

  it('does nothing where there is no customElements registry', () => {
    const tag = freshTag();
    const registry = Object.getOwnPropertyDescriptor(window, 'customElements');
    Object.defineProperty(window, 'customElements', {value: undefined, configurable: true});
    try {
      defineElement(tag, class extends HTMLElement {});
    } finally {
      if (registry) Object.defineProperty(window, 'customElements', registry);
      else delete (window as unknown as Record<string, unknown>).customElements;
    }
    expect(customElements.get(tag)).to.equal(undefined);
  });

  it('the define modules register both elements under their tags', () => {
    expect([
      customElements.get('message-us-button'),
      customElements.get('message-us-banner'),
    ]).to.deep.equal([MessageUsButtonElement, MessageUsBannerElement]);
  });
});
