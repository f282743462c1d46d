import {expect} from '@open-wc/testing';
import {
  parseBoolean,
  readOption,
  readOptions,
  resolveView,
  UNAVAILABLE_HINT,
  type ViewEnv,
} from '../../src/core/view.js';
import {OPTIONS, type OptionSpec} from '../../src/core/schema.js';

const ID = '22222222-dddd-4444-bbbb-777777777777';
const BASE = `https://bcrw.apple.com/urn:biz:${ID}`;
const APPLE: ViewEnv = {supportsMessages: true, isApple: true, lang: 'en', dir: null};
const OTHER: ViewEnv = {supportsMessages: false, isApple: false, lang: 'en', dir: null};
const option = (attribute: string) => OPTIONS.find((o) => o.attribute === attribute) as OptionSpec;

describe('parseBoolean', () => {
  const rows: Array<[input: unknown, fallback: boolean, expected: boolean]> = [
    [null, true, true],
    [undefined, false, false],
    ['', false, true],
    ['true', false, true],
    ['false', true, false],
    [' FALSE ', true, false],
    ['no', false, true],
    [true, false, true],
    [false, true, false],
    [0, false, true],
  ];
  for (const [input, fallback, expected] of rows) {
    it(`${JSON.stringify(input)} (default ${fallback}) is ${expected}`, () => {
      expect(parseBoolean(input, fallback)).to.equal(expected);
    });
  }
});

describe('readOption', () => {
  const never = () => false;
  const rows: Array<[string, string, unknown, object, unknown]> = [
    ['unset takes the default', 'theme', null, {}, {value: 'dark'}],
    ['an enum ignores case', 'theme', ' Light ', {}, {value: 'light'}],
    [
      'a bad enum warns and keeps the default',
      'theme',
      'blue',
      {},
      {
        value: 'dark',
        problem:
          'theme="blue" is not one of light, dark, auto; using "dark". Example: theme="auto"',
      },
    ],
    ['a number', 'scale', '1.5', {}, {value: 1.5}],
    ['a boolean attribute present', 'icon-only', '', {}, {value: true}],
    ['a boolean switched off', 'rounded', 'false', {}, {value: false}],
    ['verbatim keeps spaces', 'body', '  Hi  ', {}, {value: '  Hi  '}],
    ['verbatim empty is unset', 'body', '', {}, {value: undefined}],
    ['text is trimmed', 'intent', '  billing ', {}, {value: 'billing'}],
    ['blank text is unset', 'label', '   ', {}, {value: undefined}],
    ['a colour passes without a judge', 'color', 'nonsense', {}, {value: 'nonsense'}],
    [
      'a colour the judge refuses',
      'background',
      'url(x)',
      {isColor: never},
      {
        value: undefined,
        problem:
          'background="url(x)" is not a CSS colour; using the theme\'s. Example: background="#1b3f68"',
      },
    ],
    [
      'a font the judge refuses',
      'font-family',
      'a;b',
      {isFontFamily: never},
      {
        value: undefined,
        problem:
          'font-family="a;b" is not a CSS font-family list; using the theme\'s. Example: font-family="Georgia, serif"',
      },
    ],
    [
      'a font the judge accepts',
      'font-family',
      ' serif ',
      {isFontFamily: () => true},
      {value: 'serif'},
    ],
  ];
  for (const [name, attribute, input, env, expected] of rows) {
    it(name, () => {
      expect(readOption(option(attribute), input, env)).to.deep.equal(expected);
    });
  }
});

describe('readOptions', () => {
  it('takes own values first, then page defaults, then the schema', () => {
    expect(
      readOptions(
        'message-us-button',
        {businessId: ID, theme: 'light'},
        {defaults: {theme: 'auto', intent: 'sales', shape: 'pill', cta: 'ignored on a button'}}
      )
    ).to.deep.equal({
      values: {
        'business-id': ID,
        intent: 'sales',
        preset: 'message-us',
        theme: 'light',
        shape: 'pill',
        'icon-only': false,
        scale: 1,
        unsupported: 'hide',
        'fallback-channel': 'auto',
        platform: 'auto',
      },
      problems: [],
    });
  });

  it('gives a banner with a phone the call fallback, and a button none', () => {
    const read = (
      tag: 'message-us-button' | 'message-us-banner',
      props: Record<string, unknown>,
      defaults = {}
    ) => readOptions(tag, props, {defaults}).values.unsupported;
    expect([
      read('message-us-banner', {phone: '+12163954902'}),
      read('message-us-banner', {}, {phone: '+12163954902'}),
      read('message-us-banner', {phone: '  '}),
      read('message-us-button', {phone: '+12163954902'}),
      read('message-us-banner', {phone: '+12163954902', unsupported: 'hide'}),
    ]).to.deep.equal(['fallback', 'fallback', 'hide', 'hide', 'hide']);
  });

  it('collects one problem per bad option, in table order', () => {
    expect(
      readOptions('message-us-banner', {orientation: 'right', theme: 'x', scale: 'big'}).problems
    ).to.deep.equal([
      'theme="x" is not one of light, dark, auto; using "dark". Example: theme="auto"',
      'scale="big" is not a positive number; using 1. Example: scale="1.5"',
      'orientation="right" is not one of horizontal, vertical; using "horizontal". Example: orientation="vertical"',
    ]);
  });
});

