/* global customElements, document, setTimeout, window -- browser globals of a test page script */
// Reports once the compatibility layer has rendered every container. Module
// scripts run in order, so the bundle has already started the layer; a
// container added now is rendered by its MutationObserver, which runs
// before the next task.
const ID = '22222222-dddd-4444-bbbb-777777777777';

async function main() {
  await Promise.all([
    customElements.whenDefined('message-us-button'),
    customElements.whenDefined('message-us-banner'),
  ]);
  const late = document.createElement('div');
  late.id = 'message-late';
  late.className = 'apple-business-chat-message-container';
  late.setAttribute('data-apple-business-id', ID);
  late.setAttribute('data-message-us-platform', 'apple');
  document.body.append(late);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await window.__probe.report({
    appleBusinessChat: typeof window.appleBusinessChat?.refresh === 'function',
  });
}

main();
