import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_USER_AGENT_LENGTH,
  MIN_IOS,
  MIN_MACOS,
  compareVersions,
  detectPlatform,
  isMessagesSupported,
} from '../../src/core/platform.js';
import type {OperatingSystem, PlatformInfo} from '../../src/core/types.js';
import {USER_AGENTS} from './user-agents.js';

const UNKNOWN: PlatformInfo = {
  os: 'unknown',
  osVersion: null,
  isApple: false,
  supportsMessages: false,
};

const IPHONE_17_4 =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const IPHONE_17_4_INFO: PlatformInfo = {
  os: 'ios',
  osVersion: '17.4',
  isApple: true,
  supportsMessages: true,
};
const MAC_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const MAC_INFO: PlatformInfo = {
  os: 'macos',
  osVersion: '10.15.7',
  isApple: true,
  supportsMessages: true,
};
const IPAD_DESKTOP_INFO: PlatformInfo = {
  os: 'ipados',
  osVersion: null,
  isApple: true,
  supportsMessages: true,
};

/**
 * Runs `fn` while the global `navigator` is replaced by `value` (`undefined`
 * stands for Node or a worker without one), then puts the real one back.
 * `navigator` is a configurable property of the global object in every
 * engine, so an own data property shadows it.
 */
function withNavigator<T>(value: unknown, fn: () => T): T {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', {
    value,
    configurable: true,
    writable: true,
  });
  try {
    return fn();
  } finally {
    if (own) {
      Object.defineProperty(globalThis, 'navigator', own);
    } else {
      delete (globalThis as {navigator?: unknown}).navigator;
    }
  }
}

function describeInfo(info: PlatformInfo): string {
  const version = info.osVersion === null ? '' : ` ${info.osVersion}`;
  const support = info.supportsMessages ? 'supported' : 'not supported';
  return `${info.os}${version}, ${support}`;
}