describe('resolveView', () => {
  it('renders the Messages link with the default label on an Apple device', () => {
    const view = resolveView(
      'message-us-button',
      {businessId: ` ${ID.toUpperCase()} `, intent: ' billing ', body: 'Hi  there'},
      APPLE
    );
    expect({...view, strings: undefined, values: undefined}).to.deep.equal({
      result: {
        outcome: 'messages',
        channel: 'messages',
        href: `${BASE}?biz-intent-id=billing&body=Hi%20%20there`,
        phone: null,
        problems: [],
      },
      strings: undefined,
      lang: 'en',
      dir: 'ltr',
      height: 44,
      tokens: {'--_h': '44px', '--_radius': '9.68px'},
      theme: 'dark',
      platform: 'apple',
      label: 'Message Us',
      context: '',
      description: 'Opens Apple Messages',
      iconOnly: false,
      vertical: false,
      values: undefined,
      problems: [
        'intent " billing " has leading or trailing whitespace, which is removed from the link; use e.g. "billing".',
      ],
      hint: '',
    });
  });

  describe('hint: why an element is hidden on this device', () => {
    const rows: Array<
      [name: string, props: Record<string, unknown>, env: ViewEnv, hinted: boolean]
    > = [
      ['hidden by default on a device without Messages', {businessId: ID}, OTHER, true],
      ['explicit unsupported="hide" too', {businessId: ID, unsupported: 'hide'}, OTHER, true],
      ['not where Messages opens', {businessId: ID}, APPLE, false],
      [
        'not for the deliberate platform="other" preview',
        {businessId: ID, platform: 'other'},
        APPLE,
        false,
      ],
      [
        'not when a fallback shows',
        {businessId: ID, unsupported: 'fallback', phone: '+12163954902'},
        OTHER,
        false,
      ],
      [
        'not when a fallback is wanted but missing (a warning says so)',
        {businessId: ID, unsupported: 'fallback'},
        OTHER,
        false,
      ],
      ['not for an invalid ID (a warning says so)', {businessId: 'acme'}, OTHER, false],
    ];
    for (const [name, props, env, hinted] of rows) {
      it(name, () => {
        expect(resolveView('message-us-button', props, env).hint).to.equal(
          hinted ? UNAVAILABLE_HINT : ''
        );
      });
    }

    it('says how to preview and how to fall back, with valid attributes', () => {
      expect(UNAVAILABLE_HINT).to.equal(
        'Apple Messages for Business does not open on this device, so message-us elements with unsupported="hide" (the default) are hidden here, and on Android and Windows. To preview the Messages link, add platform="apple"; to show a fallback on such devices, add unsupported="fallback" phone="+12163954902".'
      );
    });
  });

  it('hides by default where Messages is unavailable', () => {
    const view = resolveView('message-us-button', {businessId: ID}, OTHER);
    expect([view.result.outcome, view.result.href, view.platform, view.description]).to.deep.equal([
      'hidden',
      null,
      'other',
      '',
    ]);
  });

  it('previews either platform whatever the device', () => {
    const apple = resolveView('message-us-button', {businessId: ID, platform: 'apple'}, OTHER);
    const other = resolveView('message-us-button', {businessId: ID, platform: 'other'}, APPLE);
    expect([apple.result.outcome, other.result.outcome]).to.deep.equal(['messages', 'hidden']);
  });

  it('names the attribute, not the property, for a bad business ID', () => {
    const view = resolveView('message-us-button', {businessId: 'acme'}, APPLE);
    expect([view.result.outcome, view.problems]).to.deep.equal([
      'invalid',
      [
        'business-id "acme" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. "22222222-dddd-4444-bbbb-777777777777".',
      ],
    ]);
  });

  it('turns a banner with a phone into a call banner showing the number', () => {
    const view = resolveView(
      'message-us-banner',
      {businessId: ID, phone: '+1 216 395 4902'},
      OTHER
    );
    expect([view.result.href, view.label, view.context, view.description]).to.deep.equal([
      'tel:+12163954902',
      'Call Us',
      '+1 216 395 4902',
      '',
    ]);
  });

  it('labels each fallback channel, or with fallback-label', () => {
    const labels = (['sms', 'whatsapp', 'web'] as const).map((channel) => {
      const view = resolveView(
        'message-us-button',
        {
          businessId: ID,
          unsupported: 'fallback',
          fallbackChannel: channel,
          phone: '+12163954902',
          fallbackHref: '/contact',
        },
        {...OTHER, baseUrl: 'https://example.com/shop/'}
      );
      return [view.result.href, view.label];
    });
    const custom = resolveView(
      'message-us-button',
      {businessId: ID, unsupported: 'fallback', phone: '+12163954902', fallbackLabel: 'Ring us'},
      OTHER
    );
    expect([...labels, [custom.label, custom.lang]]).to.deep.equal([
      ['sms:+12163954902', 'Text Us'],
      ['https://wa.me/12163954902', 'Chat on WhatsApp'],
      ['https://example.com/contact', 'Contact Us'],
      ['Ring us', 'en'],
    ]);
  });

  it('shows a web fallback banner without a number', () => {
    const view = resolveView(
      'message-us-banner',
      {
        businessId: ID,
        phone: '+12163954902',
        fallbackChannel: 'web',
        fallbackHref: 'https://example.com/help',
      },
      OTHER
    );
    expect([view.result.href, view.context]).to.deep.equal(['https://example.com/help', '']);
  });

  it('gives a banner its cta, context, corners and orientation', () => {
    const view = resolveView(
      'message-us-banner',
      {
        businessId: ID,
        cta: 'Ask billing',
        context: 'Replies in minutes',
        rounded: 'false',
        orientation: 'vertical',
        scale: '2',
        fontFamily: 'Georgia, serif',
      },
      APPLE
    );
    expect([view.label, view.context, view.tokens, view.vertical, view.iconOnly]).to.deep.equal([
      'Ask billing',
      'Replies in minutes',
      {'--_h': '88px', '--_font': 'Georgia, serif', '--_radius': '0'},
      true,
      false,
    ]);
  });

  it('uses the banner default context and the label when there is no cta', () => {
    const view = resolveView('message-us-banner', {businessId: ID, label: 'Chat'}, APPLE);
    expect([view.label, view.context, view.tokens['--_radius']]).to.deep.equal([
      'Chat',
      'Get answers from our team in Apple Messages.',
      'var(--message-us-radius, 11px)',
    ]);
  });

  it('sets colour tokens and takes the background into the outline', () => {
    const view = resolveView(
      'message-us-button',
      {businessId: ID, color: '#fc0', background: 'navy', shape: 'pill'},
      APPLE
    );
    expect(view.tokens).to.deep.equal({
      '--_h': '44px',
      '--_fg': '#fc0',
      '--_bg': 'navy',
      '--_border': 'var(--message-us-border-color, navy)',
      '--_radius': '22px',
    });
  });

  const shapes: Array<[shape: string, radius: string, iconOnly: boolean]> = [
    ['rounded', '9.68px', false],
    ['pill', '22px', false],
    ['square', '0px', false],
    ['circle', '22px', true],
  ];
  for (const [shape, radius, iconOnly] of shapes) {
    it(`gives shape="${shape}" a radius of ${radius}`, () => {
      const view = resolveView('message-us-button', {businessId: ID, shape}, APPLE);
      expect([view.tokens['--_radius'], view.iconOnly]).to.deep.equal([radius, iconOnly]);
    });
  }

  it('follows the page language and direction, with the link lang of the labels used', () => {
    const arabic = resolveView('message-us-button', {businessId: ID}, {...APPLE, lang: 'ar-EG'});
    const pashto = resolveView('message-us-button', {businessId: ID}, {...APPLE, lang: 'ps'});
    const own = resolveView(
      'message-us-button',
      {businessId: ID, label: 'Hi'},
      {...APPLE, lang: 'ps'}
    );
    const forced = resolveView(
      'message-us-button',
      {businessId: ID},
      {...APPLE, lang: 'ar', dir: 'ltr'}
    );
    expect([
      [arabic.label, arabic.lang, arabic.dir],
      [pashto.label, pashto.lang, pashto.dir],
      [own.lang, own.dir],
      forced.dir,
    ]).to.deep.equal([
      ['راسلنا', 'ar-EG', 'rtl'],
      ['Message Us', 'en', 'rtl'],
      ['ps', 'rtl'],
      'ltr',
    ]);
  });

  it('takes routing from page-level defaults', () => {
    const view = resolveView(
      'message-us-button',
      {intent: 'sales'},
      {...APPLE, defaults: {'business-id': ID, intent: 'ignored', group: 'team'}}
    );
    expect(view.result.href).to.equal(`${BASE}?biz-intent-id=sales&biz-group-id=team`);
  });

  it('never throws, whatever the properties hold', () => {
    const bare = Object.create(null) as object;
    const view = resolveView(
      'message-us-banner',
      {businessId: ID, intent: bare, cta: bare, scale: bare, rounded: bare, theme: bare},
      APPLE
    );
    expect([view.result.href, view.label, view.height, view.theme]).to.deep.equal([
      `${BASE}?biz-intent-id=%5Bobject%20Object%5D`,
      '[object Object]',
      44,
      'dark',
    ]);
  });
});
