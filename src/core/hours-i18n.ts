/**
 * The words around the time in the after-hours note, per supported locale
 * (the keys of `src/core/i18n.ts`). Weekdays, "tomorrow", dates and times
 * come from `Intl`, so only the sentence frame is stored here.
 *
 * Each entry is three `|`-separated fields: back today (`{t}` is the time),
 * back another day (`{d}` is "tomorrow", a weekday or a date), and the
 * "closed now" line. Where a language would need a preposition or a case
 * ending that differs between "tomorrow" and a weekday (German "am Montag"
 * but "morgen", Polish "w poniedziałek" but "jutro"), the frame puts the day
 * where it needs none, or after a colon, as signs on a door do.
 *
 * @module
 */
export const BACK_TEMPLATES: Readonly<Record<string, string>> = {
  en: 'Back at {t}|Back {d} {t}|Closed now',
  ar: 'نعود الساعة {t}|نعود {d} الساعة {t}|مغلق الآن',
  he: 'נחזור ב-{t}|נחזור {d} ב-{t}|סגור כעת',
  fa: 'از ساعت {t} پاسخگو هستیم|از {d} ساعت {t} پاسخگو هستیم|اکنون تعطیل هستیم',
  ur: 'ہم {t} بجے سے دستیاب ہوں گے|ہم {d} {t} بجے سے دستیاب ہوں گے|ابھی بند ہے',
  de: 'Ab {t} wieder erreichbar|Ab {d} {t} wieder erreichbar|Zurzeit geschlossen',
  fr: 'De retour à {t}|De retour {d} à {t}|Fermé actuellement',
  es: 'Volvemos a las {t}|Volvemos: {d}, {t}|Cerrado ahora',
  it: 'Di nuovo disponibili alle {t}|Di nuovo disponibili {d} alle {t}|Chiuso ora',
  pt: 'Voltamos às {t}|Voltamos: {d}, {t}|Fechado agora',
  'pt-PT': 'Voltamos às {t}|Voltamos: {d}, {t}|Encerrado neste momento',
  nl: 'Terug om {t}|Terug {d} om {t}|Nu gesloten',
  sv: 'Tillbaka kl. {t}|Tillbaka {d} kl. {t}|Stängt nu',
  da: 'Tilbage kl. {t}|Tilbage {d} kl. {t}|Lukket nu',
  nb: 'Tilbake kl. {t}|Tilbake {d} kl. {t}|Stengt nå',
  fi: 'Palaamme klo {t}|Palaamme: {d} klo {t}|Suljettu nyt',
  pl: 'Wracamy o {t}|Wracamy: {d}, {t}|Teraz zamknięte',
  cs: 'Zpět v {t}|Zpět: {d}, {t}|Nyní zavřeno',
  sk: 'Späť o {t}|Späť: {d}, {t}|Teraz zatvorené',
  hu: 'Nyitás: {t}|Nyitás: {d}, {t}|Most zárva',
  ro: 'Revenim la {t}|Revenim {d} la {t}|Închis acum',
  el: 'Επιστρέφουμε στις {t}|Επιστρέφουμε: {d}, {t}|Κλειστά τώρα',
  tr: 'Açılış: {t}|Açılış: {d}, {t}|Şu anda kapalı',
  ru: 'Снова на связи в {t}|Снова на связи: {d}, {t}|Сейчас закрыто',
  uk: 'Знову на зв’язку о {t}|Знову на зв’язку: {d}, {t}|Зараз зачинено',
  ja: '{t}に再開します|{d} {t}に再開します|現在営業時間外です',
  ko: '{t}부터 상담 가능|{d} {t}부터 상담 가능|지금은 상담 시간이 아닙니다',
  'zh-Hans': '{t}恢复服务|{d} {t}恢复服务|当前非营业时间',
  'zh-Hant': '{t}恢復服務|{d} {t}恢復服務|目前非營業時間',
  th: 'กลับมาเวลา {t}|กลับมา{d} เวลา {t}|ขณะนี้ปิดทำการ',
  vi: 'Quay lại lúc {t}|Quay lại {d} lúc {t}|Hiện đang đóng cửa',
  id: 'Kembali pukul {t}|Kembali {d} pukul {t}|Sedang tutup',
  ms: 'Kembali pada {t}|Kembali {d} pada {t}|Ditutup sekarang',
  hi: '{t} बजे से उपलब्ध|{d} {t} बजे से उपलब्ध|अभी बंद है',
  ca: 'Tornem a les {t}|Tornem {d} a les {t}|Tancat ara',
  hr: 'Ponovno dostupni u {t}|Ponovno dostupni: {d}, {t}|Trenutačno zatvoreno',
  bg: 'Отново на линия в {t}|Отново на линия: {d}, {t}|В момента затворено',
};
