/**
 * Security: double loading, at the unit level: `defineElement()` never
 * throws, keeps the first registration, and warns once for the whole page
 * however many tags and copies collide (the flag lives under a
 * `Symbol.for` key, so every copy of the library shares it).
 */
import {expect} from '@open-wc/testing';
import {defineElement} from '../../src/shared/define.js';

const FLAG = Symbol.for('message-us.define-warnings');

let counter = 0;
const uniqueTag = () => `x-define-test-${counter++}`;
const newClass = () => class extends HTMLElement {};

describe('defineElement', () => {
  let warnings: string[];
  let warn: typeof console.warn;

  beforeEach(() => {
    // Each test starts as a fresh page would: no copy has warned yet.
    delete (globalThis as Record<symbol, unknown>)[FLAG];
    warnings = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });

  afterEach(() => {
    console.warn = warn;
    delete (globalThis as Record<symbol, unknown>)[FLAG];
  });

  it('registers a new tag', () => {
    const tag = uniqueTag();
    const element = newClass();
    defineElement(tag, element);
    expect([customElements.get(tag) === element, warnings]).to.deep.equal([true, []]);
  });

  it('does nothing, silently, when the same class is registered again', () => {
    const tag = uniqueTag();
    const element = newClass();
    defineElement(tag, element);
    defineElement(tag, element);
    expect([customElements.get(tag) === element, warnings]).to.deep.equal([true, []]);
  });

  it('keeps the first copy and warns once for every colliding tag and copy', () => {
    const tags = [uniqueTag(), uniqueTag()];
    const first = tags.map((tag) => {
      const element = newClass();
      defineElement(tag, element);
      return element;
    });
    // A second and a third copy of the library, each with its own classes.
    for (let copy = 0; copy < 2; copy++) for (const tag of tags) defineElement(tag, newClass());
    expect([tags.map((tag) => customElements.get(tag)), warnings]).to.deep.equal([
      first,
      [
        `[message-us] message-us is loaded more than once: <${tags[0]}> is already defined by another copy (or another library), so this copy registers nothing and the first one keeps working. Load message-us once, e.g. only dist/cdn/message-us.js.`,
      ],
    ]);
  });

  it('warns instead of throwing when the registry refuses the class', () => {
    // A class can be registered under one name only: the page registered
    // ours under its own name before importing our define module.
    const element = newClass();
    customElements.define(uniqueTag(), element);
    const tag = uniqueTag();
    expect(() => defineElement(tag, element)).not.to.throw();
    expect([
      customElements.get(tag),
      warnings.length,
      warnings[0]?.startsWith(`[message-us] <${tag}> could not be registered (`),
    ]).to.deep.equal([undefined, 1, true]);
  });

  it('does nothing where there is no custom element registry', () => {
    // Attributes of the global object are its own properties: keep the
    // original to put it back.
    const original =
      Object.getOwnPropertyDescriptor(window, 'customElements') ??
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(window), 'customElements')!;
    Object.defineProperty(window, 'customElements', {configurable: true, value: undefined});
    try {
      expect(() => defineElement(uniqueTag(), newClass())).not.to.throw();
    } finally {
      Object.defineProperty(window, 'customElements', original);
    }
    expect([typeof customElements.define, warnings]).to.deep.equal(['function', []]);
  });
});
