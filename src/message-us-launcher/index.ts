/**
 * message-us/launcher.js: registers `<message-us-launcher>` and the
 * departments it lists (`<message-us-button>`, `<message-us-banner>`). A
 * separate entry, so pages without a launcher do not load it or its QR encoder.
 */
// Departments often keep their own hours: the launcher carries the hours build.
import '../hours.js';
import '../message-us-button/define.js';
import '../message-us-banner/define.js';
import './define.js';

export {MessageUsLauncherElement} from './message-us-launcher.js';
export type {LauncherPosition, MessageUsLauncherToggleDetail} from './message-us-launcher.js';
export {MessageUsButtonElement} from '../message-us-button/message-us-button.js';
export {MessageUsBannerElement} from '../message-us-banner/message-us-banner.js';
