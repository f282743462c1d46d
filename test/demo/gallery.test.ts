// End-to-end tests of the gallery (demo/index.html) and its Apple-markup
// frame (demo/apple-legacy.html). Needs the build: `npm run build` first.
import {expect} from '@open-wc/testing';

interface AxeLike {
  run(
    context: Document,
    options: object
  ): Promise<{violations: Array<{id: string; nodes: Array<{target: string[]}>}>}>;
}
type FrameWindow = Window & typeof globalThis & {axe?: AxeLike; warnings?: string[]};
interface RenderedElement extends HTMLElement {
  outcome: string;
  href: string | null;
  updateComplete: Promise<boolean>;
}

const opened: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
});

/** Polls until `check` gives a truthy value; a wait, not a timed assertion. */
async function until<T>(check: () => T, what: string, limit = 15000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > limit) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function addFrame(): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 800px; border: 0';
  opened.push(frame);
  document.body.append(frame);
  return frame;
}

/**
 * The gallery in a frame, with `console.warn` recorded from before any of
 * its scripts runs: the page's own HTML, given a `<base>` so its relative
 * addresses still resolve, and a first script that wraps the console.
 */
async function openGallery(): Promise<{
  win: FrameWindow;
  doc: Document;
  elements: RenderedElement[];
}> {
  const html = await (await fetch('/demo/index.html')).text();
  const spy = `<base href="${location.origin}/demo/"><script>
    window.warnings = [];
    const warn = console.warn.bind(console);
    console.warn = (...args) => { window.warnings.push(args.map(String).join(' ')); warn(...args); };
  </script>`;
  // Addresses are made absolute as well: Firefox's preloader fetches some
  // before it sees the <base>.
  const base = `${location.origin}/demo/`;
  const absolute = html.replace(
    /\b(src|href)="([^"]+)"/g,
    (_match, attribute: string, url: string) => `${attribute}="${new URL(url, base).href}"`
  );
  const frame = addFrame();
  frame.srcdoc = absolute.replace('<head>', `<head>${spy}`);
  const win = await until(() => {
    const w = frame.contentWindow as FrameWindow | null;
    return w?.customElements?.get('message-us-button') && w.customElements.get('message-us-banner')
      ? w
      : null;
  }, 'the gallery’s elements (is the build there? run `npm run build`)');
  const doc = frame.contentDocument!;
  // A launcher's departments are judged with their launcher (see below).
  const elements = [
    ...doc.querySelectorAll<RenderedElement>('message-us-button, message-us-banner'),
  ].filter((el) => el.parentElement?.localName !== 'message-us-launcher');
  await Promise.all(elements.map((el) => el.updateComplete));
  return {win, doc, elements};
}

async function openLegacy(as: 'iphone' | 'android'): Promise<{win: FrameWindow; doc: Document}> {
  const frame = addFrame();
  frame.src = `/demo/apple-legacy.html?as=${as}`;
  const doc = await until(
    () => (frame.contentDocument?.documentElement?.dataset.compat ? frame.contentDocument : null),
    'the compatibility bundle to load or fail'
  );
  return {win: frame.contentWindow as FrameWindow, doc};
}

/** The elements the compatibility layer rendered into the two containers. */
async function rendered(doc: Document): Promise<[RenderedElement, RenderedElement]> {
  const pair = await until(() => {
    const button = doc.querySelector<RenderedElement>(
      '.apple-business-chat-message-container > message-us-button'
    );
    const banner = doc.querySelector<RenderedElement>(
      '.apple-business-chat-banner-container > message-us-banner'
    );
    return button && banner ? ([button, banner] as [RenderedElement, RenderedElement]) : null;
  }, 'the elements in Apple’s containers');
  await Promise.all(pair.map((el) => el.updateComplete));
  return pair;
}

/** What an element should show, read from its preview attributes (Apple's rules). */
function expectedOutcome(el: Element): string {
  const platform = el.getAttribute('platform');
  const policy = el.getAttribute('unsupported');
  if (platform === 'apple' || policy === 'show') return 'messages';
  if (policy === 'fallback') return 'fallback';
  if (policy === null && el.localName === 'message-us-banner' && el.hasAttribute('phone')) {
    return 'fallback';
  }
  return 'hidden';
}

let axeSource: Promise<string> | undefined;

async function axeViolations(win: FrameWindow): Promise<string[]> {
  axeSource ??= fetch('/node_modules/axe-core/axe.min.js').then((r) => r.text());
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.textContent = await axeSource;
    win.document.head.append(script);
  }
  // Frames are checked on their own (the legacy frame below); the
  // sandboxed no-JavaScript frame cannot run axe and holds a plain link.
  const results = await win.axe!.run(win.document, {iframes: false, resultTypes: ['violations']});
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
  );
}

