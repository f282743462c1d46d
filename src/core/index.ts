/**
 * message-us/core.js: the pure functions behind the elements, for servers,
 * CMS plugins and configurators. No DOM access, no `lit`.
 */
export * from './errors.js';
export * from './types.js';
export * from './messages-url.js';
export * from './platform.js';
export * from './fallback.js';
export * from './i18n.js';
export * from './options.js';
export * from './outcome.js';
export * from './apple-markup.js';
export * from './schema.js';
export * from './view.js';
export * from './schema-docs.js';
export * from './analytics.js';
export * from './warning-codes.js';
