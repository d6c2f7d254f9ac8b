// The day's facts rendered as the summary line, the contribution waterfall, the sector heat map, the regional
// table and the yen. Each renderer takes the fact list of GET /api/day and reads only the kinds it shows.

import { cell, factSpan, formatValue, notice } from './format.js';

export function factsOf(day) {
  return Array.isArray(day) ? day : (day?.facts ?? []);
}

const byKind = (facts, kind, index) =>
  facts.filter((f) => f.kind === kind && (index === undefined || f.index === index));

const closeSession = (facts) => facts.filter((f) => f.session === 'close' || f.session === undefined);

// labels: the API's Japanese captions by kind (?lang=ja), or undefined for English.
export function renderSummary(container, facts, index, labels) {
  // After a trading day the store holds no close for, the change is since the last close held, not the day's move.
  const items = [['close', 'Close'], ['change_points', 'Change'], ['change_pct', '%'],
    ['change_since_last_held_pct', 'Since last close held'], ['high', 'High'], ['low', 'Low']];
  container.replaceChildren();
  for (const [kind, label] of items) {
    const fact = closeSession(byKind(facts, kind, index))[0];
    if (!fact) continue;
    const item = document.createElement('div');
    const caption = document.createElement('span');
    caption.className = 'label';
    caption.textContent = labels?.[kind]
      ?? (fact.reference_date && kind === 'change_since_last_held_pct' ? `Since ${fact.reference_date}` : label);
    item.append(caption, factSpan(fact));
    container.append(item);
  }
  if (!container.children.length) notice(container, `No close facts for ${index} on this date.`);
}

export function renderWaterfall(container, facts, index) {
  const contributions = closeSession(byKind(facts, 'contribution_points', index));
  if (!contributions.length) {
    notice(container, 'No member contributions for this day (member prices are not in the store).');
    return;
  }
  const changePct = new Map(byKind(facts, 'member_change_pct', index).map((f) => [f.subject, f]));
  const sorted = [...contributions].sort((a, b) => b.value - a.value);
  const shown = sorted.length > 16 ? [...sorted.slice(0, 8), ...sorted.slice(-8)] : sorted;
  const residual = byKind(facts, 'contribution_residual_points', index)[0];
  const largest = Math.max(...shown.map((f) => Math.abs(f.value)), residual ? Math.abs(residual.value) : 0) || 1;

  const table = document.createElement('table');
  table.className = 'waterfall';
  table.innerHTML = '<thead><tr><th>Member</th><th class="num">Points</th><th class="num">Change</th><th></th></tr></thead>';
  const body = document.createElement('tbody');
  const row = (name, fact, pctFact) => {
    const tr = document.createElement('tr');
    const bar = document.createElement('span');
    bar.className = `bar ${fact.value >= 0 ? 'up' : 'down'}`;
    bar.style.width = `${(Math.abs(fact.value) / largest) * 100}%`;
    tr.append(cell(name), cell(factSpan(fact), 'num'), cell(pctFact ? factSpan(pctFact) : '', 'num'), cell(bar, 'bar-cell'));
    body.append(tr);
  };
  for (const fact of shown) row(fact.subject_short_name ?? fact.subject_name ?? fact.subject, fact, changePct.get(fact.subject));
  // With members' prices missing, their points are in the residual and the members shown are the top of those held.
  const unpriced = byKind(facts, 'member_unpriced_count', index)[0];
  if (residual) row(unpriced ? residualLabel(unpriced) : 'Residual (divisor and others)', residual);
  table.append(body);
  container.replaceChildren(table);
}

function residualLabel(unpriced) {
  const label = document.createElement('span');
  label.append('Residual (', factSpan(unpriced), ` member${unpriced.value === 1 ? '' : 's'} without prices, divisor and others)`);
  return label;
}

// Darker for a larger move; never so light that the tile's white text fades.
function tileColor(pct) {
  const strength = Math.min(Math.abs(pct) / 3, 1);
  const lightness = 44 - strength * 20;
  return pct >= 0 ? `hsl(140 55% ${lightness}%)` : `hsl(0 65% ${lightness}%)`;
}

