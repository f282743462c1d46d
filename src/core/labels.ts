/**
 * The default labels of every locale, one string of `|`-separated fields
 * each. A module of its own so that the per-language CDN bundles
 * (`dist/cdn/message-us.<locale>.js`) can carry one locale's labels
 * instead: their build puts `src/cdn/locale/labels.ts` in its place.
 *
 * @module
 */

// Fields, in order: the four presets (LABEL_PRESETS order), call, web, sms,
// whatsapp, opensIn, bannerContext. `@` stands for the channel's name (BRAND in
// i18n.ts). The locale keys are canonical tags: resolveLocale() returns
// exactly these spellings.
export const LABELS: Readonly<Record<string, string>> = {
  en: 'Message Us|Get Help|Ask a Question|Contact an Agent|Call Us|Contact Us|Text Us|Chat on WhatsApp|Opens @|Get answers from our team in @.',
  ar: 'راسلنا|احصل على المساعدة|اطرح سؤالًا|تحدث مع موظف|اتصل بنا|تواصل معنا|أرسل لنا رسالة نصية|راسلنا عبر WhatsApp|يفتح @|احصل على إجابات من فريقنا في @.',
  he: 'שלחו לנו הודעה|לקבלת עזרה|שאלו שאלה|דברו עם נציג|התקשרו אלינו|צרו קשר|שלחו לנו SMS|כתבו לנו ב-WhatsApp|פותח את @|הצוות שלנו יענה לכם ב-@.',
  fa: 'به ما پیام دهید|کمک بگیرید|سؤال بپرسید|با کارشناس صحبت کنید|به ما زنگ بزنید|تماس با ما|برای ما پیامک بفرستید|در WhatsApp به ما پیام دهید|@ را باز می\u200cکند|پاسخ پرسش\u200cهایتان را از تیم ما در @ بگیرید.',
  ur: 'ہمیں پیغام بھیجیں|مدد حاصل کریں|سوال پوچھیں|نمائندے سے بات کریں|ہمیں کال کریں|ہم سے رابطہ کریں|ہمیں SMS بھیجیں|WhatsApp پر ہم سے بات کریں|@ کھولتا ہے|@ پر ہماری ٹیم سے جوابات حاصل کریں۔',
  de: 'Schreiben Sie uns|Hilfe erhalten|Frage stellen|Kundenberatung kontaktieren|Rufen Sie uns an|Kontaktieren Sie uns|Per SMS schreiben|Per WhatsApp schreiben|Öffnet @|Unser Team antwortet Ihnen in @.',
  fr: 'Écrivez-nous|Obtenir de l’aide|Poser une question|Contacter un conseiller|Appelez-nous|Contactez-nous|Envoyez-nous un SMS|Écrivez-nous sur WhatsApp|Ouvre @|Notre équipe vous répond dans @.',
  es: 'Escríbenos|Obtener ayuda|Hacer una pregunta|Hablar con un agente|Llámanos|Contáctanos|Envíanos un SMS|Escríbenos por WhatsApp|Abre @|Nuestro equipo te responde en @.',
  it: 'Scrivici|Ottieni assistenza|Fai una domanda|Contatta un operatore|Chiamaci|Contattaci|Inviaci un SMS|Scrivici su WhatsApp|Apre @|Il nostro team ti risponde su @.',
  pt: 'Envie uma mensagem|Obter ajuda|Fazer uma pergunta|Falar com um atendente|Ligue para nós|Fale conosco|Envie um SMS|Converse pelo WhatsApp|Abre o @|Receba respostas da nossa equipe no @.',
  'pt-PT':
    'Envie-nos uma mensagem|Obter ajuda|Fazer uma pergunta|Falar com um operador|Ligue-nos|Contacte-nos|Envie-nos um SMS|Fale connosco no WhatsApp|Abre o @|Receba respostas da nossa equipa no @.',
  nl: 'Stuur ons een bericht|Hulp vragen|Stel een vraag|Spreek een medewerker|Bel ons|Neem contact op|Stuur ons een sms|Chat via WhatsApp|Opent @|Ons team beantwoordt je vragen in @.',
  sv: 'Skriv till oss|Få hjälp|Ställ en fråga|Kontakta en rådgivare|Ring oss|Kontakta oss|Sms:a oss|Chatta via WhatsApp|Öppnar @|Få svar från vårt team i @.',
  da: 'Skriv til os|Få hjælp|Stil et spørgsmål|Kontakt en rådgiver|Ring til os|Kontakt os|Send os en sms|Skriv til os på WhatsApp|Åbner @|Få svar fra vores team i @.',
  nb: 'Send oss en melding|Få hjelp|Still et spørsmål|Kontakt en rådgiver|Ring oss|Kontakt oss|Send oss en SMS|Chat med oss på WhatsApp|Åpner @|Få svar fra teamet vårt i @.',
  fi: 'Lähetä meille viesti|Pyydä apua|Esitä kysymys|Ota yhteys asiakaspalvelijaan|Soita meille|Ota yhteyttä|Lähetä meille tekstiviesti|Keskustele WhatsAppissa|Avaa @ -sovelluksen|Tiimimme vastaa sinulle @ -sovelluksessa.',
  pl: 'Napisz do nas|Uzyskaj pomoc|Zadaj pytanie|Skontaktuj się z konsultantem|Zadzwoń do nas|Skontaktuj się z nami|Wyślij nam SMS-a|Napisz do nas przez WhatsApp|Otwiera aplikację @|Nasz zespół odpowie Ci w aplikacji @.',
  cs: 'Napište nám|Získat pomoc|Položit dotaz|Kontaktovat operátora|Zavolejte nám|Kontaktujte nás|Pošlete nám SMS|Napište nám přes WhatsApp|Otevře aplikaci @|Náš tým vám odpoví v aplikaci @.',
  sk: 'Napíšte nám|Získať pomoc|Položiť otázku|Kontaktovať operátora|Zavolajte nám|Kontaktujte nás|Pošlite nám SMS|Napíšte nám cez WhatsApp|Otvorí aplikáciu @|Náš tím vám odpovie v aplikácii @.',
  hu: 'Írjon nekünk|Kérjen segítséget|Tegye fel kérdését|Beszéljen ügyintézővel|Hívjon minket|Lépjen kapcsolatba velünk|Küldjön SMS-t|Írjon nekünk WhatsAppon|Megnyitja az @ alkalmazást|Csapatunk az @ alkalmazásban válaszol Önnek.',
  ro: 'Scrie-ne|Obține ajutor|Pune o întrebare|Vorbește cu un consultant|Sună-ne|Contactează-ne|Trimite-ne un SMS|Scrie-ne pe WhatsApp|Deschide @|Echipa noastră îți răspunde în @.',
  el: 'Στείλτε μας μήνυμα|Ζητήστε βοήθεια|Κάντε μια ερώτηση|Επικοινωνήστε με εκπρόσωπο|Καλέστε μας|Επικοινωνήστε μαζί μας|Στείλτε μας SMS|Γράψτε μας στο WhatsApp|Ανοίγει το @|Η ομάδα μας σας απαντά στο @.',
  tr: 'Bize yazın|Yardım alın|Soru sorun|Temsilciyle görüşün|Bizi arayın|Bize ulaşın|Bize SMS gönderin|WhatsApp’tan yazın|@ uygulamasını açar|Ekibimiz @ üzerinden sorularınızı yanıtlar.',
  ru: 'Напишите нам|Получить помощь|Задать вопрос|Связаться с оператором|Позвоните нам|Свяжитесь с нами|Отправьте нам SMS|Напишите нам в WhatsApp|Открывает @|Наша команда ответит вам в @.',
  uk: 'Напишіть нам|Отримати допомогу|Поставити запитання|Зв’язатися з оператором|Зателефонуйте нам|Зв’яжіться з нами|Надішліть нам SMS|Напишіть нам у WhatsApp|Відкриває @|Наша команда відповість вам у застосунку @.',
  ja: 'メッセージを送る|サポートを受ける|質問する|担当者に相談する|電話をかける|お問い合わせ|SMSを送る|WhatsAppで連絡する|@を開きます|@で担当チームがお答えします。',
  ko: '메시지 보내기|도움 받기|질문하기|상담원 연결|전화하기|문의하기|문자 보내기|WhatsApp으로 문의하기|@ 앱이 열립니다|@에서 저희 팀이 답변해 드립니다.',
  'zh-Hans':
    '给我们发消息|获取帮助|提问|联系客服|致电我们|联系我们|发送短信|通过 WhatsApp 联系我们|打开 @|我们的团队将在 @ 中为您解答。',
  'zh-Hant':
    '傳訊息給我們|取得協助|提問|聯絡客服專員|致電我們|聯絡我們|傳送簡訊|透過 WhatsApp 聯絡我們|開啟 @|我們的團隊會在 @ 中為您解答。',
  th: 'ส่งข้อความถึงเรา|รับความช่วยเหลือ|ถามคำถาม|ติดต่อเจ้าหน้าที่|โทรหาเรา|ติดต่อเรา|ส่ง SMS ถึงเรา|แชทผ่าน WhatsApp|เปิด @|รับคำตอบจากทีมของเราใน @',
  vi: 'Nhắn tin cho chúng tôi|Nhận trợ giúp|Đặt câu hỏi|Liên hệ nhân viên hỗ trợ|Gọi cho chúng tôi|Liên hệ với chúng tôi|Gửi SMS cho chúng tôi|Nhắn tin qua WhatsApp|Mở @|Nhận câu trả lời từ đội ngũ của chúng tôi trên @.',
  id: 'Kirimi kami pesan|Dapatkan bantuan|Ajukan pertanyaan|Hubungi agen|Telepon kami|Hubungi kami|Kirimi kami SMS|Chat via WhatsApp|Membuka @|Dapatkan jawaban dari tim kami di @.',
  ms: 'Hantar mesej kepada kami|Dapatkan bantuan|Tanya soalan|Hubungi ejen|Telefon kami|Hubungi kami|Hantar SMS kepada kami|Sembang di WhatsApp|Membuka @|Dapatkan jawapan daripada pasukan kami di @.',
  hi: 'हमें मैसेज करें|सहायता पाएँ|सवाल पूछें|एजेंट से संपर्क करें|हमें कॉल करें|हमसे संपर्क करें|हमें SMS भेजें|WhatsApp पर चैट करें|@ खोलता है|@ पर हमारी टीम से जवाब पाएँ।',
  ca: 'Escriu-nos|Obtén ajuda|Fes una pregunta|Parla amb un agent|Truca’ns|Contacta amb nosaltres|Envia’ns un SMS|Escriu-nos per WhatsApp|Obre @|El nostre equip et respon a @.',
  hr: 'Pišite nam|Zatražite pomoć|Postavite pitanje|Razgovarajte sa savjetnikom|Nazovite nas|Kontaktirajte nas|Pošaljite nam SMS|Pišite nam na WhatsApp|Otvara @|Naš tim vam odgovara u aplikaciji @.',
  bg: 'Пишете ни|Получете помощ|Задайте въпрос|Свържете се с консултант|Обадете ни се|Свържете се с нас|Изпратете ни SMS|Пишете ни в WhatsApp|Отваря @|Нашият екип ще ви отговори в @.',
};

/**
 * The locale whose labels show for a tag that resolves to `locale`: that
 * one here, where every locale has its labels. The per-language bundles'
 * stand-in returns its own locale instead, and warns.
 */
export const ownLocale: (locale: string, lang: string | null | undefined) => string = (locale) =>
  locale;
