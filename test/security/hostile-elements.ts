/**
 * The hostile-attribute suite of one element: every attribute it reads,
 * every payload of the corpus, plus the blocked cases on their own.
 */
import {ATTRIBUTES, type Tag} from './harness.js';
import {BLOCKED, blockedPayloads, expectAttributeHarmless, isBlocked, useArena} from './hostile.js';
import {PAYLOADS} from './payloads.js';

export function describeHostileElement(tag: Tag): void {
  describe(`<${tag}> with hostile attribute values`, () => {
    const arena = useArena();

    for (const attribute of ATTRIBUTES[tag]) {
      it(`${attribute}: no script, request, exception or bad link`, async function () {
        // WebKit needs several seconds for the colour attributes, whose
        // contrast check reads computed styles after every render.
        this.timeout(60_000);
        const payloads = PAYLOADS.filter((payload) => !isBlocked(attribute, payload));
        await expectAttributeHarmless(arena, tag, attribute, payloads);
      });
    }

    for (const entry of BLOCKED) {
      for (const attribute of ATTRIBUTES[tag].filter((a) => entry.attributes.test(a))) {
        // BLOCKED: see the fix named in BLOCKED (test/security/hostile.ts).
        it.skip(`BLOCKED ${attribute}: ${entry.fix}`, async () => {
          await expectAttributeHarmless(arena, tag, attribute, blockedPayloads(entry));
        });
      }
    }
  });
}
