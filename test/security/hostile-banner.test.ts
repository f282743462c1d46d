/** Security: hostile attribute values in <message-us-banner>; see hostile.ts. */
import '../../src/message-us-banner/define.js';
import {describeHostileElement} from './hostile-elements.js';

describeHostileElement('message-us-banner');
