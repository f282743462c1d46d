/**
 * Default labels of the elements, and the BCP 47 matching that picks a set
 * of them for a `lang` value.
 *
 * The labels themselves are in `./labels.ts`, one string of `|`-separated
 * fields per locale, split the first time the locale is used.
 */
import {LABELS as DATA, ownLocale} from './labels.js';

/** Apple's four standard button titles, as values of the `preset` attribute. */
export type LabelPreset = 'message-us' | 'get-help' | 'ask-a-question' | 'contact-an-agent';

/** Every {@link LabelPreset}, the default (`message-us`) first. */
export const LABEL_PRESETS: readonly LabelPreset[] = Object.freeze([
  'message-us',
  'get-help',
  'ask-a-question',
  'contact-an-agent',
]);

/** The default texts of the elements in one locale. */
export interface LocaleStrings {
  /** Apple's four button titles: "Message Us", "Get Help", "Ask a Question", "Contact an Agent". */
  readonly presets: Readonly<Record<LabelPreset, string>>;
  /** Label of the phone fallback ("Call Us"). */
  readonly call: string;
  /** Label of the web fallback ("Contact Us"). */
  readonly web: string;
  /** Label of the SMS fallback ("Text Us"). */
  readonly sms: string;
  /** Label of the WhatsApp fallback ("Chat on WhatsApp"). */
  readonly whatsapp: string;
  /** Accessible description of the Messages link ("Opens Apple Messages"). */
  readonly opensIn: string;
  /** Default supporting text of the banner. */
  readonly bannerContext: string;
}

// Apple's design guidelines say to name the channel "Apple Messages for
// Business" or "Apple Messages", not "chat", "text" or "iMessage"; they say
// nothing about translating it. The English name is kept in every language
// because it is the one the guidelines give, and writing it once keeps the
// translations from drifting. A site that prefers the local app name
// (Nachrichten, Mensajes, メッセージ…) sets its own `context` or label.
const BRAND = 'Apple Messages';

/** Canonical tags of every locale with its own labels; `'en'` first. */
export const SUPPORTED_LOCALES: readonly string[] = Object.freeze(Object.keys(DATA));

// Tags whose language has its labels under another code, as `from:to`:
// deprecated codes (iw, in, ji, mo); individual languages of a
// macrolanguage we translate (Standard Arabic arb, Dari prs, Iranian Persian
// pes, Standard Malay zsm, Mandarin cmn); Norwegian in general and Nynorsk,
// whose readers read Bokmål; and Bosnian. Bosnian gets the Croatian labels:
// both are ijekavian standards of one language, every label in the table is
// worded the same in Bosnian, and Latin, the script of the labels, is the
// one most Bosnian is written in; English would serve its readers worse.
// Serbian is not mapped: its standard is ekavian (savetnik where the labels
// say savjetnik) and mostly written in Cyrillic.
// A Map, not an object: a tag such as `constructor` must not find anything.
const ALIASES = new Map(
  'iw:he in:id ji:yi mo:ro no:nb nn:nb bs:hr arb:ar prs:fa pes:fa zsm:ms cmn:zh'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string])
);

// The likely script of a language, and of a language in a region where it
// differs, after CLDR's likely subtags (`pa` is Gurmukhi, `pa-PK` Arabic),
// limited to what this module must tell apart: the right-to-left languages,
// the regions that write a language in the other direction, and Chinese. A
// language not listed is written left to right. Left out to keep the
// bundle small: right-to-left languages rarely written on the web (Mandaic,
// Samaritan, Neo-Aramaic, most minority languages of Iran and Pakistan) and
// rare regional scripts (Kazakh in China, Uyghur in Kazakhstan), which a
// page can still mark with a script subtag (`mid-Mand`, `kk-Arab-CN`). CLDR also
// gives Traditional Chinese for regions such as US, AU and GB, where both
// scripts are in use; only the three regions that write Traditional
// officially are listed.
const LIKELY = new Map<string, string>();
for (const group of [
  'arab:ar arz ary fa ur ps sd ug ks ckb pnb lah mzn lrc azb sdh bal bgn glk skr',
  'arab:pa-pk uz-af az-ir az-iq ku-iq ku-ir',
  'hebr:he yi',
  'syrc:syr',
  'thaa:dv',
  'nkoo:nqo',
  'rohg:rhg',
  'deva:sd-in',
  'hant:yue zh-tw zh-hk zh-mo',
  'hans:zh yue-cn',
]) {
  const [script, tags] = group.split(':');
  for (const tag of tags.split(' ')) LIKELY.set(tag, script);
}

// Scripts written right to left (Unicode bidi class R or AL) that living
// languages use; a tag that names one means right to left whatever its
// language. Historic scripts (Phoenician, Avestan…) are left out: no page
// that shows a contact button is written in them.
const RTL_SCRIPT = /^(adlm|arab|aran|gara|hebr|mand|mend|nkoo|rohg|samr|syr[cejn]|thaa|yezi)$/;

