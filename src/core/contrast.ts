/**
 * Whether a control stands out from what is behind it (WCAG 1.4.11,
 * non-text contrast): the colour math, pure. The element reads the
 * computed colours of its link and of its ancestors and passes them here.
 */
import {coded, DEV} from './dev.js';
import {contrastRatio, parseComputedColor, type Rgba} from './options.js';

/** A control's edge needs 3:1 against what surrounds it (WCAG 1.4.11). */
export const MIN_UI_CONTRAST = 3;

/** The canvas a page has when nothing paints a background: white. */
export const CANVAS: Rgba = [255, 255, 255, 1];

/**
 * Paints one colour over another (source-over alpha compositing).
 *
 * @param top - The colour in front, `[r, g, b, a]`.
 * @param bottom - The colour behind it.
 * @returns What is seen; opaque whenever `bottom` is.
 * @example composite([0, 0, 0, 0.5], [255, 255, 255, 1]) // [127.5, 127.5, 127.5, 1]
 */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top[3] + bottom[3] * (1 - top[3]);
  if (alpha === 0) return [0, 0, 0, 0];
  const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / alpha;
  return [mix(0), mix(1), mix(2), alpha];
}

/**
 * The colour behind an element: the background colours of its ancestors,
 * nearest first, up to and including the first opaque one, painted over
 * the canvas.
 *
 * @param layers - Computed `background-color` values, nearest ancestor first.
 * @param canvas - What shows through when no layer is opaque.
 * @returns The opaque colour behind, or null when a layer is not a colour
 *   the browser gave as `rgb()` (then nothing can be judged).
 * @example backdrop(['rgba(0, 0, 0, 0)', 'rgb(17, 17, 17)']) // [17, 17, 17, 1]
 * @example backdrop([]) // [255, 255, 255, 1]
 */
export function backdrop(layers: readonly string[], canvas: Rgba = CANVAS): Rgba | null {
  let seen = canvas;
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = parseComputedColor(layers[i]);
    if (!layer) return null;
    seen = composite(layer, seen);
  }
  return seen;
}

/**
 * A message when neither a control's background nor its border reaches 3:1
 * against the colour behind it, or undefined.
 *
 * @param background - The control's computed `background-color`.
 * @param border - Its computed border colour, or null when it has no border.
 * @param behind - What is behind it, from {@link backdrop}.
 * @returns The warning, or undefined when it passes or cannot be judged.
 * @example backdropProblem('rgb(0, 0, 0)', 'rgb(0, 0, 0)', [17, 17, 17, 1])
 * // 'barely stands out from the page behind it: a contrast of 1.11:1 (rgb(0, 0, 0) on rgb(17, 17, 17)); …'
 */
export function backdropProblem(
  background: string,
  border: string | null,
  behind: Rgba
): string | undefined {
  const ratioOf = (value: string | null) => {
    const color = value && parseComputedColor(value);
    return color ? contrastRatio(composite(color, behind), behind) : undefined;
  };
  const fill = ratioOf(background);
  if (fill === undefined) return undefined;
  const ratio = Math.max(fill, ratioOf(border) ?? 1);
  if (ratio >= MIN_UI_CONTRAST) return undefined;
  const page = `rgb(${behind.slice(0, 3).map(Math.round).join(', ')})`;
  return DEV
    ? `barely stands out from the page behind it: a contrast of ${ratio.toFixed(2)}:1 (${background} on ${page}); WCAG asks for at least 3:1 for a control. Example: theme="light", or theme="auto" to follow the colour scheme`
    : coded('MU08', `theme ${ratio.toFixed(2)}:1`);
}
