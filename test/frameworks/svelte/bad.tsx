// Must NOT type-check (see test/node/framework-types.test.mjs).
import type {} from 'message-us/types/svelte';
import type {SvelteHTMLElements} from 'svelte/elements';

export const wrongTheme: SvelteHTMLElements['message-us-button'] = {theme: 'purple'};
