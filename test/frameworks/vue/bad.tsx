// Must NOT type-check (see test/node/framework-types.test.mjs).
import type {} from 'message-us/types/vue';
import {h, type GlobalComponents} from 'vue';

declare const MessageUsButton: GlobalComponents['message-us-button'];

export const wrongTheme = h(MessageUsButton, {theme: 'purple'});