const cache = new Map<string, LocaleStrings>();

/**
 * Splits a language tag into lowercase subtags. Only the first 35 characters
 * are read, so a hostile attribute value costs nothing; extension and
 * private-use parts (from the first one-letter subtag on) are dropped so that
 * `pt-u-ca-gregory` is not mistaken for a region `ca`.
 */
function subtags(lang: unknown): string[] {
  const parts = (typeof lang === 'string' ? lang : '')
    .slice(0, 35)
    .trim()
    .toLowerCase()
    .replace(/_/g, '-')
    .split('-');
  const singleton = parts.findIndex((part, i) => i > 0 && part.length < 2);
  return singleton < 0 ? parts : parts.slice(0, singleton);
}

/**
 * The language (aliases applied), script and region of a tag, lowercase;
 * `''` for a part the tag does not have.
 */
function parts(lang: unknown): [language: string, script: string, region: string] {
  const [first, ...rest] = subtags(lang);
  let language = ALIASES.get(first) ?? first;
  let script = '';
  let region = '';
  rest.forEach((part, i) => {
    if (i === 0 && /^[a-z]{3}$/.test(part)) {
      // zh-CHT and zh-CHS, .NET's old names for Traditional and Simplified
      // Chinese, are still sent by older servers. Otherwise three letters
      // right after the language are an extended language subtag, which
      // names the language: zh-yue is Cantonese, zh-cmn Mandarin. One we
      // have no labels for keeps the language before it (ar-arz is ar).
      if (language === 'zh' && /^ch[st]$/.test(part)) script = part === 'cht' ? 'hant' : 'hans';
      else if (part === 'yue' || ALIASES.has(part)) language = ALIASES.get(part) ?? part;
    } else if (/^[a-z]{4}$/.test(part)) script ||= part;
    else if (/^([a-z]{2}|\d{3})$/.test(part)) region ||= part;
  });
  return [language, script, region];
}

/** The likely script of a language in a region, from {@link LIKELY}; `''` when unlisted. */
function likelyScript(language: string, region: string): string {
  return LIKELY.get(`${language}-${region}`) ?? LIKELY.get(language) ?? '';
}

/**
 * A language tag written as BCP 47 recommends: `-` between subtags, the
 * language lowercase, a script in title case, a region uppercase, and the
 * rest lowercase. Pages write tags such as `pt_BR`; a `lang` attribute needs
 * `pt-BR`.
 *
 * @param tag - Any value.
 * @returns The tag, trimmed and in canonical case; `''` when it is not a
 *   language tag (a language of two or three letters, then subtags of one to
 *   eight letters or digits). Never throws.
 * @example
 * normalizeLanguageTag(' pt_br '); // 'pt-BR'
 * normalizeLanguageTag('ZH-hant-tw'); // 'zh-Hant-TW'
 * normalizeLanguageTag('C.UTF-8'); // ''
 */
export function normalizeLanguageTag(tag: string | null | undefined): string {
  const text = typeof tag === 'string' ? tag.trim().replace(/_/g, '-') : '';
  if (!/^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(text)) return '';
  // Extensions and private use (from the first one-letter subtag on) stay
  // lowercase: their two- and four-letter subtags are not regions or scripts.
  let extension = false;
  return text
    .toLowerCase()
    .split('-')
    .map((part, i) => {
      extension ||= part.length === 1;
      return i === 0 || extension
        ? part
        : /^[a-z]{4}$/.test(part)
          ? part[0].toUpperCase() + part.slice(1)
          : part.length === 2
            ? part.toUpperCase()
            : part;
    })
    .join('-');
}

/**
 * Picks the supported locale for a BCP 47 language tag.
 *
 * Matching is case-insensitive and accepts `_` for `-`. Aliases first:
 * `iw` → `he`, `in` → `id`, `mo` → `ro`, `no` and `nn` → `nb`, `bs` → `hr`,
 * `arb` → `ar`, `prs` and `pes` → `fa`, `zsm` → `ms`, `cmn` → `zh`, and an
 * extended language subtag names the language (`zh-yue` is `yue`). Chinese
 * (`zh`, `yue`) goes by its script subtag (`Hant`, `Hans`, legacy `zh-CHT`,
 * `zh-CHS`), else by region (`TW`, `HK`, `MO` → Traditional; `yue-CN` →
 * Simplified), else by language (`zh` Simplified, `yue` Traditional).
 * Portuguese with a two-letter region other than `BR` → `pt-PT`, else `pt`
 * (Brazilian). Otherwise the language when supported, else `'en'`. Only the
 * first 35 characters are read, and extension or private-use parts are
 * ignored.
 *
 * @param lang - A language tag such as `document.documentElement.lang`; any
 *   value is accepted.
 * @returns One of {@link SUPPORTED_LOCALES}. Never throws.
 * @example
 * resolveLocale('zh-HK'); // 'zh-Hant'
 * resolveLocale('yue'); // 'zh-Hant'
 * resolveLocale('pt_AO'); // 'pt-PT'
 * resolveLocale('x-klingon'); // 'en'
 */
