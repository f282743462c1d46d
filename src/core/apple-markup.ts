/**
 * Apple's embed markup, read as message-us attributes: which element a
 * `.apple-business-chat-*-container` becomes and with which attributes.
 * Pure, so the whole table is unit-tested without a page; the compatibility
 * layer (`message-us/apple-compat.js`) only reads containers and writes
 * elements.
 */
import {coded, DEV, shown} from './dev.js';
import {normalizePhone} from './fallback.js';
import {normalizeBusinessId, validateMessagesOptions} from './messages-url.js';
import {parseEnum, parseScale, preview} from './options.js';
import {
  OPTIONS,
  PLATFORM_PREVIEW_ATTRIBUTE,
  TAG_SPECS,
  type OptionSpec,
  type Tag,
} from './schema.js';

/** The two container types Apple documents: the icon button and the banner. */
export type AppleContainerKind = 'message' | 'banner';

/** Class of Apple's icon ("message") button container. */
export const APPLE_MESSAGE_CONTAINER_CLASS = TAG_SPECS['message-us-button'].appleContainer;

/** Class of Apple's banner container. */
export const APPLE_BANNER_CONTAINER_CLASS = TAG_SPECS['message-us-banner'].appleContainer;

export {PLATFORM_PREVIEW_ATTRIBUTE};

/** What a container becomes. */
export interface AppleContainerMapping {
  /** `message-us-button` for a message container, `message-us-banner` for a banner container. */
  tag: 'message-us-button' | 'message-us-banner';
  /** The element's attributes; values that are empty or bad are left out. */
  attributes: Record<string, string>;
  /**
   * False when the container has no usable `data-apple-business-id`: no
   * link can be built, so nothing should be rendered.
   */
  renderable: boolean;
  /** Configuration problems, each naming the data attribute and showing a valid example. */
  problems: string[];
}

/** Reads one non-blank value; returns what the element gets, or undefined to leave it out. */
type Reader = (name: string, value: string, context: ReaderContext) => string | undefined;

interface ReaderContext {
  problems: string[];
  isColor: (value: string) => boolean;
}

type Kinds = AppleContainerKind | 'both';

const EXAMPLE_ID = '22222222-dddd-4444-bbbb-777777777777';

const text: Reader = (_name, value) => value.trim();

const businessId: Reader = (name, value, {problems}) => {
  const id = normalizeBusinessId(value);
  if (id) return id;
  problems.push(
    DEV
      ? `${name}="${preview(value)}" is not a UUID (8-4-4-4-12 hexadecimal digits); nothing is rendered. Example: ${name}="${EXAMPLE_ID}"`
      : coded('MU01', shown(name, value))
  );
  return undefined;
};

// Intent and group are sent as written (trimmed, as the core does for
// routing keys); the core's warnings about them are relayed under the data
// attribute's name, which is what the author wrote.
const routing =
  (field: 'intent' | 'group'): Reader =>
  (name, value, {problems}) => {
    for (const found of validateMessagesOptions({businessId: EXAMPLE_ID, [field]: value})) {
      // The short text names the field first after its code: renamed in place.
      if (found.field === field) {
        problems.push(DEV ? `${name}: ${found.message}` : found.message.replace(field, name));
      }
    }
    return value.trim();
  };

// The body is text the customer sends, so it stays verbatim.
const body: Reader = (_name, value) => value;

const phone: Reader = (name, value, {problems}) => {
  if (normalizePhone(value.trim())) return value.trim();
  problems.push(
    DEV
      ? `${name}="${preview(value)}" is not an international phone number; it is ignored. Start it with + and the country code. Example: ${name}="+12163954902"`
      : coded('MU11', shown(name, value))
  );
  return undefined;
};

const color: Reader = (name, value, {problems, isColor}) => {
  const trimmed = value.trim();
  if (isColor(trimmed)) return trimmed;
  problems.push(
    DEV
      ? `${name}="${preview(value)}" is not a CSS colour; it is ignored. Example: ${name}="#1b3f68"`
      : coded('MU07', shown(name, value))
  );
  return undefined;
};

