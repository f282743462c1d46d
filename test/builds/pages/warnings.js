/* global console, customElements, document, location, parent, setTimeout, window, Node, URLSearchParams -- browser globals of a test page script */
// Records the [message-us] warnings of the page (without the element each
// one points at), loads the bundle the query names, clicks the ga4 button
// once (no gtag on this page) and reports to the parent frame.
(function () {
  'use strict';
  var warnings = [];
  var errors = [];
  var warn = console.warn;
  console.warn = function () {
    var text = Array.prototype.filter
      .call(arguments, function (arg) {
        return !(arg instanceof Node);
      })
      .map(String)
      .join(' ');
    if (text.indexOf('[message-us]') === 0) warnings.push(text);
    else warn.apply(console, arguments);
  };
  window.addEventListener('error', function (event) {
    errors.push('error: ' + event.message);
  });
  // The ga4 click must not navigate the frame.
  window.addEventListener('click', function (event) {
    event.preventDefault();
  });

  var build = new URLSearchParams(location.search).get('build');
  var script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/message-us' + (build === 'development' ? '.dev' : '') + '.js';
  script.onerror = function () {
    errors.push('failed to load ' + script.src);
  };
  document.head.append(script);

  customElements.whenDefined('message-us-button').then(function () {
    var elements = Array.prototype.slice.call(document.querySelectorAll('message-us-button'));
    return Promise.all(
      elements.map(function (element) {
        return element.updateComplete;
      })
    )
      .then(function () {
        document.getElementById('ga4').shadowRoot.querySelector('a').click();
        // The contrast checks run after a task.
        return new Promise(function (resolve) {
          setTimeout(resolve, 100);
        });
      })
      .then(function () {
        parent.postMessage(
          {
            kind: 'message-us-probe',
            page: location.pathname + location.search,
            warnings: warnings,
            errors: errors,
          },
          location.origin
        );
      });
  });
})();
