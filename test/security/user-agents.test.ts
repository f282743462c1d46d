/**
 * Security: hostile user agents: `detectPlatform()` reads only the first
 * MAX_USER_AGENT_LENGTH characters, so 100 KB and pathological strings get
 * an exact, bounded answer. Bounded is shown without timing: the answer for
 * any string equals the answer for its first 1,024 characters, and the
 * longest version it can report is shorter than that.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {MAX_USER_AGENT_LENGTH, detectPlatform} from '../../src/core/platform.js';
import type {PlatformEnv, PlatformInfo} from '../../src/core/types.js';
import {USER_AGENTS} from '../core/user-agents.js';
import {SMALL_PAYLOADS} from './payloads.js';

const KB100 = 100 * 1024;
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const IOS_PREFIX = 'Mozilla/5.0 (iPhone; CPU iPhone OS ';
const MAC_PREFIX = 'Mozilla/5.0 (Macintosh; Intel Mac OS X ';

const UNKNOWN: PlatformInfo = {
  os: 'unknown',
  osVersion: null,
  isApple: false,
  supportsMessages: false,
};
const IOS_17_4: PlatformInfo = {
  os: 'ios',
  osVersion: '17.4',
  isApple: true,
  supportsMessages: true,
};

// The machine's own platform and touch points must not leak into a row.
const env = (userAgent: string, extra: PlatformEnv = {}): PlatformEnv => ({
  userAgent,
  platform: '',
  maxTouchPoints: 0,
  ...extra,
});

/** Digits after `prefix`, up to where detection stops reading. */
const digitsAfter = (prefix: string, digit: string) =>
  digit.repeat(MAX_USER_AGENT_LENGTH - prefix.length);

/**
 * The version in `unit` repeated after `prefix`, up to where detection
 * stops reading: separators become dots, and a separator left dangling at
 * the cut is dropped.
 */
const versionRead = (prefix: string, unit: string) =>
  unit
    .repeat(MAX_USER_AGENT_LENGTH)
    .slice(0, MAX_USER_AGENT_LENGTH - prefix.length)
    .replaceAll('_', '.')
    .replace(/\.$/, '');