export function renderHeatmap(container, facts) {
  // The TSE's own sector indices (fetched from J-Quants) when held, else the main index's members grouped by sector.
  const all = closeSession(byKind(facts, 'sector_change_pct'));
  const fromIndices = all.filter((fact) => (fact.provenance ?? '').startsWith('sector_index:'));
  const sectors = (fromIndices.length ? fromIndices : all).sort((a, b) => b.value - a.value);
  if (!sectors.length) {
    notice(container, 'No sector facts for this day (sector classification or member prices are missing).');
    return;
  }
  container.replaceChildren(...sectors.map((fact) => {
    const tile = document.createElement('div');
    tile.className = 'tile';
    tile.style.background = tileColor(fact.value);
    const name = document.createElement('strong');
    name.textContent = fact.subject_short_name ?? fact.subject_name ?? fact.subject;
    tile.append(name, factSpan(fact));
    return tile;
  }));
}

// The Growth Market 250 and Prime market indices (fetched from J-Quants) beside the sector ranking: one line, hidden
// when neither is held for the day (nothing is said of an index the store does not hold).
const MARKET_INDICES = [['JPX-0070', 'Growth Market 250'], ['JPX-0500', 'TSE Prime Market Index']];

export function renderMarketIndices(paragraph, facts) {
  const parts = [];
  for (const [index, name] of MARKET_INDICES) {
    const close = closeSession(byKind(facts, 'close', index))[0];
    if (!close) continue;
    const change = closeSession(byKind(facts, 'change_pct', index))[0];
    const part = [`${parts.length ? ' · ' : ''}${name} `, factSpan(close)];
    if (change) part.push(' (', factSpan(change), ')');
    parts.push(...part);
  }
  paragraph.replaceChildren(...parts);
  paragraph.hidden = parts.length === 0;
}

// Breadth of the TSE Prime market (from every issue's bars): advancers, decliners, unchanged and the turnover, each
// linked to its fact; hidden when the store holds no bars of all issues for the day. A partial turnover (some issues
// lack one) is not shown as the market's, as in the wrap.
const twoPlaces = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wholeYen = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const yenAmount = (yen) => (yen >= 1e12 ? `${twoPlaces.format(yen / 1e12)} trillion yen`
  : yen >= 1e9 ? `${twoPlaces.format(yen / 1e9)} billion yen` : `${wholeYen.format(yen)} yen`);

export function renderBreadth(paragraph, facts) {
  const prime = (kind) => closeSession(facts.filter((f) => f.kind === kind && f.subject === 'prime'))[0];
  const counts = [['advancers', 'advanced'], ['decliners', 'declined'], ['unchanged', 'unchanged']]
    .map(([kind, word]) => [prime(kind), word]).filter(([fact]) => fact);
  const parts = [];
  for (const [fact, word] of counts) parts.push(parts.length ? ', ' : 'TSE Prime: ', factSpan(fact), ` ${word}`);
  const turnover = prime('turnover');
  if (turnover) parts.push(parts.length ? '; turnover ' : 'TSE Prime turnover ', factSpan(turnover, yenAmount(turnover.value)));
  paragraph.replaceChildren(...parts);
  paragraph.hidden = parts.length === 0;
}

export function renderRegion(table, facts) {
  const body = table.tBodies[0];
  const closes = byKind(facts, 'regional_close');
  const changes = byKind(facts, 'regional_change_pct');
  const rows = closes.map((close) => ({
    close,
    change: changes.find((c) => c.index === close.index && c.subject === close.subject),
  }));
  for (const change of changes) {
    if (!rows.some((r) => r.change === change)) rows.push({ close: undefined, change });
  }
  if (!rows.length) {
    body.replaceChildren();
    const tr = document.createElement('tr');
    const td = cell('No regional facts for this day.');
    td.colSpan = 5;
    td.className = 'notice';
    tr.append(td);
    body.append(tr);
    return;
  }
  body.replaceChildren(...rows.map(({ close, change }) => {
    const any = close ?? change;
    const localDate = any.reference_date ?? any.date;
    const tr = document.createElement('tr');
    tr.append(
      cell(any.subject_short_name ?? any.subject_name ?? any.subject ?? ''),
      cell(any.index),
      cell(localDate, 'date'),
      cell(close ? factSpan(close) : '', 'num'),
      cell(change ? factSpan(change) : '', 'num'));
    return tr;
  }));
}

export function renderYen(paragraph, facts) {
  const level = byKind(facts, 'usdjpy_level')[0];
  const change = byKind(facts, 'usdjpy_change')[0];
  if (!level) {
    paragraph.textContent = 'No USD/JPY rate for this day.';
    paragraph.className = 'notice';
    return;
  }
  paragraph.className = '';
  paragraph.replaceChildren('USD/JPY ', factSpan(level, formatValue(level.value, 'level')));
  if (change) paragraph.append(' (', factSpan(change, formatValue(change.value, 'points')), ' yen)');
}