describe('detectPlatform', () => {
  describe('real-world user agents', () => {
    it('has at least 70 rows with distinct titles and strings', () => {
      const titles = new Set(USER_AGENTS.map((row) => row.title));
      const strings = new Set(
        USER_AGENTS.map((row) =>
          JSON.stringify([row.env.userAgent, row.env.platform, row.env.maxTouchPoints])
        )
      );
      expect(USER_AGENTS.length).to.be.at.least(70);
      expect(titles.size).to.equal(USER_AGENTS.length);
      expect(strings.size).to.equal(USER_AGENTS.length);
    });

    for (const row of USER_AGENTS) {
      it(`${row.title} → ${describeInfo(row.expected)}`, () => {
        // Explicit defaults so no row depends on the machine running tests.
        const env = {platform: '', maxTouchPoints: 0, ...row.env};
        expect(detectPlatform(env)).to.deep.equal(row.expected);
      });
    }
  });

  describe('iPad desktop mode', () => {
    it('needs more than one touch point: a Mac string with MacIntel and 1 touch point is a Mac', () => {
      expect(
        detectPlatform({
          userAgent: MAC_SAFARI,
          platform: 'MacIntel',
          maxTouchPoints: 1,
        })
      ).to.deep.equal(MAC_INFO);
    });

    it('needs platform MacIntel: a Mac string with 5 touch points but another platform is a Mac', () => {
      expect(
        detectPlatform({
          userAgent: MAC_SAFARI,
          platform: 'iPad',
          maxTouchPoints: 5,
        })
      ).to.deep.equal(MAC_INFO);
    });

    it('needs a Mac string: MacIntel with 5 touch points and a Windows string is Windows', () => {
      expect(
        detectPlatform({
          userAgent:
            'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
          platform: 'MacIntel',
          maxTouchPoints: 5,
        })
      ).to.deep.equal({
        os: 'windows',
        osVersion: '10.0',
        isApple: false,
        supportsMessages: false,
      });
    });
  });

  describe('environment defaults', () => {
    it('reads every missing field from navigator', () => {
      expect(detectPlatform()).to.deep.equal(
        detectPlatform({
          userAgent: navigator.userAgent,
          platform: navigator.platform,
          maxTouchPoints: navigator.maxTouchPoints,
        })
      );
    });

    it('treats a null env like a missing one', () => {
      expect(detectPlatform(null as unknown as undefined)).to.deep.equal(detectPlatform());
    });

    it('reads navigator when called, not when imported', () => {
      const fake = {
        userAgent: MAC_SAFARI,
        platform: 'MacIntel',
        maxTouchPoints: 5,
      };
      expect(withNavigator(fake, () => detectPlatform())).to.deep.equal(IPAD_DESKTOP_INFO);
    });

    it('fills only the missing fields from navigator', () => {
      const fake = {
        userAgent: IPHONE_17_4,
        platform: 'MacIntel',
        maxTouchPoints: 5,
      };
      expect(withNavigator(fake, () => detectPlatform({userAgent: MAC_SAFARI}))).to.deep.equal(
        IPAD_DESKTOP_INFO
      );
    });

    it('lets given fields override navigator', () => {
      const fake = {
        userAgent: MAC_SAFARI,
        platform: 'MacIntel',
        maxTouchPoints: 5,
      };
      expect(withNavigator(fake, () => detectPlatform({maxTouchPoints: 0}))).to.deep.equal(
        MAC_INFO
      );
    });

    it('treats a missing navigator (Node, workers) as empty', () => {
      expect(withNavigator(undefined, () => detectPlatform())).to.deep.equal(UNKNOWN);
    });

    it('still uses the given user agent when navigator is missing', () => {
      expect(
        withNavigator(undefined, () => detectPlatform({userAgent: IPHONE_17_4}))
      ).to.deep.equal(IPHONE_17_4_INFO);
    });

    it('treats a navigator without maxTouchPoints (older browsers) as 0 touch points', () => {
      const fake = {userAgent: MAC_SAFARI, platform: 'MacIntel'};
      expect(withNavigator(fake, () => detectPlatform())).to.deep.equal(MAC_INFO);
    });

    it('treats a non-string user agent as empty', () => {
      expect(
        detectPlatform({
          userAgent: 42 as unknown as string,
          platform: '',
          maxTouchPoints: 0,
        })
      ).to.deep.equal(UNKNOWN);
    });

    it('treats a non-string platform and a non-number touch count as empty', () => {
      expect(
        detectPlatform({
          userAgent: MAC_SAFARI,
          platform: ['MacIntel'] as unknown as string,
          maxTouchPoints: '5' as unknown as number,
        })
      ).to.deep.equal(MAC_INFO);
    });
  });

  describe('hostile input', () => {
    it(`reads only the first ${MAX_USER_AGENT_LENGTH} characters`, () => {
      expect(MAX_USER_AGENT_LENGTH).to.equal(1024);
    });

    it('returns unknown for a 100 KB string without any token', () => {
      expect(detectPlatform({userAgent: 'A'.repeat(100_000)})).to.deep.equal(UNKNOWN);
    });

    it('reads a real iPhone string followed by 100 KB of junk', () => {
      expect(detectPlatform({userAgent: IPHONE_17_4 + ' x'.repeat(50_000)})).to.deep.equal(
        IPHONE_17_4_INFO
      );
    });

    it('treats 10,000 repeated "iPhone OS " tokens as an iPhone of unknown, unsupported version', () => {
      expect(detectPlatform({userAgent: 'iPhone OS '.repeat(10_000)})).to.deep.equal({
        os: 'ios',
        osVersion: null,
        isApple: true,
        supportsMessages: false,
      });
    });

    it('ignores a real iPhone string that starts beyond the cut-off (unknown)', () => {
      const padding = ' '.repeat(MAX_USER_AGENT_LENGTH);
      expect(detectPlatform({userAgent: padding + IPHONE_17_4})).to.deep.equal(UNKNOWN);
    });

    it('reads only the part of a version that lies before the cut-off', () => {
      // "…iPhone OS 1" is all that is left of "iPhone OS 17_4".
      const prefix = 'Mozilla/5.0 (iPhone; CPU iPhone OS ';
      const padding = ' '.repeat(MAX_USER_AGENT_LENGTH - prefix.length - 1);
      expect(detectPlatform({userAgent: padding + prefix + '17_4 like Mac OS X)'})).to.deep.equal({
        os: 'ios',
        osVersion: '1',
        isApple: true,
        supportsMessages: false,
      });
    });

    it('stops a version at a separator that no digit follows', () => {
      expect(
        detectPlatform({
          userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_) AppleWebKit/605.1.15',
        })
      ).to.deep.equal({
        os: 'macos',
        osVersion: '10.15',
        isApple: true,
        supportsMessages: true,
      });
    });

    it('cuts a version of 50,000 repeated "10_" at the cut-off', () => {
      const prefix = 'Mozilla/5.0 (Macintosh; Intel Mac OS X ';
      // Leading spaces so that the cut-off falls right after a "10_".
      const padding = ' '.repeat((MAX_USER_AGENT_LENGTH - prefix.length) % 3);
      const repeats = (MAX_USER_AGENT_LENGTH - padding.length - prefix.length) / 3;
      const expected = Array.from({length: repeats}, () => '10').join('.');
      expect(detectPlatform({userAgent: padding + prefix + '10_'.repeat(50_000)})).to.deep.equal({
        os: 'macos',
        osVersion: expected,
        isApple: true,
        supportsMessages: false,
      });
    });

    it('keeps every digit of a huge version and compares it exactly', () => {
      const prefix = 'Mozilla/5.0 (iPhone; CPU iPhone OS ';
      const digits = '9'.repeat(MAX_USER_AGENT_LENGTH - prefix.length);
      expect(detectPlatform({userAgent: prefix + digits + '9'.repeat(100_000)})).to.deep.equal({
        os: 'ios',
        osVersion: digits,
        isApple: true,
        supportsMessages: true,
      });
    });
  });

  describe('properties', () => {
    const OPERATING_SYSTEMS: readonly OperatingSystem[] = [
      'ios',
      'ipados',
      'macos',
      'visionos',
      'watchos',
      'tvos',
      'android',
      'windows',
      'linux',
      'chromeos',
      'unknown',
    ];
    const APPLE: readonly OperatingSystem[] = [
      'ios',
      'ipados',
      'macos',
      'visionos',
      'watchos',
      'tvos',
    ];
    // Fragments of real user agents, so that generated strings reach every
    // rule rather than falling through to "unknown" almost every time.
    const FRAGMENTS = [
      'Mozilla/5.0 (',
      'iPhone',
      'iPad',
      'iPod',
      '; CPU ',
      'iPhone OS ',
      'CPU OS ',
      'Macintosh',
      'Intel Mac OS X ',
      'Watch OS ',
      'watchOS ',
      'visionOS ',
      'Apple TV',
      'AppleTV',
      'tvOS ',
      'Android ',
      'Windows Phone ',
      'Windows NT ',
      'CrOS',
      'Linux',
      'Googlebot',
      'CUBOT',
      ' like Mac OS X)',
      '11',
      '3',
      '10',
      '13',
      '_',
      '.',
      ' ',
      ';',
    ];
    const userAgent = fc.oneof(
      fc.string({unit: 'grapheme', maxLength: 200}),
      fc.array(fc.constantFrom(...FRAGMENTS), {maxLength: 30}).map((parts) => parts.join(''))
    );
    const env = fc.record(
      {
        userAgent,
        platform: fc.oneof(fc.constant('MacIntel'), fc.string()),
        maxTouchPoints: fc.oneof(fc.integer({min: -1, max: 20}), fc.double()),
      },
      {requiredKeys: ['userAgent']}
    );

    it('always returns a well-formed PlatformInfo (10,000 runs)', () => {
      fc.assert(
        fc.property(env, (e) => {
          const info = detectPlatform(e);
          expect(Object.keys(info).sort()).to.deep.equal([
            'isApple',
            'os',
            'osVersion',
            'supportsMessages',
          ]);
          expect(OPERATING_SYSTEMS).to.include(info.os);
          if (info.osVersion !== null) {
            expect(info.osVersion).to.match(/^\d+(?:\.\d+)*$/);
          }
          expect(info.isApple).to.equal(APPLE.includes(info.os));
          expect(info.supportsMessages).to.be.a('boolean');
        }),
        {numRuns: 10_000}
      );
    });

    it('only ever supports Messages on Apple platforms (10,000 runs)', () => {
      fc.assert(
        fc.property(env, (e) => {
          const info = detectPlatform(e);
          return !info.supportsMessages || info.isApple;
        }),
        {numRuns: 10_000}
      );
    });

    it('agrees with isMessagesSupported (10,000 runs)', () => {
      fc.assert(
        fc.property(env, (e) => {
          return isMessagesSupported(e) === detectPlatform(e).supportsMessages;
        }),
        {numRuns: 10_000}
      );
    });
  });
});