describe('hostile user agents', () => {
  const cases: ReadonlyArray<[string, PlatformEnv, PlatformInfo]> = [
    ['100 KB of A', env('A'.repeat(KB100)), UNKNOWN],
    ['100 KB of NUL', env('\u0000'.repeat(KB100)), UNKNOWN],
    ['100 KB of lone surrogates', env('\uD800'.repeat(KB100)), UNKNOWN],
    ['100 KB of right-to-left overrides', env('\u202E'.repeat(KB100)), UNKNOWN],
    ['an iPhone string followed by 100 KB', env(IPHONE + 'x'.repeat(KB100)), IOS_17_4],
    ['100 KB followed by an iPhone string', env('x'.repeat(KB100) + IPHONE), UNKNOWN],
    [
      '100 KB of iPhone tokens',
      env('iPhone'.repeat(KB100 / 6)),
      {...IOS_17_4, osVersion: null, supportsMessages: false},
    ],
    [
      '100 KB of Android tokens',
      env('Android '.repeat(KB100 / 8)),
      {os: 'android', osVersion: null, isApple: false, supportsMessages: false},
    ],
    [
      'an iOS version of 100 KB of digits',
      env(IOS_PREFIX + '9'.repeat(KB100)),
      {os: 'ios', osVersion: digitsAfter(IOS_PREFIX, '9'), isApple: true, supportsMessages: true},
    ],
    [
      'an iOS version of 100 KB of zeros',
      env(IOS_PREFIX + '0'.repeat(KB100)),
      {os: 'ios', osVersion: digitsAfter(IOS_PREFIX, '0'), isApple: true, supportsMessages: false},
    ],
    [
      'an iOS version of 100 KB of 1_',
      env(IOS_PREFIX + '1_'.repeat(KB100 / 2)),
      {os: 'ios', osVersion: versionRead(IOS_PREFIX, '1_'), isApple: true, supportsMessages: false},
    ],
    [
      'a macOS version of 100 KB of 10_',
      env(MAC_PREFIX + '10_'.repeat(KB100 / 3)),
      {
        os: 'macos',
        osVersion: versionRead(MAC_PREFIX, '10_'),
        isApple: true,
        supportsMessages: false,
      },
    ],
    [
      '100 KB of separators after iPhone OS',
      env(IOS_PREFIX + '._'.repeat(KB100 / 2)),
      {...IOS_17_4, osVersion: null, supportsMessages: false},
    ],
    ['100 KB of "bo" (crawler look-alike)', env('bo'.repeat(KB100 / 2)), UNKNOWN],
    [
      'a crawler token after 100 KB of iPhone text',
      env(IPHONE + ' '.repeat(KB100) + ' Googlebot'),
      IOS_17_4,
    ],
    ['100 KB of nested parentheses', env('('.repeat(KB100 / 2) + ')'.repeat(KB100 / 2)), UNKNOWN],
    [
      'a Mac string with 100 KB of touch points',
      env(MAC_PREFIX + '10_15_7)', {platform: 'MacIntel', maxTouchPoints: Number.MAX_SAFE_INTEGER}),
      {os: 'ipados', osVersion: null, isApple: true, supportsMessages: true},
    ],
    [
      'a Mac string with NaN touch points',
      env(MAC_PREFIX + '10_15_7)', {platform: 'MacIntel', maxTouchPoints: NaN}),
      {os: 'macos', osVersion: '10.15.7', isApple: true, supportsMessages: true},
    ],
    [
      'a platform of 100 KB',
      env(MAC_PREFIX + '10_15_7)', {platform: 'MacIntel'.repeat(KB100 / 8), maxTouchPoints: 5}),
      {os: 'macos', osVersion: '10.15.7', isApple: true, supportsMessages: true},
    ],
    [
      'values of the wrong type',
      {userAgent: 42, platform: {}, maxTouchPoints: '5'} as unknown as PlatformEnv,
      UNKNOWN,
    ],
    [
      'an Android string with every payload appended',
      env(ANDROID + SMALL_PAYLOADS.join('')),
      {os: 'android', osVersion: '14', isApple: false, supportsMessages: false},
    ],
  ];

  for (const [title, given, expected] of cases) {
    it(`${title}: exact result`, () => {
      expect(detectPlatform(given)).to.deep.equal(expected);
    });
  }

  it('never reports a version longer than the part it reads', () => {
    const lengths = cases.map(([, given]) => detectPlatform(given).osVersion?.length ?? 0);
    expect(Math.max(...lengths)).to.be.below(MAX_USER_AGENT_LENGTH);
  });

  it('answers every real user agent the same with 100 KB appended', () => {
    const changed = USER_AGENTS.filter(
      ({env: given, expected}) =>
        JSON.stringify(
          detectPlatform({
            ...env(''),
            ...given,
            userAgent: given.userAgent + '\u202E'.repeat(KB100),
          })
        ) !== JSON.stringify(expected)
    ).map(({title}) => title);
    expect(changed).to.deep.equal([]);
  });

  it('depends on the first 1,024 characters only, whatever follows (property)', () => {
    const piece = fc.oneof(
      fc.string({unit: 'binary', maxLength: 64}),
      fc.constantFrom(
        ...SMALL_PAYLOADS,
        'iPhone',
        'Android',
        'Windows',
        'Macintosh',
        'bot',
        ' OS 17_4',
        '10_'
      ),
      fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code))
    );
    const userAgent = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(
        userAgent,
        userAgent,
        fc.constantFrom('', 'MacIntel'),
        fc.nat(10),
        (head, tail, platform, maxTouchPoints) => {
          // Pad the head to the cut, so the tail starts where reading stops.
          const ua = (head + ' '.repeat(MAX_USER_AGENT_LENGTH)).slice(0, MAX_USER_AGENT_LENGTH);
          const cut = detectPlatform({userAgent: ua, platform, maxTouchPoints});
          const long = detectPlatform({
            userAgent: ua + tail + 'x'.repeat(KB100),
            platform,
            maxTouchPoints,
          });
          expect(long).to.deep.equal(cut);
        }
      ),
      {numRuns: 300}
    );
  });
});
