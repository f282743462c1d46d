/**
 * Stands in for `src/core/hours-i18n.ts` in the per-language CDN bundles
 * with business hours (`dist/cdn/message-us-hours.<locale>.js`): one
 * locale's after-hours words; the build replaces this placeholder (see
 * `./labels.ts`).
 *
 * @module
 */
export const BACK_TEMPLATES: Readonly<Record<string, string>> = {xx: '@@BACK@@'};
