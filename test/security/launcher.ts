/**
 * What the launcher's security tests share: its attributes, baselines that
 * reach each way it renders (one link of its own, a panel of departments
 * with Messages links, web fallbacks, QR hand-off codes), and the checks
 * made on a rendered launcher and its departments.
 */
import {attributesFor} from '../../src/core/schema.js';
import {buildMessagesUrl} from '../../src/core/messages-url.js';
import {qrPath} from '../../src/message-us-launcher/qr.js';
import type {View} from '../../src/core/view.js';
import {
  ALLOWED_LINKS,
  ID,
  OUTCOMES,
  PHONE,
  renderProblems,
  styleProblems,
  type RenderedElement,
} from './harness.js';

export const LAUNCHER = 'message-us-launcher';

/** Every attribute the launcher reads, with the page's `lang` and `dir`. */
export const LAUNCHER_ATTRIBUTES: readonly string[] = [...attributesFor(LAUNCHER), 'lang', 'dir'];

/** The tags a launcher lists as departments. */
export const DEPARTMENT_TAGS = ['message-us-button', 'message-us-banner'] as const;
export type DepartmentTag = (typeof DEPARTMENT_TAGS)[number];

/** A launcher configuration and the departments inside it (tag and own attributes). */
export interface LauncherBaseline {
  attributes: Readonly<Record<string, string>>;
  departments: ReadonlyArray<readonly [DepartmentTag, Readonly<Record<string, string>>]>;
}

const TWO: LauncherBaseline['departments'] = [
  ['message-us-button', {label: 'Billing', group: 'billing_department'}],
  ['message-us-banner', {cta: 'Support', context: 'Replies within an hour'}],
];

/**
 * Valid launchers, open, that reach every code path that renders something:
 * its own Messages link (no departments), a panel of Messages links, a
 * panel of web fallbacks, and a panel of QR hand-off codes (the tests run
 * on Linux, Windows or macOS desktops, where `handoff="qr"` applies).
 */
export const LAUNCHER_BASELINES: Readonly<Record<string, LauncherBaseline>> = {
  single: {
    attributes: {
      'business-id': ID,
      platform: 'apple',
      intent: 'account_question',
      group: 'billing_department',
      body: 'Hello',
    },
    departments: [],
  },
  panel: {
    attributes: {
      'business-id': ID,
      platform: 'apple',
      intent: 'account_question',
      body: 'Hello',
      heading: 'Talk to us',
      greeting: 'Who would you like to talk to?',
      open: '',
    },
    departments: TWO,
  },
  web: {
    attributes: {
      'business-id': ID,
      platform: 'other',
      unsupported: 'fallback',
      'fallback-channel': 'web',
      'fallback-href': 'https://example.com/contact',
      phone: PHONE,
      open: '',
    },
    departments: TWO,
  },
  qr: {
    attributes: {
      'business-id': ID,
      platform: 'other',
      handoff: 'qr',
      'handoff-label': 'Scan me',
      intent: 'account_question',
      body: 'Hello',
      open: '',
    },
    departments: TWO,
  },
};

/** Creates a launcher with its departments, not yet connected. */
export function createLauncher(
  baseline: LauncherBaseline,
  overrides: Readonly<Record<string, string>> = {},
  departmentOverrides: Readonly<Record<string, string>> = {}
): RenderedElement {
  const launcher = document.createElement(LAUNCHER) as unknown as RenderedElement;
  for (const [name, value] of Object.entries({...baseline.attributes, ...overrides})) {
    launcher.setAttribute(name, value);
  }
  for (const [tag, attributes] of baseline.departments) {
    const department = document.createElement(tag);
    for (const [name, value] of Object.entries({...attributes, ...departmentOverrides})) {
      department.setAttribute(name, value);
    }
    launcher.append(department);
  }
  return launcher;
}

/** The departments of a launcher (its children of the department tags). */
export function departmentsOf(launcher: Element): RenderedElement[] {
  return Array.from(launcher.children).filter((child) =>
    (DEPARTMENT_TAGS as readonly string[]).includes(child.localName)
  ) as unknown as RenderedElement[];
}

/** A launcher and its departments, for {@link allRendered}. */
export function withDepartments(launchers: Iterable<RenderedElement>): RenderedElement[] {
  return Array.from(launchers).flatMap((launcher) => [launcher, ...departmentsOf(launcher)]);
}

// What a launcher may render in its shadow root: the dock, its own link or
// toggle, the panel and its list, and the QR codes' SVG.
const PANEL_ELEMENTS = new Set([
  'div',
  'button',
  'svg',
  'path',
  'rect',
  'span',
  'section',
  'h2',
  'p',
  'ul',
  'li',
  'slot',
  'figure',
  'figcaption',
  'strong',
]);
/** Without departments, the launcher is a button's link in a dock. */
export const SINGLE_ELEMENTS: ReadonlySet<string> = new Set([
  'div',
  'a',
  'span',
  'slot',
  'svg',
  'path',
]);
const DANGEROUS_ATTRIBUTE =
  /^(?:on.*|src|srcdoc|srcset|data|action|formaction|xlink:href|href|background|poster|ping)$/i;
