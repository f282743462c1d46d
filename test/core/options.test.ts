import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  BASE_HEIGHT,
  MAX_HEIGHT,
  MIN_CONTRAST,
  MIN_HEIGHT,
  contrastProblem,
  contrastRatio,
  parseComputedColor,
  parseEnum,
  parseOptOut,
  parseScale,
  preview,
  toText,
  type Rgba,
} from '../../src/core/options.js';

const THEMES = ['light', 'dark', 'auto'] as const;
const MIN_SCALE = 40 / 44;
const MAX_SCALE = 150 / 44;

describe('options: constants', () => {
  it('keeps Apple’s size limits and the WCAG AA floor', () => {
    expect([BASE_HEIGHT, MIN_HEIGHT, MAX_HEIGHT, MIN_CONTRAST]).to.deep.equal([44, 40, 150, 4.5]);
  });
});

const bare = Object.create(null) as object;
const hostile = {
  toString() {
    throw new Error('no');
  },
};

describe('toText', () => {
  const rows: Array<[name: string, input: unknown, expected: string]> = [
    ['a string', ' Light ', ' Light '],
    ['a number', 1.5, '1.5'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a symbol', Symbol('s'), 'Symbol(s)'],
    ['an object without a prototype', bare, '[object Object]'],
    ['an object whose toString throws', hostile, '[object Object]'],
    ['an array', ['a', 'b'], 'a,b'],
  ];
  for (const [name, input, expected] of rows) {
    it(`converts ${name}`, () => {
      expect(toText(input)).to.equal(expected);
    });
  }
});

describe('parseEnum', () => {
  const rows: Array<[input: unknown, expected: {value: string; problem?: string}]> = [
    [undefined, {value: 'dark'}],
    [null, {value: 'dark'}],
    ['', {value: 'dark'}],
    ['light', {value: 'light'}],
    ['auto', {value: 'auto'}],
    ['LIGHT', {value: 'light'}],
    ['  Auto\n', {value: 'auto'}],
    [
      'blue',
      {
        value: 'dark',
        problem:
          'theme="blue" is not one of light, dark, auto; using "dark". Example: theme="auto"',
      },
    ],
    [
      '   ',
      {
        value: 'dark',
        problem: 'theme="   " is not one of light, dark, auto; using "dark". Example: theme="auto"',
      },
    ],
    [
      42,
      {
        value: 'dark',
        problem: 'theme="42" is not one of light, dark, auto; using "dark". Example: theme="auto"',
      },
    ],
    [
      bare,
      {
        value: 'dark',
        problem:
          'theme="[object Object]" is not one of light, dark, auto; using "dark". Example: theme="auto"',
      },
    ],
    [
      'x'.repeat(100),
      {
        value: 'dark',
        problem: `theme="${'x'.repeat(40)}…" is not one of light, dark, auto; using "dark". Example: theme="auto"`,
      },
    ],
  ];
  for (const [input, expected] of rows) {
    it(`reads ${JSON.stringify(input)}`, () => {
      expect(parseEnum('theme', input, THEMES, 'dark')).to.deep.equal(expected);
    });
  }

  it('names the attribute it was given and the last allowed value as the example', () => {
    expect(
      parseEnum('shape', 'oval', ['rounded', 'pill', 'square', 'circle'], 'rounded')
    ).to.deep.equal({
      value: 'rounded',
      problem:
        'shape="oval" is not one of rounded, pill, square, circle; using "rounded". Example: shape="circle"',
    });
  });

  it('never returns a value outside the allowed list (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const {value, problem} = parseEnum('theme', input, THEMES, 'dark');
        expect(THEMES).to.include(value);
        if (problem !== undefined) expect(problem.startsWith('theme="')).to.equal(true);
      })
    );
  });
});

