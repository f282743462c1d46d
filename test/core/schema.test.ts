import {expect} from '@open-wc/testing';
import {
  OPTIONS,
  SCALE_RANGE,
  TAGS,
  TAG_SPECS,
  attributesFor,
  optionsFor,
  suggestAttribute,
  type OptionSpec,
} from '../../src/core/schema.js';
import {DESCRIPTIONS, TAG_DESCRIPTIONS} from '../../src/core/schema-docs.js';

describe('schema', () => {
  it('lists each element’s attributes, shared ones first in table order', () => {
    expect([attributesFor('message-us-button'), attributesFor('message-us-banner')]).to.deep.equal([
      [
        'business-id',
        'intent',
        'group',
        'body',
        'preset',
        'label',
        'theme',
        'shape',
        'icon-only',
        'scale',
        'color',
        'background',
        'unsupported',
        'fallback-channel',
        'phone',
        'fallback-href',
        'fallback-label',
        'hours',
        'timezone',
        'closed-on',
        'after-hours',
        'analytics',
        'analytics-event',
        'platform',
      ],
      [
        'business-id',
        'intent',
        'group',
        'body',
        'preset',
        'label',
        'cta',
        'context',
        'theme',
        'scale',
        'orientation',
        'rounded',
        'background',
        'text-color',
        'icon-color',
        'icon-background',
        'font-family',
        'unsupported',
        'fallback-channel',
        'phone',
        'fallback-href',
        'fallback-label',
        'hours',
        'timezone',
        'closed-on',
        'after-hours',
        'analytics',
        'analytics-event',
        'platform',
      ],
    ]);
  });

  it('keeps every row consistent', () => {
    const problems: string[] = [];
    const attributes = new Set<string>();
    for (const option of OPTIONS as readonly OptionSpec[]) {
      const spec = option;
      if (attributes.has(option.attribute)) problems.push(`${option.attribute} twice`);
      attributes.add(option.attribute);
      if (option.kind === 'enum' && !spec.values?.length)
        problems.push(`${option.attribute}: no values`);
      if (
        spec.values &&
        spec.default !== undefined &&
        !spec.values.includes(spec.default as string)
      ) {
        problems.push(`${option.attribute}: default not allowed`);
      }
      if (
        option.property !== option.attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
      ) {
        problems.push(`${option.attribute}: property ${option.property}`);
      }
      if (!DESCRIPTIONS[option.attribute]?.endsWith('.')) {
        problems.push(`${option.attribute}: description`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('names each element’s contrast pair among its colour options', () => {
    for (const tag of TAGS) {
      const colours = optionsFor(tag)
        .filter((option) => option.kind === 'color')
        .map((option) => option.attribute);
      expect(colours).to.include.members([...TAG_SPECS[tag].contrast]);
    }
  });

  it('describes every option and element in one sentence, and nothing else', () => {
    expect([Object.keys(DESCRIPTIONS).sort(), Object.keys(TAG_DESCRIPTIONS).sort()]).to.deep.equal([
      OPTIONS.map((o) => o.attribute).sort(),
      [...TAGS].sort(),
    ]);
  });

  it('derives the scale range from Apple’s 40–150 px', () => {
    expect(SCALE_RANGE).to.deep.equal([40 / 44, 150 / 44]);
  });
});

describe('suggestAttribute', () => {
  const rows: Array<[name: string, expected: string | null, tag?: 'message-us-banner']> = [
    ['bussiness-id', 'business-id'],
    ['businessid', 'business-id'],
    ['business_id', 'business-id'],
    ['BusinessID', 'business-id'],
    ['intnet', 'intent'],
    ['grup', 'group'],
    ['fallback-chanel', 'fallback-channel'],
    ['iconOnly', 'icon-only'],
    ['textcolor', 'text-color', 'message-us-banner'],
    ['ctaa', 'cta', 'message-us-banner'],
    // Known, global, data, aria and handler attributes are nobody's typo.
    ['business-id', null],
    ['class', null],
    ['data-business-id', null],
    ['aria-label', null],
    ['onclick', null],
    // Too far from anything, or too short to guess.
    ['href', null],
    ['variant', null],
    ['x', null],
    ['a-very-long-attribute-name-of-someone-else', null],
  ];
  for (const [name, expected, tag = 'message-us-button'] of rows) {
    it(`${name} on <${tag}> → ${expected}`, () => {
      expect(suggestAttribute(tag, name)).to.equal(expected);
    });
  }
});