describe('gallery', () => {
  it('renders every example (none invalid) with the outcome its attributes call for', async () => {
    const {elements} = await openGallery();
    // The one example without `platform` depends on the machine running
    // the tests; it must show either the Messages link or its call fallback.
    const previewed = elements.filter((el) => el.hasAttribute('platform'));
    const auto = elements.filter((el) => !el.hasAttribute('platform'));
    expect([
      elements.length,
      previewed.map((el) => el.outcome),
      auto.map((el) => ['messages', 'fallback'].includes(el.outcome)),
    ]).to.deep.equal([previewed.length + 1, previewed.map(expectedOutcome), [true]]);
  });

  it('has at least one example of every shape, theme, orientation, preset and fallback channel', async () => {
    const {elements} = await openGallery();
    const values = (attribute: string) =>
      [...new Set(elements.map((el) => el.getAttribute(attribute)).filter(Boolean))].sort();
    const channels = [
      ...new Set(elements.map((el) => (el as unknown as {channel: string | null}).channel)),
    ]
      .filter(Boolean)
      .sort();
    expect([
      values('shape'),
      values('theme'),
      values('orientation'),
      values('preset'),
      channels,
    ]).to.deep.equal([
      ['circle', 'pill', 'square'],
      ['auto', 'light'],
      ['vertical'],
      ['ask-a-question', 'contact-an-agent', 'get-help'],
      ['messages', 'phone', 'sms', 'web', 'whatsapp'],
    ]);
  });

  it('logs no warnings', async () => {
    const {win} = await openGallery();
    expect(win.warnings).to.deep.equal([]);
  });

  it('lays out the right-to-left examples right to left', async () => {
    const {doc} = await openGallery();
    const dirs = [
      ...doc.querySelectorAll<RenderedElement>(
        '[lang="ar"] message-us-button, [lang="he"] message-us-button, message-us-banner[lang="fa"]'
      ),
    ].map((el) => el.shadowRoot!.querySelector('a')!.getAttribute('dir'));
    expect(dirs).to.deep.equal(['rtl', 'rtl', 'rtl']);
  });

  it('hides the plain no-JavaScript link once the element runs', async () => {
    const {doc} = await openGallery();
    const link = doc.querySelector<HTMLAnchorElement>('#no-js message-us-button > a')!;
    const host = link.parentElement as RenderedElement;
    expect([link.getClientRects().length, host.outcome]).to.deep.equal([0, 'messages']);
  });

  it('shows the same markup without JavaScript in a frame that cannot run scripts', async () => {
    const {doc} = await openGallery();
    const frame = doc.querySelector<HTMLIFrameElement>('#no-js iframe')!;
    const inner = new DOMParser().parseFromString(frame.getAttribute('srcdoc')!, 'text/html');
    expect([
      frame.getAttribute('sandbox'),
      inner.querySelectorAll('script').length,
      inner.querySelector('message-us-button > a')!.getAttribute('href'),
    ]).to.deep.equal([
      '',
      0,
      'https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777',
    ]);
  });

  it('shows a launcher whose departments inherit its business ID, and one handing off by QR code', async () => {
    const {doc} = await openGallery();
    const [departments, handoff] = [...doc.querySelectorAll('message-us-launcher')];
    const hrefs = [...departments.querySelectorAll<RenderedElement>('message-us-button')].map(
      (el) => el.shadowRoot!.querySelector('a')?.href
    );
    const codes = handoff.shadowRoot!.querySelectorAll('figure svg[role="img"]').length;
    expect([hrefs, codes]).to.deep.equal([
      [
        'https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777?biz-intent-id=billing_question&biz-group-id=billing',
        'https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777?biz-intent-id=sales_question&biz-group-id=sales',
      ],
      // The test machines are Linux computers, which hand off.
      2,
    ]);
  });

  it('has no axe violations', async () => {
    const {win} = await openGallery();
    expect(await axeViolations(win)).to.deep.equal([]);
  });
});

describe('Apple’s markup in the gallery', () => {
  it('becomes a Messages button and banner on an iPhone', async () => {
    const {doc} = await openLegacy('iphone');
    const [button, banner] = await rendered(doc);
    expect([
      doc.documentElement.dataset.compat,
      button.outcome,
      button.href,
      banner.outcome,
      doc.querySelector('#status')!.textContent,
    ]).to.deep.equal([
      'loaded',
      'messages',
      'https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777?biz-intent-id=account_question',
      'messages',
      'appleBusinessChat.isSupported() is true.',
    ]);
  });

  it('hides the button and turns the banner into a call on Android', async () => {
    const {doc} = await openLegacy('android');
    const [button, banner] = await rendered(doc);
    expect([button.outcome, banner.outcome, banner.href]).to.deep.equal([
      'hidden',
      'fallback',
      'tel:+12163954902',
    ]);
  });

  it('has no axe violations', async () => {
    const {win} = await openLegacy('iphone');
    expect(await axeViolations(win)).to.deep.equal([]);
  });
});