describe('isMessagesSupported', () => {
  it('is true for a supported device', () => {
    expect(isMessagesSupported({userAgent: IPHONE_17_4})).to.equal(true);
  });

  it('is false for an unsupported device', () => {
    expect(
      isMessagesSupported({
        userAgent:
          'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
      })
    ).to.equal(false);
  });

  it('matches supportsMessages for every row of the table', () => {
    const mismatches = USER_AGENTS.filter(
      (row) =>
        isMessagesSupported({platform: '', maxTouchPoints: 0, ...row.env}) !==
        row.expected.supportsMessages
    ).map((row) => row.title);
    expect(mismatches).to.deep.equal([]);
  });

  it('reads navigator when called without arguments', () => {
    expect(withNavigator({userAgent: IPHONE_17_4}, () => isMessagesSupported())).to.equal(true);
  });

  it('defaults to the real navigator', () => {
    expect(isMessagesSupported()).to.equal(detectPlatform().supportsMessages);
  });
});

describe('minimum versions', () => {
  it('MIN_IOS is 11.3', () => {
    expect(MIN_IOS).to.equal('11.3');
  });

  it('MIN_MACOS is 10.13.4', () => {
    expect(MIN_MACOS).to.equal('10.13.4');
  });
});

describe('compareVersions', () => {
  const TABLE: ReadonlyArray<[string, string, number]> = [
    ['10.13.10', '10.13.4', 1],
    ['10.13.4', '10.13.10', -1],
    ['11.3', '11.3.0', 0],
    ['11.3.0', '11.3', 0],
    ['11.3', '11.3', 0],
    ['11.2.6', '11.3', -1],
    ['11.3.1', '11.3', 1],
    ['12', '11.3', 1],
    ['9', '10', -1],
    ['10.15', '10.13.4', 1],
    ['10.12.6', '10.13.4', -1],
    ['10_15_7', '10.15.7', 0],
    ['010.004', '10.4', 0],
    ['0', '', 0],
    ['1.0.0.1', '1', 1],
    ['99999999999999999999', '99999999999999999998', 1],
    ['11.3beta', '11.3', 0],
    ['x', '0', 0],
    ['1..2', '1.0.2', 0],
  ];

  for (const [a, b, expected] of TABLE) {
    it(`compareVersions('${a}', '${b}') is ${expected}`, () => {
      expect(compareVersions(a, b)).to.equal(expected);
    });
  }

  it('does not throw on non-string input', () => {
    expect(compareVersions(null as unknown as string, 11 as unknown as string)).to.equal(-1);
  });

  const version = fc
    .array(fc.nat({max: 30}), {minLength: 1, maxLength: 4})
    .map((parts) => parts.join('.'));

  it('is antisymmetric (10,000 runs)', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        return compareVersions(a, b) === -compareVersions(b, a);
      }),
      {numRuns: 10_000}
    );
  });

  it('agrees with comparing the numbers component by component (10,000 runs)', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const x = a.split('.').map(Number);
        const y = b.split('.').map(Number);
        let expected = 0;
        for (let i = 0; i < Math.max(x.length, y.length) && !expected; i++) {
          expected = Math.sign((x[i] ?? 0) - (y[i] ?? 0));
        }
        return compareVersions(a, b) === expected;
      }),
      {numRuns: 10_000}
    );
  });
});
