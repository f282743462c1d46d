/**
 * Security: property-based: arbitrary strings in every attribute (any code
 * point, lone surrogates, pieces of the hostile corpus, and valid values so
 * every outcome is reached) never make an element throw, and it always ends
 * in exactly one of `messages`, `fallback`, `hidden` or `invalid`, with a
 * link that matches the outcome, an announced outcome event that agrees,
 * and the outcomes the documentation promises for the business ID, the
 * platform and `unsupported="show"`.
 *
 * Styles are left to the hostile-value tests (hostile*.ts), which check
 * them with payloads built for the purpose.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/message-us-button/define.js';
import '../../src/message-us-banner/define.js';
import {normalizeBusinessId} from '../../src/core/messages-url.js';
import {SMALL_PAYLOADS} from './payloads.js';
import {
  ATTRIBUTES,
  ID,
  OUTCOMES,
  PHONE,
  TAGS,
  baitRequests,
  guard,
  renderProblems,
  settle,
  type Guarded,
  type RenderedElement,
} from './harness.js';

const RUNS = 300;

// Values that mean something to an attribute, so generated elements reach
// Messages links and fallbacks, not only `invalid`.
const VALID: Readonly<Record<string, readonly string[]>> = {
  'business-id': [ID, ID.toUpperCase(), ` ${ID}\n`],
  intent: ['account_question', 'Customer Enquiry'],
  group: ['billing_department'],
  body: ['Order additional credit card', 'Hi\nthere'],
  phone: [PHONE, '+44 (0)20 7946 0000', '0049 30 1234567'],
  'fallback-href': ['https://example.com/contact', '/contact', 'HTTP://Example.com'],
  'fallback-channel': ['auto', 'phone', 'sms', 'whatsapp', 'web', ' SMS '],
  unsupported: ['hide', 'fallback', 'show', 'Fallback'],
  platform: ['auto', 'apple', 'other', ' Apple '],
  label: ['Chat with us'],
  'fallback-label': ['Call us'],
  analytics: ['ga4', 'ga4 gtm', 'meta', ' GTM  ga4 '],
  'analytics-event': ['generate_lead'],
  preset: ['message-us', 'get-help', 'ask-a-question', 'contact-an-agent'],
  theme: ['dark', 'light', 'auto'],
  scale: ['1', '1.5', '0.5', '9'],
  lang: ['en', 'ar', 'de-CH', 'zh-Hant'],
  dir: ['ltr', 'rtl'],
  color: ['#fff', 'red'],
  background: ['#1b3f68', 'rgb(20, 24, 33)'],
  shape: ['rounded', 'pill', 'square', 'circle'],
  'icon-only': [''],
  cta: ['Chat'],
  context: ['Replies within an hour'],
  orientation: ['horizontal', 'vertical'],
  rounded: ['false', 'true'],
  'text-color': ['#fff'],
  'icon-color': ['#fff'],
  'icon-background': ['#000'],
  'font-family': ['Georgia, serif'],
  hours: ['Mo-Fr 09:00-18:00; Sa 10:00-14:00', 'Mo-Su off', 'Fr 22:00-02:00', 'Mo-Su'],
  timezone: ['Europe/Berlin', 'america/new_york', 'Asia/Kolkata'],
  'closed-on': ['2026-12-24/2026-12-26 2027-01-01'],
  'after-hours': ['note', 'fallback', 'hide', 'show', ' Hide '],
};

const loneSurrogate = fc
  .integer({min: 0xd800, max: 0xdfff})
  .map((code) => String.fromCharCode(code));

/** Any text: code points, lone surrogates and corpus pieces, mixed. */
const hostileText = fc.oneof(
  fc.string({unit: 'binary', maxLength: 40}),
  fc.string({
    unit: fc.oneof(loneSurrogate, fc.constantFrom('a', '\u0000', '\u202E', ';')),
    maxLength: 8,
  }),
  fc
    .array(fc.constantFrom(...SMALL_PAYLOADS), {minLength: 1, maxLength: 3})
    .map((parts) => parts.join(''))
);

