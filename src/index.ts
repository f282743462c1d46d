/**
 * message-us: registers `<message-us-button>` and `<message-us-banner>` and
 * exports their classes and the core functions.
 */
// Business hours first, so every element is created with them.
import './hours.js';
import './message-us-button/define.js';
import './message-us-banner/define.js';

export {MessageUsButtonElement, type ButtonShape} from './message-us-button/message-us-button.js';
export {
  MessageUsBannerElement,
  type BannerOrientation,
} from './message-us-banner/message-us-banner.js';
export type {MessageUsAvailabilityDetail} from './shared/availability.js';
// Types only: the launcher is its own entry (message-us/launcher.js), so
// the root registers and loads none of it.
export type {
  MessageUsLauncherElement,
  MessageUsLauncherToggleDetail,
  LauncherPosition,
} from './message-us-launcher/message-us-launcher.js';
export type {
  MessageUsClickDetail,
  MessageUsOutcomeDetail,
  PlatformPreview,
  Theme,
} from './shared/message-us-element.js';
export * from './core/index.js';
