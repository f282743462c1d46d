import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  LABEL_PRESETS,
  SUPPORTED_LOCALES,
  isRtl,
  localeStrings,
  normalizeLanguageTag,
  resolveLocale,
} from '../../src/core/i18n.js';
import type {LocaleStrings} from '../../src/core/i18n.js';

const LONG = 'a'.repeat(100_000);

// Strong right-to-left characters: Hebrew, Arabic, Syriac, Thaana and the
// Arabic presentation forms.
const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

function labels(strings: LocaleStrings): string[] {
  return [
    ...LABEL_PRESETS.map((preset) => strings.presets[preset]),
    strings.call,
    strings.web,
    strings.sms,
    strings.whatsapp,
  ];
}

function allStrings(strings: LocaleStrings): string[] {
  return [...labels(strings), strings.opensIn, strings.bannerContext];
}

describe('i18n', () => {
  describe('LABEL_PRESETS', () => {
    it("lists Apple's four titles, the default first", () => {
      expect(LABEL_PRESETS).to.deep.equal([
        'message-us',
        'get-help',
        'ask-a-question',
        'contact-an-agent',
      ]);
    });

    it('is frozen', () => {
      expect(Object.isFrozen(LABEL_PRESETS)).to.equal(true);
    });
  });

  describe('SUPPORTED_LOCALES', () => {
    it('lists the canonical tags, English first', () => {
      expect(SUPPORTED_LOCALES).to.deep.equal([
        'en',
        'ar',
        'he',
        'fa',
        'ur',
        'de',
        'fr',
        'es',
        'it',
        'pt',
        'pt-PT',
        'nl',
        'sv',
        'da',
        'nb',
        'fi',
        'pl',
        'cs',
        'sk',
        'hu',
        'ro',
        'el',
        'tr',
        'ru',
        'uk',
        'ja',
        'ko',
        'zh-Hans',
        'zh-Hant',
        'th',
        'vi',
        'id',
        'ms',
        'hi',
        'ca',
        'hr',
        'bg',
      ]);
    });

    it('has at least 30 locales', () => {
      expect(SUPPORTED_LOCALES.length).to.be.at.least(30);
    });

    it('includes the four RTL languages', () => {
      expect(['ar', 'he', 'fa', 'ur'].filter((l) => SUPPORTED_LOCALES.includes(l))).to.deep.equal([
        'ar',
        'he',
        'fa',
        'ur',
      ]);
    });

    it('is frozen', () => {
      expect(Object.isFrozen(SUPPORTED_LOCALES)).to.equal(true);
    });

    it('resolves every locale to itself, in any case and with `_`', () => {
      for (const locale of SUPPORTED_LOCALES) {
        expect(resolveLocale(locale), locale).to.equal(locale);
        expect(resolveLocale(locale.toUpperCase()), locale).to.equal(locale);
        expect(resolveLocale(locale.replace('-', '_')), locale).to.equal(locale);
      }
    });
  });

  describe('localeStrings', () => {
    const expected: Array<[string, LocaleStrings]> = [
      [
        'en',
        {
          presets: {
            'message-us': 'Message Us',
            'get-help': 'Get Help',
            'ask-a-question': 'Ask a Question',
            'contact-an-agent': 'Contact an Agent',
          },
          call: 'Call Us',
          web: 'Contact Us',
          sms: 'Text Us',
          whatsapp: 'Chat on WhatsApp',
          opensIn: 'Opens Apple Messages',
          bannerContext: 'Get answers from our team in Apple Messages.',
        },
      ],
      [
        'ar',
        {
          presets: {
            'message-us': 'راسلنا',
            'get-help': 'احصل على المساعدة',
            'ask-a-question': 'اطرح سؤالًا',
            'contact-an-agent': 'تحدث مع موظف',
          },
          call: 'اتصل بنا',
          web: 'تواصل معنا',
          sms: 'أرسل لنا رسالة نصية',
          whatsapp: 'راسلنا عبر WhatsApp',
          opensIn: 'يفتح Apple Messages',
          bannerContext: 'احصل على إجابات من فريقنا في Apple Messages.',
        },
      ],
      [
        'he',
        {
          presets: {
            'message-us': 'שלחו לנו הודעה',
            'get-help': 'לקבלת עזרה',
            'ask-a-question': 'שאלו שאלה',
            'contact-an-agent': 'דברו עם נציג',
          },
          call: 'התקשרו אלינו',
          web: 'צרו קשר',
          sms: 'שלחו לנו SMS',
          whatsapp: 'כתבו לנו ב-WhatsApp',
          opensIn: 'פותח את Apple Messages',
          bannerContext: 'הצוות שלנו יענה לכם ב-Apple Messages.',
        },
      ],
      [
        'de',
        {
          presets: {
            'message-us': 'Schreiben Sie uns',
            'get-help': 'Hilfe erhalten',
            'ask-a-question': 'Frage stellen',
            'contact-an-agent': 'Kundenberatung kontaktieren',
          },
          call: 'Rufen Sie uns an',
          web: 'Kontaktieren Sie uns',
          sms: 'Per SMS schreiben',
          whatsapp: 'Per WhatsApp schreiben',
          opensIn: 'Öffnet Apple Messages',
          bannerContext: 'Unser Team antwortet Ihnen in Apple Messages.',
        },
      ],
      [
        'ja',
        {
          presets: {
            'message-us': 'メッセージを送る',
            'get-help': 'サポートを受ける',
            'ask-a-question': '質問する',
            'contact-an-agent': '担当者に相談する',
          },
          call: '電話をかける',
          web: 'お問い合わせ',
          sms: 'SMSを送る',
          whatsapp: 'WhatsAppで連絡する',
          opensIn: 'Apple Messagesを開きます',
          bannerContext: 'Apple Messagesで担当チームがお答えします。',
        },
      ],
      [
        'zh-Hans',
        {
          presets: {
            'message-us': '给我们发消息',
            'get-help': '获取帮助',
            'ask-a-question': '提问',
            'contact-an-agent': '联系客服',
          },
          call: '致电我们',
          web: '联系我们',
          sms: '发送短信',
          whatsapp: '通过 WhatsApp 联系我们',
          opensIn: '打开 Apple Messages',
          bannerContext: '我们的团队将在 Apple Messages 中为您解答。',
        },
      ],
      [
        'ko',
        {
          presets: {
            'message-us': '메시지 보내기',
            'get-help': '도움 받기',
            'ask-a-question': '질문하기',
            'contact-an-agent': '상담원 연결',
          },
          call: '전화하기',
          web: '문의하기',
          sms: '문자 보내기',
          whatsapp: 'WhatsApp으로 문의하기',
          opensIn: 'Apple Messages 앱이 열립니다',
          bannerContext: 'Apple Messages에서 저희 팀이 답변해 드립니다.',
        },
      ],
      [
        'hr',
        {
          presets: {
            'message-us': 'Pišite nam',
            'get-help': 'Zatražite pomoć',
            'ask-a-question': 'Postavite pitanje',
            'contact-an-agent': 'Razgovarajte sa savjetnikom',
          },
          call: 'Nazovite nas',
          web: 'Kontaktirajte nas',
          sms: 'Pošaljite nam SMS',
          whatsapp: 'Pišite nam na WhatsApp',
          opensIn: 'Otvara Apple Messages',
          bannerContext: 'Naš tim vam odgovara u aplikaciji Apple Messages.',
        },
      ],
      [
        'nl',
        {
          presets: {
            'message-us': 'Stuur ons een bericht',
            'get-help': 'Hulp vragen',
            'ask-a-question': 'Stel een vraag',
            'contact-an-agent': 'Spreek een medewerker',
          },
          call: 'Bel ons',
          web: 'Neem contact op',
          sms: 'Stuur ons een sms',
          whatsapp: 'Chat via WhatsApp',
          opensIn: 'Opent Apple Messages',
          bannerContext: 'Ons team beantwoordt je vragen in Apple Messages.',
        },
      ],
      [
        'el',
        {
          presets: {
            'message-us': 'Στείλτε μας μήνυμα',
            'get-help': 'Ζητήστε βοήθεια',
            'ask-a-question': 'Κάντε μια ερώτηση',
            'contact-an-agent': 'Επικοινωνήστε με εκπρόσωπο',
          },
          call: 'Καλέστε μας',
          web: 'Επικοινωνήστε μαζί μας',
          sms: 'Στείλτε μας SMS',
          whatsapp: 'Γράψτε μας στο WhatsApp',
          opensIn: 'Ανοίγει το Apple Messages',
          bannerContext: 'Η ομάδα μας σας απαντά στο Apple Messages.',
        },
      ],
      [
        'zh-Hant',
        {
          presets: {
            'message-us': '傳訊息給我們',
            'get-help': '取得協助',
            'ask-a-question': '提問',
            'contact-an-agent': '聯絡客服專員',
          },
          call: '致電我們',
          web: '聯絡我們',
          sms: '傳送簡訊',
          whatsapp: '透過 WhatsApp 聯絡我們',
          opensIn: '開啟 Apple Messages',
          bannerContext: '我們的團隊會在 Apple Messages 中為您解答。',
        },
      ],
    ];

    for (const [locale, strings] of expected) {
      it(`gives the exact ${locale} strings`, () => {
        expect(localeStrings(locale)).to.deep.equal(strings);
      });
    }

    it('resolves the tag first', () => {
      expect(localeStrings('zh-HK')).to.equal(localeStrings('zh-Hant'));
    });

    it('gives English for a missing tag', () => {
      expect(localeStrings(null)).to.equal(localeStrings('en'));
    });

    it('gives English for an unsupported language', () => {
      expect(localeStrings('tlh').presets['message-us']).to.equal('Message Us');
    });

    it('returns the same object for tags resolving to one locale', () => {
      expect(localeStrings('de-AT')).to.equal(localeStrings('de_CH'));
    });

    it('returns frozen objects, so one caller cannot change the labels of another', () => {
      const strings = localeStrings('fr');
      expect([Object.isFrozen(strings), Object.isFrozen(strings.presets)]).to.deep.equal([
        true,
        true,
      ]);
    });

    it('fills every key of every locale with trimmed, non-empty text', () => {
      for (const locale of SUPPORTED_LOCALES) {
        const strings = localeStrings(locale);
        expect(Object.keys(strings), locale).to.deep.equal([
          'presets',
          'call',
          'web',
          'sms',
          'whatsapp',
          'opensIn',
          'bannerContext',
        ]);
        expect(Object.keys(strings.presets), locale).to.deep.equal(LABEL_PRESETS);
        for (const text of allStrings(strings)) {
          expect(text, locale).to.match(/^\S(.*\S)?$/s);
        }
      }
    });

    it('leaves no separator or placeholder in any text', () => {
      for (const locale of SUPPORTED_LOCALES) {
        for (const text of allStrings(localeStrings(locale))) {
          expect(text, locale).not.to.match(/[|@]/);
        }
      }
    });

    it('gives eight different labels in every locale', () => {
      for (const locale of SUPPORTED_LOCALES) {
        const all = labels(localeStrings(locale));
        expect(new Set(all).size, locale).to.equal(8);
      }
    });

    it('names the channel "Apple Messages" in every locale', () => {
      for (const locale of SUPPORTED_LOCALES) {
        const {opensIn, bannerContext} = localeStrings(locale);
        expect(opensIn, locale).to.include('Apple Messages');
        expect(bannerContext, locale).to.include('Apple Messages');
      }
    });

    it('keeps the brand name WhatsApp', () => {
      for (const locale of SUPPORTED_LOCALES) {
        expect(localeStrings(locale).whatsapp, locale).to.include('WhatsApp');
      }
    });

    it('never calls the channel "chat", "text" or "iMessage" in English', () => {
      const {opensIn, bannerContext} = localeStrings('en');
      for (const text of [opensIn, bannerContext]) {
        expect(text).not.to.match(/chat|text|imessage/i);
      }
    });

    it('never says "iMessage" in any locale', () => {
      for (const locale of SUPPORTED_LOCALES) {
        for (const text of allStrings(localeStrings(locale))) {
          expect(text, locale).not.to.match(/imessage/i);
        }
      }
    });

    it('addresses the customer with 您, not 你, in Chinese', () => {
      for (const locale of ['zh-Hans', 'zh-Hant']) {
        const texts = allStrings(localeStrings(locale)).join('|');
        expect([texts.includes('您'), texts.includes('你')], locale).to.deep.equal([true, false]);
      }
    });

    it('writes RTL labels exactly for the locales isRtl() reports', () => {
      for (const locale of SUPPORTED_LOCALES) {
        const {presets, bannerContext} = localeStrings(locale);
        expect(RTL_CHAR.test(presets['message-us']), locale).to.equal(isRtl(locale));
        expect(RTL_CHAR.test(bannerContext), locale).to.equal(isRtl(locale));
      }
    });
  });

  describe('resolveLocale', () => {
    const table: Array<[string | null | undefined, string]> = [
      ['en', 'en'],
      ['en-US', 'en'],
      ['EN_gb', 'en'],
      ['  de  ', 'de'],
      ['DE', 'de'],
      ['de-CH', 'de'],
      ['de-', 'de'],
      ['fr-CA', 'fr'],
      ['es-419', 'es'],
      ['ar-EG', 'ar'],
      ['fa-IR', 'fa'],
      ['ur-PK', 'ur'],
      ['he-IL', 'he'],
      ['iw', 'he'],
      ['iw-IL', 'he'],
      ['in-ID', 'id'],
      ['ja-JP-u-ca-japanese', 'ja'],
      ['zh-TW', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['zh-MO', 'zh-Hant'],
      ['zh-Hant', 'zh-Hant'],
      ['zh-Hant-HK', 'zh-Hant'],
      ['zh-Hant-CN', 'zh-Hant'],
      ['ZH_hant_tw', 'zh-Hant'],
      ['zh-Hans-TW', 'zh-Hans'],
      ['zh-Hans', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh', 'zh-Hans'],
      ['zh-x-tw', 'zh-Hans'],
      ['pt-PT', 'pt-PT'],
      ['pt_ao', 'pt-PT'],
      ['pt-Latn-PT', 'pt-PT'],
      ['pt-BR', 'pt'],
      ['pt', 'pt'],
      ['pt-Latn', 'pt'],
      ['pt-u-ca-gregory', 'pt'],
      ['nb-NO', 'nb'],
      ['no', 'nb'],
      ['nn', 'nb'],
      ['nn-NO', 'nb'],
      ['ar-arz', 'ar'],
      ['de-xyz', 'de'],
      ['ji', 'en'],
      ['zh-Latn-TW', 'zh-Hant'],
      ['zh-US', 'zh-Hans'],
      ['pt-419', 'pt'],
      ['sr-Latn-RS', 'en'],
      ['x-klingon', 'en'],
      ['tlh', 'en'],
      ['constructor', 'en'],
      ['__proto__', 'en'],
      ['en US', 'en'],
      ['de DE', 'en'],
      ['', 'en'],
      ['   ', 'en'],
      [null, 'en'],
      [undefined, 'en'],
      [LONG, 'en'],
      [`fr-${LONG}`, 'fr'],
      [`${' '.repeat(35)}de`, 'en'],
      ['en-', 'en'],
      ['-', 'en'],
      ['-de', 'en'],
    ];

    for (const [input, locale] of table) {
      const name =
        typeof input === 'string' && input.length > 40
          ? `${JSON.stringify(input.slice(0, 40))}… (${input.length} chars)`
          : JSON.stringify(input);
      it(`resolves ${name} to ${locale}`, () => {
        expect(resolveLocale(input)).to.equal(locale);
      });
    }

    it('accepts values of any type without throwing', () => {
      for (const value of [42, {}, [], Symbol('x'), () => 'de']) {
        expect(resolveLocale(value as unknown as string)).to.equal('en');
      }
    });

    it('always returns a supported locale', () => {
      fc.assert(
        fc.property(fc.string({unit: 'grapheme', maxLength: 60}), (tag) => {
          expect(SUPPORTED_LOCALES).to.include(resolveLocale(tag));
        })
      );
    });

    it('ignores case and the choice of `-` or `_`', () => {
      const subtag = fc.stringMatching(/^[a-zA-Z]{2,4}$/);
      fc.assert(
        fc.property(
          fc.constantFrom('en', 'de', 'pt', 'zh', 'no', 'iw', 'xx'),
          fc.array(subtag, {maxLength: 3}),
          (language, rest) => {
            const tag = [language, ...rest].join('-');
            expect(resolveLocale(tag.toUpperCase().replace(/-/g, '_'))).to.equal(
              resolveLocale(tag.toLowerCase())
            );
          }
        )
      );
    });
  });

  describe('resolveLocale and isRtl of tags that once fell back to English or LTR', () => {
    // [tag, locale of the labels, written right to left]
    const table: Array<[string, string, boolean]> = [
      // Cantonese: Traditional Chinese unless the tag says Simplified (by
      // script, or by region CN as CLDR's likely subtags do).
      ['yue', 'zh-Hant', false],
      ['yue-HK', 'zh-Hant', false],
      ['yue-Hant', 'zh-Hant', false],
      ['yue-Hans', 'zh-Hans', false],
      ['yue-Hans-HK', 'zh-Hans', false],
      ['yue-CN', 'zh-Hans', false],
      ['yue_hant_cn', 'zh-Hant', false],
      ['zh-yue', 'zh-Hant', false],
      ['zh-yue-CN', 'zh-Hans', false],
      // Mandarin: as zh, by script, then region.
      ['cmn', 'zh-Hans', false],
      ['cmn-CN', 'zh-Hans', false],
      ['cmn-TW', 'zh-Hant', false],
      ['cmn-HK', 'zh-Hant', false],
      ['cmn-Hant', 'zh-Hant', false],
      ['cmn-Hans-TW', 'zh-Hans', false],
      ['zh-cmn-Hant-TW', 'zh-Hant', false],
      // .NET's legacy names.
      ['zh-CHT', 'zh-Hant', false],
      ['zh-CHS', 'zh-Hans', false],
      ['zh_cht', 'zh-Hant', false],
      ['ZH-CHS', 'zh-Hans', false],
      // Deprecated and individual-language codes.
      ['mo', 'ro', false],
      ['mo-MD', 'ro', false],
      ['prs', 'fa', true],
      ['prs-AF', 'fa', true],
      ['pes', 'fa', true],
      ['pes-IR', 'fa', true],
      ['zsm', 'ms', false],
      ['zsm-MY', 'ms', false],
      ['zsm-Arab', 'ms', true],
      ['ms-zsm', 'ms', false],
      ['arb', 'ar', true],
      ['arb-EG', 'ar', true],
      ['ar-arb', 'ar', true],
      // Bosnian reads the Croatian labels.
      ['bs', 'hr', false],
      ['bs-BA', 'hr', false],
      ['bs-Latn-BA', 'hr', false],
      ['bs-Cyrl-BA', 'hr', false],
      // Right-to-left languages without labels of their own.
      ['syr', 'en', true],
      ['nqo', 'en', true],
      ['ks', 'en', true],
      ['ks-IN', 'en', true],
      ['pnb', 'en', true],
      ['mzn', 'en', true],
      ['lrc', 'en', true],
      ['azb', 'en', true],
      ['sdh', 'en', true],
      // Languages whose script, so direction, depends on the region.
      ['pa-PK', 'en', true],
      ['uz-AF', 'en', true],
      ['az-IR', 'en', true],
      ['az-IQ', 'en', true],
    ];

    for (const [tag, locale, rtl] of table) {
      it(`resolves ${JSON.stringify(tag)} to ${locale}, ${rtl ? 'RTL' : 'LTR'}`, () => {
        expect([resolveLocale(tag), isRtl(tag)]).to.deep.equal([locale, rtl]);
      });
    }

    it('agrees on direction with CLDR likely subtags as this engine knows them', () => {
      // An independent check of the likely-script table: the engine's
      // Intl.Locale#maximize() is CLDR's likely subtags. Tags the engine
      // cannot maximize (extended language subtags, legacy names) are skipped.
      const rtlScript = /^(Arab|Hebr|Syrc|Thaa|Nkoo|Adlm|Rohg|Mand|Samr)$/;
      const checked: string[] = [];
      const disagree: string[] = [];
      for (const [tag] of table) {
        let script: string | undefined;
        try {
          script = new Intl.Locale(tag).maximize().script;
        } catch {
          continue;
        }
        if (!script) continue;
        checked.push(tag);
        if (rtlScript.test(script) !== isRtl(tag)) disagree.push(`${tag} (${script})`);
      }
      expect(disagree).to.deep.equal([]);
      // Chromium and Firefox maximize 40 or more of the tags; WebKitGTK's
      // system ICU gives no script for the alias codes (cmn, prs, pes, zsm,
      // arb, pnb, azb) and checks 25.
      expect(checked.length).to.be.at.least(25);
    });
  });

  describe('isRtl', () => {
    const table: Array<[string | null | undefined, boolean]> = [
      ['ar', true],
      ['ar-EG', true],
      ['AR_sa', true],
      ['he', true],
      ['he-IL', true],
      ['iw', true],
      ['fa-IR', true],
      ['ur-PK', true],
      ['ps', true],
      ['sd', true],
      ['ug', true],
      ['yi', true],
      ['ji', true],
      ['dv', true],
      ['ckb-IQ', true],
      ['pa-Arab', true],
      ['az-Arab-IR', true],
      ['ms_arab', true],
      ['en-Hebr', true],
      ['dv-Thaa', true],
      ['ar-x-private', true],
      ['und-Arab', true],
      ['ff-Adlm', true],
      ['rhg-Rohg', true],
      ['mid-Mand', true],
      ['smp-Samr', true],
      ['syr-Syrc', true],
      ['aii-Syrc', true],
      ['ku-IQ', true],
      ['ku-IR', true],
      ['kk-Arab-CN', true],
      ['ug-Cyrl-KZ', false],
      ['ku', false],
      ['ms', false],
      ['kk', false],
      ['ha-NG', false],
      ['ks-Deva', false],
      ['sd-IN', false],
      ['ug-Cyrl', false],
      ['pa-Guru-PK', false],
      ['pa-IN', false],
      ['uz', false],
      ['uz-Latn-AF', false],
      ['az', false],
      ['az-Latn-IR', false],
      ['ff-Latn-SN', false],
      ['syr-Latn', false],
      ['ar-Latn', false],
      ['sd-Deva', false],
      ['pa', false],
      ['en', false],
      ['de-CH', false],
      ['zh-Hant', false],
      ['arab', false],
      ['x-klingon', false],
      ['', false],
      [null, false],
      [undefined, false],
      [LONG, false],
      [`${' '.repeat(35)}ar`, false],
    ];

    for (const [input, rtl] of table) {
      const name =
        typeof input === 'string' && input.length > 40
          ? `${JSON.stringify(input.slice(0, 40))}… (${input.length} chars)`
          : JSON.stringify(input);
      it(`is ${rtl} for ${name}`, () => {
        expect(isRtl(input)).to.equal(rtl);
      });
    }

    it('accepts values of any type without throwing', () => {
      for (const value of [42, {}, [], Symbol('x')]) {
        expect(isRtl(value as unknown as string)).to.equal(false);
      }
    });
  });

  describe('normalizeLanguageTag', () => {
    const table: Array<[string | null | undefined, string]> = [
      ['pt_BR', 'pt-BR'],
      [' pt_br ', 'pt-BR'],
      ['EN-us', 'en-US'],
      ['en', 'en'],
      ['DE', 'de'],
      ['zh-hant-tw', 'zh-Hant-TW'],
      ['ZH_HANS_CN', 'zh-Hans-CN'],
      ['sr-latn-rs', 'sr-Latn-RS'],
      ['es-419', 'es-419'],
      ['de-CH-1996', 'de-CH-1996'],
      ['en-GB-OXENDICT', 'en-GB-oxendict'],
      ['zh-CHT', 'zh-cht'],
      ['zh-YUE-hk', 'zh-yue-HK'],
      ['ja-JP-u-CA-Japanese', 'ja-JP-u-ca-japanese'],
      ['en-a-BBB-x-AB-cdef', 'en-a-bbb-x-ab-cdef'],
      ['ar-x-Arab', 'ar-x-arab'],
      ['C', ''],
      ['C.UTF-8', ''],
      ['en_US.UTF-8', ''],
      ['x-klingon', ''],
      ['i-klingon', ''],
      ['english', ''],
      ['en US', ''],
      ['de-', ''],
      ['-de', ''],
      ['de--CH', ''],
      ['en-abcdefghi', ''],
      ['', ''],
      ['   ', ''],
      [null, ''],
      [undefined, ''],
      [LONG, ''],
    ];

    for (const [input, tag] of table) {
      const name =
        typeof input === 'string' && input.length > 40
          ? `${JSON.stringify(input.slice(0, 40))}… (${input.length} chars)`
          : JSON.stringify(input);
      it(`writes ${name} as ${JSON.stringify(tag)}`, () => {
        expect(normalizeLanguageTag(input)).to.equal(tag);
      });
    }

    it('accepts values of any type without throwing', () => {
      for (const value of [42, {}, [], Symbol('x'), ['de']]) {
        expect(normalizeLanguageTag(value as unknown as string)).to.equal('');
      }
    });

    it('is idempotent, ignores case and `_`, and keeps the locale', () => {
      const subtag = fc.stringMatching(/^[a-zA-Z\d]{1,8}$/);
      fc.assert(
        fc.property(
          fc.stringMatching(/^[a-zA-Z]{2,3}$/),
          fc.array(subtag, {maxLength: 4}),
          (language, rest) => {
            const tag = [language, ...rest].join('-');
            const normal = normalizeLanguageTag(tag);
            expect(normal.toLowerCase()).to.equal(tag.toLowerCase());
            expect(normalizeLanguageTag(normal)).to.equal(normal);
            expect(normalizeLanguageTag(tag.toUpperCase().replace(/-/g, '_'))).to.equal(normal);
            expect([resolveLocale(normal), isRtl(normal)]).to.deep.equal([
              resolveLocale(tag),
              isRtl(tag),
            ]);
          }
        )
      );
    });
  });
});
