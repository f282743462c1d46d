import type {OperatingSystem, PlatformEnv, PlatformInfo} from './types.js';

/** Oldest iOS/iPadOS that opens Apple Messages for Business links (Apple FAQ). */
export const MIN_IOS = '11.3';

/** Oldest macOS that opens Apple Messages for Business links (Apple FAQ). */
export const MIN_MACOS = '10.13.4';

/**
 * How much of a user agent `detectPlatform()` reads. Real user agents are
 * under 500 characters and carry their OS token in the first hundred; the
 * longest in-app browser strings (Facebook, Instagram) stay under 400. Cutting
 * at 1,024 leaves room for odd ones while putting a hard bound on the work a
 * hostile 100 KB header can cause: everything after the cut is ignored, so an
 * OS token placed beyond it is not seen.
 */
export const MAX_USER_AGENT_LENGTH = 1024;

// Case-sensitive on purpose: crawlers spell themselves `Googlebot`,
// `bingbot`, `Applebot`, `DuckDuckBot`, `Baiduspider`, `Yahoo! Slurp`, while
// the phone maker CUBOT writes its models in capitals (`CUBOT P30`) and must
// not be taken for one. `\b` keeps words such as `Bottle` out. No quantifiers:
// the scan is linear.
const CRAWLER = /[Bb]ot\b|[Cc]rawler|[Ss]pider|Slurp/;
const TVOS = /AppleTV|Apple TV|tvOS/;
const WATCHOS = /Watch OS|watchOS/;
// The first device token decides, so an iPhone string that later mentions an
// iPad (an in-app browser's device field, say) stays an iPhone.
const IOS_DEVICE = /iPhone|iPad|iPod/;

const UNKNOWN: PlatformInfo = {
  os: 'unknown',
  osVersion: null,
  isApple: false,
  supportsMessages: false,
};

/**
 * Tells which operating system a browser runs on and whether Apple Messages
 * for Business links open there.
 *
 * Rules, in order (the order is what keeps look-alike strings out):
 * 1. Crawlers (`…bot`, `…crawler`, `…spider`, `Slurp`) are `unknown`, even
 *    when they impersonate an iPhone or a Mac (Bingbot mobile, Applebot): a
 *    crawler is not a device anyone can message from, and a crawler that saw
 *    the button as supported would index a link that only works on Apple
 *    devices.
 * 2. `Windows` (including Windows Phone, whose strings say `Android` and
 *    `like iPhone OS 7_0_3 Mac OS X`) and then `Android` (including clones
 *    that call themselves `iPhone`) are never Apple.
 * 3. tvOS (`AppleTV`, `Apple TV`, `tvOS`) is Apple but unsupported; watchOS
 *    (`Watch OS`, `watchOS`) and visionOS (`visionOS`) are supported.
 * 4. `iPhone`/`iPod` is iOS and `iPad` is iPadOS (older iPads included);
 *    both are supported from {@link MIN_IOS}, in every browser, because
 *    Chrome, Firefox, Edge and in-app browsers keep `iPhone OS`/`CPU OS`.
 * 5. `Macintosh` is macOS, supported from {@link MIN_MACOS}: Safari and
 *    Chrome freeze the version at `10_15_7` and Firefox at `10.15`, so every
 *    current Mac passes. A Mac string with `platform === 'MacIntel'` and more
 *    than one touch point is an iPad in desktop mode (iPadOS 13+, so
 *    supported, version unknown). Safari on Apple Vision Pro sends exactly
 *    that combination (Mac string, `MacIntel`, 5 touch points) and no
 *    visionOS token, so it is reported as iPadOS; its "Request Mobile
 *    Website" mode sends an iPad string. Both are supported, which is what
 *    matters.
 * 6. `CrOS` is ChromeOS, `Linux` is Linux; anything else is `unknown`.
 *
 * Only the first {@link MAX_USER_AGENT_LENGTH} characters are read, with
 * plain substring searches and regular expressions that cannot backtrack,
 * so the work is linear and bounded whatever the input.
 *
 * @param env What the page knows about the device. Each missing field is
 *   read from `navigator` when the function is called (never at import
 *   time); without `navigator` (Node, workers) it counts as empty. Values of
 *   the wrong type count as empty too.
 * @returns The OS, its dotted numeric version (`'17.4'`, `'10.15.7'`) or
 *   `null` when the string does not say, whether it is an Apple OS, and
 *   whether Apple Messages for Business opens there. Never throws.
 * @example
 * detectPlatform({
 *   userAgent:
 *     'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
 * });
 * // → {os: 'ios', osVersion: '17.4', isApple: true, supportsMessages: true}
 */
