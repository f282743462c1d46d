// Type-checks with message-us/types/react (test/node/framework-types.test.mjs):
// every attribute with its literal union, class, children, ref and the
// `on` + event name listeners React 19 adds to custom elements.
import type {} from 'message-us/types/react';
import type {
  MessageUsButtonElement,
  MessageUsClickDetail,
  MessageUsOutcomeDetail,
} from 'message-us';
import {useRef} from 'react';

const ID = '22222222-dddd-4444-bbbb-777777777777';

export function Contact({onOutcome}: {onOutcome: (detail: MessageUsOutcomeDetail) => void}) {
  const button = useRef<MessageUsButtonElement>(null);
  return (
    <footer className="contact">
      <message-us-button
        ref={button}
        business-id={ID}
        intent="billing"
        body={'A & "quoted" question'}
        theme="light"
        shape="pill"
        scale="1.5"
        icon-only
        unsupported="fallback"
        fallback-channel="phone"
        phone="+12163954902"
        class="cta"
        id="chat"
        style={{marginTop: 8}}
        aria-label="Chat with billing"
        data-track="footer"
        onmessage-us-click={(event) => {
          const detail: MessageUsClickDetail = event.detail;
          if (detail.channel !== 'messages') event.preventDefault();
        }}
        onmessage-us-outcome={(event) => onOutcome(event.detail)}
      >
        <span slot="label">Chat with Billing</span>
      </message-us-button>
      <message-us-banner
        business-id={ID}
        orientation="vertical"
        rounded="false"
        scale={1.2}
        text-color="#1b3f68"
      />
    </footer>
  );
}
