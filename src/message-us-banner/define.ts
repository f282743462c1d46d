import {MessageUsBannerElement} from './message-us-banner.js';
import {defineElement} from '../shared/define.js';

defineElement('message-us-banner', MessageUsBannerElement);

export {MessageUsBannerElement};
