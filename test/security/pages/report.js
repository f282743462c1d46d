/* global customElements, document, setTimeout, window -- browser globals of a test page script */
// The last script of the double-loading pages: reports once both elements
// are defined and every element and container has rendered.
async function main() {
  await Promise.all([
    customElements.whenDefined('message-us-button'),
    customElements.whenDefined('message-us-banner'),
  ]);
  // An Apple-compat layer renders containers from a MutationObserver or on
  // start; a task boundary lets it finish.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const containers = {};
  for (const div of document.querySelectorAll('[class^="apple-business-chat-"]')) {
    containers[div.id] = div.children.length;
  }
  await window.__probe.report({containers});
}

main();
