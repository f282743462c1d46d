// End-to-end tests of demo/configurator.html, loaded into an iframe from
// the test server (which serves the repository root). Needs the build:
// `npm run build` first, as CI does.
import {expect} from '@open-wc/testing';
import {decodeQrSvg} from '../shared/qr-decode.js';
import {buildSmsUrl} from '../../src/core/fallback.js';
import {DESCRIPTIONS} from '../../src/core/schema-docs.js';
import {FIELDS} from '../../demo/src/model.js';

type FrameWindow = Window & typeof globalThis & {axe?: AxeLike};
interface Frame {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
}
interface AxeLike {
  run(
    context: Document,
    options: object
  ): Promise<{violations: Array<{id: string; nodes: Array<{target: string[]}>}>}>;
}
interface RenderedElement extends HTMLElement {
  outcome: string;
  href: string | null;
  updateComplete: Promise<boolean>;
}

const ID = '22222222-dddd-4444-bbbb-777777777777';
const STORAGE_KEY = 'message-us-configurator:presets';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

const opened: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
  localStorage.removeItem(STORAGE_KEY);
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

function addFrame(width: number, height = 800): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  opened.push(frame);
  return frame;
}

function parts(frame: HTMLIFrameElement): Frame {
  return {frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument!};
}

async function openConfigurator(query = '', width = 1200, height = 800): Promise<Frame> {
  const frame = addFrame(width, height);
  frame.src = `/demo/configurator.html${query}`;
  document.body.append(frame);
  await until(
    () => frame.contentDocument?.documentElement?.hasAttribute('data-ready'),
    'the configurator to start (is the build there? run `npm run build`)'
  );
  return parts(frame);
}

/** Sets a form control the way a user would, with the events a user's edit fires. */
async function set(f: Frame, name: string, value: string | boolean): Promise<void> {
  const el =
    name === 'element'
      ? f.doc.querySelector<HTMLInputElement>(`[name="element"][value="${value}"]`)!
      : f.doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  expect(el, `control ${name}`).to.exist;
  if (el.type === 'checkbox') el.checked = value === true;
  else if (el.type === 'radio') el.checked = true;
  else el.value = String(value);
  el.dispatchEvent(new f.win.Event('input', {bubbles: true}));
  el.dispatchEvent(new f.win.Event('change', {bubbles: true}));
  await rendered(f);
}

/** Ticks exactly the given words of a token list (one checkbox per word). */
async function setTokens(f: Frame, name: string, words: string[]): Promise<void> {
  const boxes = [...f.doc.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  expect(boxes.length, `checkboxes of ${name}`).to.be.above(0);
  for (const box of boxes) {
    if (box.checked === words.includes(box.value)) continue;
    box.checked = !box.checked;
    box.dispatchEvent(new f.win.Event('input', {bubbles: true}));
    box.dispatchEvent(new f.win.Event('change', {bubbles: true}));
  }
  await rendered(f);
}

async function click(f: Frame, selector: string): Promise<void> {
  const button = f.doc.querySelector<HTMLButtonElement>(selector);
  expect(button, selector).to.exist;
  button!.click();
  await rendered(f);
}

/**
 * Waits for the configurator's render after an edit (it renders in a
 * microtask), and for the preview's elements: a new one renders in a later
 * task when the edit's task has used its render time (render-queue.ts), and
 * the preview's height follows it.
 */
async function rendered(f: Frame): Promise<void> {
  await (f.doc.querySelector('configurator-app') as unknown as {updateComplete: Promise<unknown>})
    .updateComplete;
  const elements = f.doc.querySelectorAll(
    'message-us-button, message-us-banner, message-us-launcher'
  );
  await Promise.all(
    [...elements].map((el) => (el as unknown as {updateComplete?: Promise<unknown>}).updateComplete)
  );
}

/** The page address's query once the configurator has written it (it waits between writes). */
async function query(f: Frame): Promise<string> {
  await until(() => !f.doc.querySelector('configurator-app[data-url-pending]'), 'the address');
  return f.win.location.search;
}

/** The value of every form control, by name (checkboxes and radios: checked). */
function formState(f: Frame): Array<[string, string | boolean]> {
  return [...f.doc.querySelectorAll<HTMLInputElement>('#config [name]')].map((el) => [
    el.type === 'checkbox' || el.type === 'radio' ? `${el.name}=${el.value}` : el.name,
    el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value,
  ]);
}

async function fill(f: Frame, values: Record<string, string | boolean>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await set(f, name, value);
}

function output(f: Frame, name: string): string {
  return f.doc.querySelector(`[data-output="${name}"] code`)!.textContent!;
}

function copyButton(f: Frame, name: string): HTMLButtonElement {
  return f.doc.querySelector<HTMLButtonElement>(`[data-copy="${name}"]`)!;
}

/** Every element a piece of markup makes, as `[tag, attributes]`. */
function parseMarkup(markup: string): Array<[string, Array<[string, string]>]> {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  return [...doc.querySelectorAll('head *, body *')].map((el) => [
    el.localName,
    el.getAttributeNames().map((name): [string, string] => [name, el.getAttribute(name)!]),
  ]);
}

async function build(): Promise<{version: string; integrity: Record<string, string>}> {
  const [pkg, integrity] = await Promise.all([
    fetch('/package.json').then((r) => r.json()),
    fetch('/dist/cdn/integrity.json').then((r) => r.json()),
  ]);
  return {version: pkg.version, integrity};
}

/** The SRI hash of a file as this server sends it. */
async function servedIntegrity(path: string): Promise<string> {
  const bytes = await (await fetch(path)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * Pastes markup into a fresh page that pretends to be `userAgent`, and waits
 * for `selector`. The CDN address is pointed at this server's build. The
 * test server re-encodes JavaScript on the way out (its esbuild transform),
 * so the integrity hash is swapped for that of the bytes it sends: the
 * browser still checks SRI with `crossorigin`, and the published hash is
 * checked against dist/cdn/integrity.json by the snippet tests.
 */
async function paste(
  markup: string,
  userAgent: string,
  selector: string
): Promise<RenderedElement> {
  let local = markup.replace(
    /src="https:\/\/cdn\.jsdelivr\.net\/npm\/message-us@[^/"]+\/dist\/cdn\/([\w.-]+\.js)"/g,
    (_match, file: string) => `src="${location.origin}/dist/cdn/${file}"`
  );
  expect(local, 'the CDN address in the markup').not.to.equal(markup);
  for (const [, file] of local.matchAll(/src="[^"]*\/dist\/cdn\/([\w.-]+\.js)"/g)) {
    local = local.replace(
      /integrity="[^"]*"/,
      `integrity="${await servedIntegrity(`/dist/cdn/${file}`)}"`
    );
  }
  const frame = addFrame(600);
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
    Object.defineProperty(navigator, 'userAgent', {configurable: true, get: () => ${JSON.stringify(userAgent)}});
    window.failed = [];
    addEventListener('error', (event) => { if (event.target && event.target.src) failed.push(event.target.src); }, true);
  </script></head><body>${local}</body></html>`;
  document.body.append(frame);
  const element = await until(() => {
    const win = frame.contentWindow as FrameWindow & {failed?: string[]};
    if (win?.failed?.length) throw new Error(`the script did not load (integrity?): ${win.failed}`);
    const el = frame.contentDocument?.querySelector<RenderedElement>(selector);
    return el && win.customElements.get(el.localName) ? el : null;
  }, `${selector} in the pasted page`);
  await element.updateComplete;
  return element;
}

async function preview(f: Frame, side: 'apple' | 'other'): Promise<RenderedElement> {
  const el = await until(
    () => f.doc.querySelector<RenderedElement>(`#preview-${side} .screen > :not(p)`),
    `the ${side} preview`
  );
  await f.win.customElements.whenDefined(el.localName);
  await el.updateComplete;
  await rendered(f);
  return el;
}

