/**
 * Security: hostile attribute values in the departments of a
 * <message-us-launcher> (a button and a banner, in panels of Messages
 * links, web fallbacks and QR hand-off codes): every attribute they read,
 * every payload of the corpus; see hostile-launcher.ts.
 */
import '../../src/message-us-launcher/index.js';
import {ATTRIBUTES} from './harness.js';
import {useArena} from './hostile.js';
import {expectLauncherAttributeHarmless} from './hostile-launcher.js';
import {PAYLOADS} from './payloads.js';

const DEPARTMENT_ATTRIBUTES = [
  ...new Set([...ATTRIBUTES['message-us-button'], ...ATTRIBUTES['message-us-banner']]),
];

describe('<message-us-launcher> departments with hostile attribute values', () => {
  const arena = useArena();

  for (const attribute of DEPARTMENT_ATTRIBUTES) {
    it(`${attribute}: no script, request, exception, bad link, markup or QR code`, async function () {
      this.timeout(60_000);
      await expectLauncherAttributeHarmless(arena, 'departments', attribute, PAYLOADS);
    });
  }
});
