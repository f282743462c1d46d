/**
 * Parsing of the elements' presentational options: enums, booleans, scale
 * and colour contrast. Pure: the elements pass attribute values in and get a
 * usable value plus, for bad input, one message naming the attribute and a
 * valid example.
 */

import {coded, DEV, shown} from './dev.js';

/**
 * Any value as text, as an attribute would hold it. Unlike `String()`, it
 * never throws: an object without a usable `toString` (such as
 * `Object.create(null)`) gives its `[object …]` tag.
 *
 * @param input - Anything.
 * @returns `String(input)`, or `Object.prototype.toString` of it when that throws.
 * @example toText(1.5) // '1.5'
 * @example toText(Object.create(null)) // '[object Object]'
 */
export function toText(input: unknown): string {
  try {
    return String(input);
  } catch {
    return Object.prototype.toString.call(input);
  }
}

/** A parsed option: the value to use and, when the input was bad, why. */
export interface Parsed<T> {
  value: T;
  problem?: string;
}

/**
 * Reads an enumerated attribute. Missing or empty input silently gives the
 * default; anything else that is not allowed gives the default plus a message.
 * Case and surrounding whitespace are ignored.
 *
 * @param attribute - The attribute's name, quoted in the message.
 * @param input - The attribute or property value.
 * @param allowed - The allowed values, in lower case; the last one is the message's example.
 * @param fallback - The value used for missing or bad input.
 * @returns The value to use and, for bad input, the problem.
 * @example parseEnum('theme', 'blue', ['light', 'dark', 'auto'], 'light')
 * // {value: 'light', problem: 'theme="blue" is not one of light, dark, auto; …'}
 */
export function parseEnum<T extends string>(
  attribute: string,
  input: unknown,
  allowed: readonly T[],
  fallback: T
): Parsed<T> {
  if (input == null || input === '') return {value: fallback};
  const value = toText(input).trim().toLowerCase() as T;
  if (allowed.includes(value)) return {value};
  return {
    value: fallback,
    problem: DEV
      ? `${attribute}="${preview(input)}" is not one of ${allowed.join(', ')}; using "${fallback}". Example: ${attribute}="${allowed[allowed.length - 1]}"`
      : coded('MU05', shown(attribute, input)),
  };
}

/** Base height of both elements at scale 1, in CSS pixels: Apple's 40 pt minimum rounded up to the 44 px touch target. */
export const BASE_HEIGHT = 44;
/** Apple's limits for the button's height, in points (taken as CSS pixels). */
export const MIN_HEIGHT = 40;
export const MAX_HEIGHT = 150;

/**
 * Reads `scale`: a positive multiplier of the base size, clamped so the
 * height stays within Apple's 40–150 limits. Non-numbers fall back to 1.
 *
 * @param input - The attribute (a decimal such as `1.5`) or property value.
 * @returns The multiplier to use and, for bad or clamped input, the problem.
 * @example parseScale('1.5') // {value: 1.5}
 * @example parseScale('9')   // {value: 3.409090909090909, problem: …}
 */
