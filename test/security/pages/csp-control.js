/* global document, window -- browser globals of a test page script */
// A string assigned to innerHTML is a Trusted Types violation wherever the
// engine enforces `require-trusted-types-for 'script'`; elsewhere it is
// allowed. The report says which, so the test expects the right thing.
const trustedTypes = typeof window.trustedTypes === 'object' && window.trustedTypes !== null;
let threw = false;
try {
  document.createElement('div').innerHTML = '<b>untrusted</b>';
} catch {
  threw = true;
}
window.__probe.report({trustedTypes, threw});
