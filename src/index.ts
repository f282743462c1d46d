/**
 * message-us: registers `<message-us-button>` and `<message-us-banner>` and
 * exports their classes and the core functions.
 */
import './message-us-button/define.js';
import './message-us-banner/define.js';

export {MessageUsButtonElement, type ButtonShape} from './message-us-button/message-us-button.js';
export {
  MessageUsBannerElement,
  type BannerOrientation,
} from './message-us-banner/message-us-banner.js';
export type {
  MessageUsAvailabilityDetail,
  MessageUsClickDetail,
  MessageUsOutcomeDetail,
  PlatformPreview,
  Theme,
} from './shared/message-us-element.js';
export * from './core/index.js';