export function resolveLocale(lang: string | null | undefined): string {
  // Asked twice per render of every element, nearly always with the same
  // page language: remembered per tag (a page uses a handful).
  // A per-language CDN bundle has one locale's labels, which stand in for
  // the others (`ownLocale`); in the full bundle it returns the locale.
  if (typeof lang !== 'string') return ownLocale(localeOf(lang), lang);
  let locale = locales.get(lang);
  if (locale === undefined) {
    if (locales.size >= 64) locales.clear();
    locales.set(lang, (locale = ownLocale(localeOf(lang), lang)));
  }
  return locale;
}
const locales = new Map<string, string>();

function localeOf(lang: string | null | undefined): string {
  const [language, script, region] = parts(lang);
  if (language === 'zh' || language === 'yue') {
    const han = /^han[st]$/.test(script) ? script : likelyScript(language, region);
    return han === 'hant' ? 'zh-Hant' : 'zh-Hans';
  }
  if (language === 'pt') {
    // Brazil aside, Portuguese-speaking countries follow Portugal's spelling.
    return /^[a-z]{2}$/.test(region) && region !== 'br' ? 'pt-PT' : 'pt';
  }
  return SUPPORTED_LOCALES.includes(language) ? language : 'en';
}

/**
 * The default texts for a language tag, resolved with {@link resolveLocale}.
 *
 * @param lang - A language tag; any value is accepted.
 * @returns A frozen {@link LocaleStrings}, the same object for every tag that
 *   resolves to the same locale. Never throws.
 * @example
 * localeStrings('de-CH').presets['get-help']; // 'Hilfe erhalten'
 * localeStrings(undefined).opensIn; // 'Opens Apple Messages'
 */
export function localeStrings(lang: string | null | undefined): LocaleStrings {
  const locale = resolveLocale(lang);
  let strings = cache.get(locale);
  if (!strings) {
    const [messageUs, getHelp, ask, agent, call, web, sms, whatsapp, opensIn, bannerContext] = DATA[
      locale
    ]
      .replace(/@/g, BRAND)
      .split('|');
    strings = Object.freeze({
      presets: Object.freeze({
        'message-us': messageUs,
        'get-help': getHelp,
        'ask-a-question': ask,
        'contact-an-agent': agent,
      }),
      call,
      web,
      sms,
      whatsapp,
      opensIn,
      bannerContext,
    });
    cache.set(locale, strings);
  }
  return strings;
}

/**
 * Whether a language is written right to left.
 *
 * A script subtag decides (`Arab`, `Hebr`, `Syrc`, `Thaa`, `Nkoo`, `Adlm`,
 * `Rohg`, `Mand`, `Samr` and the other right-to-left scripts are RTL; `Latn`,
 * `Cyrl`, `Deva` and the rest are not), so `pa-Arab` is and `ar-Latn` is not.
 * Without one, the likely script of the language in its region does, after
 * CLDR's likely subtags: `pa-PK`, `uz-AF`, `az-IR` are Arabic script,
 * `sd-IN` is Devanagari. Then the language: `ar`, `he`, `fa`, `ur`, `ps`,
 * `sd`, `ug`, `yi`, `dv`, `ckb`, `ks`, `syr`, `nqo`, `pnb`, `prs`, `mzn`,
 * `lrc`, `azb`, `sdh` and a few more are RTL; any other language is not.
 * This describes the tag, not the labels: `ps` is RTL yet its labels fall
 * back to English. For the direction of a default label, ask
 * `isRtl(resolveLocale(lang))`.
 *
 * @param lang - A language tag; any value is accepted.
 * @returns `true` for a right-to-left language or script. Never throws.
 * @example
 * isRtl('ar-EG'); // true
 * isRtl('pa-PK'); // true
 * isRtl('pa-Guru-PK'); // false
 * isRtl('en'); // false
 */
export function isRtl(lang: string | null | undefined): boolean {
  // Asked on every render of every element without an explicit `dir`.
  if (typeof lang !== 'string') return rtlOf(lang);
  let rtl = rtls.get(lang);
  if (rtl === undefined) {
    if (rtls.size >= 64) rtls.clear();
    rtls.set(lang, (rtl = rtlOf(lang)));
  }
  return rtl;
}
const rtls = new Map<string, boolean>();

function rtlOf(lang: string | null | undefined): boolean {
  const [language, script, region] = parts(lang);
  return RTL_SCRIPT.test(script || likelyScript(language, region));
}
