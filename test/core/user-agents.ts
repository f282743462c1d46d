/**
 * Real-world user agents and what `detectPlatform()` must say about them.
 *
 * Strings are copied from browsers, vendor documentation and public UA
 * collections; the few that are not a browser's own string (native apps
 * using Alamofire's default `User-Agent`, a spoofed Android string) say so in
 * their title. `platform` and `maxTouchPoints` are given where they change the
 * answer (a Mac string is a Mac, an iPad or a Vision Pro depending on them);
 * elsewhere the test fills in `''` and `0` so no row depends on the machine
 * running the tests.
 */
import type {PlatformEnv, PlatformInfo} from '../../src/core/types.js';

export interface UserAgentCase {
  title: string;
  env: PlatformEnv & {userAgent: string};
  expected: PlatformInfo;
}

const supported = (os: PlatformInfo['os'], osVersion: string | null): PlatformInfo => ({
  os,
  osVersion,
  isApple: true,
  supportsMessages: true,
});

const appleUnsupported = (os: PlatformInfo['os'], osVersion: string | null): PlatformInfo => ({
  os,
  osVersion,
  isApple: true,
  supportsMessages: false,
});

const notApple = (os: PlatformInfo['os'], osVersion: string | null): PlatformInfo => ({
  os,
  osVersion,
  isApple: false,
  supportsMessages: false,
});

const UNKNOWN: PlatformInfo = notApple('unknown', null);

// What a Mac and an iPad/Vision Pro in desktop mode report next to a Mac UA.
const MAC = {platform: 'MacIntel', maxTouchPoints: 0};
const IPAD_DESKTOP = {platform: 'MacIntel', maxTouchPoints: 5};

