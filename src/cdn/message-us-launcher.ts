/**
 * The launcher's CDN bundle: registers `<message-us-launcher>`,
 * `<message-us-button>` and `<message-us-banner>`, Lit and the QR encoder
 * inside, and business hours (departments often keep their own). Use it
 * instead of message-us.js on pages with a launcher.
 */
import '../hours.js';

export {MessageUsButtonElement} from '../message-us-button/define.js';
export {MessageUsBannerElement} from '../message-us-banner/define.js';
export {MessageUsLauncherElement} from '../message-us-launcher/define.js';
