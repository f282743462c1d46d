/**
 * message-us/hours.js: business hours for the elements (`hours`,
 * `timezone`, `closed-on`, `after-hours`). A build of its own so that pages
 * without hours do not download the opening-hours parser, the time-zone
 * arithmetic and the after-hours texts of 37 locales. Import it before the
 * elements are created (the root entry `message-us` and
 * `dist/cdn/message-us-hours.js` already do).
 */
import {availabilityAt, closedNowText, formatBack, parseAvailability} from './core/hours.js';
import {AvailabilityController} from './shared/availability.js';
import {pageNow} from './shared/availability-clock.js';
import {enableHours} from './shared/message-us-element.js';

enableHours({
  support: {availabilityAt, closedNowText, formatBack, parseAvailability},
  now: pageNow,
  attach: (element) => new AvailabilityController(element),
});

export type {MessageUsAvailabilityDetail} from './shared/availability.js';
// The pure functions, for servers and configurators that judge hours too.
export {
  availabilityAt,
  closedNowText,
  formatBack,
  isValidTimeZone,
  nextViewChange,
  parseAvailability,
  parseClosedOn,
  parseHours,
} from './core/hours.js';
