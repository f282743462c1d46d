/**
 * The build flag behind the two builds. True here, so the source (and the
 * development build, the `development` export condition and the `.dev.js`
 * bundles) prints every warning in full: what is wrong, what happens
 * instead, and a valid example. The production build (the default export
 * condition and the CDN bundles) is built with `DEV = false`
 * (scripts/build.mjs), so the minifier drops the long texts and each warning
 * is its short form from {@link coded}.
 */
export const DEV = true;

/**
 * Where the README explains each code; a code's anchor is its lower-case
 * name. The package names no repository yet, so this is the address GitHub
 * would give it; scripts/schema-artifacts.mjs checks it against package.json
 * `homepage` once that is set.
 */
export const CODES_URL = 'https://github.com/message-us/message-us#';

/**
 * A warning's short form, as the production build prints it: the stable
 * code, what it is about, and the link to its explanation. Codes and their
 * meanings live in src/core/warning-codes.ts.
 *
 * @param code - A code of WARNING_CODES, e.g. `MU05`.
 * @param subject - The attribute, with the bad value when it is short (see {@link shown}).
 * @returns The text, without the `[message-us]` prefix.
 * @example coded('MU05', 'shape="oval"')
 * // 'MU05 shape="oval": https://github.com/message-us/message-us#mu05'
 */
export function coded(code: string, subject: string): string {
  return `${code} ${subject}: ${CODES_URL}${code.toLowerCase()}`;
}

/**
 * An attribute with its value, cut to 24 characters and quoted so that a
 * pasted novel or a control character stays on one line.
 *
 * @example shown('theme', 'blue') // 'theme="blue"'
 */
export function shown(attribute: string, value: unknown): string {
  const text = String(value);
  return `${attribute}=${JSON.stringify(text.length > 24 ? `${text.slice(0, 23)}…` : text)}`;
}