export const USER_AGENTS: readonly UserAgentCase[] = [
  // --- iPhone, Safari, across versions -----------------------------------
  {
    title: 'iPhone Safari, iOS 9.3.5',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 9_3_5 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Version/9.0 Mobile/13G36 Safari/601.1',
    },
    expected: appleUnsupported('ios', '9.3.5'),
  },
  {
    title: 'iPhone Safari, iOS 10.3.3',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_3 like Mac OS X) AppleWebKit/603.3.8 (KHTML, like Gecko) Version/10.0 Mobile/14G60 Safari/602.1',
    },
    expected: appleUnsupported('ios', '10.3.3'),
  },
  {
    title: 'iPhone Safari, iOS 11.2 (one release too old)',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 11_2 like Mac OS X) AppleWebKit/604.4.7 (KHTML, like Gecko) Version/11.0 Mobile/15C114 Safari/604.1',
    },
    expected: appleUnsupported('ios', '11.2'),
  },
  {
    title: 'iPhone Safari, iOS 11.2.6 (last 11.2 patch, still too old)',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 11_2_6 like Mac OS X) AppleWebKit/604.5.6 (KHTML, like Gecko) Version/11.0 Mobile/15D100 Safari/604.1',
    },
    expected: appleUnsupported('ios', '11.2.6'),
  },
  {
    title: 'iPhone Safari, iOS 11.3 (first supported)',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 11_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/11.0 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '11.3'),
  },
  {
    title: 'iPhone Safari, iOS 11.3.1',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 11_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/11.0 Mobile/15E302 Safari/604.1',
    },
    expected: supported('ios', '11.3.1'),
  },
  {
    title: 'iPhone Safari, iOS 11.4.1',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 11_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/11.0 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '11.4.1'),
  },
  {
    title: 'iPhone Safari, iOS 12.1.4',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 12_1_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.0 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '12.1.4'),
  },
  {
    title: 'iPhone Safari, iOS 12.5.7',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '12.5.7'),
  },
  {
    title: 'iPhone Safari, iOS 15.8.2',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 15_8_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.6 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '15.8.2'),
  },
  {
    title: 'iPhone Safari, iOS 16.7.8',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '16.7.8'),
  },
  {
    title: 'iPhone Safari, iOS 17.4.1',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '17.4.1'),
  },
  {
    title: 'iPhone Safari, iOS 18.0',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '18.0'),
  },
  {
    title: 'iPhone Safari, iOS 18.3.2',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3.1 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '18.3.2'),
  },
  {
    title: 'iPhone Safari 26 (iOS version frozen at 18_6)',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '18.6'),
  },
  {
    title: 'original iPhone Safari (no OS version in the string)',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; U; CPU like Mac OS X; en) AppleWebKit/420+ (KHTML, like Gecko) Version/3.0 Mobile/1A543a Safari/419.3',
    },
    expected: appleUnsupported('ios', null),
  },
  {
    title: 'iPhone Safari, iPhone OS 3.0',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; U; CPU iPhone OS 3_0 like Mac OS X; en-us) AppleWebKit/528.18 (KHTML, like Gecko) Version/4.0 Mobile/7A341 Safari/528.16',
    },
    expected: appleUnsupported('ios', '3.0'),
  },
  {
    title: 'Opera Mini on iPhone (no iOS version)',
    env: {
      userAgent:
        'Opera/9.80 (iPhone; Opera Mini/8.0.0/34.2336; U; en) Presto/2.8.119 Version/11.10',
    },
    expected: appleUnsupported('ios', null),
  },
  {
    title: 'iOS WKWebView without a browser token, iOS 17.0.1',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
    },
    expected: supported('ios', '17.0.1'),
  },

  // --- iPod touch ----------------------------------------------------------
  {
    title: 'iPod touch Safari, iOS 12.5.7',
    env: {
      userAgent:
        'Mozilla/5.0 (iPod touch; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '12.5.7'),
  },
  {
    title: 'iPod Safari, iOS 6.1.6',
    env: {
      userAgent:
        'Mozilla/5.0 (iPod; CPU iPhone OS 6_1_6 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko) Version/6.0 Mobile/10B500 Safari/8536.25',
    },
    expected: appleUnsupported('ios', '6.1.6'),
  },

  // --- iPad ----------------------------------------------------------------
  {
    title: 'iPad Safari, iOS 9.3.5',
    env: {
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 9_3_5 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Version/9.0 Mobile/13G36 Safari/601.1',
    },
    expected: appleUnsupported('ipados', '9.3.5'),
  },
  {
    title: 'iPad Safari, iOS 11.2.6',
    env: {
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 11_2_6 like Mac OS X) AppleWebKit/604.5.6 (KHTML, like Gecko) Version/11.0 Mobile/15D100 Safari/604.1',
    },
    expected: appleUnsupported('ipados', '11.2.6'),
  },
  {
    title: 'iPad Safari, iOS 11.3',
    env: {
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 11_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/11.0 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ipados', '11.3'),
  },
  {
    title: 'iPad Safari, iOS 12.2 (old iPad string)',
    env: {
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ipados', '12.2'),
  },
  {
    title: 'iPad Safari in mobile mode, iPadOS 17.4',
    env: {
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ipados', '17.4'),
  },
  {
    title: 'iPad Chrome, iPadOS 17.4',
    env: {
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ipados', '17.4'),
  },
  {
    title: 'iPad Safari 13 in desktop mode (Mac string, MacIntel, 5 touch points)',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Safari/605.1.15',
      ...IPAD_DESKTOP,
    },
    expected: supported('ipados', null),
  },
  {
    title: 'iPad Safari 17.4 in desktop mode (Mac string, MacIntel, 5 touch points)',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      ...IPAD_DESKTOP,
    },
    expected: supported('ipados', null),
  },
  {
    title: 'the same Safari 17.4 string on a real Mac (MacIntel, 0 touch points)',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      ...MAC,
    },
    expected: supported('macos', '10.15.7'),
  },
  {
    title: 'Facebook in-app browser on iPad, iPadOS 16.6',
    env: {
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/445.0.0.34.118;FBBV/546209617;FBDV/iPad13,1;FBMD/iPad;FBSN/iPadOS;FBSV/16.6;FBSS/2;FBID/tablet;FBLC/en_US;FBOP/5;FBRV/548028427]',
    },
    expected: supported('ipados', '16.6'),
  },

  // --- Apple Vision Pro ----------------------------------------------------
  // Safari on visionOS sends a Mac string with MacIntel and 5 touch points
  // (no visionOS token), exactly like an iPad in desktop mode.
  {
    title: 'Apple Vision Pro Safari (Mac string, MacIntel, 5 touch points)',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
      ...IPAD_DESKTOP,
    },
    expected: supported('ipados', null),
  },
  {
    title: 'Apple Vision Pro Safari, "Request Mobile Website" (iPad string)',
    env: {
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 16_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ipados', '16.3.1'),
  },
  {
    title: 'visionOS native app (Alamofire default User-Agent), visionOS 1.1',
    env: {
      userAgent: 'Spatial/1.0 (com.example.spatial; build:3; visionOS 1.1.0) Alamofire/5.9.1',
    },
    expected: supported('visionos', '1.1.0'),
  },

  // --- Other browsers on iOS -----------------------------------------------
  {
    title: 'Chrome on iPhone, iOS 17.4',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '17.4'),
  },
  {
    title: 'Chrome on iPhone, iOS 11.2',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 11_2 like Mac OS X) AppleWebKit/604.1.34 (KHTML, like Gecko) CriOS/63.0.3239.73 Mobile/15C114 Safari/604.1',
    },
    expected: appleUnsupported('ios', '11.2'),
  },
  {
    title: 'Firefox on iPhone, iOS 17.4.1',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/125.0 Mobile/15E148 Safari/605.1.15',
    },
    expected: supported('ios', '17.4.1'),
  },
  {
    title: 'Edge on iPhone, iOS 17.4',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/124.0.2478.50 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '17.4'),
  },
  {
    title: 'Opera on iPhone, iOS 17.4',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1 OPT/4.5.1',
    },
    expected: supported('ios', '17.4'),
  },
  {
    title: 'DuckDuckGo browser on iPhone, iOS 17.4',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 DuckDuckGo/7 Safari/605.1.15',
    },
    expected: supported('ios', '17.4'),
  },

  // --- In-app browsers on iOS ----------------------------------------------
  {
    title: 'Facebook in-app browser on iPhone (FBAN/FBIOS), iOS 17.4.1',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/458.0.0.38.108;FBBV/583224498;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.4.1;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;FBRV/585102397]',
    },
    expected: supported('ios', '17.4.1'),
  },
  {
    title: 'Instagram in-app browser on iPhone, iOS 17.4.1',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 326.0.3.30.91 (iPhone14,5; iOS 17_4_1; en_US; en; scale=3.00; 1170x2532; 587245185)',
    },
    expected: supported('ios', '17.4.1'),
  },
  {
    title: 'Google app in-app browser (GSA) on iPhone, iOS 17.4',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/309.0.616685607 Mobile/15E148 Safari/604.1',
    },
    expected: supported('ios', '17.4'),
  },
  {
    title: 'WeChat in-app browser on iPhone, iOS 16.6',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
    },
    expected: supported('ios', '16.6'),
  },
  {
    title: 'LinkedIn in-app browser on iPhone, iOS 17.3.1',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29.1435',
    },
    expected: supported('ios', '17.3.1'),
  },

  // --- macOS ---------------------------------------------------------------
  {
    title: 'Safari 18.3 on macOS, server side (no platform, frozen 10_15_7)',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15',
    },
    expected: supported('macos', '10.15.7'),
  },
  {
    title: 'Chrome on macOS (frozen 10_15_7)',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
      ...MAC,
    },
    expected: supported('macos', '10.15.7'),
  },
  {
    title: "Firefox on macOS (frozen at Firefox's 10.15)",
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:125.0) Gecko/20100101 Firefox/125.0',
      ...MAC,
    },
    expected: supported('macos', '10.15'),
  },
  {
    title: 'Edge on macOS',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
      ...MAC,
    },
    expected: supported('macos', '10.15.7'),
  },
  {
    title: 'Opera on macOS',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 OPR/109.0.0.0',
      ...MAC,
    },
    expected: supported('macos', '10.15.7'),
  },
  {
    title: 'macOS WKWebView without a browser token',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
      ...MAC,
    },
    expected: supported('macos', '10.15.7'),
  },
  {
    title: 'Safari on macOS 10.14.6',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.1.2 Safari/605.1.15',
    },
    expected: supported('macos', '10.14.6'),
  },
  {
    title: 'Safari on macOS 10.13.6',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Safari/605.1.15',
    },
    expected: supported('macos', '10.13.6'),
  },
  {
    title: 'Safari on macOS 10.13.4 (first supported)',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/11.1 Safari/605.1.15',
    },
    expected: supported('macos', '10.13.4'),
  },
  {
    title: 'Safari on macOS 10.13.3 (one update too old)',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_3) AppleWebKit/604.5.6 (KHTML, like Gecko) Version/11.0.3 Safari/604.5.6',
    },
    expected: appleUnsupported('macos', '10.13.3'),
  },
  {
    title: 'Safari on macOS 10.12.6',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_6) AppleWebKit/603.3.8 (KHTML, like Gecko) Version/10.1.2 Safari/603.3.8',
    },
    expected: appleUnsupported('macos', '10.12.6'),
  },
  {
    title: 'Firefox 60 on macOS 10.12',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.12; rv:60.0) Gecko/20100101 Firefox/60.0',
    },
    expected: appleUnsupported('macos', '10.12'),
  },
  {
    title: 'Chrome 103 on macOS 10.11.6',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.5060.134 Safari/537.36',
    },
    expected: appleUnsupported('macos', '10.11.6'),
  },
  {
    title: 'Safari 4 on PowerPC Mac OS X 10.5.8',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; U; PPC Mac OS X 10_5_8; en-us) AppleWebKit/531.21.8 (KHTML, like Gecko) Version/4.0.4 Safari/531.21.10',
    },
    expected: appleUnsupported('macos', '10.5.8'),
  },
  {
    title: 'Safari 1.2 on PowerPC Mac (no OS version in the string)',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; U; PPC Mac OS X; en) AppleWebKit/125.2 (KHTML, like Gecko) Safari/125.8',
    },
    expected: appleUnsupported('macos', null),
  },

  // --- watchOS and tvOS ----------------------------------------------------
  {
    title: 'Apple Watch WebKit, watchOS 10.1',
    env: {
      userAgent:
        'Mozilla/5.0 (Watch; CPU Watch OS 10_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)',
    },
    expected: supported('watchos', '10.1'),
  },
  {
    title: 'watchOS native app (Alamofire default User-Agent), watchOS 10.4',
    env: {
      userAgent:
        'WorkoutTracker/2.3 (com.example.workout.watchkitapp; build:41; watchOS 10.4.0) Alamofire/5.9.1',
    },
    expected: supported('watchos', '10.4.0'),
  },
  {
    title: 'Apple TV media player (AppleCoreMedia, "CPU OS"), tvOS 16.5',
    env: {
      userAgent: 'AppleCoreMedia/1.0.0.20L563 (Apple TV; U; CPU OS 16_5 like Mac OS X; en_us)',
    },
    expected: appleUnsupported('tvos', '16.5'),
  },
  {
    title: 'tvOS native app (Alamofire default User-Agent), tvOS 17.4',
    env: {
      userAgent: 'TVGuide/5.1 (com.example.tvguide; build:12; tvOS 17.4.0) Alamofire/5.9.1',
    },
    expected: appleUnsupported('tvos', '17.4.0'),
  },
  {
    title: 'Apple TV system fetch (AppleTV model token only)',
    env: {userAgent: 'AppleTV11,1/11.1'},
    expected: appleUnsupported('tvos', null),
  },

  // --- Android -------------------------------------------------------------
  {
    title: 'Chrome on Android, reduced UA ("Android 10; K")',
    env: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
    },
    expected: notApple('android', '10'),
  },
  {
    title: 'Chrome on Pixel 8, Android 14',
    env: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
    },
    expected: notApple('android', '14'),
  },
  {
    title: 'Samsung Internet on Galaxy S24, Android 14',
    env: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
    },
    expected: notApple('android', '14'),
  },
  {
    title: 'Firefox on Android phone, Android 14',
    env: {
      userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0',
    },
    expected: notApple('android', '14'),
  },
  {
    title: 'Chrome on Galaxy Tab S9 tablet, Android 13',
    env: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    },
    expected: notApple('android', '13'),
  },
  {
    title: 'Firefox on Android tablet, Android 13',
    env: {
      userAgent: 'Mozilla/5.0 (Android 13; Tablet; rv:125.0) Gecko/125.0 Firefox/125.0',
    },
    expected: notApple('android', '13'),
  },
  {
    title: 'Android WebView on Redmi 5 Plus, Android 8.1.0',
    env: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 8.1.0; Redmi 5 Plus Build/OPM1.171019.019; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36',
    },
    expected: notApple('android', '8.1.0'),
  },
  {
    title: 'Facebook in-app browser on Android (FB_IAB/FB4A)',
    env: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; SM-A546B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/460.0.0.48.109;]',
    },
    expected: notApple('android', '14'),
  },
  {
    title: 'Android stock browser on Nexus S, Android 2.3.6',
    env: {
      userAgent:
        'Mozilla/5.0 (Linux; U; Android 2.3.6; en-us; Nexus S Build/GRK39F) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1',
    },
    expected: notApple('android', '2.3.6'),
  },
  {
    title: 'Android clone phone named "iPhone XS Max"',
    env: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 9; iPhone XS Max Build/PPR1.180610.011) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.157 Mobile Safari/537.36',
    },
    expected: notApple('android', '9'),
  },
  {
    title: 'Android string spoofing "CPU iPhone OS 13_2 like Mac OS X"',
    env: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 11; SM-A515F; CPU iPhone OS 13_2 like Mac OS X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.210 Mobile Safari/537.36',
    },
    expected: notApple('android', '11'),
  },
  {
    title: 'CUBOT phone (the capitalised "BOT" is not a crawler)',
    env: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 9; CUBOT P30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.230 Mobile Safari/537.36',
    },
    expected: notApple('android', '9'),
  },

  // --- Windows Phone -------------------------------------------------------
  {
    title: 'IE on Windows Phone 8.1 ("Android 4.0", "like iPhone OS 7_0_3 Mac OS X")',
    env: {
      userAgent:
        'Mozilla/5.0 (Mobile; Windows Phone 8.1; Android 4.0; ARM; Trident/7.0; Touch; rv:11.0; IEMobile/11.0; NOKIA; Lumia 635) like iPhone OS 7_0_3 Mac OS X AppleWebKit/537 (KHTML, like Gecko) Mobile Safari/537',
    },
    expected: notApple('windows', '8.1'),
  },
  {
    title: 'Edge on Windows 10 Mobile ("Android 6.0.1")',
    env: {
      userAgent:
        'Mozilla/5.0 (Windows Phone 10.0; Android 6.0.1; Microsoft; Lumia 950) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.116 Mobile Safari/537.36 Edge/15.15063',
    },
    expected: notApple('windows', '10.0'),
  },
  {
    title: 'IE 10 on Windows Phone 8.0',
    env: {
      userAgent:
        'Mozilla/5.0 (compatible; MSIE 10.0; Windows Phone 8.0; Trident/6.0; IEMobile/10.0; ARM; Touch; NOKIA; Lumia 920)',
    },
    expected: notApple('windows', '8.0'),
  },

  // --- Windows -------------------------------------------------------------
  {
    title: 'Chrome on Windows 10/11',
    env: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
      platform: 'Win32',
    },
    expected: notApple('windows', '10.0'),
  },
  {
    title: 'Edge on Windows 10/11',
    env: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
      platform: 'Win32',
    },
    expected: notApple('windows', '10.0'),
  },
  {
    title: 'Firefox on Windows 10/11',
    env: {
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
      platform: 'Win32',
    },
    expected: notApple('windows', '10.0'),
  },
  {
    title: 'Edge on a Windows touch laptop (10 touch points)',
    env: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
      platform: 'Win32',
      maxTouchPoints: 10,
    },
    expected: notApple('windows', '10.0'),
  },
  {
    title: 'Chrome on Windows 7',
    env: {
      userAgent:
        'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
    },
    expected: notApple('windows', '6.1'),
  },
  {
    title: 'Internet Explorer 11 on Windows 10',
    env: {
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
    },
    expected: notApple('windows', '10.0'),
  },
  {
    title: 'Edge on Xbox One',
    env: {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox One) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51',
    },
    expected: notApple('windows', '10.0'),
  },
  {
    title: 'Internet Explorer 5.5 on Windows ME (no NT version)',
    env: {
      userAgent: 'Mozilla/4.0 (compatible; MSIE 5.5; Windows 98; Win 9x 4.90)',
    },
    expected: notApple('windows', null),
  },

  // --- Linux, ChromeOS and others ------------------------------------------
  {
    title: 'Firefox on Ubuntu',
    env: {
      userAgent: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
      platform: 'Linux x86_64',
    },
    expected: notApple('linux', null),
  },
  {
    title: 'Chrome on Linux',
    env: {
      userAgent:
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
      platform: 'Linux x86_64',
    },
    expected: notApple('linux', null),
  },
  {
    title: 'Samsung smart TV browser (Tizen, says Linux)',
    env: {
      userAgent:
        'Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) 94.0.4606.31/7.0 TV Safari/537.36',
    },
    expected: notApple('linux', null),
  },
  {
    title: 'Meta Quest 3 browser (says Linux)',
    env: {
      userAgent:
        'Mozilla/5.0 (X11; Linux x86_64; Quest 3) AppleWebKit/537.36 (KHTML, like Gecko) OculusBrowser/33.0 Chrome/124.0.6367.0 VR Safari/537.36',
    },
    expected: notApple('linux', null),
  },
  {
    title: 'Chrome on ChromeOS (x86_64)',
    env: {
      userAgent:
        'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    },
    expected: notApple('chromeos', null),
  },
  {
    title: 'Chrome on ChromeOS (ARM, with touch screen)',
    env: {
      userAgent:
        'Mozilla/5.0 (X11; CrOS aarch64 15633.69.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
      maxTouchPoints: 10,
    },
    expected: notApple('chromeos', null),
  },
  {
    title: 'Firefox on FreeBSD (not Linux)',
    env: {
      userAgent: 'Mozilla/5.0 (X11; FreeBSD amd64; rv:125.0) Gecko/20100101 Firefox/125.0',
    },
    expected: UNKNOWN,
  },
  {
    title: 'PlayStation 5 browser',
    env: {
      userAgent:
        'Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Safari/605.1.15',
    },
    expected: UNKNOWN,
  },

  // --- Crawlers: never supported, whatever device they imitate --------------
  {
    title: 'Googlebot desktop',
    env: {
      userAgent:
        'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/124.0.6367.118 Safari/537.36',
    },
    expected: UNKNOWN,
  },
  {
    title: 'Googlebot smartphone (imitates Android)',
    env: {
      userAgent:
        'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.118 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    },
    expected: UNKNOWN,
  },
  {
    title: 'Googlebot classic',
    env: {userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)'},
    expected: UNKNOWN,
  },
  {
    title: 'Bingbot desktop',
    env: {
      userAgent:
        'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36',
    },
    expected: UNKNOWN,
  },
  {
    title: 'Bingbot mobile (imitates an iPhone on iOS 7)',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 7_0 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Version/7.0 Mobile/11A465 Safari/9537.53 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    },
    expected: UNKNOWN,
  },
  {
    title: 'Applebot (imitates Safari on a Mac)',
    env: {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)',
    },
    expected: UNKNOWN,
  },
  {
    title: 'Applebot (imitates Safari on an iPhone)',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1 (Applebot/0.1; +http://www.apple.com/go/applebot)',
    },
    expected: UNKNOWN,
  },
  {
    title: 'Baidu mobile renderer (imitates an iPhone, "Baiduspider")',
    env: {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 13_2_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0.3 Mobile/15E148 Safari/604.1 (compatible; Baiduspider-render/2.0; +http://www.baidu.com/search/spider.html)',
    },
    expected: UNKNOWN,
  },
  {
    title: 'DuckDuckBot',
    env: {
      userAgent: 'DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)',
    },
    expected: UNKNOWN,
  },
  {
    title: 'YandexBot',
    env: {
      userAgent: 'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)',
    },
    expected: UNKNOWN,
  },
  {
    title: 'Yahoo! Slurp',
    env: {
      userAgent:
        'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
    },
    expected: UNKNOWN,
  },
  {
    title: 'Sogou web spider',
    env: {
      userAgent: 'Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)',
    },
    expected: UNKNOWN,
  },
  {
    title: 'ICC-Crawler',
    env: {
      userAgent:
        'ICC-Crawler/3.0 (Mozilla-compatible; ; https://ucri.nict.go.jp/en/icccrawler.html)',
    },
    expected: UNKNOWN,
  },
  {
    title: 'Slackbot link expander',
    env: {
      userAgent: 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    },
    expected: UNKNOWN,
  },
  {
    title: 'Facebook link preview fetcher',
    env: {
      userAgent: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    },
    expected: UNKNOWN,
  },

  // --- Not a browser at all --------------------------------------------------
  {title: 'empty string', env: {userAgent: ''}, expected: UNKNOWN},
  {title: 'only spaces', env: {userAgent: '   '}, expected: UNKNOWN},
  {title: 'garbage', env: {userAgent: 'asdfghjkl;1234'}, expected: UNKNOWN},
  {
    title: 'bare "Mozilla/5.0"',
    env: {userAgent: 'Mozilla/5.0'},
    expected: UNKNOWN,
  },
  {title: 'curl', env: {userAgent: 'curl/8.7.1'}, expected: UNKNOWN},
  {title: 'Wget', env: {userAgent: 'Wget/1.21.4'}, expected: UNKNOWN},
  {
    title: 'python-requests',
    env: {userAgent: 'python-requests/2.31.0'},
    expected: UNKNOWN,
  },
  {
    title: 'Postman',
    env: {userAgent: 'PostmanRuntime/7.37.3'},
    expected: UNKNOWN,
  },
];
