import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  APPLE_BANNER_CONTAINER_CLASS,
  APPLE_MARKUP_ATTRIBUTES,
  APPLE_MESSAGE_CONTAINER_CLASS,
  PLATFORM_PREVIEW_ATTRIBUTE,
  containerToElement,
  type AppleContainerKind,
} from '../../src/core/apple-markup.js';

const ID = '22222222-dddd-4444-bbbb-777777777777';
const EXAMPLE_ID = `Example: data-apple-business-id="${ID}"`;

/** A container's attributes: the business ID plus `extra`. */
function withId(extra: Record<string, string>): Record<string, string> {
  return {'data-apple-business-id': ID, ...extra};
}

describe('containerToElement', () => {
  describe('tags', () => {
    const rows: Array<[AppleContainerKind, string]> = [
      ['message', 'message-us-button'],
      ['banner', 'message-us-banner'],
    ];
    for (const [kind, tag] of rows) {
      it(`turns a ${kind} container into <${tag}>`, () => {
        expect(containerToElement(withId({}), kind)).to.deep.equal({
          tag,
          attributes: {'business-id': ID},
          renderable: true,
          problems: [],
        });
      });
    }
  });

  describe('attributes both containers share', () => {
    // [data attribute, value as sites write it, element attribute, value the element gets]
    const rows: Array<[string, string, string, string]> = [
      ['data-apple-business-intent-id', 'Customer Enquiry', 'intent', 'Customer Enquiry'],
      ['data-apple-business-intent-id', 'O2.CZ', 'intent', 'O2.CZ'],
      ['data-apple-business-intent-id', 'ESHOP', 'intent', 'ESHOP'],
      [
        'data-apple-business-intent-id',
        '0f8fad5b-d9cb-469f-a165-70867728950e',
        'intent',
        '0f8fad5b-d9cb-469f-a165-70867728950e',
      ],
      ['data-apple-business-group-id', 'Technician', 'group', 'Technician'],
      [
        'data-apple-business-body',
        ' Hello, I have a question ',
        'body',
        ' Hello, I have a question ',
      ],
      ['data-apple-business-phone', '+12163954902', 'phone', '+12163954902'],
      ['data-apple-business-phone', ' +1 216 395 4902 ', 'phone', '+1 216 395 4902'],
      [PLATFORM_PREVIEW_ATTRIBUTE, 'apple', 'platform', 'apple'],
      [PLATFORM_PREVIEW_ATTRIBUTE, 'Other', 'platform', 'other'],
      [PLATFORM_PREVIEW_ATTRIBUTE, 'auto', 'platform', 'auto'],
    ];
    for (const kind of ['message', 'banner'] as const) {
      for (const [name, value, attribute, expected] of rows) {
        it(`${kind}: ${name}="${value}" → ${attribute}="${expected}"`, () => {
          expect(containerToElement(withId({[name]: value}), kind)).to.deep.include({
            attributes: {'business-id': ID, [attribute]: expected},
            problems: [],
          });
        });
      }
    }

    it('normalises the business ID to lower case without surrounding spaces', () => {
      const {attributes} = containerToElement(
        {'data-apple-business-id': ' 22222222-DDDD-4444-BBBB-777777777777 '},
        'message'
      );
      expect(attributes).to.deep.equal({'business-id': ID});
    });
  });

  describe('icon button attributes', () => {
    const rows: Array<[string, string, string, string]> = [
      ['data-apple-icon-color', '#fff', 'color', '#fff'],
      ['data-apple-icon-color', ' rgb(20, 24, 33) ', 'color', 'rgb(20, 24, 33)'],
      ['data-apple-icon-background-color', '#1B3F68', 'background', '#1B3F68'],
      ['data-apple-icon-background-color', 'rgba(0,0,0,0.25)', 'background', 'rgba(0,0,0,0.25)'],
      ['data-apple-icon-background-color', 'rgba(0, 122, 255)', 'background', 'rgba(0, 122, 255)'],
      ['data-apple-icon-scale', '1', 'scale', '1'],
      ['data-apple-icon-scale', '1.5', 'scale', '1.5'],
      ['data-apple-icon-scale', '1.7', 'scale', '1.7'],
      ['data-apple-icon-title', 'Chat with us', 'label', 'Chat with us'],
    ];
    for (const [name, value, attribute, expected] of rows) {
      it(`${name}="${value}" → ${attribute}="${expected}"`, () => {
        expect(containerToElement(withId({[name]: value}), 'message')).to.deep.equal({
          tag: 'message-us-button',
          attributes: {'business-id': ID, [attribute]: expected},
          renderable: true,
          problems: [],
        });
      });
    }
  });

  describe('banner attributes', () => {
    const rows: Array<[string, string, string, string]> = [
      ['data-apple-banner-cta', 'Chat with an expert', 'cta', 'Chat with an expert'],
      ['data-apple-banner-context', 'Replies within minutes', 'context', 'Replies within minutes'],
      ['data-apple-banner-orientation', 'vertical', 'orientation', 'vertical'],
      ['data-apple-banner-orientation', 'Horizontal', 'orientation', 'horizontal'],
      ['data-apple-banner-rounded-corners', 'false', 'rounded', 'false'],
      ['data-apple-banner-rounded-corners', 'FALSE', 'rounded', 'false'],
      ['data-apple-banner-scale', '1.7', 'scale', '1.7'],
      ['data-apple-banner-background-color', '#1B3F68', 'background', '#1B3F68'],
      ['data-apple-banner-text-color', '#fff', 'text-color', '#fff'],
      ['data-apple-banner-icon-color', 'rgb(20, 24, 33)', 'icon-color', 'rgb(20, 24, 33)'],
      [
        'data-apple-banner-icon-background-color',
        'rgba(0,0,0,0.25)',
        'icon-background',
        'rgba(0,0,0,0.25)',
      ],
      ['data-apple-banner-font-family', 'Georgia, serif', 'font-family', 'Georgia, serif'],
    ];
    for (const [name, value, attribute, expected] of rows) {
      it(`${name}="${value}" → ${attribute}="${expected}"`, () => {
        expect(containerToElement(withId({[name]: value}), 'banner')).to.deep.equal({
          tag: 'message-us-banner',
          attributes: {'business-id': ID, [attribute]: expected},
          renderable: true,
          problems: [],
        });
      });
    }

    it('leaves rounded-corners="true" out: corners are rounded by default', () => {
      const mapping = containerToElement(
        withId({'data-apple-banner-rounded-corners': 'true'}),
        'banner'
      );
      expect(mapping.attributes).to.deep.equal({'business-id': ID});
    });
  });

  it('maps a full banner as a real site writes it', () => {
    const mapping = containerToElement(
      {
        class: `${APPLE_BANNER_CONTAINER_CLASS} contact-strip`,
        id: 'contact',
        style: 'margin: 1em',
        'data-apple-business-id': ID,
        'data-apple-business-intent-id': 'Customer Enquiry',
        'data-apple-business-group-id': 'Technician',
        'data-apple-business-phone': '+12163954902',
        'data-apple-banner-cta': 'Message us',
        'data-apple-banner-context': 'We reply within minutes',
        'data-apple-banner-orientation': 'vertical',
        'data-apple-banner-rounded-corners': 'false',
        'data-apple-banner-scale': '1.5',
        'data-apple-banner-background-color': '#1B3F68',
        'data-apple-banner-text-color': '#fff',
        'data-apple-banner-icon-color': '#1B3F68',
        'data-apple-banner-icon-background-color': '#fff',
        'data-apple-banner-font-family': 'Georgia, serif',
      },
      'banner'
    );
    expect(mapping).to.deep.equal({
      tag: 'message-us-banner',
      attributes: {
        'business-id': ID,
        intent: 'Customer Enquiry',
        group: 'Technician',
        phone: '+12163954902',
        cta: 'Message us',
        context: 'We reply within minutes',
        orientation: 'vertical',
        rounded: 'false',
        scale: '1.5',
        background: '#1B3F68',
        'text-color': '#fff',
        'icon-color': '#1B3F68',
        'icon-background': '#fff',
        'font-family': 'Georgia, serif',
      },
      renderable: true,
      problems: [],
    });
  });

  describe('blank values are left out silently', () => {
    const names = APPLE_MARKUP_ATTRIBUTES.filter((name) => name !== 'data-apple-business-id');
    for (const kind of ['message', 'banner'] as const) {
      it(`${kind}: every optional attribute empty or blank`, () => {
        const attributes = withId({});
        names
          .filter(
            (name) =>
              !name.startsWith(kind === 'message' ? 'data-apple-banner-' : 'data-apple-icon-')
          )
          .forEach((name, i) => (attributes[name] = i % 2 ? '' : '  '));
        expect(containerToElement(attributes, kind)).to.deep.equal({
          tag: kind === 'message' ? 'message-us-button' : 'message-us-banner',
          attributes: {'business-id': ID},
          renderable: true,
          problems: [],
        });
      });
    }

    it('an empty title gives no label, so the element shows its default', () => {
      const {attributes} = containerToElement(withId({'data-apple-icon-title': ''}), 'message');
      expect(attributes).to.deep.equal({'business-id': ID});
    });
  });

  describe('the business ID', () => {
    const missing = `data-apple-business-id is missing; nothing is rendered. ${EXAMPLE_ID}`;
    const rows: Array<[string, Record<string, string>, string]> = [
      ['absent', {}, missing],
      ['empty', {'data-apple-business-id': ''}, missing],
      ['blank', {'data-apple-business-id': '   '}, missing],
      [
        'not a UUID',
        {'data-apple-business-id': 'my-business'},
        `data-apple-business-id="my-business" is not a UUID (8-4-4-4-12 hexadecimal digits); nothing is rendered. ${EXAMPLE_ID}`,
      ],
      [
        'a URN instead of the bare UUID',
        {'data-apple-business-id': `urn:biz:${ID}`},
        `data-apple-business-id="urn:biz:${ID.slice(0, 32)}…" is not a UUID (8-4-4-4-12 hexadecimal digits); nothing is rendered. ${EXAMPLE_ID}`,
      ],
    ];
    for (const [what, attributes, problem] of rows) {
      it(`${what}: nothing is renderable, one problem`, () => {
        expect(
          containerToElement({...attributes, 'data-apple-business-intent-id': 'ESHOP'}, 'message')
        ).to.deep.equal({
          tag: 'message-us-button',
          attributes: {intent: 'ESHOP'},
          renderable: false,
          problems: [problem],
        });
      });
    }

    it('puts the missing-ID problem first', () => {
      const {problems} = containerToElement({'data-apple-icon-scale': 'big'}, 'message');
      expect(problems).to.deep.equal([
        `data-apple-business-id is missing; nothing is rendered. ${EXAMPLE_ID}`,
        'data-apple-icon-scale="big" is not a positive number; using 1. Example: data-apple-icon-scale="1.5"',
      ]);
    });
  });

  describe('bad values: left out (or corrected) with one problem naming the data attribute', () => {
    // [kind, data attribute, value, attributes besides business-id, problem]
    const rows: Array<[AppleContainerKind, string, string, Record<string, string>, string]> = [
      [
        'banner',
        'data-apple-banner-orientation',
        'right',
        {},
        'data-apple-banner-orientation="right" is not one of horizontal, vertical; using "horizontal". Example: data-apple-banner-orientation="vertical"',
      ],
      [
        'banner',
        'data-apple-banner-rounded-corners',
        'no',
        {},
        'data-apple-banner-rounded-corners="no" is not one of true, false; using "true". Example: data-apple-banner-rounded-corners="false"',
      ],
      [
        'message',
        'data-apple-icon-scale',
        'big',
        {},
        'data-apple-icon-scale="big" is not a positive number; using 1. Example: data-apple-icon-scale="1.5"',
      ],
      [
        'banner',
        'data-apple-banner-scale',
        '-1',
        {},
        'data-apple-banner-scale="-1" is not a positive number; using 1. Example: data-apple-banner-scale="1.5"',
      ],
      [
        'message',
        'data-apple-icon-scale',
        '9',
        {scale: String(150 / 44)},
        'data-apple-icon-scale="9" would make the button 396px tall; Apple allows 40–150, so it is clamped to 150px. Example: data-apple-icon-scale="1.5"',
      ],
      [
        'banner',
        'data-apple-banner-scale',
        '0.5',
        {scale: String(40 / 44)},
        'data-apple-banner-scale="0.5" would make the button 22px tall; Apple allows 40–150, so it is clamped to 40px. Example: data-apple-banner-scale="1.5"',
      ],
      [
        'message',
        'data-apple-business-phone',
        '216-395-4902',
        {},
        'data-apple-business-phone="216-395-4902" is not an international phone number; it is ignored. Start it with + and the country code. Example: data-apple-business-phone="+12163954902"',
      ],
      [
        'message',
        PLATFORM_PREVIEW_ATTRIBUTE,
        'ios',
        {},
        'data-message-us-platform="ios" is not one of auto, apple, other; using "auto". Example: data-message-us-platform="other"',
      ],
      [
        'message',
        'data-apple-business-intent-id',
        ' O2.CZ ',
        {intent: 'O2.CZ'},
        'data-apple-business-intent-id: intent " O2.CZ " has leading or trailing whitespace, which is removed from the link; use e.g. "O2.CZ".',
      ],
      [
        'banner',
        'data-apple-business-group-id',
        'billing/faq',
        {group: 'billing/faq'},
        'data-apple-business-group-id: group "billing/faq" contains "/", which Apple reserves; use e.g. "billing_faq".',
      ],
      [
        'message',
        'data-apple-business-inten-id',
        'ESHOP',
        {},
        'data-apple-business-inten-id is not part of Apple\'s embed markup; it is ignored. Example: data-apple-business-intent-id="account_question"',
      ],
      [
        'message',
        'data-apple-banner-cta',
        'Message us',
        {},
        `data-apple-banner-cta belongs on a banner container; it is ignored on this message container. Example: class="${APPLE_BANNER_CONTAINER_CLASS}"`,
      ],
      [
        'banner',
        'data-apple-icon-title',
        'Message us',
        {},
        `data-apple-icon-title belongs on a message container; it is ignored on this banner container. Example: class="${APPLE_MESSAGE_CONTAINER_CLASS}"`,
      ],
    ];
    for (const [kind, name, value, attributes, problem] of rows) {
      it(`${kind}: ${name}="${value}"`, () => {
        expect(containerToElement(withId({[name]: value}), kind)).to.deep.include({
          attributes: {'business-id': ID, ...attributes},
          renderable: true,
          problems: [problem],
        });
      });
    }

    it('quotes at most 40 characters of a long bad value', () => {
      const {problems} = containerToElement(
        withId({'data-apple-banner-orientation': 'x'.repeat(100)}),
        'banner'
      );
      expect(problems).to.deep.equal([
        `data-apple-banner-orientation="${'x'.repeat(40)}…" is not one of horizontal, vertical; using "horizontal". Example: data-apple-banner-orientation="vertical"`,
      ]);
    });
  });

  describe('colours', () => {
    const isColor = (value: string) => /^(#[0-9a-f]{3,8}|rgba?\([^)]*\))$/i.test(value);

    it('keeps colours the judge accepts, trimmed', () => {
      const {attributes, problems} = containerToElement(
        withId({
          'data-apple-icon-color': ' #1B3F68 ',
          'data-apple-icon-background-color': 'rgb(20, 24, 33)',
        }),
        'message',
        isColor
      );
      expect({attributes, problems}).to.deep.equal({
        attributes: {'business-id': ID, color: '#1B3F68', background: 'rgb(20, 24, 33)'},
        problems: [],
      });
    });

    const bad: Array<[AppleContainerKind, string]> = [
      ['message', 'data-apple-icon-color'],
      ['message', 'data-apple-icon-background-color'],
      ['banner', 'data-apple-banner-background-color'],
      ['banner', 'data-apple-banner-text-color'],
      ['banner', 'data-apple-banner-icon-color'],
      ['banner', 'data-apple-banner-icon-background-color'],
    ];
    for (const [kind, name] of bad) {
      it(`leaves out ${name} the judge rejects, with one problem`, () => {
        expect(containerToElement(withId({[name]: 'bleu'}), kind, isColor)).to.deep.include({
          attributes: {'business-id': ID},
          problems: [
            `${name}="bleu" is not a CSS colour; it is ignored. Example: ${name}="#1b3f68"`,
          ],
        });
      });
    }

    it('passes every non-blank colour when no judge is given', () => {
      const {attributes} = containerToElement(withId({'data-apple-icon-color': 'bleu'}), 'message');
      expect(attributes).to.deep.equal({'business-id': ID, color: 'bleu'});
    });
  });

  describe('what is not read', () => {
    it('ignores attributes that are not data-apple-* (class, id, style, data-*)', () => {
      expect(
        containerToElement(
          withId({
            class: `${APPLE_MESSAGE_CONTAINER_CLASS} hidden-xs`,
            id: 'chat',
            style: 'display: inline-block',
            'data-track': 'apple-chat',
            'data-message-us-generated': '',
          }),
          'message'
        )
      ).to.deep.equal({
        tag: 'message-us-button',
        attributes: {'business-id': ID},
        renderable: true,
        problems: [],
      });
    });

    it('reads only own properties', () => {
      const inherited = Object.create({'data-apple-business-id': ID}) as Record<string, string>;
      expect(containerToElement(inherited, 'message')).to.deep.equal({
        tag: 'message-us-button',
        attributes: {},
        renderable: false,
        problems: [`data-apple-business-id is missing; nothing is rendered. ${EXAMPLE_ID}`],
      });
    });
  });

  it('lists every data attribute it reads, for the attribute filter', () => {
    // The order follows the schema's table; the filter needs the set.
    expect([...APPLE_MARKUP_ATTRIBUTES].sort()).to.deep.equal(
      [
        'data-apple-business-id',
        'data-apple-business-intent-id',
        'data-apple-business-group-id',
        'data-apple-business-body',
        'data-apple-business-phone',
        'data-apple-icon-color',
        'data-apple-icon-background-color',
        'data-apple-icon-scale',
        'data-apple-icon-title',
        'data-apple-banner-cta',
        'data-apple-banner-context',
        'data-apple-banner-orientation',
        'data-apple-banner-rounded-corners',
        'data-apple-banner-scale',
        'data-apple-banner-background-color',
        'data-apple-banner-text-color',
        'data-apple-banner-icon-color',
        'data-apple-banner-icon-background-color',
        'data-apple-banner-font-family',
        'data-message-us-platform',
      ].sort()
    );
  });

  it('never throws, and only ever maps to the attributes the elements know', () => {
    const known = new Set([
      'business-id',
      'intent',
      'group',
      'body',
      'phone',
      'platform',
      'color',
      'background',
      'scale',
      'label',
      'cta',
      'context',
      'orientation',
      'rounded',
      'text-color',
      'icon-color',
      'icon-background',
      'font-family',
    ]);
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(fc.constantFrom(...APPLE_MARKUP_ATTRIBUTES), fc.string()),
          fc.oneof(fc.string(), fc.constantFrom('', ' ', ID, 'false', '1.5', 'vertical'))
        ),
        fc.constantFrom<AppleContainerKind>('message', 'banner'),
        (attributes, kind) => {
          const mapping = containerToElement(attributes, kind);
          expect(Object.keys(mapping.attributes).every((name) => known.has(name))).to.equal(true);
          expect(mapping.renderable).to.equal(mapping.attributes['business-id'] === ID);
          expect(mapping.problems.every((p) => typeof p === 'string' && p.length > 0)).to.equal(
            true
          );
        }
      )
    );
  });
});
