// Type-checks with message-us/types/svelte: the SvelteHTMLElements entries
// svelte-check reads for <message-us-button> in markup.
import type {} from 'message-us/types/svelte';
import type {SvelteHTMLElements} from 'svelte/elements';

export const button: SvelteHTMLElements['message-us-button'] = {
  'business-id': '22222222-dddd-4444-bbbb-777777777777',
  intent: 'billing',
  theme: 'auto',
  'icon-only': true,
  class: 'cta',
  'onmessage-us-click': (event) => console.log(event.detail.href),
};

export const banner: SvelteHTMLElements['message-us-banner'] = {
  'business-id': '22222222-dddd-4444-bbbb-777777777777',
  orientation: 'vertical',
  rounded: 'false',
};