describe('parseScale', () => {
  const notANumber = (shown: string) =>
    `scale="${shown}" is not a positive number; using 1. Example: scale="1.5"`;
  const clamped = (shown: string, tall: number, to: number) =>
    `scale="${shown}" would make the button ${tall}px tall; Apple allows 40–150, so it is clamped to ${to}px. Example: scale="1.5"`;
  const rows: Array<[input: unknown, expected: {value: number; problem?: string}]> = [
    [undefined, {value: 1}],
    [null, {value: 1}],
    ['', {value: 1}],
    ['1', {value: 1}],
    ['1.5', {value: 1.5}],
    [' 1.7 ', {value: 1.7}],
    ['.95', {value: 0.95}],
    [1.5, {value: 1.5}],
    [MIN_SCALE, {value: MIN_SCALE}],
    [MAX_SCALE, {value: MAX_SCALE}],
    ['0.5', {value: MIN_SCALE, problem: clamped('0.5', 22, 40)}],
    ['0.9', {value: MIN_SCALE, problem: clamped('0.9', 39.6, 40)}],
    ['9', {value: MAX_SCALE, problem: clamped('9', 396, 150)}],
    ['3.5', {value: MAX_SCALE, problem: clamped('3.5', 154, 150)}],
    ['0', {value: 1, problem: notANumber('0')}],
    ['0.0', {value: 1, problem: notANumber('0.0')}],
    ['-1', {value: 1, problem: notANumber('-1')}],
    ['big', {value: 1, problem: notANumber('big')}],
    ['1.5x', {value: 1, problem: notANumber('1.5x')}],
    ['1e1', {value: 1, problem: notANumber('1e1')}],
    ['1.', {value: 1, problem: notANumber('1.')}],
    ['+1', {value: 1, problem: notANumber('+1')}],
    ['Infinity', {value: 1, problem: notANumber('Infinity')}],
    [NaN, {value: 1, problem: notANumber('NaN')}],
    [hostile, {value: 1, problem: notANumber('[object Object]')}],
    ['1'.repeat(400), {value: 1, problem: notANumber(`${'1'.repeat(40)}…`)}],
  ];
  for (const [input, expected] of rows) {
    it(`reads ${JSON.stringify(input)}`, () => {
      expect(parseScale(input)).to.deep.equal(expected);
    });
  }

  it('always gives a height within 40–150 px (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string(), fc.constant(null)), (input) => {
        const height = parseScale(input).value * BASE_HEIGHT;
        expect(height >= 40 - 1e-9 && height <= 150 + 1e-9, String(height)).to.equal(true);
      })
    );
  });
});

describe('parseOptOut', () => {
  const rows: Array<[unknown, boolean]> = [
    [undefined, true],
    [null, true],
    ['', true],
    ['true', true],
    ['rounded', true],
    [true, true],
    ['false', false],
    [' FALSE ', false],
    [false, false],
    [bare, true],
  ];
  for (const [input, expected] of rows) {
    it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
      expect(parseOptOut(input)).to.equal(expected);
    });
  }
});

describe('parseComputedColor', () => {
  const rows: Array<[string, Rgba | null]> = [
    ['rgb(0, 0, 0)', [0, 0, 0, 1]],
    ['rgb(255, 255, 255)', [255, 255, 255, 1]],
    ['rgba(27, 63, 104, 0.25)', [27, 63, 104, 0.25]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgb(10 20 30)', [10, 20, 30, 1]],
    ['rgb(10 20 30 / 0.5)', [10, 20, 30, 0.5]],
    [' rgb(1.5, 2, 3) ', [1.5, 2, 3, 1]],
    ['rgb(0, 0)', null],
    ['rgba(0, 0, 0, 0, 0)', null],
    ['rgb(0 0 0 / 50%)', null],
    ['rgb(none 0 0)', null],
    ['rgb()', null],
    ['color(srgb 1 0 0)', null],
    ['oklch(0.5 0.1 200)', null],
    ['#000000', null],
    ['red', null],
    ['', null],
    [`rgb(${'1, '.repeat(40)}1)`, null],
  ];
  for (const [input, expected] of rows) {
    it(`reads ${JSON.stringify(input)}`, () => {
      expect(parseComputedColor(input)).to.deep.equal(expected);
    });
  }
});

describe('contrastRatio', () => {
  const black: Rgba = [0, 0, 0, 1];
  const white: Rgba = [255, 255, 255, 1];

  it('is exactly 21 for black on white, either way round', () => {
    expect([contrastRatio(black, white), contrastRatio(white, black)]).to.deep.equal([21, 21]);
  });

  it('is exactly 1 for a colour on itself', () => {
    expect(contrastRatio([27, 63, 104, 1], [27, 63, 104, 1])).to.equal(1);
  });

  // Reference values from the WCAG relative-luminance formula (WebAIM's
  // checker rounds them to 4.47, 4.54, 10.73 and 4.00).
  const pairs: Array<[string, Rgba, Rgba, string]> = [
    ['#777 on white', [0x77, 0x77, 0x77, 1], white, '4.478'],
    ['#767676 on white (the lightest AA grey)', [0x76, 0x76, 0x76, 1], white, '4.542'],
    ['#1b3f68 on white', [0x1b, 0x3f, 0x68, 1], white, '10.728'],
    ['red on white', [255, 0, 0, 1], white, '3.998'],
    ['#777 on #888', [0x77, 0x77, 0x77, 1], [0x88, 0x88, 0x88, 1], '1.263'],
  ];
  for (const [name, a, b, expected] of pairs) {
    it(`gives ${expected} for ${name}`, () => {
      expect(contrastRatio(a, b).toFixed(3)).to.equal(expected);
    });
  }

  it('ignores alpha', () => {
    expect(contrastRatio([0, 0, 0, 0], white)).to.equal(21);
  });

  it('stays within 1–21 and is symmetric (property)', () => {
    const channel = fc.integer({min: 0, max: 255});
    const color = fc.tuple(channel, channel, channel, fc.constant(1)) as fc.Arbitrary<Rgba>;
    fc.assert(
      fc.property(color, color, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio >= 1 && ratio <= 21 + 1e-9).to.equal(true);
        expect(contrastRatio(b, a)).to.equal(ratio);
      })
    );
  });
});