function shadowHref(element: RenderedElement): string | null {
  return element.shadowRoot!.querySelector('a')?.getAttribute('href') ?? null;
}

function messages(f: Frame, name: string): Array<[string, string]> {
  return [...f.doc.querySelectorAll(`#f-${name}-msg li`)].map((li) => [
    li.className,
    li.textContent!,
  ]);
}

let axeSource: Promise<string> | undefined;

async function axeViolations(win: FrameWindow): Promise<string[]> {
  axeSource ??= fetch('/node_modules/axe-core/axe.min.js').then((r) => r.text());
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.textContent = await axeSource;
    win.document.head.append(script);
  }
  const results = await win.axe!.run(win.document, {iframes: false, resultTypes: ['violations']});
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
  );
}

/** Rasterises an SVG and reads the QR code in it. */
const decodeQr = (svg: string) => decodeQrSvg(svg);

/** Catches the configurator's file download and returns the file's name and text. */
async function catchDownload(f: Frame, click: () => void): Promise<[string, string]> {
  let link: HTMLAnchorElement | undefined;
  const stop = (event: Event) => {
    const target = event.target as HTMLAnchorElement;
    if (target.localName === 'a' && target.hasAttribute('download')) {
      link = target;
      event.preventDefault();
    }
  };
  f.doc.addEventListener('click', stop, true);
  try {
    click();
  } finally {
    f.doc.removeEventListener('click', stop, true);
  }
  expect(link, 'a download').to.exist;
  const text = await (await f.win.fetch(link!.href)).text();
  return [link!.download, text];
}

async function importFile(f: Frame, name: string, text: string): Promise<void> {
  const input = f.doc.querySelector<HTMLInputElement>('#preset-import')!;
  const transfer = new f.win.DataTransfer();
  transfer.items.add(new f.win.File([text], name, {type: 'application/json'}));
  input.files = transfer.files;
  const status = f.doc.querySelector('#preset-status')!;
  const before = status.textContent;
  status.textContent = '';
  input.dispatchEvent(new f.win.Event('change', {bubbles: true}));
  await until(() => status.textContent !== '' || null, `the import of ${name} (was: ${before})`);
}

const BUTTON = {
  'business-id': ' 22222222-DDDD-4444-BBBB-777777777777 ',
  intent: 'account_question',
  group: 'billing_department',
  body: 'Card "Gold" <max> & more\nthanks',
  preset: 'get-help',
  label: 'Chat with Billing',
  lang: 'de',
  theme: 'light',
  shape: 'pill',
  scale: '1.5',
  color: '#1b3f68',
  background: '#ffffff',
  unsupported: 'fallback',
  'fallback-channel': 'sms',
  phone: '+1 (216) 395-4902',
  'fallback-href': 'https://example.com/contact',
  'fallback-label': 'Text our team',
};
const BUTTON_LINK = `https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=account_question&biz-group-id=billing_department&body=Card%20%22Gold%22%20%3Cmax%3E%20%26%20more%0Athanks`;

const BANNER = {
  element: 'banner',
  'business-id': ID,
  cta: 'Questions about your order?',
  context: 'We reply within the hour.',
  orientation: 'vertical',
  rounded: false,
  background: '#1b3f68',
  'text-color': '#ffffff',
  'icon-color': '#1b3f68',
  'icon-background': '#ffffff',
  'font-family': 'Georgia, serif',
  phone: '+12163954902',
  // Button-only options, which a banner snippet must not carry.
  label: 'Not for banners',
  shape: 'circle',
  color: '#ff0000',
  'icon-only': true,
};

