import {expect} from '@open-wc/testing';
import {
  CANVAS,
  MIN_UI_CONTRAST,
  backdrop,
  backdropProblem,
  composite,
} from '../../src/core/contrast.js';
import type {Rgba} from '../../src/core/options.js';

const problem = (ratio: string, background: string, page: string) =>
  `barely stands out from the page behind it: a contrast of ${ratio}:1 (${background} on ${page}); WCAG asks for at least 3:1 for a control. Example: theme="light", or theme="auto" to follow the colour scheme`;

describe('composite', () => {
  const rows: Array<[name: string, top: Rgba, bottom: Rgba, expected: Rgba]> = [
    ['opaque top wins', [10, 20, 30, 1], [255, 255, 255, 1], [10, 20, 30, 1]],
    ['transparent top shows the bottom', [10, 20, 30, 0], [1, 2, 3, 1], [1, 2, 3, 1]],
    ['half black over white is mid grey', [0, 0, 0, 0.5], CANVAS, [127.5, 127.5, 127.5, 1]],
    [
      'two translucent layers stay translucent',
      [255, 0, 0, 0.5],
      [0, 0, 255, 0.5],
      [170, 0, 85, 0.75],
    ],
    ['nothing over nothing is nothing', [9, 9, 9, 0], [9, 9, 9, 0], [0, 0, 0, 0]],
  ];
  for (const [name, top, bottom, expected] of rows) {
    it(name, () => {
      expect(composite(top, bottom).map((n) => Math.round(n * 1000) / 1000)).to.deep.equal(
        expected
      );
    });
  }
});

describe('backdrop', () => {
  const rows: Array<
    [name: string, layers: string[], canvas: Rgba | undefined, expected: Rgba | null]
  > = [
    ['no layers: the white canvas', [], undefined, [255, 255, 255, 1]],
    ['a transparent parent shows the canvas', ['rgba(0, 0, 0, 0)'], undefined, [255, 255, 255, 1]],
    [
      'the first opaque ancestor',
      ['rgba(0, 0, 0, 0)', 'rgb(17, 17, 17)'],
      undefined,
      [17, 17, 17, 1],
    ],
    [
      'a translucent layer over an opaque one, nearest first',
      ['rgba(255, 255, 255, 0.1)', 'rgb(20, 20, 20)'],
      undefined,
      [43.5, 43.5, 43.5, 1],
    ],
    ['another canvas', ['rgba(0, 0, 0, 0)'], [0, 0, 0, 1], [0, 0, 0, 1]],
    ['a colour it cannot read: unknown', ['oklch(0.5 0.1 200)'], undefined, null],
  ];
  for (const [name, layers, canvas, expected] of rows) {
    it(name, () => {
      const found = backdrop(layers, canvas);
      expect(found && found.map((n) => Math.round(n * 1000) / 1000)).to.deep.equal(expected);
    });
  }
});

describe('backdropProblem', () => {
  const black: Rgba = [0, 0, 0, 1];
  const near: Rgba = [17, 17, 17, 1];
  const rows: Array<
    [name: string, bg: string, border: string | null, behind: Rgba, expected?: string]
  > = [
    [
      'black on near-black',
      'rgb(0, 0, 0)',
      'rgb(0, 0, 0)',
      near,
      problem('1.11', 'rgb(0, 0, 0)', 'rgb(17, 17, 17)'),
    ],
    [
      'black on black without a border',
      'rgb(0, 0, 0)',
      null,
      black,
      problem('1.00', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)'),
    ],
    ['black on white', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)', CANVAS],
    [
      'white on white with a black border (the light theme)',
      'rgb(255, 255, 255)',
      'rgb(0, 0, 0)',
      CANVAS,
    ],
    [
      'white on white without a border',
      'rgb(255, 255, 255)',
      null,
      CANVAS,
      problem('1.00', 'rgb(255, 255, 255)', 'rgb(255, 255, 255)'),
    ],
    [
      'black with a white border on black (auto, dark scheme)',
      'rgb(0, 0, 0)',
      'rgb(255, 255, 255)',
      black,
    ],
    [
      'a translucent fill is judged as painted over the page',
      'rgba(255, 255, 255, 0.1)',
      null,
      black,
      problem('1.20', 'rgba(255, 255, 255, 0.1)', 'rgb(0, 0, 0)'),
    ],
    [
      'the page colour is rounded in the message',
      'rgb(0, 0, 0)',
      null,
      [43.5, 43.5, 43.5, 1],
      problem('1.49', 'rgb(0, 0, 0)', 'rgb(44, 44, 44)'),
    ],
    ['an unreadable fill is not judged', 'color(srgb 0 0 0)', 'rgb(0, 0, 0)', black],
    [
      'an unreadable border counts for nothing',
      'rgb(0, 0, 0)',
      'color(srgb 1 1 1)',
      black,
      problem('1.00', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)'),
    ],
  ];
  for (const [name, bg, border, behind, expected] of rows) {
    it(name, () => {
      expect(backdropProblem(bg, border, behind)).to.equal(expected);
    });
  }

  it('asks for 3:1', () => {
    expect(MIN_UI_CONTRAST).to.equal(3);
  });
});
