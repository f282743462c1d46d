import {expect} from '@open-wc/testing';
import {
  HOURS_NOT_LOADED,
  parseBoolean,
  readOption,
  readOptions,
  resolveView,
  UNAVAILABLE_HINT,
  type ViewEnv,
} from '../../src/core/view.js';
import {OPTIONS, type OptionSpec} from '../../src/core/schema.js';
import * as hoursSupport from '../../src/core/hours.js';
import {nextViewChange, parseAvailability} from '../../src/core/hours.js';

const ID = '22222222-dddd-4444-bbbb-777777777777';
const BASE = `https://bcrw.apple.com/urn:biz:${ID}`;
// With the business-hours functions, as the hours build and the root entry inject them.
const APPLE: ViewEnv = {
  supportsMessages: true,
  isApple: true,
  lang: 'en',
  dir: null,
  hours: hoursSupport,
};
const OTHER: ViewEnv = {...APPLE, supportsMessages: false, isApple: false};
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
        'after-hours': 'note',
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
      tokens: {},
      theme: 'dark',
      platform: 'apple',
      label: 'Message Us',
      context: '',
      description: 'Opens Apple Messages',
      iconOnly: false,
      vertical: false,
      open: true,
      next: null,
      availability: null,
      analytics: [],
      analyticsEvent: 'generate_lead',
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
    expect([view.label, view.context, view.tokens]).to.deep.equal([
      'Chat',
      'Get answers from our team in Apple Messages.',
      {},
    ]);
  });

  it('leaves the height and radius of the default scale and shape to the stylesheets', () => {
    const tokens = (tag: 'message-us-button' | 'message-us-banner', props: object) =>
      resolveView(tag, {businessId: ID, ...props}, APPLE).tokens;
    expect([
      tokens('message-us-button', {}),
      tokens('message-us-button', {scale: '1', shape: 'Rounded '}),
      tokens('message-us-button', {scale: '2'}),
      tokens('message-us-button', {shape: 'pill'}),
      tokens('message-us-button', {shape: 'oval'}),
      tokens('message-us-banner', {}),
      tokens('message-us-banner', {rounded: true, scale: '1'}),
      tokens('message-us-banner', {rounded: false}),
      tokens('message-us-banner', {scale: '1.5'}),
    ]).to.deep.equal([
      {},
      {},
      {'--_h': '88px', '--_radius': '19.36px'},
      {'--_h': '44px', '--_radius': '22px'},
      // An invalid shape falls back to rounded (with a warning).
      {},
      {},
      {},
      {'--_h': '44px', '--_radius': '0'},
      {'--_h': '66px', '--_radius': 'var(--message-us-radius, 16.5px)'},
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

  // Rounded is the default: its 9.68px is the stylesheet's, not a token.
  const shapes: Array<[shape: string, radius: string | undefined, iconOnly: boolean]> = [
    ['rounded', undefined, false],
    ['pill', '22px', false],
    ['square', '0px', false],
    ['circle', '22px', true],
  ];
  for (const [shape, radius, iconOnly] of shapes) {
    it(`gives shape="${shape}" ${radius ? `a radius of ${radius}` : 'no radius token'}`, () => {
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

describe('resolveView: analytics', () => {
  const rows: Array<
    [
      name: string,
      props: Record<string, unknown>,
      defaults: Record<string, string>,
      expected: {analytics: string[]; analyticsEvent: string; problems: string[]},
    ]
  > = [
    ['none by default', {}, {}, {analytics: [], analyticsEvent: 'generate_lead', problems: []}],
    [
      'the targets in call order, any case or separator',
      {analytics: ' Meta, GA4 gtm '},
      {},
      {analytics: ['gtm', 'ga4', 'meta'], analyticsEvent: 'generate_lead', problems: []},
    ],
    [
      'an unknown target is left out with a problem naming the attribute',
      {analytics: 'ga4 matomo'},
      {},
      {
        analytics: ['ga4'],
        analyticsEvent: 'generate_lead',
        problems: [
          'analytics names "matomo", which is not one of ga4, gtm, meta; it is ignored. Example: analytics="ga4 gtm"',
        ],
      },
    ],
    [
      'the page default, when the element sets none',
      {},
      {analytics: 'ga4', 'analytics-event': 'contact_click'},
      {analytics: ['ga4'], analyticsEvent: 'contact_click', problems: []},
    ],
    [
      'the element’s own value over the page default',
      {analytics: 'meta', analyticsEvent: 'message_us'},
      {analytics: 'ga4', 'analytics-event': 'contact_click'},
      {analytics: ['meta'], analyticsEvent: 'message_us', problems: []},
    ],
    [
      'a bad GA4 event name falls back to generate_lead with a problem',
      {analytics: 'ga4', analyticsEvent: 'contact click'},
      {},
      {
        analytics: ['ga4'],
        analyticsEvent: 'generate_lead',
        problems: [
          'analytics-event="contact click" is not a GA4 event name (a letter first, then letters, digits and underscores, at most 40 characters); sending "generate_lead". Example: analytics-event="contact_click"',
        ],
      },
    ],
  ];
  for (const [name, props, defaults, expected] of rows) {
    it(name, () => {
      const view = resolveView(
        'message-us-button',
        {businessId: ID, ...props},
        {...APPLE, defaults}
      );
      expect({
        analytics: view.analytics,
        analyticsEvent: view.analyticsEvent,
        problems: view.problems,
      }).to.deep.equal(expected);
    });
  }
});

describe('resolveView: business hours', () => {
  // Saturday 2026-01-10, 13:00 in Berlin; the team is back Monday 09:00 CET.
  const SATURDAY = Date.parse('2026-01-10T12:00:00Z');
  const MONDAY_9 = '2026-01-12T08:00:00.000Z';
  // Monday 11:00 in Berlin, open until 18:00.
  const MONDAY_11 = Date.parse('2026-01-12T10:00:00Z');
  const HOURS = {hours: 'Mo-Fr 09:00-18:00', timezone: 'Europe/Berlin'};
  const BERLIN: ViewEnv = {...APPLE, now: SATURDAY, timeZone: 'Europe/Berlin'};
  const PHONE = '+12163954902';

  type Row = [
    name: string,
    tag: 'message-us-button' | 'message-us-banner',
    props: Record<string, unknown>,
    env: ViewEnv,
    expected: {
      outcome: string;
      href: string | null;
      label: string;
      context: string;
      description: string;
      open: boolean;
      next: string | null;
    },
  ];
  const rows: Row[] = [
    [
      'note (default), closed: the button stays and says when the team is back',
      'message-us-button',
      {businessId: ID, ...HOURS},
      BERLIN,
      {
        outcome: 'messages',
        href: BASE,
        label: 'Message Us',
        context: '',
        description: 'Opens Apple Messages. Back Monday 09:00',
        open: false,
        next: MONDAY_9,
      },
    ],
    [
      'note, open: as without hours, with the closing time as next',
      'message-us-button',
      {businessId: ID, ...HOURS, afterHours: 'note'},
      {...BERLIN, now: MONDAY_11},
      {
        outcome: 'messages',
        href: BASE,
        label: 'Message Us',
        context: '',
        description: 'Opens Apple Messages',
        open: true,
        next: '2026-01-12T17:00:00.000Z',
      },
    ],
    [
      'note, closed: a banner says it in its context line',
      'message-us-banner',
      {businessId: ID, ...HOURS, context: 'Replies in minutes'},
      BERLIN,
      {
        outcome: 'messages',
        href: BASE,
        label: 'Message Us',
        context: 'Back Monday 09:00',
        description: 'Opens Apple Messages',
        open: false,
        next: MONDAY_9,
      },
    ],
    [
      'note, closed: a call banner keeps its number and describes the note',
      'message-us-banner',
      {businessId: ID, ...HOURS, phone: PHONE},
      {...BERLIN, supportsMessages: false, isApple: false},
      {
        outcome: 'fallback',
        href: `tel:${PHONE}`,
        label: 'Call Us',
        context: PHONE,
        description: 'Back Monday 09:00',
        open: false,
        next: MONDAY_9,
      },
    ],
    [
      'note, in the visitor’s language and on the visitor’s clock',
      'message-us-button',
      {businessId: ID, ...HOURS},
      {...BERLIN, lang: 'de', timeZone: 'America/New_York'},
      {
        outcome: 'messages',
        href: BASE,
        label: 'Schreiben Sie uns',
        context: '',
        description: 'Öffnet Apple Messages. Ab Montag 03:00 wieder erreichbar',
        open: false,
        next: MONDAY_9,
      },
    ],
    [
      'note, never open: closed now, nothing to wait for',
      'message-us-button',
      {businessId: ID, hours: 'Mo-Su off', timezone: 'Europe/Berlin'},
      BERLIN,
      {
        outcome: 'messages',
        href: BASE,
        label: 'Message Us',
        context: '',
        description: 'Opens Apple Messages. Closed now',
        open: false,
        next: null,
      },
    ],
    [
      'note, closed on a holiday given by closed-on alone',
      'message-us-button',
      {businessId: ID, timezone: 'Europe/Berlin', closedOn: '2026-01-10'},
      BERLIN,
      {
        outcome: 'messages',
        href: BASE,
        label: 'Message Us',
        context: '',
        description: 'Opens Apple Messages. Back tomorrow 00:00',
        open: false,
        next: '2026-01-10T23:00:00.000Z',
      },
    ],
    [
      'fallback, closed: the configured fallback channel',
      'message-us-button',
      {businessId: ID, ...HOURS, afterHours: 'fallback', phone: PHONE, fallbackChannel: 'sms'},
      BERLIN,
      {
        outcome: 'fallback',
        href: `sms:${PHONE}`,
        label: 'Text Us',
        context: '',
        description: '',
        open: false,
        next: MONDAY_9,
      },
    ],
    [
      'fallback, closed: a web page',
      'message-us-banner',
      {
        businessId: ID,
        ...HOURS,
        afterHours: 'fallback',
        fallbackHref: 'https://example.com/contact',
      },
      BERLIN,
      {
        outcome: 'fallback',
        href: 'https://example.com/contact',
        label: 'Contact Us',
        context: '',
        description: '',
        open: false,
        next: MONDAY_9,
      },
    ],
    [
      'fallback, open: Messages',
      'message-us-button',
      {businessId: ID, ...HOURS, afterHours: 'fallback', phone: PHONE},
      {...BERLIN, now: MONDAY_11},
      {
        outcome: 'messages',
        href: BASE,
        label: 'Message Us',
        context: '',
        description: 'Opens Apple Messages',
        open: true,
        next: '2026-01-12T17:00:00.000Z',
      },
    ],
    [
      'hide, closed: nothing',
      'message-us-button',
      {businessId: ID, ...HOURS, afterHours: 'hide', phone: PHONE, unsupported: 'fallback'},
      BERLIN,
      {
        outcome: 'hidden',
        href: null,
        label: '',
        context: '',
        description: '',
        open: false,
        next: MONDAY_9,
      },
    ],
    [
      'hide, open: Messages',
      'message-us-button',
      {businessId: ID, ...HOURS, afterHours: 'hide'},
      {...BERLIN, now: MONDAY_11},
      {
        outcome: 'messages',
        href: BASE,
        label: 'Message Us',
        context: '',
        description: 'Opens Apple Messages',
        open: true,
        next: '2026-01-12T17:00:00.000Z',
      },
    ],
    [
      'show, closed: the hours are ignored',
      'message-us-banner',
      {businessId: ID, ...HOURS, afterHours: ' SHOW '},
      BERLIN,
      {
        outcome: 'messages',
        href: BASE,
        label: 'Message Us',
        context: 'Get answers from our team in Apple Messages.',
        description: 'Opens Apple Messages',
        open: true,
        next: null,
      },
    ],
    [
      'hours from page-level defaults',
      'message-us-button',
      {businessId: ID},
      {...BERLIN, defaults: {hours: 'Mo-Fr 09:00-18:00', timezone: 'Europe/Berlin'}},
      {
        outcome: 'messages',
        href: BASE,
        label: 'Message Us',
        context: '',
        description: 'Opens Apple Messages. Back Monday 09:00',
        open: false,
        next: MONDAY_9,
      },
    ],
  ];
  for (const [name, tag, props, env, expected] of rows) {
    it(name, () => {
      const view = resolveView(tag, props, env);
      expect({
        outcome: view.result.outcome,
        href: view.result.href,
        label: view.label,
        context: view.context,
        description: view.description,
        open: view.open,
        next: view.next,
      }).to.deep.equal(expected);
      expect(view.problems, 'problems').to.deep.equal([]);
    });
  }

  it('gives the parsed hours to watch, none without hours or with show', () => {
    const watched = resolveView('message-us-button', {businessId: ID, ...HOURS}, BERLIN);
    const none = resolveView('message-us-button', {businessId: ID}, BERLIN);
    const shown = resolveView(
      'message-us-button',
      {businessId: ID, ...HOURS, afterHours: 'show'},
      BERLIN
    );
    expect([watched.availability, none.availability, shown.availability]).to.deep.equal([
      parseAvailability({hours: HOURS.hours, timeZone: HOURS.timezone}).config,
      null,
      null,
    ]);
  });

  const problems: Array<[string, Record<string, unknown>, boolean, string[]]> = [
    [
      'bad hours: always open',
      {hours: 'Mo-Fr 25:00-18:00', timezone: 'Europe/Berlin'},
      true,
      [
        'hours entry "Mo-Fr 25:00-18:00": "25:00" is not a time from 00:00 to 24:00; treating the business as always open. Example: hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00"',
      ],
    ],
    [
      'an unknown zone: always open',
      {hours: 'Mo-Fr 09:00-18:00', timezone: 'Mars/Olympus'},
      true,
      [
        'timezone="Mars/Olympus" is not an IANA time zone; treating the business as always open. Example: timezone="Europe/Berlin"',
      ],
    ],
    [
      'a bad closed-on item: skipped, the hours still apply',
      {...HOURS, closedOn: '2026-13-01'},
      false,
      [
        'closed-on item "2026-13-01" is not a date (YYYY-MM-DD) or a range of up to 366 days (YYYY-MM-DD/YYYY-MM-DD); ignoring it. Example: closed-on="2026-12-25 2026-12-26"',
      ],
    ],
    [
      'an unknown after-hours mode: note',
      {...HOURS, afterHours: 'later'},
      false,
      [
        'after-hours="later" is not one of note, fallback, hide, show; using "note". Example: after-hours="show"',
      ],
    ],
    [
      'fallback without a target: hidden after hours',
      {...HOURS, afterHours: 'fallback'},
      false,
      [
        'after-hours="fallback" needs a fallback target; the element hides outside the hours. Example: phone="+12163954902" or fallback-href="https://example.com/contact"',
      ],
    ],
    [
      'show with bad hours: nothing parsed, nothing said',
      {hours: 'whenever', timezone: 'Mars/Olympus', afterHours: 'show'},
      true,
      [],
    ],
  ];
  for (const [name, props, open, expected] of problems) {
    it(name, () => {
      const view = resolveView('message-us-button', {businessId: ID, ...props}, BERLIN);
      expect([view.open, view.problems]).to.deep.equal([open, expected]);
    });
  }

  it('hides a closed button with after-hours="fallback" and no target', () => {
    const view = resolveView(
      'message-us-button',
      {businessId: ID, ...HOURS, afterHours: 'fallback'},
      BERLIN
    );
    expect([view.result.outcome, view.result.problems]).to.deep.equal(['hidden', []]);
  });

  it('warns that the hours are read on the visitor’s clock without a timezone', () => {
    const view = resolveView('message-us-button', {businessId: ID, hours: 'Mo-Su'}, BERLIN);
    expect([view.open, view.problems]).to.deep.equal([
      true,
      [
        'timezone is missing; reading the hours in the visitor\'s time zone. Example: timezone="Europe/Berlin"',
      ],
    ]);
  });
});

describe('nextViewChange', () => {
  const config = parseAvailability({hours: 'Mo-Fr 09:00-18:00', timeZone: 'Europe/Berlin'}).config!;
  const never = parseAvailability({hours: 'Mo-Su off', timeZone: 'Europe/Berlin'}).config!;
  const rows: Array<[string, typeof config, string, string, string | undefined, string | null]> = [
    [
      'closed with a dated note: the visitor’s midnight',
      config,
      'note',
      '2026-01-10T12:00:00Z',
      'Europe/Berlin',
      '2026-01-10T23:00:00.000Z',
    ],
    [
      'the same for a visitor in New York',
      config,
      'note',
      '2026-01-10T12:00:00Z',
      'America/New_York',
      '2026-01-11T05:00:00.000Z',
    ],
    [
      'closed, opening before midnight: the opening',
      config,
      'note',
      '2026-01-12T06:00:00Z',
      'Europe/Berlin',
      '2026-01-12T08:00:00.000Z',
    ],
    [
      'closed without a note: the opening',
      config,
      'hide',
      '2026-01-10T12:00:00Z',
      'Europe/Berlin',
      '2026-01-12T08:00:00.000Z',
    ],
    [
      'open: the closing',
      config,
      'note',
      '2026-01-12T10:00:00Z',
      'Europe/Berlin',
      '2026-01-12T17:00:00.000Z',
    ],
    ['never open: nothing changes', never, 'note', '2026-01-10T12:00:00Z', 'UTC', null],
  ];
  for (const [name, schedule, mode, now, zone, expected] of rows) {
    it(name, () => {
      expect(nextViewChange(schedule, mode, Date.parse(now), zone)?.toISOString() ?? null).to.equal(
        expected
      );
    });
  }
});

describe('resolveView without the business-hours build', () => {
  const lean: ViewEnv = {supportsMessages: true, isApple: true, lang: 'en', dir: null};

  it('ignores hours with one warning naming the build to load', () => {
    const view = resolveView(
      'message-us-button',
      {businessId: ID, hours: 'Mo-Fr 09:00-18:00', timezone: 'Europe/Berlin'},
      {...lean, now: Date.parse('2026-01-10T23:00:00Z')}
    );
    expect([
      view.open,
      view.next,
      view.availability,
      view.result.href,
      view.problems,
    ]).to.deep.equal([true, null, null, BASE, [HOURS_NOT_LOADED]]);
  });

  it('says nothing when no hours are set, or when after-hours="show" ignores them', () => {
    const none = resolveView('message-us-button', {businessId: ID}, lean);
    const shown = resolveView(
      'message-us-button',
      {businessId: ID, hours: 'Mo 09:00-10:00', afterHours: 'show'},
      lean
    );
    expect([none.problems, shown.problems]).to.deep.equal([[], []]);
  });
});
