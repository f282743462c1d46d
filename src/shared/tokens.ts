import {noChange, type ElementPart} from 'lit';
import {Directive, directive, PartType, type PartInfo} from 'lit/directive.js';

/**
 * Sets the element's private `--_*` custom properties through CSSOM, on
 * every render including the first. Lit's `styleMap` writes its first
 * render as a `style` attribute string instead, which a strict
 * `style-src 'self'` policy blocks and where a value containing `;` (say
 * `font-family="a;background:url(x)"`) would add a declaration of its own.
 * `setProperty` takes one value for one property and drops anything that
 * is not a single valid value.
 */
class TokensDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('tokens() is an element directive');
  }

  render(_tokens: Record<string, string | null | undefined>) {
    return noChange;
  }

  override update(part: ElementPart, [tokens]: [Record<string, string | null | undefined>]) {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(tokens)) {
      if (value == null || value === '') continue;
      next.add(name);
      style.setProperty(name, value);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

/** Element directive: `<a ${tokens({'--_h': '44px'})}>`. */
export const tokens = directive(TokensDirective);
