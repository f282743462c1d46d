/**
 * Security: hostile values in Apple's embed markup: every payload in every
 * data attribute the compatibility layer reads, on message and banner
 * containers, rendered by `startAppleCompat(root)`. Same checks as the
 * elements' (hostile.ts), plus: the container keeps its own attributes and
 * gets at most one child, the element.
 */
import {expect} from '@open-wc/testing';
import '../../src/message-us-button/define.js';
import '../../src/message-us-banner/define.js';
import {startAppleCompat} from '../../src/apple-compat/apple-compat.js';
import {
  APPLE_BANNER_CONTAINER_CLASS,
  APPLE_MARKUP_ATTRIBUTES,
  APPLE_MESSAGE_CONTAINER_CLASS,
} from '../../src/core/apple-markup.js';
import {BAIT, CANARY, PAYLOADS, type Payload} from './payloads.js';
import {ID, PHONE, allRendered, settle, type RenderedElement} from './harness.js';
import {expectHarmless, useArena, type Arena, type Case} from './hostile.js';

// Containers that reach a Messages button, a Messages banner and a call
// banner; the preview attribute picks the platform on any test browser.
const CONTAINERS: ReadonlyArray<[label: string, className: string, Record<string, string>]> = [
  [
    'message, Messages',
    APPLE_MESSAGE_CONTAINER_CLASS,
    {
      'data-apple-business-id': ID,
      'data-apple-business-intent-id': 'account_question',
      'data-message-us-platform': 'apple',
    },
  ],
  [
    'banner, Messages',
    APPLE_BANNER_CONTAINER_CLASS,
    {
      'data-apple-business-id': ID,
      'data-apple-banner-cta': 'Chat with us',
      'data-message-us-platform': 'apple',
    },
  ],
  [
    'banner, call',
    APPLE_BANNER_CONTAINER_CLASS,
    {
      'data-apple-business-id': ID,
      'data-apple-business-phone': PHONE,
      'data-message-us-platform': 'other',
    },
  ],
];

function container(className: string, attributes: Record<string, string>): HTMLDivElement {
  const div = document.createElement('div');
  div.className = className;
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  return div;
}

function renderedIn(div: Element): RenderedElement[] {
  return Array.from(div.children) as RenderedElement[];
}

function attributesOf(element: Element): string {
  return JSON.stringify(
    element
      .getAttributeNames()
      .sort()
      .map((name) => [name, element.getAttribute(name)])
  );
}

// The layer's MutationObserver runs in a microtask; a task boundary lets it
// render before the elements are awaited.
const task = () => new Promise((resolve) => setTimeout(resolve, 0));

async function expectContainersHarmless(
  arena: Arena,
  attribute: string,
  payloads: readonly Payload[]
): Promise<void> {
  const divs: Array<{div: HTMLDivElement; label: string; expected?: string}> = [];
  const changes: Array<[HTMLDivElement, string]> = [];
  // Every container kind from the first render; a change after a valid
  // first render on one kind, taken in turn (as for the elements).
  payloads.forEach((payload, index) => {
    const stage = payload.value.length >= 1024 ? arena.hidden : arena.stage;
    for (const [label, className, attributes] of CONTAINERS) {
      const div = container(className, {...attributes, [attribute]: payload.value});
      divs.push({div, label: `${payload.name} (${label}, first render)`});
      stage.append(div);
    }
    const [label, className, attributes] = CONTAINERS[index % CONTAINERS.length];
    const div = container(className, attributes);
    divs.push({div, label: `${payload.name} (${label}, update)`});
    changes.push([div, payload.value]);
    stage.append(div);
  });
  const compat = startAppleCompat(document.body);
  try {
    await allRendered(divs.flatMap(({div}) => renderedIn(div)));
    await settle(arena.stage);
    for (const [div, value] of changes) div.setAttribute(attribute, value);
    for (const entry of divs) entry.expected = attributesOf(entry.div);
    await task();
    await allRendered(divs.flatMap(({div}) => renderedIn(div)));
    await settle(arena.stage);
    const containerProblems = divs.flatMap(({div, label, expected}) => {
      const problems: string[] = [];
      const children = renderedIn(div);
      if (children.length > 1) problems.push(`${children.length} children`);
      for (const child of children) {
        if (!['message-us-button', 'message-us-banner'].includes(child.localName)) {
          problems.push(`child <${child.localName}>`);
        }
      }
      if (attributesOf(div) !== expected) problems.push('container attributes changed');
      return problems.map((problem) => `${label}: ${problem}`);
    });
    expect(containerProblems, 'containers').to.deep.equal([]);
    const cases: Case[] = divs.flatMap(({div, label}) =>
      renderedIn(div).map((element) => ({element, label}))
    );
    expectHarmless(arena.guarded, cases);
  } finally {
    compat.stop();
  }
}

describe('Apple containers with hostile attribute values', () => {
  const arena = useArena();

  it('cover every data attribute the layer reads', () => {
    // The list comes from the mapping itself, so a new attribute is covered
    // without touching this file; this guards against an empty list.
    expect(APPLE_MARKUP_ATTRIBUTES.filter((name) => !name.startsWith('data-'))).to.deep.equal([]);
    expect(APPLE_MARKUP_ATTRIBUTES.length).to.be.greaterThan(15);
  });

  for (const attribute of APPLE_MARKUP_ATTRIBUTES) {
    it(`${attribute}: no script, request, exception or bad link`, async function () {
      this.timeout(60_000);
      await expectContainersHarmless(arena, attribute, PAYLOADS);
    });
  }

  it('ignores hostile attribute names such as __proto__ and constructor', async () => {
    const div = container(APPLE_MESSAGE_CONTAINER_CLASS, CONTAINERS[0][2]);
    for (const name of ['__proto__', 'constructor', 'hasownproperty', 'data-apple-__proto__']) {
      div.setAttribute(name, `"><img src=${BAIT} onerror=window.${CANARY}=1>`);
    }
    arena.stage.append(div);
    const compat = startAppleCompat(arena.stage);
    try {
      await allRendered(renderedIn(div));
      await settle(arena.stage);
      const [element] = renderedIn(div);
      expect([renderedIn(div).length, element?.outcome, element?.href]).to.deep.equal([
        1,
        'messages',
        `https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=account_question`,
      ]);
      expectHarmless(arena.guarded, [{element: element!, label: 'hostile names'}]);
    } finally {
      compat.stop();
    }
  });
});
