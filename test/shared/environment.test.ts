import {expect, fixture} from '@open-wc/testing';
import {detectPlatform} from '../../src/core/platform.js';
import {explicitDirOf, isCssColor, langOf, pagePlatform} from '../../src/shared/environment.js';
import './harness.js';

/** Runs `fn` with `navigator.language` reading `value`. */
function withBrowserLanguage<T>(value: string, fn: () => T): T {
  Object.defineProperty(navigator, 'language', {value, configurable: true});
  try {
    return fn();
  } finally {
    delete (navigator as unknown as Record<string, unknown>).language;
  }
}

describe('pagePlatform', () => {
  it('is detectPlatform() of this page, read once and cached', () => {
    expect([pagePlatform(), pagePlatform() === pagePlatform()]).to.deep.equal([
      detectPlatform(),
      true,
    ]);
  });
});

describe('langOf', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('prefers the element’s own lang, trimmed', async () => {
    const root = await fixture('<div lang="fr"><span lang=" de-CH "></span></div>');
    expect(langOf(root.querySelector('span')!)).to.equal('de-CH');
  });

  it('skips blank lang attributes up to the nearest ancestor with one', async () => {
    const root = await fixture('<div lang="fr"><p lang=" "><span lang=""></span></p></div>');
    expect(langOf(root.querySelector('span')!)).to.equal('fr');
  });

  it('crosses shadow roots to the host', async () => {
    const host = await fixture<HTMLDivElement>('<div lang="ja"></div>');
    const inner = document.createElement('span');
    host.attachShadow({mode: 'open'}).append(inner);
    expect(langOf(inner)).to.equal('ja');
  });

  it('falls back to the document’s lang', async () => {
    document.documentElement.lang = 'es';
    const el = await fixture('<span></span>');
    expect(langOf(el)).to.equal('es');
  });

  it('falls back to the browser’s language', async () => {
    const el = await fixture('<span></span>');
    expect(withBrowserLanguage('pt-BR', () => langOf(el))).to.equal('pt-BR');
  });

  it('ignores a browser language that is not a language tag (WebKitGTK’s POSIX "C")', async () => {
    const el = await fixture('<span></span>');
    expect([
      withBrowserLanguage('C', () => langOf(el)),
      withBrowserLanguage('C.UTF-8', () => langOf(el)),
      withBrowserLanguage('', () => langOf(el)),
    ]).to.deep.equal(['', '', '']);
  });

  it('writes a tag as BCP 47 does: `-`, lowercase language, Title script, uppercase region', async () => {
    const root = await fixture(
      '<div><span lang="pt_br"></span><span lang="ZH_hant_tw"></span><span lang=" EN-us "></span></div>'
    );
    expect([...root.querySelectorAll('span')].map((span) => langOf(span))).to.deep.equal([
      'pt-BR',
      'zh-Hant-TW',
      'en-US',
    ]);
  });

  it('gives "" for a lang that is not a language tag, as HTML makes that language unknown', async () => {
    const root = await fixture('<div lang="fr"><span lang="français"></span></div>');
    expect(langOf(root.querySelector('span')!)).to.equal('');
  });

  it('writes the browser’s language as BCP 47 does', async () => {
    const el = await fixture('<span></span>');
    expect(withBrowserLanguage('pt_br', () => langOf(el))).to.equal('pt-BR');
  });

  it('sees an ancestor’s changed lang once the microtasks of the lookup have run', async () => {
    const root = await fixture('<div lang="de"><p><span></span></p></div>');
    const span = root.querySelector('span')!;
    expect(langOf(span)).to.equal('de');
    root.setAttribute('lang', 'fr');
    await Promise.resolve();
    expect(langOf(span)).to.equal('fr');
    // The element's own lang is always read fresh.
    span.setAttribute('lang', 'it');
    expect(langOf(span)).to.equal('it');
  });

  it('works for a detached element', () => {
    const el = document.createElement('span');
    el.setAttribute('lang', 'nl');
    expect(langOf(el)).to.equal('nl');
  });
});

describe('explicitDirOf', () => {
  const rows: Array<[markup: string, expected: 'ltr' | 'rtl' | null]> = [
    ['<div><span id="t"></span></div>', null],
    ['<div dir="rtl"><span id="t"></span></div>', 'rtl'],
    ['<div dir="rtl"><span id="t" dir=" LTR "></span></div>', 'ltr'],
    ['<div dir="rtl"><p dir="auto"><span id="t"></span></p></div>', 'rtl'],
    ['<div dir="rtl"><p dir="sideways"><span id="t"></span></p></div>', 'rtl'],
  ];
  for (const [markup, expected] of rows) {
    it(`${markup} → ${expected}`, async () => {
      const root = await fixture(markup);
      expect(explicitDirOf(root.querySelector('#t')!)).to.equal(expected);
    });
  }

  it('crosses shadow roots to the host', async () => {
    const host = await fixture<HTMLDivElement>('<div dir="rtl"></div>');
    const inner = document.createElement('span');
    host.attachShadow({mode: 'open'}).append(inner);
    expect(explicitDirOf(inner)).to.equal('rtl');
  });
});

describe('isCssColor', () => {
  const rows: Array<[string, boolean]> = [
    ['#fff', true],
    ['#1B3F68', true],
    ['rgb(20, 24, 33)', true],
    ['rgba(0,0,0,0.25)', true],
    ['rgba(0, 122, 255)', true],
    ['hsl(240 100% 50%)', true],
    ['rebeccapurple', true],
    ['transparent', true],
    ['currentColor', true],
    ['nope', false],
    ['12px', false],
    ['red; background: url(x)', false],
    ['', false],
  ];
  for (const [value, expected] of rows) {
    it(`${JSON.stringify(value)} → ${expected}`, () => {
      expect(isCssColor(value)).to.equal(expected);
    });
  }
});