export function parseScale(input: unknown): Parsed<number> {
  if (input == null || input === '') return {value: 1};
  const text = toText(input).trim();
  const number = /^\d+(?:\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : NaN;
  // A 400-digit "number" is Infinity: not a size anyone meant.
  if (!(number > 0 && number < Infinity)) {
    return {
      value: 1,
      problem: DEV
        ? `scale="${preview(input)}" is not a positive number; using 1. Example: scale="1.5"`
        : coded('MU06', shown('scale', input)),
    };
  }
  const min = MIN_HEIGHT / BASE_HEIGHT;
  const max = MAX_HEIGHT / BASE_HEIGHT;
  const value = Math.min(max, Math.max(min, number));
  if (value === number) return {value};
  return {
    value,
    problem: DEV
      ? `scale="${preview(text)}" would make the button ${Math.round(number * BASE_HEIGHT * 10) / 10}px tall; Apple allows ${MIN_HEIGHT}–${MAX_HEIGHT}, so it is clamped to ${Math.round(value * BASE_HEIGHT)}px. Example: scale="1.5"`
      : coded('MU06', shown('scale', text)),
  };
}

/**
 * Reads a boolean attribute that defaults to true and is switched off only
 * by the literal `false`, as Apple's `data-apple-banner-rounded-corners="false"`.
 *
 * @param input - The attribute or property value; `null`/`undefined` mean unset.
 * @returns `false` only for `false` or the string `false` (any case, trimmed).
 * @example parseOptOut(null)    // true
 * @example parseOptOut('FALSE') // false
 */
export function parseOptOut(input: unknown): boolean {
  return input == null || toText(input).trim().toLowerCase() !== 'false';
}

/** An sRGB colour with alpha, channels 0–255 and alpha 0–1. */
export type Rgba = [r: number, g: number, b: number, a: number];

/**
 * Parses the `rgb()`/`rgba()` strings browsers return from
 * `getComputedStyle` (legacy comma syntax or space syntax with `/ alpha`).
 * Returns null for anything else, such as `color(…)` or `oklch(…)` values
 * that some engines serialise unchanged.
 *
 * @param value - A computed colour.
 * @returns `[r, g, b, a]`, or null when the string is not a numeric `rgb()`/`rgba()`.
 * @example parseComputedColor('rgba(0, 0, 0, 0.5)') // [0, 0, 0, 0.5]
 * @example parseComputedColor('rgb(10 20 30 / 0.5)') // [10, 20, 30, 0.5]
 */
export function parseComputedColor(value: string): Rgba | null {
  const match = /^rgba?\(([^)]{1,80})\)$/.exec(value.trim());
  if (!match) return null;
  const parts = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if ((parts.length !== 3 && parts.length !== 4) || parts.some((n) => !Number.isFinite(n))) {
    return null;
  }
  return [parts[0], parts[1], parts[2], parts.length === 4 ? parts[3] : 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * WCAG 2 contrast ratio between two opaque colours, from 1 to 21 (alpha is
 * ignored).
 *
 * @param a - One colour.
 * @param b - The other; the order does not matter.
 * @returns The ratio, at least 1 and at most 21.
 * @example contrastRatio([0, 0, 0, 1], [255, 255, 255, 1]) // 21
 */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG AA for normal text, the floor Apple's guidelines set for the button. */
export const MIN_CONTRAST = 4.5;

/**
 * A message when text and background colours fall below 4.5:1, or
 * undefined. Translucent colours are not judged: their contrast depends on
 * what is behind the element, which the page controls.
 *
 * @param attributes - The element's text and background colour attributes,
 *   named in the message and its example (the button's `color`, the
 *   banner's `text-color`).
 * @param foreground - Computed text colour, as `getComputedStyle` returns it.
 * @param background - Computed background colour.
 * @returns The warning, or undefined when the pair passes or cannot be judged.
 * @example contrastProblem(['color', 'background'], 'rgb(119, 119, 119)', 'rgb(136, 136, 136)')
 * // 'color and background give a contrast of 1.26:1 (…); Apple asks for at least 4.5:1, …'
 */
export function contrastProblem(
  attributes: readonly [foreground: string, background: string],
  foreground: string,
  background: string
): string | undefined {
  const fg = parseComputedColor(foreground);
  const bg = parseComputedColor(background);
  if (!fg || !bg || fg[3] < 1 || bg[3] < 1) return undefined;
  const ratio = contrastRatio(fg, bg);
  if (ratio >= MIN_CONTRAST) return undefined;
  // The example names this element's own attributes: a banner author who
  // copied `color="…"` from a button's message would get no effect.
  const [fgName, bgName] = attributes;
  return DEV
    ? `${fgName} and ${bgName} give a contrast of ${ratio.toFixed(2)}:1 (${foreground} on ${background}); Apple asks for at least 4.5:1, 7:1 preferred. Example: ${fgName}="#ffffff" ${bgName}="#000000"`
    : coded('MU08', `${fgName} ${bgName} ${ratio.toFixed(2)}:1`);
}

/**
 * Shortens user input quoted in a message, so a 1 MB attribute does not flood the console.
 *
 * @param input - Anything; it is converted with {@link toText}.
 * @param limit - The longest text shown whole.
 * @param keep - How many characters a longer text keeps before `…`.
 * @returns The text, cut to `keep` characters plus `…` when longer than `limit`.
 * @example preview('x'.repeat(50)) // 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'
 */
export function preview(input: unknown, limit = 40, keep = limit): string {
  const text = toText(input);
  return text.length > limit ? `${text.slice(0, keep)}…` : text;
}

/**
 * User input quoted for a message: {@link preview} in double quotes, with
 * control characters escaped so a message stays on one line.
 *
 * @param input - Anything.
 * @param limit - The longest text shown whole.
 * @param keep - How many characters a longer text keeps before `…`.
 * @returns The quoted text.
 * @example quote('Mo-Fr 25:00') // '"Mo-Fr 25:00"'
 */
export function quote(input: unknown, limit = 40, keep = limit): string {
  return JSON.stringify(preview(input, limit, keep));
}
