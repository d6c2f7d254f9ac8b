// The dashboard: reads ?market=&date=, loads the day's facts, levels, records and the draft from the API, and renders
// each section on its own so one missing piece (say, no member prices) leaves the rest of the page working.

import { api, hasAccess, useKey } from './api.js';
import { IndexChart, recordsOf } from './chart.js';
import { factsOf, renderBreadth, renderHeatmap, renderMarketIndices, renderRegion, renderSummary, renderWaterfall, renderYen } from './facts.js';
import { renderArticle } from './article.js';
import { notice } from './format.js';
import { startReplay } from './live.js';
import { LANGUAGES, applyLanguage, chosenLanguage, rememberLanguage } from './i18n.js';

// The Japanese wrap is written for Tokyo only; another market's draft stays in English.
const JAPANESE_WRAP_MARKETS = ['tokyo'];

const MARKETS = {
  tokyo: ['N225', 'TOPIX'], seoul: ['KOSPI', 'KOSDAQ'], hongkong: ['HSI', 'HSTECH'], shanghai: ['SSEC', 'CSI300'],
  sydney: ['ASX200'], singapore: ['STI'], mumbai: ['NIFTY50'], newyork: ['DJIA', 'SPX', 'NASDAQ'],
};

const $ = (id) => document.getElementById(id);
const status = (text) => { $('status').textContent = text; };

function yearBefore(date) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
}

async function mainIndexWithData(market) {
  const indices = await api.indices();
  const held = MARKETS[market].map((id) => indices.find((row) => (row.index ?? row.series_id) === id)).filter(Boolean);
  return held[0] ?? { index: MARKETS[market][0] };
}

async function section(name, work, fallback) {
  try {
    await work();
  } catch (error) {
    fallback(error.message);
    document.body.dataset[`${name}Error`] = error.message;
  }
}

async function load(market, requestedDate, chart, lang) {
  status(`Loading ${market}${requestedDate ? ` ${requestedDate}` : ''}…`);
  const main = await mainIndexWithData(market);
  const index = main.index ?? main.series_id;
  const date = requestedDate || main.last;
  if (!date) {
    status(`No data for ${market}: import files first ('kabuto import PATH').`);
    return;
  }
  $('date').value = date;
  $('summary-title').textContent = `${index} — ${date}`;

  const dayResponse = api.day(market, date, lang);
  const day = dayResponse.then(factsOf);
  await Promise.all([
    section('chart', async () => {
      const [levels, records] = await Promise.all([
        api.levels(index, yearBefore(date), date),
        api.records(index).then(recordsOf).catch(() => []),
      ]);
      const markers = chart.show(levels.levels ?? levels, records, date);
      const thinned = markers.shown < markers.total ? ` (${markers.total} in all; thinned so they do not overlap)` : '';
      $('chart-legend').textContent =
        `Daily closes for the year to ${date}; ${markers.shown} record/milestone marker(s)${thinned}. Hover for a day's close.`;
    }, (reason) => { $('chart-legend').textContent = `Chart unavailable: ${reason}`; }),
    section('day', async () => {
      const facts = await day;
      const labels = (await dayResponse).labels?.kinds;
      renderSummary($('summary'), facts, index, labels && Object.fromEntries(labels.map((l) => [l.id, l.label])));
      renderWaterfall($('waterfall'), facts, index);
      renderHeatmap($('heatmap'), facts);
      renderMarketIndices($('market-indices'), facts);
      renderBreadth($('breadth'), facts);
      renderRegion($('region'), facts);
      renderYen($('yen'), facts);
    }, (reason) => {
      for (const id of ['summary', 'waterfall', 'heatmap']) notice($(id), `Day facts unavailable: ${reason}`);
      $('yen').textContent = '';
    }),
    section('article', () => showArticle(market, date, lang), () => {}),
  ]);
  status(`${market} ${date}`);
  document.body.dataset.loaded = 'true';
}

