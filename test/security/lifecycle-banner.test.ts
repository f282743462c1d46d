/** Security: lifecycle of <message-us-banner>; see lifecycle.ts. */
import '../../src/message-us-banner/define.js';
import {describeLifecycle} from './lifecycle.js';

describeLifecycle('message-us-banner');