export function detectPlatform(env?: PlatformEnv): PlatformInfo {
  const {userAgent, platform, maxTouchPoints} = readEnv(env);
  const ua = userAgent.slice(0, MAX_USER_AGENT_LENGTH);

  if (CRAWLER.test(ua)) return UNKNOWN;
  if (ua.includes('Windows')) {
    return other('windows', versionAfter(ua, ['Windows Phone ', 'Windows NT ']));
  }
  if (ua.includes('Android')) {
    return other('android', versionAfter(ua, ['Android ']));
  }
  if (TVOS.test(ua)) {
    return apple('tvos', versionAfter(ua, ['CPU OS ', 'tvOS ']), false);
  }
  if (WATCHOS.test(ua)) {
    return apple('watchos', versionAfter(ua, ['Watch OS ', 'watchOS ']), true);
  }
  if (ua.includes('visionOS')) {
    return apple('visionos', versionAfter(ua, ['visionOS ']), true);
  }
  const device = IOS_DEVICE.exec(ua);
  if (device) {
    const version = versionAfter(ua, ['iPhone OS ', 'CPU OS ']);
    return apple(device[0] === 'iPad' ? 'ipados' : 'ios', version, atLeast(version, MIN_IOS));
  }
  if (ua.includes('Macintosh')) {
    // No Mac has a touch screen, so a multi-touch "Mac" is an iPad (or a
    // Vision Pro) asking for desktop sites. Desktop mode arrived with
    // iPadOS 13, which is above MIN_IOS.
    if (platform === 'MacIntel' && maxTouchPoints > 1) {
      return apple('ipados', null, true);
    }
    const version = versionAfter(ua, ['Mac OS X ']);
    return apple('macos', version, atLeast(version, MIN_MACOS));
  }
  if (ua.includes('CrOS')) return other('chromeos', null);
  if (ua.includes('Linux')) return other('linux', null);
  return UNKNOWN;
}

/**
 * Whether Apple Messages for Business links open on this device: shorthand
 * for `detectPlatform(env).supportsMessages`.
 *
 * @param env As for {@link detectPlatform}; missing fields are read from
 *   `navigator` at call time.
 * @returns `true` on iOS/iPadOS 11.3+, macOS 10.13.4+, visionOS and watchOS.
 *   Never throws.
 * @example
 * isMessagesSupported({
 *   userAgent:
 *     'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
 * });
 * // → false
 */
export function isMessagesSupported(env?: PlatformEnv): boolean {
  return detectPlatform(env).supportsMessages;
}

/**
 * Compares two versions numerically, component by component, so that
 * `'10.13.10'` is above `'10.13.4'` and `'11.3'` equals `'11.3.0'`.
 *
 * Components are separated by `.` or `_` (user agents write `10_15_7`);
 * missing components count as 0; only the leading digits of a component
 * count, so a component without digits is 0. Digits are compared as strings
 * after stripping leading zeros, which stays exact for numbers too large for
 * a float.
 *
 * @param a A version such as `'17.4.1'`.
 * @param b Another version.
 * @returns `-1` when `a` is lower, `1` when it is higher, `0` when they are
 *   equal. Never throws.
 * @example
 * compareVersions('10.13.10', '10.13.4'); // → 1
 * compareVersions('11.3', '11.3.0'); // → 0
 */
export function compareVersions(a: string, b: string): number {
  const left = String(a).split(/[._]/);
  const right = String(b).split(/[._]/);
  const length = Math.max(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = numericPart(left[i]);
    const y = numericPart(right[i]);
    if (x.length !== y.length) return x.length < y.length ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

interface ResolvedEnv {
  userAgent: string;
  platform: string;
  maxTouchPoints: number;
}

function readEnv(env: PlatformEnv | undefined): ResolvedEnv {
  const given: PlatformEnv = env ?? {};
  // Read here rather than at import so tests and SSR can swap navigator,
  // and so importing the core never touches the DOM.
  const nav: PlatformEnv = typeof navigator === 'undefined' ? {} : navigator;
  const userAgent = given.userAgent ?? nav.userAgent;
  const platform = given.platform ?? nav.platform;
  const maxTouchPoints = given.maxTouchPoints ?? nav.maxTouchPoints;
  return {
    userAgent: typeof userAgent === 'string' ? userAgent : '',
    platform: typeof platform === 'string' ? platform : '',
    maxTouchPoints: typeof maxTouchPoints === 'number' ? maxTouchPoints : 0,
  };
}

function apple(
  os: OperatingSystem,
  osVersion: string | null,
  supportsMessages: boolean
): PlatformInfo {
  return {os, osVersion, isApple: true, supportsMessages};
}

function other(os: OperatingSystem, osVersion: string | null): PlatformInfo {
  return {os, osVersion, isApple: false, supportsMessages: false};
}

/** An unknown version is not known to be new enough. */
function atLeast(version: string | null, minimum: string): boolean {
  return version !== null && compareVersions(version, minimum) >= 0;
}

/**
 * The version right after the first of `markers` found in `ua`, with `_`
 * turned into `.`; `null` when no marker is there or no digit follows it.
 */
function versionAfter(ua: string, markers: readonly string[]): string | null {
  for (const marker of markers) {
    const at = ua.indexOf(marker);
    if (at !== -1) return readVersion(ua, at + marker.length);
  }
  return null;
}

// A hand-written scanner rather than /\d+(?:[._]\d+)*/: every character is
// looked at once, which is obviously linear.
function readVersion(text: string, start: number): string | null {
  let end = digitsEnd(text, start);
  if (end === start) return null;
  let version = text.slice(start, end);
  while (text[end] === '.' || text[end] === '_') {
    const next = digitsEnd(text, end + 1);
    // `10_` followed by a letter: the version ended at the separator.
    if (next === end + 1) break;
    version += '.' + text.slice(end + 1, next);
    end = next;
  }
  return version;
}

function digitsEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// Zero comes out as '' (like a missing component), so '11.3' equals
// '11.3.0' and '011' equals '11'.
function numericPart(component: string | undefined): string {
  const text = component ?? '';
  let start = 0;
  while (text[start] === '0') start++;
  return text.slice(start, digitsEnd(text, start));
}