// The draft of the chosen edition: the close, or the midday one written from the 11:30 level (the API says in one
// line what data would make it when the store holds no 11:30 level for the day).
async function showArticle(market, date, lang) {
  const edition = $('edition').value;
  const wrapLang = lang === 'ja' && JAPANESE_WRAP_MARKETS.includes(market) ? 'ja' : 'en';
  try {
    renderArticle($('article'), await api.wrap(market, date, edition, wrapLang));
    $('article').lang = wrapLang;
    delete document.body.dataset.articleError;
  } catch (error) {
    notice($('article'), `Draft unavailable: ${error.message}`);
    document.body.dataset.articleError = error.message;
  }
}

// The watch's editions ('kabuto serve --watch'): a link per file, an incomplete one with what it lacked. A server
// without a watch answers an empty list and the section stays hidden.
async function showEditions() {
  let editions;
  try {
    editions = await api.editions();
  } catch {
    return;
  }
  const list = $('editions');
  list.replaceChildren();
  for (const e of editions) {
    const item = document.createElement('li');
    item.append(`${e.date} ${e.market} ${e.edition} (${e.step}; ${e.complete ? 'complete' : `incomplete: ${e.missing.join('; ')}`}): `);
    for (const file of e.files.filter((f) => f.endsWith('.html') || f.endsWith('.md'))) {
      const link = document.createElement('a');
      link.href = `/api/editions/${e.date}/${encodeURIComponent(file)}`;
      link.textContent = file;
      item.append(link, ' ');
    }
    list.append(item);
  }
  $('editions-section').hidden = editions.length === 0;
}

// Beyond loopback, until this browser holds an accepted key: the key prompt, one line under it for a refusal.
// Resolves once the server has accepted a key (on loopback at once, without a prompt).
async function access() {
  if (await hasAccess()) return;
  const form = $('key-form');
  const message = $('key-message');
  form.hidden = false;
  status('This server listens beyond loopback: enter your API key to see its data.');
  $('api-key').focus();
  await new Promise((accepted) => {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const key = $('api-key').value.trim();
      if (!key) return;
      try {
        await useKey(key);
      } catch (error) {
        message.textContent = error.status === 401
          ? 'This server does not accept that key: check it, or ask its operator for one (kabuto serve keys add NAME).'
          : `The key could not be checked: ${error.message}`;
        return;
      }
      $('api-key').value = '';
      message.textContent = '';
      form.hidden = true;
      accepted();
    });
  });
}

function init() {
  const params = new URLSearchParams(location.search);
  const market = MARKETS[params.get('market')] ? params.get('market') : 'tokyo';
  const select = $('market');
  for (const id of Object.keys(MARKETS)) select.add(new Option(id, id, false, id === market));
  const lang = chosenLanguage(params);
  const languages = $('lang');
  for (const [id, name] of Object.entries(LANGUAGES)) languages.add(new Option(name, id, false, id === lang));
  applyLanguage(lang);
  rememberLanguage(lang);
  languages.addEventListener('change', () => {
    rememberLanguage(languages.value);
    const next = new URLSearchParams(location.search);
    next.set('lang', languages.value);
    location.search = next.toString();
  });
  const edition = $('edition');
  edition.value = params.get('edition') === 'midday' ? 'midday' : 'close';
  edition.addEventListener('change', () => {
    const next = new URLSearchParams(location.search);
    next.set('edition', edition.value);
    location.search = next.toString();
  });
  const chart = new IndexChart($('chart'));
  chart.showValuesIn($('chart-value'));

  $('pickers').addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams({ market: select.value, date: $('date').value, lang: languages.value, edition: edition.value });
    location.search = next.toString();
  });
  $('replay').addEventListener('click', () => startReplay($('intraday'), $('replay'), status));
  $('follow').addEventListener('click', () => startReplay($('intraday'), $('follow'), status, 'N225', true));

  access().then(() => {
    showEditions();
    setInterval(showEditions, 60_000);
    return load(market, params.get('date') ?? '', chart, lang);
  }).catch((error) => status(`Could not load: ${error.message}`));
}

init();
