/**
 * Shared by hostile-launcher-departments-*.test.ts. Security: hostile attribute values in the departments of a
 * <message-us-launcher> (a button and a banner, in panels of Messages
 * links, web fallbacks and QR hand-off codes): every attribute they read,
 * every payload of the corpus; see hostile-launcher.ts.
 */
import '../../src/message-us-launcher/index.js';
import {ATTRIBUTES} from './harness.js';
import {useArena} from './hostile.js';
import {expectLauncherAttributeHarmless} from './hostile-launcher.js';
import {PAYLOADS} from './payloads.js';

export const DEPARTMENT_ATTRIBUTES = [
  ...new Set([...ATTRIBUTES['message-us-button'], ...ATTRIBUTES['message-us-banner']]),
];

/**
 * The suite for one half of the department attributes. Two files, because
 * the whole corpus on every attribute takes WebKit longer than the runner
 * gives one file.
 */
export function departmentSuite(half: 0 | 1): void {
  const middle = Math.ceil(DEPARTMENT_ATTRIBUTES.length / 2);
  const attributes =
    half === 0 ? DEPARTMENT_ATTRIBUTES.slice(0, middle) : DEPARTMENT_ATTRIBUTES.slice(middle);
  describe(`<message-us-launcher> departments with hostile attribute values (${half + 1} of 2)`, () => {
    const arena = useArena();

    for (const attribute of attributes) {
      it(`${attribute}: no script, request, exception, bad link, markup or QR code`, async function () {
        this.timeout(60_000);
        await expectLauncherAttributeHarmless(arena, 'departments', attribute, PAYLOADS);
      });
    }
  });
}
