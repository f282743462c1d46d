import {MessageUsButtonElement} from './message-us-button.js';
import {defineElement} from '../shared/define.js';

defineElement('message-us-button', MessageUsButtonElement);

export {MessageUsButtonElement};
