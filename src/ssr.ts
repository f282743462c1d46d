/**
 * message-us/ssr.js: an element's HTML, rendered on a server (Node) with
 * Lit's server renderer, for static-site generators and server templates
 * (Astro, Eleventy, Express…).
 *
 * The output carries the element's shadow DOM as declarative shadow DOM
 * (`<template shadowrootmode="open">`): the link is in the page before any
 * script runs, and works with JavaScript off. In the browser, import
 * `message-us/hydrate-support.js` before `message-us` and the element
 * adopts that shadow root instead of rendering again.
 *
 * A server cannot detect the visitor's device: the HTML holds the Messages
 * link (or what the element's `unsupported` policy gives for it), and the
 * browser corrects it once the element hydrates.
 *
 * Needs `@lit-labs/ssr` (an optional peer dependency). Not part of the CDN
 * bundle.
 */
// Lit's server renderer first: it provides the `customElements` registry the
// elements register in when they are imported below.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {TAGS, type OptionOf, type Tag} from './core/schema.js';

// The launcher (its own entry) opens a panel of the page's own children:
// there is nothing for a server to render of it alone.
type ServerTag = Exclude<Tag, 'message-us-launcher'>;
const SERVER_TAGS = TAGS.filter((tag): tag is ServerTag => tag !== 'message-us-launcher');
import './index.js';
import {MessageUsElement} from './shared/message-us-element.js';

// On a server the element is a shim that console.warn would print in full
// after the message: log the message alone, once per element.
const warned = new WeakMap<MessageUsElement, Set<string>>();
(MessageUsElement.prototype as unknown as {warn(message: string): void}).warn = function (
  this: MessageUsElement,
  message: string
) {
  const seen = warned.get(this) ?? new Set<string>();
  warned.set(this, seen);
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[message-us] <${this.localName}> ${message}`);
};

/** A value for one attribute; `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

type ValueOf<O> = O extends {kind: 'enum'; values: readonly (infer V)[]}
  ? V
  : O extends {kind: 'number'}
    ? number | `${number}`
    : O extends {kind: 'boolean'}
      ? boolean | 'true' | 'false'
      : string;

/**
 * The attributes of an element for {@link renderElement}: its own, typed
 * from the schema (`theme: 'purple'` is a type error), and any other
 * (`class`, `id`, `lang`, `data-*`…).
 */
export type ElementAttributes<T extends Tag> = {
  [O in OptionOf<T> as O['attribute']]?: ValueOf<O> | null;
} & Record<string, AttributeValue>;

// An attribute name HTML's tokenizer reads back as exactly that name.
const ATTRIBUTE_NAME = /^[A-Za-z_:][\w.:-]*$/;

/**
 * Escapes an attribute value for a double-quoted attribute. `<` and `>` too,
 * as browsers now serialise them, so the value survives any later parse.
 *
 * @example escapeAttribute('a & "b"') // 'a &amp; &quot;b&quot;'
 */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function warn(message: string): void {
  console.warn(`[message-us] renderElement: ${message}`);
}

/**
 * Renders `<tag attributes…>` with its shadow DOM, as HTML.
 *
 * - `true` writes the attribute without a value; `false` writes `"false"`,
 *   which the elements read as off (so `rounded: false` works);
 *   `null`/`undefined` leave it out; numbers are written as text.
 * - Values are escaped (`&`, `"`, `<`, `>`); names that are not valid
 *   attribute names are left out with a warning, as is an unknown tag (the
 *   result is then an empty string). It never throws for bad input.
 *
 * @param tag - A message-us element, e.g. `message-us-button`.
 * @param attributes - Its attributes, by name as written in HTML.
 * @returns The element's HTML, declarative shadow root included.
 * @example
 * await renderElement('message-us-button', {
 *   'business-id': '22222222-dddd-4444-bbbb-777777777777',
 *   intent: 'billing',
 * });
 * // '<message-us-button business-id="…" intent="billing"><template shadowrootmode="open" …>…<a part="base" href="https://bcrw.apple.com/urn:biz:…?biz-intent-id=billing" …>…</template></message-us-button>'
 */
export async function renderElement<T extends ServerTag>(
  tag: T,
  attributes: ElementAttributes<T> = {} as ElementAttributes<T>
): Promise<string> {
  if (!(SERVER_TAGS as readonly string[]).includes(tag)) {
    warn(`unknown tag ${JSON.stringify(tag)}; use one of ${SERVER_TAGS.join(', ')}`);
    return '';
  }
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes as Record<string, AttributeValue>)) {
    if (!ATTRIBUTE_NAME.test(name)) {
      warn(`${JSON.stringify(name)} is not an attribute name; example: {intent: 'billing'}`);
      continue;
    }
    if (value === null || value === undefined) continue;
    open += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  // The tag and the names are checked above and the values escaped, so the
  // static markup is safe; Lit's renderer reads these attributes into the
  // element and writes them back out. (lit/static-html takes static tags,
  // which the lint rules for plain `html` do not know.)
  const template = html`${unsafeStatic(`${open}>`)}</${unsafeStatic(tag)}>`; // eslint-disable-line lit/binding-positions, lit/no-invalid-html
  const markup = await collectResult(render(template));
  return tidy(markup, tag);
}

/**
 * Drops the markers of the one-off wrapping template (only the element's
 * own shadow root is hydrated) and the spaces the renderer leaves where it
 * took each attribute out of the source.
 */
function tidy(markup: string, tag: string): string {
  const start = markup.indexOf(`<${tag}`);
  const end = markup.lastIndexOf(`</${tag}>`) + tag.length + 3;
  return markup.slice(start, end).replace(new RegExp(`^<${tag} +(?= )`), `<${tag}`);
}
