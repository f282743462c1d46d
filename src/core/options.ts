/**
 * Parsing of the elements' presentational options: enums, booleans, scale
 * and colour contrast. Pure: the elements pass attribute values in and get a
 * usable value plus, for bad input, one message naming the attribute and a
 * valid example.
 */

/** A parsed option: the value to use and, when the input was bad, why. */
export interface Parsed<T> {
  value: T;
  problem?: string;
}

/**
 * Reads an enumerated attribute. Missing or empty input silently gives the
 * default; anything else that is not allowed gives the default plus a message.
 *
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
  const value = String(input).trim().toLowerCase() as T;
  if (allowed.includes(value)) return {value};
  return {
    value: fallback,
    problem: `${attribute}="${preview(input)}" is not one of ${allowed.join(', ')}; using "${fallback}". Example: ${attribute}="${allowed[allowed.length - 1]}"`,
  };
}

/** Base height of both elements at scale 1, in CSS pixels: Apple's 40 pt minimum rounded up to the 44 px touch target. */
export const BASE_HEIGHT = 44;
/** Apple's limits for the button's height, in points (taken as CSS pixels). */
export const MIN_HEIGHT = 40;
export const MAX_HEIGHT = 150;
/** Apple's limit for the button's width. */
export const MAX_WIDTH = 1000;

/**
 * Reads `scale`: a positive multiplier of the base size, clamped so the
 * height stays within Apple's 40–150 limits. Non-numbers fall back to 1.
 *
 * @example parseScale('1.5') // {value: 1.5}
 * @example parseScale('9')   // {value: 3.409090909090909, problem: …}
 */
export function parseScale(input: unknown): Parsed<number> {
  if (input == null || input === '') return {value: 1};
  const text = String(input).trim();
  const number = /^\d+(?:\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : NaN;
  if (!(number > 0)) {
    return {
      value: 1,
      problem: `scale="${preview(input)}" is not a positive number; using 1. Example: scale="1.5"`,
    };
  }
  const min = MIN_HEIGHT / BASE_HEIGHT;
  const max = MAX_HEIGHT / BASE_HEIGHT;
  const value = Math.min(max, Math.max(min, number));
  if (value === number) return {value};
  return {
    value,
    problem: `scale="${text}" would make the button ${Math.round(number * BASE_HEIGHT)}px tall; Apple allows ${MIN_HEIGHT}–${MAX_HEIGHT}, so it is clamped to ${Math.round(value * BASE_HEIGHT)}px. Example: scale="1.5"`,
  };
}

/**
 * Reads a boolean attribute that defaults to true and is switched off only
 * by the literal `false`, as Apple's `data-apple-banner-rounded-corners="false"`.
 */
export function parseOptOut(input: unknown): boolean {
  return input == null || String(input).trim().toLowerCase() !== 'false';
}

/** An sRGB colour with alpha, channels 0–255 and alpha 0–1. */
export type Rgba = [r: number, g: number, b: number, a: number];

/**
 * Parses the `rgb()`/`rgba()` strings browsers return from
 * `getComputedStyle` (legacy comma syntax or space syntax with `/ alpha`).
 * Returns null for anything else, such as `color(…)` or `oklch(…)` values
 * that some engines serialise unchanged.
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
 * WCAG 2 contrast ratio between two opaque colours, from 1 to 21.
 *
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
 */
export function contrastProblem(
  attributes: string,
  foreground: string,
  background: string
): string | undefined {
  const fg = parseComputedColor(foreground);
  const bg = parseComputedColor(background);
  if (!fg || !bg || fg[3] < 1 || bg[3] < 1) return undefined;
  const ratio = contrastRatio(fg, bg);
  if (ratio >= MIN_CONTRAST) return undefined;
  return `${attributes} give a contrast of ${ratio.toFixed(2)}:1 (${foreground} on ${background}); Apple asks for at least 4.5:1, 7:1 preferred. Example: color="#ffffff" background="#000000"`;
}

/** Shortens user input quoted in a message, so a 1 MB attribute does not flood the console. */
export function preview(input: unknown): string {
  const text = String(input);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
