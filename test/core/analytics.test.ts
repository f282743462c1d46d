import {expect} from '@open-wc/testing';
import {
  analyticsCalls,
  parseAnalytics,
  parseAnalyticsEvent,
  type AnalyticsClick,
} from '../../src/core/analytics.js';

const ID = '22222222-dddd-4444-bbbb-777777777777';

describe('parseAnalytics', () => {
  const rows: Array<[input: string | null | undefined, targets: string[], problems: string[]]> = [
    [null, [], []],
    [undefined, [], []],
    ['', [], []],
    ['ga4', ['ga4'], []],
    ['meta gtm ga4', ['gtm', 'ga4', 'meta'], []],
    [' GA4,  Meta ', ['ga4', 'meta'], []],
    ['ga4 ga4', ['ga4'], []],
    [
      'ga4 hubspot',
      ['ga4'],
      [
        'analytics names "hubspot", which is not one of ga4, gtm, meta; it is ignored. Example: analytics="ga4 gtm"',
      ],
    ],
  ];
  for (const [input, targets, problems] of rows) {
    it(`reads ${JSON.stringify(input)}`, () => {
      expect(parseAnalytics(input)).to.deep.equal({targets, problems});
    });
  }
});

describe('parseAnalyticsEvent', () => {
  const bad = (shown: string) =>
    `analytics-event=${shown} is not a GA4 event name (a letter first, then letters, digits and underscores, at most 40 characters); sending "generate_lead". Example: analytics-event="contact_click"`;
  const forty = `a${'b'.repeat(39)}`;
  const rows: Array<[input: string | null | undefined, expected: object]> = [
    [null, {name: 'generate_lead'}],
    [undefined, {name: 'generate_lead'}],
    ['   ', {name: 'generate_lead'}],
    [' contact_click ', {name: 'contact_click'}],
    ['Kontakt_Anfrage2', {name: 'Kontakt_Anfrage2'}],
    ['été_contact', {name: 'été_contact'}],
    [forty, {name: forty}],
    [`${forty}c`, {name: 'generate_lead', problem: bad(`"${forty}…"`)}],
    ['contact click', {name: 'generate_lead', problem: bad('"contact click"')}],
    ['2nd_contact', {name: 'generate_lead', problem: bad('"2nd_contact"')}],
    ['_contact', {name: 'generate_lead', problem: bad('"_contact"')}],
    ['contact-click', {name: 'generate_lead', problem: bad('"contact-click"')}],
  ];
  for (const [input, expected] of rows) {
    it(`reads ${JSON.stringify(input)}`, () => {
      expect(parseAnalyticsEvent(input)).to.deep.equal(expected);
    });
  }
});

describe('analyticsCalls', () => {
  const click: AnalyticsClick = {
    channel: 'messages',
    intent: 'billing_question',
    group: 'billing',
    businessId: ID,
    platform: 'apple',
    element: 'message-us-button',
    label: 'Message Us',
  };

  it('makes the GTM, GA4 and Meta calls with exact payloads', () => {
    expect(analyticsCalls(['gtm', 'ga4', 'meta'], click)).to.deep.equal([
      {
        target: 'gtm',
        fn: 'dataLayer',
        args: [
          {
            event: 'message_us_click',
            channel: 'messages',
            intent: 'billing_question',
            group: 'billing',
            business_id: ID,
            platform: 'apple',
            element: 'message-us-button',
            label: 'Message Us',
          },
        ],
      },
      {
        target: 'ga4',
        fn: 'gtag',
        args: [
          'event',
          'generate_lead',
          {
            channel: 'messages',
            intent: 'billing_question',
            group: 'billing',
            business_id: ID,
            platform: 'apple',
          },
        ],
      },
      {
        target: 'meta',
        fn: 'fbq',
        args: [
          'track',
          'Contact',
          {channel: 'messages', intent: 'billing_question', group: 'billing'},
        ],
      },
    ]);
  });

  it('leaves out absent intent and group, and renames the GA4 event', () => {
    const bare = {...click, intent: null, group: '', channel: 'phone', platform: 'other' as const};
    expect(analyticsCalls(['ga4', 'meta'], bare, ' contact_click ')).to.deep.equal([
      {
        target: 'ga4',
        fn: 'gtag',
        args: ['event', 'contact_click', {channel: 'phone', business_id: ID, platform: 'other'}],
      },
      {target: 'meta', fn: 'fbq', args: ['track', 'Contact', {channel: 'phone'}]},
    ]);
  });

  it('reports whether the team is open when hours are set', () => {
    const calls = analyticsCalls(['gtm', 'meta'], {...click, open: false}, '');
    expect([calls[0].args[0], calls[1].args[2]]).to.deep.equal([
      {
        event: 'message_us_click',
        channel: 'messages',
        intent: 'billing_question',
        group: 'billing',
        business_id: ID,
        platform: 'apple',
        open: false,
        element: 'message-us-button',
        label: 'Message Us',
      },
      {channel: 'messages', intent: 'billing_question', group: 'billing', open: false},
    ]);
  });

  it('makes no call without targets', () => {
    expect(analyticsCalls([], click)).to.deep.equal([]);
  });
});
