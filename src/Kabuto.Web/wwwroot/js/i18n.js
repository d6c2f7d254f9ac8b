// The dashboard's two languages. The choice comes from ?lang= (so a link can carry it), else the one remembered in
// localStorage, else English; choosing one remembers it. Static labels carry data-i18n keys; the day's fact captions
// come from the API's own Japanese labels (GET /api/day/...?lang=ja), so the page keeps no second copy of them.

export const LANGUAGES = { en: 'English', ja: '日本語' };
const STORAGE_KEY = 'kabuto.lang';

const JA = {
  market: '市場', date: '日付', language: '言語', show: '表示', index: '指数',
  replay: '模擬セッションを再生(ライブエンジン)', follow: 'ライブ配信を追う(kabuto live --serve)',
  contributions: '寄与度(円)', sectors: '業種別騰落率', region: 'アジア・海外市場', 'local-date': '現地日付',
  'api-key': 'APIキー', 'use-key': 'キーを使う',
  close: '終値', change: '前日比', draft: '記事の下書き', edition: '版', 'edition-close': '大引け', 'edition-midday': '前引け(11:30)',
  footer: '記事中の数値はすべて元のファクトにリンクしています(マウスを重ねるとファクトIDを表示)。',
};

export function chosenLanguage(params) {
  const asked = params.get('lang');
  if (asked && LANGUAGES[asked]) return asked;
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (kept && LANGUAGES[kept]) return kept;
  } catch {
    // Storage may be disabled; the URL still carries the choice.
  }
  return 'en';
}

export function rememberLanguage(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered: the URL still carries it.
  }
}

// Sets the page's language (fonts and line breaking follow lang) and every data-i18n label; English is the markup's.
export function applyLanguage(lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.dataset.en ??= element.textContent;
    element.textContent = lang === 'ja' ? (JA[element.dataset.i18n] ?? element.dataset.en) : element.dataset.en;
  }
}
