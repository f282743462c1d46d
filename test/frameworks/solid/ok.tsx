/** @jsxImportSource solid-js */
// Type-checks with message-us/types/solid: attributes as written and
// Solid's native listener syntax, on:message-us-click.
import type {} from 'message-us/types/solid';

export const Contact = () => (
  <message-us-button
    business-id="22222222-dddd-4444-bbbb-777777777777"
    intent="billing"
    theme="dark"
    shape="circle"
    class="cta"
    on:message-us-click={(event) => console.log(event.detail.href)}
  />
);
