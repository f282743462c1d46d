/**
 * The hostile-attribute suite of one element: every attribute it reads,
 * every payload of the corpus, plus the blocked cases on their own.
 */
import {ATTRIBUTES, type Tag} from './harness.js';
import {expectAttributeHarmless, useArena} from './hostile.js';
import {PAYLOADS} from './payloads.js';

export function describeHostileElement(tag: Tag): void {
  describe(`<${tag}> with hostile attribute values`, () => {
    const arena = useArena();

    for (const attribute of ATTRIBUTES[tag]) {
      it(`${attribute}: no script, request, exception or bad link`, async function () {
        // WebKit needs several seconds for the colour attributes, whose
        // contrast check reads computed styles after every render.
        this.timeout(60_000);
        await expectAttributeHarmless(arena, tag, attribute, PAYLOADS);
      });
    }
  });
}
