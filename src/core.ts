/**
 * message-us/core.js: the pure functions behind the elements, for servers,
 * CMS plugins and configurators. No DOM access, no `lit`.
 */
export * from './core/errors.js';
export * from './core/types.js';
export * from './core/messages-url.js';
export * from './core/platform.js';
export * from './core/fallback.js';
export * from './core/i18n.js';
export * from './core/options.js';
export * from './core/outcome.js';
export * from './core/apple-markup.js';
