// Must NOT type-check: each line marked in test/node/framework-types.test.mjs
// is one error, and there is no other.
import type {} from 'message-us/types/react';

const ID = '22222222-dddd-4444-bbbb-777777777777';

export const wrongTheme = <message-us-button business-id={ID} theme="purple" />;

export const bannerOnlyOnButton = <message-us-button business-id={ID} orientation="vertical" />;

export const notANumber = <message-us-banner business-id={ID} scale="big" />;

export const wrongListener = (
  <message-us-button business-id={ID} onmessage-us-click={(event: KeyboardEvent) => event.key} />
);
