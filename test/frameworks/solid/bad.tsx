/** @jsxImportSource solid-js */
// Must NOT type-check (see test/node/framework-types.test.mjs).
import type {} from 'message-us/types/solid';

export const wrongTheme = <message-us-button business-id="x" theme="purple" />;
