/* global customElements, document, window -- browser globals of a test page script */
// Elements created by script and changed after their first render, so both
// the first-render and the update paths run under the policy.
const ID = '22222222-dddd-4444-bbbb-777777777777';

function create(tag, id, attributes) {
  const element = document.createElement(tag);
  element.id = id;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.getElementById('dynamic').append(element);
  return element;
}

async function main() {
  await Promise.all([
    customElements.whenDefined('message-us-button'),
    customElements.whenDefined('message-us-banner'),
  ]);

  const button = create('message-us-button', 'dynamic-button', {
    'business-id': ID,
    platform: 'apple',
  });
  const banner = create('message-us-banner', 'dynamic-banner', {
    'business-id': ID,
    platform: 'apple',
  });
  await Promise.all([button.updateComplete, banner.updateComplete]);

  button.setAttribute('background', '#ffffff');
  button.setAttribute('color', '#000000');
  button.setAttribute('scale', '2');
  button.setAttribute('shape', 'pill');
  banner.setAttribute('font-family', 'Georgia, serif');
  banner.setAttribute('background', 'rebeccapurple');
  banner.setAttribute('rounded', 'false');
  banner.setAttribute('platform', 'other');
  banner.setAttribute('phone', '+44 20 7946 0000');

  await window.__probe.report();
}

main();
