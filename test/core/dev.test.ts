import {expect} from '@open-wc/testing';
import {CODES_URL, DEV, coded, shown} from '../../src/core/dev.js';
import {WARNING_CODES} from '../../src/core/warning-codes.js';
import * as Hours from '../../src/core/hours.js';
import {resolveView} from '../../src/core/view.js';
import {TAGS, optionsFor} from '../../src/core/schema.js';

describe('dev: the build flag and the short form of a warning', () => {
  it('the source is the development build', () => {
    expect(DEV).to.equal(true);
  });

  it('coded() gives the code, the subject and the README anchor of the code', () => {
    expect(coded('MU05', 'shape="oval"')).to.equal(
      'MU05 shape="oval": https://github.com/message-us/message-us#mu05'
    );
    expect(CODES_URL).to.equal('https://github.com/message-us/message-us#');
  });

  const rows: Array<[name: string, value: unknown, expected: string]> = [
    ['a short value', 'blue', 'theme="blue"'],
    ['24 characters, whole', 'x'.repeat(24), `theme="${'x'.repeat(24)}"`],
    ['25 characters, cut to 23 and …', 'x'.repeat(25), `theme="${'x'.repeat(23)}…"`],
    ['quotes and control characters, escaped', 'a"b\nc', 'theme="a\\"b\\nc"'],
    ['a number', 9, 'theme="9"'],
  ];
  for (const [name, value, expected] of rows) {
    it(`shown(): ${name}`, () => {
      expect(shown('theme', value)).to.equal(expected);
    });
  }
});

describe('warning codes: the table', () => {
  it('has MU01… in order, each row with what it is about, its meaning and an example', () => {
    const codes = Object.keys(WARNING_CODES);
    expect(codes).to.deep.equal(codes.map((_, i) => `MU${String(i + 1).padStart(2, '0')}`));
    for (const {about, meaning, example} of Object.values(WARNING_CODES)) {
      expect([about, meaning, example].every((text) => text.trim().length > 0)).to.equal(true);
    }
  });

  // Every example that is attributes (`name="value" …`) is valid for an
  // element that has those attributes: the element reports no problem.
  const examples = Object.entries(WARNING_CODES).flatMap(([code, {example}]) => {
    const pairs = [...example.matchAll(/`([^`]*)`/g)].map(([, text]) => text);
    const attributes = pairs.flatMap((text) =>
      /^(?:[a-z-]+="[^"]*"\s*)+$/.test(text)
        ? [...text.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])
        : []
    );
    return attributes.length ? [[code, attributes] as const] : [];
  });

  it('has attribute examples to check', () => {
    expect(examples.length).to.be.greaterThan(10);
  });

  for (const [code, attributes] of examples) {
    it(`${code}: ${attributes.map(([name, value]) => `${name}="${value}"`).join(' ')} is valid`, () => {
      const tag = TAGS.find((candidate) =>
        attributes.every(([name]) => optionsFor(candidate).some((o) => o.attribute === name))
      );
      expect(tag, 'an element with these attributes').to.be.a('string');
      const props: Record<string, string> = {businessId: '22222222-dddd-4444-bbbb-777777777777'};
      for (const [name, value] of attributes) {
        props[optionsFor(tag!).find((o) => o.attribute === name)!.property] = value;
      }
      const env = {
        supportsMessages: true,
        isApple: true,
        lang: 'en',
        dir: null,
        isColor: (value: string) => CSS.supports('color', value),
        hours: Hours,
      };
      expect(resolveView(tag!, props, env).problems).to.deep.equal([]);
    });
  }
});
