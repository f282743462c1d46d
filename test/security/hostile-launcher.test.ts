/**
 * Security: hostile attribute values in <message-us-launcher>: every
 * attribute it reads, every payload of the corpus (see hostile-launcher.ts);
 * the text parts and the QR hand-off with markup in them, exactly; and the
 * controls that show the launcher's checks can fail.
 */
import {expect} from '@open-wc/testing';
import '../../src/message-us-launcher/index.js';
import {MAX_QR_BYTES, qrPath} from '../../src/message-us-launcher/qr.js';
import {CANARY, PAYLOADS} from './payloads.js';
import {ID, allRendered, type RenderedElement} from './harness.js';
import {useArena} from './hostile.js';
import {expectLauncherAttributeHarmless} from './hostile-launcher.js';
import {
  LAUNCHER_ATTRIBUTES,
  LAUNCHER_BASELINES,
  createLauncher,
  departmentsOf,
  launcherProblems,
  withDepartments,
} from './launcher.js';

const MARKUP = `<img src=x onerror="window.${CANARY}=1"><b>bold</b>`;

describe('<message-us-launcher> hostile-value checks', () => {
  const arena = useArena();

  async function rendered(launcher: RenderedElement): Promise<ShadowRoot> {
    arena.stage.append(launcher);
    await allRendered(withDepartments([launcher]));
    await allRendered(withDepartments([launcher]));
    return launcher.shadowRoot!;
  }

  it('reject markup in the greeting, a stray element and a QR code of another link', async () => {
    const launcher = createLauncher(LAUNCHER_BASELINES.qr, {greeting: 'Hi'});
    const root = await rendered(launcher);
    expect(launcherProblems(launcher)).to.deep.equal([]);
    root.querySelector('[part="greeting"]')!.innerHTML = '<b>Hi</b>';
    root.querySelector('ul')!.append(document.createElement('iframe'));
    root.querySelector('figure path')!.setAttribute('d', qrPath('https://evil.example/')!.d);
    root.querySelector('button')!.setAttribute('onclick', 'void 0');
    expect(launcherProblems(launcher)).to.deep.equal([
      '<button onclick>',
      'unexpected <b> in the shadow root',
      'unexpected <iframe> in the shadow root',
      'markup in the greeting: <b>Hi</b>',
      `department 0: QR code does not draw "https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=account_question&biz-group-id=billing_department&body=Hello"`,
    ]);
  });

  it('render markup in heading, greeting and hand-off label as exactly that text', async () => {
    const launcher = createLauncher(LAUNCHER_BASELINES.qr, {
      heading: MARKUP,
      greeting: MARKUP,
      'handoff-label': MARKUP,
    });
    const root = await rendered(launcher);
    const text = (selector: string) =>
      Array.from(root.querySelectorAll(selector), (node) => node.textContent!.trim());
    expect({
      heading: text('[part="heading"]'),
      greeting: text('[part="greeting"]'),
      captions: text('figcaption'),
      problems: launcherProblems(launcher),
      pwned: arena.guarded.pwned(),
    }).to.deep.equal({
      heading: [MARKUP],
      greeting: [MARKUP],
      // Neither department shows a link of its own here, so each caption
      // names it: the button by its label, the banner by its preset.
      captions: [`Billing ${MARKUP}`, `Message Us ${MARKUP}`],
      problems: [],
      pwned: false,
    });
  });

  it('encode a hostile body and intent only into the QR code and its link', async () => {
    const body = `"><script>window.${CANARY}=1</script>`;
    const intent = `javascript:window.${CANARY}=1`;
    const launcher = createLauncher(LAUNCHER_BASELINES.qr, {body, intent});
    const root = await rendered(launcher);
    const link =
      `https://bcrw.apple.com/urn:biz:${ID}` +
      '?biz-intent-id=javascript%3Awindow.__pwned%3D1' +
      '&biz-group-id=billing_department' +
      '&body=%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E';
    const banner =
      `https://bcrw.apple.com/urn:biz:${ID}` +
      '?biz-intent-id=javascript%3Awindow.__pwned%3D1' +
      '&body=%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E';
    expect({
      paths: Array.from(root.querySelectorAll('figure path'), (p) => p.getAttribute('d')),
      labels: Array.from(root.querySelectorAll('figure svg'), (s) => s.getAttribute('aria-label')),
      scripts: root.querySelectorAll('script').length,
      problems: launcherProblems(launcher),
      departments: departmentsOf(launcher).map((d) => d.outcome),
    }).to.deep.equal({
      paths: [qrPath(link)!.d, qrPath(banner)!.d],
      labels: ['QR code: Billing, Apple Messages', 'QR code: Message Us, Apple Messages'],
      scripts: 0,
      problems: [],
      departments: ['hidden', 'hidden'],
    });
  });

  it('leave out the QR code of a link too long for one, at once', async () => {
    // The encoder tried every QR version on a megabyte link first: seconds
    // per code, with the page frozen.
    const body = 'A'.repeat(1 << 20);
    const launcher = createLauncher(LAUNCHER_BASELINES.qr, {body});
    const root = await rendered(launcher);
    const link = `https://bcrw.apple.com/urn:biz:${ID}?body=`;
    expect({
      fits: qrPath(link + 'A'.repeat(MAX_QR_BYTES - link.length))?.size,
      tooLong: qrPath(link + 'A'.repeat(MAX_QR_BYTES - link.length + 1)),
      figures: root.querySelectorAll('figure').length,
      outcome: launcher.outcome,
      problems: launcherProblems(launcher),
    }).to.deep.equal({fits: 185, tooLong: null, figures: 0, outcome: 'hidden', problems: []});
  });

  for (const attribute of LAUNCHER_ATTRIBUTES) {
    it(`${attribute}: no script, request, exception, bad link, markup or QR code`, async function () {
      this.timeout(60_000);
      await expectLauncherAttributeHarmless(arena, 'launcher', attribute, PAYLOADS);
    });
  }
});
