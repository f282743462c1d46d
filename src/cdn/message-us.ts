/**
 * The CDN bundle: registers both elements, Lit inside. Exports only the
 * classes, so the bundle carries no core function the elements do not use.
 */
export {MessageUsButtonElement} from '../message-us-button/define.js';
export {MessageUsBannerElement} from '../message-us-banner/define.js';