function attributeValue(name: string) {
  return fc.option(
    fc.oneof(
      {arbitrary: fc.constantFrom(...VALID[name]!), weight: 2},
      {arbitrary: hostileText, weight: 3}
    ),
    {
      nil: undefined,
      freq: 3,
    }
  );
}

function configuration(names: readonly string[]) {
  return fc.record(
    Object.fromEntries(names.map((name) => [name, attributeValue(name)]))
  ) as fc.Arbitrary<Record<string, string | undefined>>;
}

/** What the documentation promises, where it can be told from the attributes alone. */
function promisedOutcome(attributes: Record<string, string | undefined>): string | null {
  if (!normalizeBusinessId(attributes['business-id'])) return 'invalid';
  // Outside the hours these modes replace or hide the link; the time of the
  // run decides, so nothing is promised.
  const afterHours = attributes['after-hours']?.trim().toLowerCase();
  const scheduled = attributes.hours?.trim() || attributes['closed-on']?.trim();
  if (scheduled && (afterHours === 'hide' || afterHours === 'fallback')) return null;
  if (attributes.platform?.trim().toLowerCase() === 'apple') return 'messages';
  if (attributes.unsupported?.trim().toLowerCase() === 'show') return 'messages';
  return null;
}

describe('arbitrary attribute values (property)', () => {
  let guarded: Guarded;
  let stage: HTMLDivElement;

  before(() => {
    // The runner's modules fill the default buffer; a full buffer would
    // drop the request the strict check looks for.
    performance.setResourceTimingBufferSize(100_000);
  });

  beforeEach(() => {
    guarded = guard();
    stage = document.createElement('div');
    document.body.append(stage);
  });

  afterEach(() => {
    stage.remove();
    guarded.restore();
  });

  it('has valid values for every attribute', () => {
    const names = new Set(TAGS.flatMap((tag) => [...ATTRIBUTES[tag]]));
    expect([...names].filter((name) => !VALID[name])).to.deep.equal([]);
  });

  /**
   * Renders RUNS generated configurations of `tag` one by one and checks
   * each; `strict` adds the style checks and "no request at all".
   */
  async function check(tag: (typeof TAGS)[number], strict: boolean): Promise<void> {
    const seen = new Set<string>();
    performance.clearResourceTimings();
    await fc.assert(
      fc.asyncProperty(configuration(ATTRIBUTES[tag]), async (attributes) => {
        const element = document.createElement(tag) as unknown as RenderedElement;
        let announced: unknown = null;
        element.addEventListener('message-us-outcome', (event) => {
          announced = (event as CustomEvent).detail;
        });
        for (const [name, value] of Object.entries(attributes)) {
          if (value !== undefined) element.setAttribute(name, value);
        }
        stage.append(element);
        try {
          await element.updateComplete;
          const {outcome, channel, href} = element;
          seen.add(outcome);
          expect(OUTCOMES).to.include(outcome);
          expect(renderProblems(element, {styles: strict})).to.deep.equal([]);
          expect(announced).to.deep.equal({outcome, channel, href});
          const promised = promisedOutcome(attributes);
          if (promised) expect(outcome).to.equal(promised);
          expect(guarded.errors).to.deep.equal([]);
          if (strict) {
            await settle(stage);
            expect(baitRequests()).to.deep.equal([]);
          }
        } finally {
          element.remove();
        }
      }),
      {numRuns: RUNS}
    );
    // The generators are only useful if they reach every outcome.
    expect([...seen].sort()).to.deep.equal([...OUTCOMES].sort());
  }

  for (const tag of TAGS) {
    it(`<${tag}> always reaches exactly one outcome and never throws`, async function () {
      this.timeout(120_000);
      await check(tag, false);
    });

    // Generated values such as font-family="url(x)red;background:url(x)"
    // once loaded x; the private properties are now set through CSSOM.
    it(`<${tag}> never loads anything and keeps its inline style to its own properties`, async function () {
      this.timeout(170_000);
      await check(tag, true);
    });
  }
});