// One run of dark modules per segment of a row (see qr.ts).
const QR_PATH = /^(?:M\d+ \d+h\d+v1h-\d+z)*$/;
const CLOSED_LINK = /^https:\/\/bcrw\.apple\.com\/urn:biz:/;

/**
 * The Messages link a department hands off, rebuilt from what the
 * department read (its view), as the launcher builds it.
 */
export function handoffLinkOf(department: RenderedElement): string | null {
  const view = (department as unknown as {view?: View}).view;
  if (!view || view.result.outcome === 'invalid') return null;
  const {values} = view;
  try {
    return buildMessagesUrl({
      businessId: values['business-id'] as string,
      intent: values.intent as string | undefined,
      group: values.group as string | undefined,
      body: values.body as string | undefined,
    });
  } catch {
    return null;
  }
}

/**
 * Every way a rendered launcher breaks the rules. Without departments it is
 * judged as a button is (renderProblems), with a dock around the link. With
 * departments: no link of its own, nothing rendered for `hidden` and
 * `invalid`, else exactly the toggle, the panel (hidden exactly when
 * closed), one list item and slot per department; text parts (heading,
 * greeting, status, caption) hold text only; every QR code is a plain path
 * that draws an allowed Messages link of its department and nothing else;
 * no element or attribute that runs or loads something, no inline style
 * other than private custom properties. Each department is judged as a
 * button or banner is.
 */
export function launcherProblems(launcher: RenderedElement): string[] {
  const departments = departmentsOf(launcher);
  const root = launcher.shadowRoot;
  if (!root) return ['no shadow root'];
  if (!departments.length) {
    return renderProblems(launcher, {elements: SINGLE_ELEMENTS});
  }
  const problems: string[] = [];
  departments.forEach((department, i) =>
    problems.push(...renderProblems(department).map((p) => `department ${i}: ${p}`))
  );
  const {outcome, href, channel} = launcher;
  if (!(OUTCOMES as readonly string[]).includes(outcome)) problems.push(`outcome ${outcome}`);
  if (href !== null || channel !== null) {
    problems.push(`launcher with departments has href ${String(href)} / channel ${channel}`);
  }
  const nodes = Array.from(root.querySelectorAll('*'));
  if (outcome === 'hidden' || outcome === 'invalid') {
    if (nodes.length) problems.push(`${nodes.length} elements rendered for outcome ${outcome}`);
    return problems;
  }
  for (const node of nodes) {
    const name = node.localName;
    if (!PANEL_ELEMENTS.has(name)) problems.push(`unexpected <${name}> in the shadow root`);
    for (const attribute of node.getAttributeNames()) {
      if (DANGEROUS_ATTRIBUTE.test(attribute)) problems.push(`<${name} ${attribute}>`);
    }
    problems.push(...styleProblems(node));
  }
  const toggles = root.querySelectorAll('button');
  const panels = root.querySelectorAll('section');
  const open = (launcher as unknown as {open: boolean}).open;
  if (toggles.length !== 1 || panels.length !== 1) {
    problems.push(`${toggles.length} toggles and ${panels.length} panels`);
  } else {
    if (toggles[0].getAttribute('aria-expanded') !== String(open)) {
      problems.push(
        `aria-expanded ${toggles[0].getAttribute('aria-expanded')} when open is ${open}`
      );
    }
    if (panels[0].hidden === open)
      problems.push(`panel hidden ${panels[0].hidden} when open is ${open}`);
  }
  const items = root.querySelectorAll('li');
  const slots = root.querySelectorAll('slot');
  if (items.length !== departments.length || slots.length !== departments.length) {
    problems.push(
      `${items.length} items, ${slots.length} slots for ${departments.length} departments`
    );
  }
  for (const part of ['heading', 'greeting', 'status']) {
    for (const node of Array.from(root.querySelectorAll(`[part="${part}"]`))) {
      if (node.children.length)
        problems.push(`markup in the ${part}: ${node.innerHTML.slice(0, 80)}`);
    }
  }
  Array.from(items).forEach((item, i) => {
    const figures = item.querySelectorAll('figure');
    if (figures.length > 1) problems.push(`department ${i}: ${figures.length} QR codes`);
    const figure = figures[0];
    if (!figure) return;
    const caption = figure.querySelector('figcaption');
    const captionChildren = Array.from(caption?.children ?? []).map((c) => c.localName);
    if (captionChildren.some((name) => name !== 'strong')) {
      problems.push(`department ${i}: caption holds ${captionChildren.join(', ')}`);
    }
    for (const strong of Array.from(caption?.children ?? [])) {
      if (strong.children.length) problems.push(`department ${i}: markup in the caption name`);
    }
    const paths = figure.querySelectorAll('path');
    const d = paths[0]?.getAttribute('d') ?? '';
    if (paths.length !== 1 || !QR_PATH.test(d)) {
      problems.push(`department ${i}: QR drawing is not one plain path`);
      return;
    }
    const link = handoffLinkOf(departments[i]);
    if (link === null || !ALLOWED_LINKS.messages.test(link) || !CLOSED_LINK.test(link)) {
      problems.push(`department ${i}: QR code for ${JSON.stringify(link?.slice(0, 200))}`);
    } else if (qrPath(link)?.d !== d) {
      problems.push(`department ${i}: QR code does not draw ${JSON.stringify(link.slice(0, 200))}`);
    }
  });
  return problems;
}
