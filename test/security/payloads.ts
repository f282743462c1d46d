/**
 * Hostile attribute values: what a CMS field, a spreadsheet cell or an
 * attacker who controls one of them can put into an attribute. Every payload
 * that could run script tries to set the global canary `window.__pwned`
 * (never `alert`, which would block the test), and every payload that could
 * make a request asks for a file named `x`, so a test only has to look for
 * one canary and one URL.
 */

/** The global a successful injection sets. */
export const CANARY = '__pwned';

/** The file name hostile payloads try to load. */
export const BAIT = 'x';

export interface Payload {
  /** Short, unique, printable: shown in failure messages. */
  name: string;
  value: string;
}

const RUN = `window.${CANARY}=1`;
const RUN_TOP = `window.top.${CANARY}=1`;
const MEGABYTE = 1 << 20;

/**
 * At least 50 payloads, by family. Kept in one flat list so every test
 * iterates the same corpus.
 */
export const PAYLOADS: readonly Payload[] = [
  // Markup and script injection.
  {name: 'img onerror (double quote)', value: `"><img src=${BAIT} onerror=${RUN}>`},
  {name: 'img onerror (single quote)', value: `'><img src=${BAIT} onerror=${RUN}>`},
  {name: 'img onerror (no quote)', value: `<img src=${BAIT} onerror="${RUN}">`},
  {name: 'script element', value: `<script>${RUN}</script>`},
  {name: 'end of script', value: `</script><script>${RUN}</script>`},
  {name: 'svg onload', value: `<svg onload=${RUN}>`},
  {name: 'iframe javascript src', value: `<iframe src="javascript:${RUN_TOP}"></iframe>`},
  {name: 'iframe srcdoc', value: `<iframe srcdoc="<script>${RUN_TOP}</script>"></iframe>`},
  {name: 'anchor javascript href', value: `<a href="javascript:${RUN}">x</a>`},
  {name: 'style import', value: `<style>@import '${BAIT}';</style>`},
  {name: 'link stylesheet', value: `<link rel=stylesheet href=${BAIT}>`},
  {name: 'object data', value: `<object data=${BAIT}></object>`},
  {name: 'comment break-out', value: `--><img src=${BAIT} onerror=${RUN}><!--`},
  {
    name: 'mutation XSS (math/style)',
    value: `<math><mtext><table><mglyph><style><img src=${BAIT} onerror=${RUN}>`,
  },
  {
    name: 'noscript break-out',
    value: `<noscript><p title="</noscript><img src=${BAIT} onerror=${RUN}>">`,
  },
  {name: 'entity-encoded markup', value: `&lt;img src=${BAIT} onerror=${RUN}&gt;`},
  {name: 'attribute break-out', value: `x" onmouseover="${RUN}" autofocus onfocus="${RUN}`},
  {name: 'Lit marker', value: `<?lit$123456789$>lit$123456789$$lit$`},
  {name: 'Lit attribute marker', value: `x$lit$" onerror=${RUN} y="`},
  {name: 'template literal', value: `\${${RUN}}`},
  {name: 'backticks', value: `\`;${RUN};\``},
  {name: 'mustache template', value: `{{constructor.constructor('${RUN}')()}}`},
  {name: 'JSON break-out', value: `"});${RUN};({"`},

  // URLs in the wrong scheme, plain and disguised.
  {name: 'javascript: URL', value: `javascript:${RUN}`},
  {name: 'mixed-case javascript:', value: `JaVaScRiPt:${RUN}`},
  {name: 'javascript: with tab', value: `java\tscript:${RUN}`},
  {name: 'javascript: with newline', value: `java\nscript:${RUN}`},
  {name: 'javascript: after NUL', value: `\u0000javascript:${RUN}`},
  {name: 'javascript: after C0 controls', value: `\u0001\u001f javascript:${RUN}`},
  {name: 'javascript: after spaces', value: `   javascript:${RUN}`},
  {name: 'javascript: comment trick', value: `javascript://%0A${RUN}`},
  {name: 'entity-encoded javascript:', value: `&#106;avascript:${RUN}`},
  {name: 'hex-entity javascript:', value: `&#x6A;&#x61;vascript:${RUN}`},
  {name: 'named-entity colon', value: `javascript&colon;${RUN}`},
  {name: 'percent-encoded javascript:', value: `%6Aavascript:${RUN}`},
  {name: 'data: HTML', value: `data:text/html,<script>${RUN_TOP}</script>`},
  {
    name: 'data: base64',
    value: `data:text/html;base64,${btoa(`<script>${RUN_TOP}</script>`)}`,
  },
  {name: 'DaTa: SVG', value: `DaTa:image/svg+xml,<svg onload=${RUN_TOP}>`},
  {name: 'vbscript: URL', value: 'vbscript:msgbox(1)'},
  {name: 'mixed-case vbscript:', value: 'VbScRiPt:msgbox(1)'},
  {name: 'file: URL', value: 'file:///etc/passwd'},
  {name: 'blob: URL', value: 'blob:https://evil.example/0000'},
  {name: 'user-info phishing URL', value: 'https://bank.example@evil.example/'},
  {name: 'tel: hiding javascript:', value: `tel:javascript:${RUN}`},
  {name: 'phone with markup', value: `+1 216 395 4902"><img src=${BAIT} onerror=${RUN}>`},
  {name: 'phone with extension', value: '+12163954902;ext=1;phone-context=javascript:1'},
  {name: 'http URL with markup', value: `https://example.com/"><img src=${BAIT} onerror=${RUN}>`},
  {
    name: 'UUID with markup',
    value: `22222222-dddd-4444-bbbb-777777777777"><img src=${BAIT} onerror=${RUN}>`,
  },
  {name: 'UUID with newline and URL', value: `22222222-dddd-4444-bbbb-777777777777\njavascript:1`},

  // Quotes and escapes.
  {name: 'double quote', value: '"'},
  {name: 'single quote', value: "'"},
  {name: 'backtick', value: '`'},
  {name: 'backslashes', value: '\\\\"\\\''},
  {name: 'string break-out', value: `"; ${RUN}; "`},

  // CSS injection (colour, font and size attributes end up in styles).
  {name: 'CSS declaration break-out', value: `red;background:url(${BAIT})`},
  {name: 'CSS break-out with spaces', value: `red; background-image: url("${BAIT}")`},
  {name: 'CSS !important break-out', value: `red !important;background:url(${BAIT})`},
  {name: 'CSS rule break-out', value: `red}:host{background:url(${BAIT})}`},
  {name: 'CSS style break-out', value: `red</style><img src=${BAIT} onerror=${RUN}>`},
  {name: 'CSS expression()', value: `expression(${RUN})`},
  {name: 'CSS url(javascript:)', value: `url(javascript:${RUN})`},
  {name: 'CSS url()', value: `url(${BAIT})`},
  {name: 'CSS @import', value: `@import url(${BAIT});`},
  {name: 'CSS image-set()', value: `image-set("${BAIT}" 1x)`},
  {name: 'CSS var() fallback url', value: `var(--nope, url(${BAIT}))`},
  {name: 'CSS escaped semicolon', value: `red\\;background:url(${BAIT})`},
  {name: 'CSS comment break-out', value: `red/**/;background:url(${BAIT})`},
  {name: 'font list break-out', value: `Georgia, serif; background: url(${BAIT})`},

  // Unicode that confuses people or parsers.
  {name: 'right-to-left override', value: '\u202Egnp.exe'},
  {name: 'bidi isolates', value: '\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D'},
  {name: 'zero-width characters', value: '\u200B\u200C\u200D\uFEFF'},
  {name: 'line and paragraph separators', value: '\u2028\u2029'},
  {name: 'NUL', value: '\u0000'},
  {name: 'NUL inside', value: 'a\u0000b'},
  {name: 'control characters', value: '\r\n\t\f\v\u0085\u007F'},
  {name: 'lone high surrogate', value: '\uD800'},
  {name: 'lone low surrogate', value: '\uDC00'},
  {name: 'reversed surrogate pair', value: '\uDC00\uD800'},
  {name: 'noncharacters', value: '\uFFFE\uFFFF'},
  {name: 'astral and combining', value: '\u{1F4AC}\u0301\u0301\u0301\u{10FFFF}'},
  {name: 'full-width markup', value: '\uFF1Cscript\uFF1E'},

  // Sizes.
  {name: '1 MB of A', value: 'A'.repeat(MEGABYTE)},
  {name: '1 MB of markup', value: `<img src=${BAIT} onerror=${RUN}>`.repeat(MEGABYTE / 32)},
  {name: '1 MB of digits', value: `+${'9'.repeat(MEGABYTE - 1)}`},
  {name: 'empty', value: ''},
  {name: 'spaces', value: '   '},

  // Numbers and keywords.
  {name: 'NaN', value: 'NaN'},
  {name: 'Infinity', value: 'Infinity'},
  {name: 'negative', value: '-1'},
  {name: 'overflowing number', value: '1e309'},
  {name: 'hexadecimal', value: '0x10'},
  {name: 'null', value: 'null'},
  {name: 'undefined', value: 'undefined'},
  {name: 'false', value: 'false'},

  // Prototype keys (lookups in plain objects).
  {name: '__proto__', value: '__proto__'},
  {name: 'constructor', value: 'constructor'},
  {name: 'prototype', value: 'prototype'},
  {name: 'toString', value: 'toString'},
  {name: 'hasOwnProperty', value: 'hasOwnProperty'},
  {name: '__defineGetter__', value: '__defineGetter__'},

  // Percent-encoding.
  {name: 'percent-encoded NUL', value: '%00'},
  {name: 'percent-encoded markup', value: `%3Cimg%20src%3D${BAIT}%20onerror%3D${RUN}%3E`},
  {name: 'malformed percent-encoding', value: '%E0%A4%A%'},
];

/**
 * Payloads shorter than a kilobyte: building blocks for generated strings,
 * where a megabyte per sample would only slow the property tests down.
 */
export const SMALL_PAYLOADS: readonly string[] = PAYLOADS.filter(
  ({value}) => value.length < 1024
).map(({value}) => value);
