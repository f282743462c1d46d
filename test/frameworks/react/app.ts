// The React app of test/frameworks/react.test.ts, rendered to a string by
// React's server renderer in Node (test/frameworks/server.mjs) and hydrated
// in the browser: React is passed in, so the same file runs against Node's
// React and the browser's bundle.
import type * as ReactModule from 'react';
import type {MessageUsClickDetail, Outcome} from '../../../src/index.js';
import type {MessageUsElement} from '../../../src/shared/message-us-element.js';

export interface AppProps {
  businessId: string;
  intent: string;
  phone: string;
  /** The button's clicks, through a listener added in an effect. */
  onButtonClick?: (detail: MessageUsClickDetail) => void;
  /** The button's outcome once React has mounted or hydrated it. */
  onButtonReady?: (outcome: Outcome) => void;
  /** The banner's clicks, through React 19's `onmessage-us-click` prop. */
  onBannerClick?: (detail: MessageUsClickDetail) => void;
}

export function App(React: typeof ReactModule, props: AppProps): ReactModule.ReactElement {
  const h = React.createElement;

  // The listener in an effect works after hydration too: React 19 adds the
  // `on…` listeners of custom elements only when it renders them itself,
  // not when it hydrates server HTML.
  function ContactButton() {
    const ref = React.useRef<MessageUsElement>(null);
    React.useEffect(() => {
      const element = ref.current!;
      const onClick = (event: CustomEvent<MessageUsClickDetail>) => {
        event.preventDefault();
        props.onButtonClick?.(event.detail);
      };
      element.addEventListener('message-us-click', onClick);
      props.onButtonReady?.(element.outcome);
      return () => element.removeEventListener('message-us-click', onClick);
    }, []);
    return h('message-us-button', {
      ref,
      id: 'react-button',
      'business-id': props.businessId,
      intent: props.intent,
      theme: 'light',
      unsupported: 'fallback',
      phone: props.phone,
      className: 'cta',
    });
  }

  return h(
    'main',
    null,
    h(ContactButton),
    h('message-us-banner', {
      id: 'react-banner',
      'business-id': props.businessId,
      platform: 'apple',
      orientation: 'vertical',
      'onmessage-us-click': (event: CustomEvent<MessageUsClickDetail>) => {
        event.preventDefault();
        props.onBannerClick?.(event.detail);
      },
    })
  );
}
