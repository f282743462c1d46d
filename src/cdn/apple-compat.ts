/**
 * The CDN bundle for sites moving from Apple's embed script: both elements
 * and the compatibility layer in one file, Lit inside. It exports nothing,
 * so the file also runs from a plain `<script src>` like Apple's: replacing
 * the URL is the whole migration. Pages that need the API import
 * `message-us/apple-compat.js` instead.
 */
import '../apple-compat/index.js';