describe('configurator', () => {
  describe('first load', () => {
    it('opens with a live preview of Apple’s example ID, marked as an example', async () => {
      const f = await openConfigurator();
      const [apple, other] = [await preview(f, 'apple'), await preview(f, 'other')];
      await until(
        () => f.doc.querySelector<HTMLElement>('#preview-other .outcome')!.dataset.outcome,
        'the preview’s outcome'
      );
      const badges = [...f.doc.querySelectorAll<HTMLElement>('.example-badge')];
      expect([
        [apple.localName, apple.getAttribute('business-id'), apple.outcome, shadowHref(apple)],
        [other.getAttribute('business-id'), other.outcome],
        f.doc.querySelector('#example-note')!.textContent!.replace(/\s+/g, ' ').trim(),
        badges.map((b) => [b.textContent, b.getBoundingClientRect().height > 0]),
        f.doc.querySelector<HTMLInputElement>('#f-business-id')!.value,
        f.doc.querySelector('#preview-apple .outcome')!.textContent,
      ]).to.deep.equal([
        ['message-us-button', ID, 'messages', `https://bcrw.apple.com/urn:biz:${ID}`],
        [ID, 'hidden'],
        'Example: shown with Apple’s example business ID. Enter yours to get your code.',
        [
          ['Example', true],
          ['Example', true],
        ],
        '',
        'Opens Apple Messages.',
      ]);
    });

    it('asks for the business ID and offers nothing to copy', async () => {
      const f = await openConfigurator();
      expect([
        f.doc.querySelector('#summary p')!.textContent,
        [...f.doc.querySelectorAll<HTMLButtonElement>('[data-copy], #qr-download')].map(
          (b) => b.disabled
        ),
        f.doc.querySelectorAll('[aria-invalid]').length,
      ]).to.deep.equal([
        'Enter your business ID to get the code.',
        [true, true, true, true, true],
        0,
      ]);
    });

    it('fills in Apple’s example ID on request, and the preview is no longer an example', async () => {
      const f = await openConfigurator();
      await click(f, '#use-example');
      expect([
        f.doc.querySelector<HTMLInputElement>('#f-business-id')!.value,
        output(f, 'link'),
        f.doc.querySelectorAll('.example-badge, #example-note').length,
      ]).to.deep.equal([ID, `https://bcrw.apple.com/urn:biz:${ID}`, 0]);
    });

    it('takes each field’s hint from the schema’s description', async () => {
      const f = await openConfigurator();
      expect(
        ['business-id', 'fallback-channel', 'analytics'].map(
          (name) => f.doc.querySelector(`#f-${name}-hint`)!.textContent
        )
      ).to.deep.equal(['business-id', 'fallback-channel', 'analytics'].map((n) => DESCRIPTIONS[n]));
    });
  });

  describe('HTML snippet', () => {
    it('holds the script tag with the version, SRI hash and crossorigin, then the button', async () => {
      const f = await openConfigurator();
      await fill(f, BUTTON);
      const {version, integrity} = await build();
      expect(parseMarkup(output(f, 'snippet'))).to.deep.equal([
        [
          'script',
          [
            ['type', 'module'],
            // German chosen: the German bundle.
            ['src', `https://cdn.jsdelivr.net/npm/message-us@${version}/dist/cdn/message-us.de.js`],
            ['integrity', integrity['message-us.de.js']],
            ['crossorigin', 'anonymous'],
          ],
        ],
        [
          'message-us-button',
          [
            ['business-id', ID],
            ['intent', 'account_question'],
            ['group', 'billing_department'],
            ['body', 'Card "Gold" <max> & more\nthanks'],
            ['preset', 'get-help'],
            ['label', 'Chat with Billing'],
            ['lang', 'de'],
            ['theme', 'light'],
            ['shape', 'pill'],
            ['scale', '1.5'],
            ['color', '#1b3f68'],
            ['background', '#ffffff'],
            ['unsupported', 'fallback'],
            ['fallback-channel', 'sms'],
            ['phone', '+12163954902'],
            ['fallback-href', 'https://example.com/contact'],
            ['fallback-label', 'Text our team'],
          ],
        ],
      ]);
    });

    it('loads one language’s bundle for a chosen language, else the bundle of every language', async () => {
      const f = await openConfigurator();
      const {version, integrity} = await build();
      const script = (file: string) =>
        `<script type="module" src="https://cdn.jsdelivr.net/npm/message-us@${version}/dist/cdn/${file}" integrity="${integrity[file]}" crossorigin="anonymous"></script>`;
      const first = () => output(f, 'snippet').split('\n')[0];
      const seen: string[] = [];
      await fill(f, {'business-id': ID, lang: 'zh-Hant'});
      seen.push(first());
      await fill(f, {'all-languages': true});
      seen.push(first());
      await fill(f, {'all-languages': false, lang: ''});
      seen.push(first());
      await fill(f, {lang: 'pt-PT', hours: 'Mo-Fr 09:00-18:00', timezone: 'Europe/Lisbon'});
      seen.push(first());
      await fill(f, {'all-languages': true});
      seen.push(first());
      expect(seen).to.deep.equal([
        script('message-us.zh-Hant.js'),
        script('message-us.js'),
        script('message-us.js'),
        script('message-us-hours.pt-PT.js'),
        script('message-us-hours.js'),
      ]);
    });

    it('HTML-escapes attribute values, one attribute per line', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, body: 'Say "hi"><script>alert(1)</script>&\nbye'});
      expect(output(f, 'snippet').split('\n').slice(1)).to.deep.equal([
        '<message-us-button',
        `  business-id="${ID}"`,
        '  body="Say &quot;hi&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#10;bye"',
        '></message-us-button>',
      ]);
    });

    it('puts typed business hours into the snippet', async () => {
      const f = await openConfigurator();
      await fill(f, {
        'business-id': ID,
        hours: ' Mo-Fr 09:00-18:00; Sa 10:00-14:00 ',
        timezone: 'Europe/Berlin',
        'closed-on': '2026-12-24/2026-12-26',
        'after-hours': 'fallback',
        phone: '+1 216 395 4902',
      });
      // Hours need the business-hours build: the snippet loads it.
      expect(output(f, 'snippet').split('\n')[0]).to.match(
        /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/message-us@[\d.]+\/dist\/cdn\/message-us-hours\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous"><\/script>$/
      );
      expect([
        output(f, 'snippet').split('\n').slice(1),
        ...['hours', 'timezone', 'closed-on', 'after-hours'].map((name) => messages(f, name)),
      ]).to.deep.equal([
        [
          '<message-us-button',
          `  business-id="${ID}"`,
          '  phone="+12163954902"',
          '  hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00"',
          '  timezone="Europe/Berlin"',
          '  closed-on="2026-12-24/2026-12-26"',
          '  after-hours="fallback"',
          '></message-us-button>',
        ],
        [],
        [],
        [],
        [],
      ]);
    });

    it('leaves the default after-hours mode out of the snippet', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, hours: 'Mo-Su', timezone: 'UTC', 'after-hours': 'note'});
      expect(output(f, 'snippet').split('\n').slice(1)).to.deep.equal([
        '<message-us-button',
        `  business-id="${ID}"`,
        '  hours="Mo-Su"',
        '  timezone="UTC"',
        '></message-us-button>',
      ]);
    });

    it('shows the element’s warnings for business hours without blocking the code', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, hours: 'Mo-Fr 9-18', 'after-hours': 'fallback'});
      expect([
        messages(f, 'hours'),
        messages(f, 'timezone'),
        messages(f, 'after-hours'),
        copyButton(f, 'snippet').disabled,
      ]).to.deep.equal([
        [
          [
            'warning',
            'Warning: hours entry "Mo-Fr 9-18": cannot read "9-18"; treating the business as always open. Example: hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00"',
          ],
        ],
        [
          [
            'warning',
            'Warning: timezone is missing; reading the hours in the visitor\'s time zone. Example: timezone="Europe/Berlin"',
          ],
        ],
        [
          [
            'warning',
            'Warning: after-hours="fallback" needs a fallback target; the element hides outside the hours. Example: phone="+12163954902" or fallback-href="https://example.com/contact"',
          ],
        ],
        false,
      ]);
    });

    it('holds only banner attributes for a banner (label too: the cta falls back to it)', async () => {
      const f = await openConfigurator();
      await fill(f, BANNER);
      expect(parseMarkup(output(f, 'snippet'))[1]).to.deep.equal([
        'message-us-banner',
        [
          ['business-id', ID],
          ['label', 'Not for banners'],
          ['cta', 'Questions about your order?'],
          ['context', 'We reply within the hour.'],
          ['orientation', 'vertical'],
          ['rounded', 'false'],
          ['background', '#1b3f68'],
          ['text-color', '#ffffff'],
          ['icon-color', '#1b3f68'],
          ['icon-background', '#ffffff'],
          ['font-family', 'Georgia, serif'],
          ['phone', '+12163954902'],
        ],
      ]);
    });

    it('puts a plain link inside the element when asked to, with the no-JavaScript stylesheet', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, intent: 'order_status', lang: 'fr', nojs: true});
      const {version} = await build();
      const doc = new DOMParser().parseFromString(output(f, 'snippet'), 'text/html');
      const link = doc.querySelector('message-us-button > a')!;
      const css = `https://cdn.jsdelivr.net/npm/message-us@${version}/dist/no-js.css`;
      const style = [
        ['rel', 'stylesheet'],
        ['href', css],
        ['integrity', await servedIntegrity('/dist/no-js.css')],
        ['crossorigin', 'anonymous'],
      ];
      expect([
        link.getAttribute('href'),
        link.textContent,
        parseMarkup(output(f, 'snippet'))[1],
        parseMarkup(f.doc.querySelector('[data-output="nojs-css"]')!.textContent!),
      ]).to.deep.equal([
        `https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=order_status`,
        'Écrivez-nous',
        ['link', style],
        [['link', style]],
      ]);
    });

    it('writes the analytics tools, space-separated, and the GA4 event name', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID});
      await setTokens(f, 'analytics', ['gtm', 'ga4']);
      await set(f, 'analytics-event', ' generate_lead ');
      expect([output(f, 'snippet').split('\n').slice(1), await query(f)]).to.deep.equal([
        [
          '<message-us-button',
          `  business-id="${ID}"`,
          '  analytics="ga4 gtm"',
          '  analytics-event="generate_lead"',
          '></message-us-button>',
        ],
        `?business-id=${ID}&analytics=ga4+gtm&analytics-event=+generate_lead+`,
      ]);
    });

    it('leaves analytics out until a tool is ticked', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID});
      await setTokens(f, 'analytics', ['meta']);
      const one = output(f, 'snippet').split('\n')[3];
      await setTokens(f, 'analytics', []);
      expect([one, output(f, 'snippet').includes('analytics')]).to.deep.equal([
        '  analytics="meta"',
        false,
      ]);
    });

    it('warns, without blocking the code, about a GA4 event name GA4 would drop', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, 'analytics-event': 'contact click'});
      await setTokens(f, 'analytics', ['ga4']);
      expect([
        messages(f, 'analytics-event'),
        output(f, 'snippet').split('\n').slice(3, 5),
      ]).to.deep.equal([
        [
          [
            'warning',
            'Warning: analytics-event="contact click" is not a GA4 event name (a letter first, then letters, digits and underscores, at most 40 characters); sending "generate_lead". Example: analytics-event="contact_click"',
          ],
        ],
        ['  analytics="ga4"', '  analytics-event="contact click"'],
      ]);
    });

    it('renders, pasted into a page on an iPhone, a link to the configurator’s link output', async () => {
      const f = await openConfigurator();
      await fill(f, BUTTON);
      expect(output(f, 'link')).to.equal(BUTTON_LINK);
      const element = await paste(output(f, 'snippet'), IPHONE, 'message-us-button');
      expect([element.outcome, shadowHref(element)]).to.deep.equal(['messages', BUTTON_LINK]);
    });

    it('renders, pasted into a page on Android, the fallback the preview shows', async () => {
      const f = await openConfigurator();
      await fill(f, BUTTON);
      const other = await preview(f, 'other');
      const element = await paste(output(f, 'snippet'), ANDROID, 'message-us-button');
      const sms = buildSmsUrl({phone: '+12163954902', body: BUTTON.body}, 'rfc5724');
      expect([element.outcome, shadowHref(element), shadowHref(other)]).to.deep.equal([
        'fallback',
        sms,
        sms,
      ]);
    });

    it('renders a pasted banner as a call banner on Android, as Apple’s does', async () => {
      const f = await openConfigurator();
      await fill(f, BANNER);
      const element = await paste(output(f, 'snippet'), ANDROID, 'message-us-banner');
      expect([element.outcome, shadowHref(element)]).to.deep.equal([
        'fallback',
        'tel:+12163954902',
      ]);
    });
  });

  describe('preview', () => {
    it('shows the link output on the Apple side and the fallback on the other', async () => {
      const f = await openConfigurator();
      await fill(f, {
        'business-id': ID,
        intent: 'billing',
        unsupported: 'fallback',
        phone: '+12163954902',
      });
      const [apple, other] = [await preview(f, 'apple'), await preview(f, 'other')];
      expect([
        apple.getAttribute('platform'),
        shadowHref(apple),
        other.getAttribute('platform'),
        shadowHref(other),
        f.doc.querySelector('#preview-other .outcome')!.textContent,
      ]).to.deep.equal([
        'apple',
        output(f, 'link'),
        'other',
        'tel:+12163954902',
        'Offers a call: tel:+12163954902',
      ]);
    });

    it('says that nothing shows elsewhere by default', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID});
      await preview(f, 'other');
      expect(
        await until(
          () => f.doc.querySelector<HTMLElement>('#preview-other .outcome')!.dataset.outcome,
          'the outcome'
        )
      ).to.equal('hidden');
    });
  });

  describe('outputs', () => {
    it('gives Apple’s legacy markup with the compatibility script', async () => {
      const f = await openConfigurator();
      await fill(f, BANNER);
      const {version, integrity} = await build();
      expect(output(f, 'legacy')).to.equal(
        [
          '<div',
          '  class="apple-business-chat-banner-container"',
          `  data-apple-business-id="${ID}"`,
          '  data-apple-banner-cta="Questions about your order?"',
          '  data-apple-banner-context="We reply within the hour."',
          '  data-apple-banner-orientation="vertical"',
          '  data-apple-banner-rounded-corners="false"',
          '  data-apple-banner-background-color="#1b3f68"',
          '  data-apple-banner-text-color="#ffffff"',
          '  data-apple-banner-icon-color="#1b3f68"',
          '  data-apple-banner-icon-background-color="#ffffff"',
          '  data-apple-banner-font-family="Georgia, serif"',
          '  data-apple-business-phone="+12163954902"',
          '></div>',
          `<script type="module" src="https://cdn.jsdelivr.net/npm/message-us@${version}/dist/cdn/apple-compat.js" integrity="${integrity['apple-compat.js']}" crossorigin="anonymous"></script>`,
        ].join('\n')
      );
    });

    it('gives legacy markup that the compatibility layer renders as the same call banner', async () => {
      const f = await openConfigurator();
      await fill(f, BANNER);
      const element = await paste(
        output(f, 'legacy'),
        ANDROID,
        '.apple-business-chat-banner-container message-us-banner'
      );
      expect([element.outcome, shadowHref(element)]).to.deep.equal([
        'fallback',
        'tel:+12163954902',
      ]);
    });

    it('names the options Apple’s markup cannot carry', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, theme: 'light', shape: 'pill'});
      expect(f.doc.querySelector('#out-legacy-note')!.textContent).to.equal(
        'For pages already written for Apple’s script: only the script changes. Apple’s markup has no attributes for theme, shape; use the HTML snippet to keep them.'
      );
    });

    it('draws a QR code that decodes to the link', async () => {
      const f = await openConfigurator();
      await fill(f, BUTTON);
      const svg = f.doc.querySelector('[data-output="qr"] svg')!;
      expect(await decodeQr(svg.outerHTML)).to.equal(BUTTON_LINK);
    });

    it('downloads the QR code as an SVG file that decodes to the link', async () => {
      const f = await openConfigurator();
      await fill(f, BUTTON);
      const [name, text] = await catchDownload(f, () =>
        f.doc.querySelector<HTMLButtonElement>('#qr-download')!.click()
      );
      expect([
        name,
        text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'),
        await decodeQr(text),
      ]).to.deep.equal(['message-us-qr.svg', true, BUTTON_LINK]);
    });

    it('copies the snippet with the clipboard API', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID});
      const copied: string[] = [];
      Object.defineProperty(f.win.navigator, 'clipboard', {
        configurable: true,
        value: {writeText: async (text: string) => void copied.push(text)},
      });
      copyButton(f, 'snippet').click();
      const status = f.doc.querySelector('[data-status="snippet"]')!;
      await until(() => status.textContent, 'the copy status');
      expect([copied, status.textContent]).to.deep.equal([
        [output(f, 'snippet')],
        'Copied to the clipboard.',
      ]);
    });

    it('selects the text and says so when the browser refuses to copy', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID});
      Object.defineProperty(f.win.navigator, 'clipboard', {
        configurable: true,
        value: {writeText: () => Promise.reject(new Error('denied'))},
      });
      f.doc.execCommand = () => false;
      copyButton(f, 'link').click();
      const status = f.doc.querySelector('[data-status="link"]')!;
      await until(() => status.textContent, 'the copy status');
      expect([
        status.textContent,
        f.win.getSelection()!.toString(),
        f.doc.activeElement!.getAttribute('data-output'),
      ]).to.deep.equal([
        'The browser refused to copy: the text is selected, press Ctrl+C (⌘C on a Mac).',
        `https://bcrw.apple.com/urn:biz:${ID}`,
        'link',
      ]);
    });
  });

  describe('validation', () => {
    it('shows an error under an invalid business ID, marks the field invalid and withholds the code', async () => {
      const f = await openConfigurator();
      await set(f, 'business-id', 'my-business');
      const input = f.doc.querySelector('#f-business-id')!;
      expect([
        messages(f, 'business-id'),
        input.getAttribute('aria-invalid'),
        input.getAttribute('aria-describedby'),
        copyButton(f, 'snippet').disabled,
        f.doc.querySelector('#summary a')!.getAttribute('href'),
      ]).to.deep.equal([
        [
          [
            'error',
            'Error: business-id "my-business" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. "22222222-dddd-4444-bbbb-777777777777".',
          ],
        ],
        'true',
        'f-business-id-hint f-business-id-msg',
        true,
        '#f-business-id',
      ]);
    });

    it('shows the core’s warning for a reserved character without blocking the code', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, intent: 'billing/faq'});
      expect([
        messages(f, 'intent'),
        f.doc.querySelector('#f-intent')!.hasAttribute('aria-invalid'),
        copyButton(f, 'snippet').disabled,
      ]).to.deep.equal([
        [
          [
            'warning',
            'Warning: intent "billing/faq" contains "/", which Apple reserves; use e.g. "billing_faq".',
          ],
        ],
        false,
        false,
      ]);
    });

    it('attaches fallback problems to the option at fault', async () => {
      const f = await openConfigurator();
      await fill(f, {
        'business-id': ID,
        unsupported: 'fallback',
        'fallback-channel': 'whatsapp',
        'fallback-href': 'https://example.com/contact',
      });
      expect(messages(f, 'fallback-channel')).to.deep.equal([
        [
          'warning',
          'Warning: fallback-channel="whatsapp" needs phone; the element hides where Apple Messages is unavailable. Example: phone="+12163954902"',
        ],
      ]);
    });

    it('refuses a phone number without a country code', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, phone: '216 395 4902'});
      expect([
        messages(f, 'phone')[0]?.[0],
        f.doc.querySelector('#f-phone')!.getAttribute('aria-invalid'),
      ]).to.deep.equal(['error', 'true']);
    });

    it('refuses a colour the browser cannot parse', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, background: 'blurple'});
      expect(messages(f, 'background')).to.deep.equal([
        [
          'error',
          'Error: background="blurple" is not a CSS colour; use e.g. #1b3f68, rgb(27, 63, 104) or navy.',
        ],
      ]);
    });

    it('warns about colours below 4.5:1 contrast', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, color: '#777777', background: '#888888'});
      expect(messages(f, 'color')).to.deep.equal([
        [
          'warning',
          'Warning: color and background give a contrast of 1.26:1; Apple asks for at least 4.5:1, 7:1 preferred.',
        ],
      ]);
    });

    it('ignores problems of options the chosen element does not have', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, 'text-color': 'blurple'});
      expect([messages(f, 'text-color'), copyButton(f, 'snippet').disabled]).to.deep.equal([
        [],
        false,
      ]);
    });
  });

  describe('page URL', () => {
    it('holds only what differs from the defaults', async () => {
      const f = await openConfigurator();
      await fill(f, {'business-id': ID, body: 'Hi & bye', theme: 'auto', nojs: true});
      expect(await query(f)).to.equal(`?business-id=${ID}&body=Hi+%26+bye&theme=auto&nojs=true`);
    });

    it('restores the whole form and the same snippet from the URL', async () => {
      const a = await openConfigurator();
      await fill(a, {
        ...BANNER,
        body: 'Line one\nline "two" & three',
        lang: 'ar',
        theme: 'auto',
        scale: '1.2',
      });
      const b = await openConfigurator(await query(a));
      const state = (f: Frame) =>
        [...f.doc.querySelectorAll<HTMLInputElement>('#config [name]')].map((el) => [
          el.name,
          el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value,
        ]);
      expect([state(b), output(b, 'snippet'), await query(b)]).to.deep.equal([
        state(a),
        output(a, 'snippet'),
        await query(a),
      ]);
    });

    it('keeps up with fast typing (WebKit refuses over 100 address changes in 10 s)', async () => {
      const f = await openConfigurator(`?business-id=${ID}`);
      const typed = 'billing_department_for_large_accounts_in_europe_and_asia_pacific_'.repeat(2);
      for (let i = 1; i <= typed.length; i++) await set(f, 'group', typed.slice(0, i));
      expect([typed.length > 100, await query(f), output(f, 'link')]).to.deep.equal([
        true,
        `?business-id=${ID}&group=${typed}`,
        `https://bcrw.apple.com/urn:biz:${ID}?biz-group-id=${typed}`,
      ]);
    });

    it('ignores unknown parameters and values no control offers', async () => {
      const f = await openConfigurator(
        `?business-id=${ID}&theme=neon&shape=blob&evil=1&icon-only=maybe`
      );
      expect([
        f.doc.querySelector<HTMLSelectElement>('#f-theme')!.value,
        f.doc.querySelector<HTMLSelectElement>('#f-shape')!.value,
        f.doc.querySelector<HTMLInputElement>('#f-icon-only')!.checked,
        await query(f),
      ]).to.deep.equal(['dark', 'rounded', false, `?business-id=${ID}`]);
    });
  });

  describe('department presets', () => {
    const BILLING = {
      ...BUTTON,
      'business-id': ID,
      intent: 'account_question',
      group: 'billing_department',
      body: 'About my invoice',
      'analytics-event': 'generate_lead',
    };

    async function savePreset(f: Frame, name: string): Promise<void> {
      f.doc.querySelector<HTMLInputElement>('#preset-name')!.value = name;
      await click(f, '#preset-save');
    }

    async function choose(f: Frame, name: string): Promise<void> {
      const select = f.doc.querySelector<HTMLSelectElement>('#department')!;
      select.value = name;
      select.dispatchEvent(new f.win.Event('change', {bubbles: true}));
      await rendered(f);
    }

    it('save the whole configuration and survive export, deletion and import', async () => {
      const f = await openConfigurator();
      await fill(f, BILLING);
      await setTokens(f, 'analytics', ['ga4', 'gtm']);
      const saved = formState(f);
      const snippet = output(f, 'snippet');
      await savePreset(f, 'Billing');
      const [name, text] = await catchDownload(f, () =>
        f.doc.querySelector<HTMLButtonElement>('#preset-export')!.click()
      );
      await click(f, '#preset-delete');
      const afterDelete = f.doc.querySelectorAll('#department option').length;
      // Back to a fresh form, the ID aside.
      const fresh = await openConfigurator(`?business-id=${ID}`);
      await importFile(fresh, name, text);
      await choose(fresh, 'Billing');
      await click(fresh, '#preset-apply');
      const file = JSON.parse(text);
      expect([
        name,
        file.version,
        file.presets.map((p: {name: string}) => p.name),
        Object.keys(file.presets[0].config),
        [
          file.presets[0].config.theme,
          file.presets[0].config.analytics,
          file.presets[0].config.nojs,
        ],
        afterDelete,
        [...fresh.doc.querySelectorAll<HTMLOptionElement>('#department option')].map(
          (o) => o.value
        ),
        formState(fresh),
        output(fresh, 'snippet'),
        fresh.doc.querySelector('#preset-status')!.textContent,
      ]).to.deep.equal([
        'message-us-presets.json',
        2,
        ['Billing'],
        FIELDS.map((field) => field.name),
        ['light', 'ga4 gtm', false],
        1,
        ['', 'Billing'],
        saved,
        `<!-- message-us: Billing -->\n${snippet}`,
        'Applied “Billing”.',
      ]);
    });

    it('still import a version 1 file (routing only) and apply it over the form', async () => {
      const f = await openConfigurator(`?business-id=${ID}&theme=light&shape=pill`);
      await importFile(
        f,
        'team-v1.json',
        JSON.stringify({
          version: 1,
          presets: [
            {name: 'Orders', intent: 'order_status', group: 'orders', body: 'Where is my order?'},
            {name: 'Sales', intent: 'new_customer'},
          ],
        })
      );
      const status = f.doc.querySelector('#preset-status')!.textContent;
      await choose(f, 'Orders');
      await click(f, '#preset-apply');
      expect([
        status,
        ['intent', 'group', 'body', 'theme', 'shape'].map(
          (n) => f.doc.querySelector<HTMLInputElement>(`[name="${n}"]`)!.value
        ),
        JSON.parse(localStorage.getItem(STORAGE_KEY)!),
      ]).to.deep.equal([
        'Imported “team-v1.json”: 2 new, 0 replaced.',
        ['order_status', 'orders', 'Where is my order?', 'light', 'pill'],
        {
          version: 2,
          presets: [
            {
              name: 'Orders',
              config: {intent: 'order_status', group: 'orders', body: 'Where is my order?'},
            },
            {name: 'Sales', config: {intent: 'new_customer', group: '', body: ''}},
          ],
        },
      ]);
    });

    it('name the downloads and the snippets after the department', async () => {
      const f = await openConfigurator();
      await fill(f, BUTTON);
      await savePreset(f, 'Après-vente & Billing');
      const [qr] = await catchDownload(f, () =>
        f.doc.querySelector<HTMLButtonElement>('#qr-download')!.click()
      );
      const lines = [output(f, 'snippet'), output(f, 'legacy')].map((text) => text.split('\n')[0]);
      const copied: string[] = [];
      Object.defineProperty(f.win.navigator, 'clipboard', {
        configurable: true,
        value: {writeText: async (text: string) => void copied.push(text)},
      });
      copyButton(f, 'snippet').click();
      await until(() => copied.length, 'the copy');
      expect([
        qr,
        f.doc.querySelector('[data-status="qr"]')!.textContent,
        lines,
        copied[0].split('\n')[0],
        f.doc.querySelector('#department-note')!.textContent!.replace(/\s+/g, ' ').trim(),
      ]).to.deep.equal([
        'message-us-apres-vente-billing-qr.svg',
        'Downloaded message-us-apres-vente-billing-qr.svg.',
        [
          '<!-- message-us: Après-vente & Billing -->',
          '<!-- message-us: Après-vente & Billing -->',
        ],
        '<!-- message-us: Après-vente & Billing -->',
        'For the department Après-vente & Billing: snippets and file names carry its name.',
      ]);
    });

    it('are kept in the configurator’s localStorage entry, which the staffing plan reads', async () => {
      const f = await openConfigurator();
      await fill(f, {intent: 'order_status'});
      await savePreset(f, 'Orders');
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
      const plan = f.doc.querySelector('staffing-plan')!;
      plan.dispatchEvent(new f.win.FocusEvent('focusin', {bubbles: true}));
      expect([
        plan.querySelector('[data-department="Orders"]') !== null,
        stored.version,
        stored.presets.map((p: {name: string}) => p.name),
        stored.presets[0].config.intent,
        stored.presets[0].config.theme,
        stored.presets[0].config['business-id'],
      ]).to.deep.equal([true, 2, ['Orders'], 'order_status', 'dark', '']);
    });

    const shape =
      'Expected {"version": 2, "presets": [{"name": "Billing", "config": {"intent": "…", "group": "…"}}]} (or a version 1 file).';
    const rejected: Array<[string, string, string]> = [
      ['not JSON', '{presets: []}', `The file is not valid JSON. ${shape}`],
      ['a list', '[]', `The file does not hold a presets object. ${shape}`],
      [
        'another version',
        '{"version": 3, "presets": []}',
        `"version" must be 1 or 2, got 3. ${shape}`,
      ],
      ['presets not a list', '{"version": 2, "presets": {}}', `"presets" must be a list. ${shape}`],
      [
        'a preset without a name',
        '{"version": 2, "presets": [{"config": {}}]}',
        `Preset 1 needs a "name" (text). ${shape}`,
      ],
      [
        'a version 2 preset without a configuration',
        '{"version": 2, "presets": [{"name": "A"}]}',
        'Preset 1 ("A") needs a "config" object.',
      ],
      [
        'a value that is not text',
        '{"version": 1, "presets": [{"name": "A"}, {"name": "B", "group": 5}]}',
        'Preset 2 ("B"): "group" must be text.',
      ],
      [
        'a switch that is not true or false',
        '{"version": 2, "presets": [{"name": "A", "config": {"nojs": "yes"}}]}',
        'Preset 1 ("A"): "nojs" must be true or false.',
      ],
      [
        'a repeated name',
        '{"version": 2, "presets": [{"name": "A", "config": {}}, {"name": " A ", "config": {}}]}',
        'Preset 2 repeats the name "A".',
      ],
    ];
    for (const [what, text, message] of rejected) {
      it(`refuses a file with ${what}`, async () => {
        const f = await openConfigurator();
        await importFile(f, 'team.json', text);
        const status = f.doc.querySelector('#preset-status')!;
        expect([
          status.className,
          status.textContent,
          localStorage.getItem(STORAGE_KEY),
        ]).to.deep.equal(['status error', `“team.json” was not imported. ${message}`, null]);
      });
    }
  });

  describe('launcher from presets', () => {
    const OTHER_ID = '33333333-eeee-4444-aaaa-888888888888';
    const SHARED = {
      'business-id': ID,
      theme: 'light',
      unsupported: 'fallback',
      phone: '+1 (216) 395-4902',
    };
    const TEAM = [
      {
        name: 'Billing & Payments',
        config: {
          ...SHARED,
          intent: 'billing_question',
          group: 'billing',
          body: 'Card "Gold" & more',
        },
      },
      {
        name: 'Sales',
        config: {...SHARED, intent: 'sales_question', group: 'sales', label: 'Talk to Sales'},
      },
    ];
    const BILLING_HREF = `https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=billing_question&biz-group-id=billing&body=Card%20%22Gold%22%20%26%20more`;

    /** Opens the configurator with these presets already saved in this browser. */
    async function withPresets(presets: Array<{name: string; config: object}>): Promise<Frame> {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({version: 2, presets}));
      return openConfigurator();
    }

    async function tick(f: Frame, name: string, on: boolean): Promise<void> {
      const box = f.doc.querySelector<HTMLInputElement>(`[data-launcher-department="${name}"]`)!;
      expect(box, `the box of ${name}`).to.exist;
      box.checked = on;
      box.dispatchEvent(new f.win.Event('change', {bubbles: true}));
      await rendered(f);
    }

    it('hoists what every department shares onto the launcher and keeps the rest on each', async () => {
      const f = await withPresets(TEAM);
      await fill(f, {greeting: 'Hi! Who would you like to talk to?', position: 'bottom-start'});
      const {version, integrity} = await build();
      expect(output(f, 'launcher')).to.equal(
        [
          `<script type="module" src="https://cdn.jsdelivr.net/npm/message-us@${version}/dist/cdn/message-us-launcher.js" integrity="${integrity['message-us-launcher.js']}" crossorigin="anonymous"></script>`,
          '<message-us-launcher',
          `  business-id="${ID}"`,
          '  greeting="Hi! Who would you like to talk to?"',
          '  theme="light"',
          '  position="bottom-start"',
          '  unsupported="fallback"',
          '  phone="+12163954902"',
          '>',
          '  <message-us-button',
          '    intent="billing_question"',
          '    group="billing"',
          '    body="Card &quot;Gold&quot; &amp; more"',
          '    label="Billing &amp; Payments"',
          '  ></message-us-button>',
          '  <message-us-button',
          '    intent="sales_question"',
          '    group="sales"',
          '    label="Talk to Sales"',
          '  ></message-us-button>',
          '</message-us-launcher>',
        ].join('\n')
      );
    });

    it('offers the launcher’s own schema options, and previews the launcher open on an iPhone', async () => {
      const f = await withPresets(TEAM);
      const launcher = await until(
        () => f.doc.querySelector<RenderedElement>('#launcher-stage > message-us-launcher'),
        'the launcher preview'
      );
      await launcher.updateComplete;
      const departments = [...launcher.children] as RenderedElement[];
      await Promise.all(departments.map((el) => el.updateComplete));
      expect([
        [...f.doc.querySelectorAll<HTMLInputElement>('#launcher [data-section="launcher"] [name]')]
          .map((el) => el.name)
          .filter((name, index, all) => all.indexOf(name) === index),
        launcher.getAttribute('platform'),
        launcher.hasAttribute('open'),
        departments.map((el) => [el.outcome, el.href]),
      ]).to.deep.equal([
        ['heading', 'greeting', 'position', 'open', 'handoff', 'handoff-label'],
        'apple',
        true,
        [
          ['messages', BILLING_HREF],
          [
            'messages',
            `https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=sales_question&biz-group-id=sales`,
          ],
        ],
      ]);
    });

    it('leaves out an unticked department, and one department hands the launcher all it can', async () => {
      const f = await withPresets(TEAM);
      await tick(f, 'Sales', false);
      const one = parseMarkup(output(f, 'launcher')).slice(1);
      await tick(f, 'Sales', true);
      expect([one, parseMarkup(output(f, 'launcher')).length]).to.deep.equal([
        [
          [
            'message-us-launcher',
            [
              ['business-id', ID],
              ['intent', 'billing_question'],
              ['group', 'billing'],
              ['body', 'Card "Gold" & more'],
              ['theme', 'light'],
              ['unsupported', 'fallback'],
              ['phone', '+12163954902'],
            ],
          ],
          ['message-us-button', [['label', 'Billing & Payments']]],
        ],
        4,
      ]);
    });

    it('says so instead of a snippet when no presets are saved, or none is ticked', async () => {
      const empty = await openConfigurator();
      const f = await withPresets(TEAM.slice(1));
      await tick(f, 'Sales', false);
      expect([
        empty.doc.querySelector('#launcher-note')!.textContent!.replace(/\s+/g, ' ').trim(),
        empty.doc.querySelector('[data-output="launcher"]'),
        f.doc.querySelector('#launcher-note')!.textContent,
        f.doc.querySelector('[data-copy="launcher"]'),
      ]).to.deep.equal([
        'No department presets saved yet. Save each department’s configuration under “Department presets” above; the launcher then lists them.',
        null,
        'Tick at least one department for the launcher.',
        null,
      ]);
    });

    it('keeps the business ID on each department when they differ', async () => {
      const f = await withPresets([
        TEAM[0],
        {name: 'Sales', config: {...TEAM[1].config, 'business-id': OTHER_ID}},
      ]);
      expect(parseMarkup(output(f, 'launcher')).slice(1)).to.deep.equal([
        [
          'message-us-launcher',
          [
            ['theme', 'light'],
            ['unsupported', 'fallback'],
            ['phone', '+12163954902'],
          ],
        ],
        [
          'message-us-button',
          [
            ['business-id', ID],
            ['intent', 'billing_question'],
            ['group', 'billing'],
            ['body', 'Card "Gold" & more'],
            ['label', 'Billing & Payments'],
          ],
        ],
        [
          'message-us-button',
          [
            ['business-id', OTHER_ID],
            ['intent', 'sales_question'],
            ['group', 'sales'],
            ['label', 'Talk to Sales'],
          ],
        ],
      ]);
    });

    it('gives each department, pasted into a page on an iPhone, its exact Messages link', async () => {
      const f = await withPresets([
        TEAM[0],
        {name: 'Sales', config: {...TEAM[1].config, 'business-id': OTHER_ID}},
      ]);
      const launcher = await paste(output(f, 'launcher'), IPHONE, 'message-us-launcher');
      const departments = [...launcher.children] as RenderedElement[];
      await Promise.all(departments.map((el) => el.updateComplete));
      expect(departments.map((el) => [el.localName, el.outcome, el.href])).to.deep.equal([
        ['message-us-button', 'messages', BILLING_HREF],
        [
          'message-us-button',
          'messages',
          `https://bcrw.apple.com/urn:biz:${OTHER_ID}?biz-intent-id=sales_question&biz-group-id=sales`,
        ],
      ]);
    });

    it('has no axe violations with the launcher, its options and its preview', async () => {
      const f = await withPresets(TEAM);
      const launcher = await until(
        () => f.doc.querySelector<RenderedElement>('#launcher-stage > message-us-launcher'),
        'the launcher preview'
      );
      await launcher.updateComplete;
      expect(await axeViolations(f.win)).to.deep.equal([]);
    });

    it('copies the launcher snippet', async () => {
      const f = await withPresets(TEAM);
      const copied: string[] = [];
      Object.defineProperty(f.win.navigator, 'clipboard', {
        configurable: true,
        value: {writeText: async (text: string) => void copied.push(text)},
      });
      copyButton(f, 'launcher').click();
      await until(() => copied.length, 'the copy');
      await rendered(f);
      expect([copied, f.doc.querySelector('[data-status="launcher"]')!.textContent]).to.deep.equal([
        [output(f, 'launcher')],
        'Copied to the clipboard.',
      ]);
    });
  });

  describe('accessibility and layout', () => {
    it('has no axe violations when empty', async () => {
      const f = await openConfigurator();
      expect(await axeViolations(f.win)).to.deep.equal([]);
    });

    it('has no axe violations with errors, warnings and a banner', async () => {
      const f = await openConfigurator();
      await fill(f, {...BANNER, 'business-id': 'nope', intent: 'a/b', background: 'blurple'});
      expect(await axeViolations(f.win)).to.deep.equal([]);
    });

    it('has no axe violations with every output shown', async () => {
      const f = await openConfigurator();
      await fill(f, BUTTON);
      await preview(f, 'apple');
      expect(await axeViolations(f.win)).to.deep.equal([]);
    });

    it('fits a 320 px wide screen without sideways scrolling', async () => {
      const f = await openConfigurator('', 320);
      await fill(f, {...BUTTON, body: 'A long message '.repeat(20)});
      await preview(f, 'other');
      expect(f.doc.documentElement.scrollWidth).to.be.at.most(320);
    });

    describe('on a 375 px phone', () => {
      async function phone(query = `?business-id=${ID}`): Promise<Frame> {
        const f = await openConfigurator(query, 375, 667);
        await preview(f, 'apple');
        return f;
      }

      it('keeps the preview in view while a field low on the page is focused', async () => {
        const f = await phone();
        const field = f.doc.querySelector<HTMLInputElement>('#f-analytics-event')!;
        field.focus();
        // The hardest case for a sticky preview: the field scrolled to the
        // top (engines scroll a focused field only as far as needed, and
        // WebKit not at all in a frame without focus); scroll-padding must
        // keep it below the preview.
        // Typed first, then scrolled: a re-render after the scroll (the
        // preview's height follows the options) would move the field again
        // on a slow machine.
        await set(f, 'analytics-event', 'generate_lead');
        // The preview's elements rendered and the padding caught up with the
        // panel's height (a ResizeObserver writes it after layout): under
        // load WebKit rendered them a task after the first frame, and the
        // scroll used the padding of the shorter panel.
        await rendered(f);
        const panelEl = f.doc.querySelector<HTMLElement>('.preview-panel')!;
        await until(
          () =>
            f.doc.documentElement.style.getPropertyValue('--configurator-sticky') ===
            `${panelEl.offsetHeight}px`,
          'the sticky padding'
        );
        field.scrollIntoView({block: 'start'});
        // Two frames: WebKit under load lays the sticky panel out a frame late.
        await rendered(f);
        await new Promise((resolve) => f.win.requestAnimationFrame(resolve));
        await new Promise((resolve) => f.win.requestAnimationFrame(resolve));
        const panel = f.doc.querySelector('.preview-panel')!.getBoundingClientRect();
        const box = field.getBoundingClientRect();
        const screen = f.doc.querySelector('#preview-apple .screen')!.getBoundingClientRect();
        expect({
          scrolled: f.win.scrollY > 1000,
          focused: f.doc.activeElement === field,
          previewTop: Math.round(panel.top),
          previewVisible: screen.top >= 0 && screen.bottom <= f.win.innerHeight,
          fieldBelowPreview: box.top >= panel.bottom,
          fieldOnScreen: box.bottom <= f.win.innerHeight,
          previewUnderHalf: panel.height < f.win.innerHeight / 2,
        }).to.deep.equal({
          scrolled: true,
          focused: true,
          previewTop: 0,
          previewVisible: true,
          fieldBelowPreview: true,
          fieldOnScreen: true,
          previewUnderHalf: true,
        });
      });

      it('cuts off no control: each fits the screen and each choice fits its select', async () => {
        const f = await phone(`?business-id=${ID}&element=banner`);
        const width = f.doc.documentElement.clientWidth;
        const controls = [
          ...f.doc.querySelectorAll<HTMLElement>(
            'configurator-app input, select, textarea, button'
          ),
        ].filter((el) => el.getClientRects().length > 0);
        const outside = controls
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.left < 0 || box.right > width;
          })
          .map((el) => el.id || el.getAttribute('name') || el.textContent!.trim());
        // A select shows its chosen text on one line: every choice must fit
        // beside the arrow (24 px) within the padding.
        const context = f.doc.createElement('canvas').getContext('2d')!;
        const cut: string[] = [];
        for (const select of f.doc.querySelectorAll<HTMLSelectElement>('#config select[name]')) {
          if (select.getClientRects().length === 0) continue;
          const style = f.win.getComputedStyle(select);
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room =
            select.clientWidth -
            parseFloat(style.paddingLeft) -
            parseFloat(style.paddingRight) -
            24;
          for (const option of select.options) {
            if (context.measureText(option.text.trim()).width > room) {
              cut.push(`${select.name}: ${option.text.trim()}`);
            }
          }
        }
        expect([
          controls.length > 30,
          outside,
          cut,
          f.doc.documentElement.scrollWidth,
        ]).to.deep.equal([true, [], [], width]);
      });

      it('gives every radio button and checkbox a target of at least 24 × 24 px', async () => {
        const f = await phone();
        const boxes = [
          ...f.doc.querySelectorAll<HTMLInputElement>(
            'input[type="radio"], input[type="checkbox"]'
          ),
        ].filter((el) => el.getClientRects().length > 0);
        const small = boxes
          .map((el) => {
            const box = el.getBoundingClientRect();
            return [el.id || el.name, Math.round(box.width), Math.round(box.height)] as const;
          })
          .filter(([, w, h]) => w < 24 || h < 24);
        expect([boxes.length > 5, small]).to.deep.equal([true, []]);
      });
    });
  });
});
