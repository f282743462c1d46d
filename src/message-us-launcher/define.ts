import {MessageUsLauncherElement} from './message-us-launcher.js';
import {defineElement} from '../shared/define.js';

defineElement('message-us-launcher', MessageUsLauncherElement);

export {MessageUsLauncherElement};
