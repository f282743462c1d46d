// Writes under some gallery examples what the element decided, so the
// fallback section shows where each link goes without opening devtools.

/** @param {HTMLOutputElement} output @param {Element} element */
function describe(output, element) {
  const el = /** @type {Element & {outcome?: string, href?: string | null}} */ (element);
  switch (el.outcome) {
    case 'messages':
      output.textContent = 'Opens Apple Messages';
      break;
    case 'fallback':
      output.textContent = `Opens ${el.href}`;
      break;
    case 'hidden':
      output.textContent = 'Renders nothing';
      break;
    default:
      output.textContent = 'Invalid configuration';
  }
}

for (const output of document.querySelectorAll('output[data-outcome]')) {
  const figure = output.closest('figure');
  const element = figure?.querySelector('message-us-button, message-us-banner');
  if (!(output instanceof HTMLOutputElement) || !element) continue;
  element.addEventListener('message-us-outcome', () => describe(output, element));
  customElements
    .whenDefined(element.localName)
    .then(() => /** @type {any} */ (element).updateComplete)
    .then(() => describe(output, element));
}
