/**
 * message-us/apple-compat.js: a drop-in replacement for Apple's embed
 * script. Registers `<message-us-button>` and `<message-us-banner>`, renders
 * one inside every `.apple-business-chat-message-container` and
 * `.apple-business-chat-banner-container` on the page, keeps them in step
 * with the page, and defines `window.appleBusinessChat`. Importing it in
 * Node does nothing but define the exports.
 */
import '../message-us-button/define.js';
import '../message-us-banner/define.js';
import {startPageAppleCompat} from './apple-compat.js';

startPageAppleCompat();

export {
  GENERATED_ATTRIBUTE,
  installAppleBusinessChat,
  startAppleCompat,
  startPageAppleCompat,
  type AppleBusinessChat,
  type AppleCompat,
} from './apple-compat.js';
export {APPLE_COMPAT_VERSION} from './version.js';
export {
  APPLE_BANNER_CONTAINER_CLASS,
  APPLE_MARKUP_ATTRIBUTES,
  APPLE_MESSAGE_CONTAINER_CLASS,
  PLATFORM_PREVIEW_ATTRIBUTE,
  containerToElement,
  type AppleContainerKind,
  type AppleContainerMapping,
} from '../core/apple-markup.js';
export {MessageUsButtonElement} from '../message-us-button/define.js';
export {MessageUsBannerElement} from '../message-us-banner/define.js';