const scale: Reader = (name, value, {problems}) => {
  const parsed = parseScale(value);
  if (!parsed.problem) return String(parsed.value);
  problems.push(parsed.problem.replaceAll('scale="', `${name}="`));
  // A clamped scale is still the size the author meant, as near as Apple
  // allows; an unreadable one comes back as exactly 1 (which clamping never
  // gives) and leaves the element at its default size.
  return parsed.value === 1 ? undefined : String(parsed.value);
};

const enumeration =
  (allowed: readonly string[], fallback: string, keepFallback: boolean): Reader =>
  (name, value, {problems}) => {
    const parsed = parseEnum(name, value, allowed, fallback);
    if (parsed.problem) {
      problems.push(parsed.problem);
      return undefined;
    }
    return parsed.value === fallback && !keepFallback ? undefined : parsed.value;
  };

const READERS: Record<string, Reader> = {
  'business-id': businessId,
  intent: routing('intent'),
  group: routing('group'),
  phone,
};

// The reader of an option, by its name where it needs its own rules, else by
// its kind. An enumeration keeps its default (an explicit
// `orientation="horizontal"` stays explicit); a boolean is written only when
// it differs from the default, as Apple's `rounded-corners="false"`.
function readerFor(option: OptionSpec): Reader {
  const special = READERS[option.attribute];
  if (special) return special;
  switch (option.kind) {
    case 'verbatim':
      return body;
    case 'color':
      return color;
    case 'number':
      return scale;
    case 'enum':
      return enumeration(option.values!, option.default as string, true);
    case 'boolean':
      return enumeration(['true', 'false'], String(option.default), false);
    default:
      return text;
  }
}

const KIND_OF: Readonly<Record<string, AppleContainerKind>> = {
  'message-us-button': 'message',
  'message-us-banner': 'banner',
};

/**
 * Every attribute the mapping reads: `[data attribute, element attribute,
 * container kinds, reader]`, from the schema's `apple` names. Apple's names
 * come from its embed markup as seen on public sites;
 * `data-apple-business-body` is plausible but unconfirmed, and costs nothing
 * to honour.
 */
const RULES: ReadonlyArray<readonly [string, string, Kinds, Reader]> = OPTIONS.flatMap(
  (option: OptionSpec) => {
    const names = Object.entries(option.apple ?? {}) as Array<[Tag, string]>;
    return [...new Set(names.map(([, name]) => name))].map((name) => {
      const tags = names.filter(([, n]) => n === name).map(([tag]) => tag);
      const kinds: Kinds = tags.length > 1 ? 'both' : KIND_OF[tags[0]];
      return [name, option.attribute, kinds, readerFor(option)] as const;
    });
  }
);

const RULE_BY_NAME = new Map(RULES.map((rule) => [rule[0], rule]));

/**
 * The container attributes {@link containerToElement} reads, for a
 * `MutationObserver`'s `attributeFilter`.
 */
export const APPLE_MARKUP_ATTRIBUTES: readonly string[] = RULES.map(([name]) => name);

const CLASS_OF: Readonly<Record<AppleContainerKind, string>> = {
  message: APPLE_MESSAGE_CONTAINER_CLASS,
  banner: APPLE_BANNER_CONTAINER_CLASS,
};

// Until the page's colours are judged by a browser, every non-blank value
// passes; the element then judges it with the browser's own CSS parser.
const anyColor = () => true;

