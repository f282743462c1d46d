// Type-checks with message-us/types/vue: the GlobalComponents entries that
// vue-tsc reads for <message-us-button> in templates, used here through
// h() so plain tsc checks the same props.
import type {} from 'message-us/types/vue';
import {defineComponent, h, type GlobalComponents} from 'vue';

declare const MessageUsButton: GlobalComponents['message-us-button'];
declare const MessageUsBanner: GlobalComponents['message-us-banner'];

export default defineComponent({
  setup() {
    return () => [
      h(MessageUsButton, {
        businessId: '22222222-dddd-4444-bbbb-777777777777',
        intent: 'billing',
        theme: 'light',
        shape: 'pill',
        iconOnly: true,
        class: 'cta',
        onMessageUsClick: (event) => console.log(event.detail.href),
        onMessageUsOutcome: (event) => console.log(event.detail.outcome),
      }),
      h(MessageUsBanner, {
        businessId: '22222222-dddd-4444-bbbb-777777777777',
        orientation: 'vertical',
      }),
    ];
  },
});