describe('contrastProblem', () => {
  it('names the attributes, the ratio and both colours, with an example using the same attributes', () => {
    expect(
      contrastProblem(['color', 'background'], 'rgb(119, 119, 119)', 'rgb(136, 136, 136)')
    ).to.equal(
      'color and background give a contrast of 1.26:1 (rgb(119, 119, 119) on rgb(136, 136, 136)); Apple asks for at least 4.5:1, 7:1 preferred. Example: color="#ffffff" background="#000000"'
    );
  });

  it('uses the banner’s attribute names in the example', () => {
    expect(
      contrastProblem(['text-color', 'background'], 'rgb(255, 0, 0)', 'rgb(255, 255, 255)')
    ).to.equal(
      'text-color and background give a contrast of 4.00:1 (rgb(255, 0, 0) on rgb(255, 255, 255)); Apple asks for at least 4.5:1, 7:1 preferred. Example: text-color="#ffffff" background="#000000"'
    );
  });

  it('is silent at 4.5:1 and above', () => {
    expect([
      contrastProblem(['color', 'background'], 'rgb(118, 118, 118)', 'rgb(255, 255, 255)'),
      contrastProblem(['color', 'background'], 'rgb(255, 255, 255)', 'rgb(0, 0, 0)'),
    ]).to.deep.equal([undefined, undefined]);
  });

  it('flags a pair just below 4.5:1', () => {
    expect(
      contrastProblem(['color', 'background'], 'rgb(119, 119, 119)', 'rgb(255, 255, 255)')
    ).to.match(/^color and background give a contrast of 4\.48:1 /);
  });

  const unjudged: Array<[string, string, string]> = [
    ['a translucent text colour', 'rgba(0, 0, 0, 0.5)', 'rgb(0, 0, 0)'],
    ['a translucent background', 'rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)'],
    ['an unparseable text colour', 'oklch(0.5 0.1 200)', 'rgb(0, 0, 0)'],
    ['an unparseable background', 'rgb(0, 0, 0)', 'color(srgb 0 0 0)'],
  ];
  for (const [name, fg, bg] of unjudged) {
    it(`does not judge ${name}`, () => {
      expect(contrastProblem(['color', 'background'], fg, bg)).to.equal(undefined);
    });
  }
});

describe('preview', () => {
  const rows: Array<[unknown, string]> = [
    ['short', 'short'],
    ['x'.repeat(40), 'x'.repeat(40)],
    ['x'.repeat(41), `${'x'.repeat(40)}…`],
    [12, '12'],
    [null, 'null'],
    [bare, '[object Object]'],
  ];
  for (const [input, expected] of rows) {
    it(`shows ${toText(input)} as ${JSON.stringify(expected)}`, () => {
      expect(preview(input)).to.equal(expected);
    });
  }
});