/**
 * Translates one of Apple's embed containers into the equivalent message-us
 * element: `.apple-business-chat-message-container` becomes
 * `<message-us-button>` and `.apple-business-chat-banner-container`
 * `<message-us-banner>`, with every `data-apple-*` attribute mapped:
 *
 * - routing (both): `data-apple-business-id` → `business-id`,
 *   `-intent-id` → `intent`, `-group-id` → `group`, `-body` → `body`,
 *   `-phone` → `phone`;
 * - icon button: `data-apple-icon-color` → `color`, `-background-color` →
 *   `background`, `-scale` → `scale`, `-title` → `label`;
 * - banner: `data-apple-banner-cta` → `cta`, `-context` → `context`,
 *   `-orientation` → `orientation`, `-rounded-corners="false"` →
 *   `rounded="false"`, `-scale` → `scale`, `-background-color` →
 *   `background`, `-text-color` → `text-color`, `-icon-color` →
 *   `icon-color`, `-icon-background-color` → `icon-background`,
 *   `-font-family` → `font-family`;
 * - preview (message-us's own): `data-message-us-platform` → `platform`.
 *
 * Blank values are left out silently, so an empty title gives the default
 * label. Bad values are left out too, each with one problem naming the data
 * attribute and a valid example; a scale outside Apple's 40–150 px is
 * clamped; intent and group are kept (trimmed) even when the core warns
 * about them. Icon attributes on a banner container and banner attributes
 * on a message container are ignored with a problem, as are `data-apple-*`
 * names Apple's markup does not use (typos). Other attributes (`class`,
 * `id`, `style`, …) are not read.
 *
 * @param attributes - The container's attributes, name → value, names in
 *   lower case as HTML stores them. Only own properties are read.
 * @param kind - `message` or `banner`: which container class it carries.
 * @param isColor - Judges a colour value; the compatibility layer passes
 *   the browser's `CSS.supports('color', …)`. By default every value passes
 *   and the element judges it when it renders.
 * @returns The tag, the attributes, whether anything can be rendered, and
 *   the problems found. Never throws.
 * @example
 * containerToElement(
 *   {
 *     class: 'apple-business-chat-banner-container',
 *     'data-apple-business-id': '22222222-dddd-4444-bbbb-777777777777',
 *     'data-apple-business-intent-id': 'Customer Enquiry',
 *     'data-apple-banner-orientation': 'right',
 *   },
 *   'banner'
 * );
 * // → {tag: 'message-us-banner',
 * //    attributes: {'business-id': '22222222-dddd-4444-bbbb-777777777777', intent: 'Customer Enquiry'},
 * //    renderable: true,
 * //    problems: ['data-apple-banner-orientation="right" is not one of horizontal, vertical; using "horizontal". Example: data-apple-banner-orientation="vertical"']}
 */
export function containerToElement(
  attributes: Record<string, string>,
  kind: AppleContainerKind,
  isColor: (value: string) => boolean = anyColor
): AppleContainerMapping {
  const problems: string[] = [];
  const mapped: Record<string, string> = {};
  const context: ReaderContext = {problems, isColor};

  for (const name of Object.keys(attributes)) {
    const rule = RULE_BY_NAME.get(name);
    if (!rule) {
      if (name.startsWith('data-apple-')) {
        problems.push(
          DEV
            ? `${name} is not part of Apple's embed markup; it is ignored. Example: data-apple-business-intent-id="account_question"`
            : coded('MU21', name)
        );
      }
      continue;
    }
    const [, target, kinds, read] = rule;
    if (kinds !== 'both' && kinds !== kind) {
      problems.push(
        DEV
          ? `${name} belongs on a ${kinds} container; it is ignored on this ${kind} container. Example: class="${CLASS_OF[kinds]}"`
          : coded('MU21', `${name} (${kinds})`)
      );
      continue;
    }
    const value = String(attributes[name]);
    if (value.trim() === '') continue;
    const result = read(name, value, context);
    if (result !== undefined) mapped[target] = result;
  }

  // Blank counts as missing, as in the core; a bad ID was reported above.
  const id = Object.prototype.hasOwnProperty.call(attributes, 'data-apple-business-id')
    ? String(attributes['data-apple-business-id']).trim()
    : '';
  if (!id) {
    problems.unshift(
      DEV
        ? `data-apple-business-id is missing; nothing is rendered. Example: data-apple-business-id="${EXAMPLE_ID}"`
        : coded('MU01', 'data-apple-business-id')
    );
  }

  return {
    tag: kind === 'message' ? 'message-us-button' : 'message-us-banner',
    attributes: mapped,
    renderable: 'business-id' in mapped,
    problems,
  };
}
