/**
 * The CDN bundle with business hours: both elements, Lit and the
 * business-hours build in one file. Pages without `hours` load
 * message-us.js, which is about 5 KB (brotli) smaller.
 */
import '../hours.js';

export {MessageUsButtonElement} from '../message-us-button/define.js';
export {MessageUsBannerElement} from '../message-us-banner/define.js';
