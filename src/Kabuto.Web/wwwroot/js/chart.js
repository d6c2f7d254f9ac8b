// The index chart (TradingView lightweight-charts, loaded by the page as the global LightweightCharts): a year of
// daily closes up to the chosen date, with records and milestones as markers; and the intraday line of a replay.

const MARKER_KINDS = {
  record_close: { color: '#b8860b', shape: 'arrowDown', position: 'aboveBar', label: 'Record' },
  record_intraday_high: { color: '#b8860b', shape: 'circle', position: 'aboveBar', label: 'Intraday record' },
  record_close_low: { color: '#c62828', shape: 'arrowUp', position: 'belowBar', label: 'Record low' },
  first_close_above: { color: '#274c77', shape: 'square', position: 'aboveBar', label: 'Milestone' },
  first_close_below: { color: '#c62828', shape: 'square', position: 'belowBar', label: 'Below' },
  first_print_above: { color: '#274c77', shape: 'circle', position: 'aboveBar', label: 'First print' },
};

// The axis reads whole points, grouped (70,000); the value under the crosshair keeps the published two decimals.
const axisFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const levelFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Markers closer than this on screen overlap (a marker is about 10 px wide plus its label's room). */
const MIN_MARKER_GAP_PX = 18;
/** The price scale's width and the time scale's right offset, in pixels and bars, when estimating a bar's width. */
const PRICE_SCALE_PX = 70;

function baseOptions(element) {
  return {
    localization: { priceFormatter: (price) => axisFormat.format(price) },
    width: element.clientWidth || 800,
    height: element.clientHeight || 320,
    layout: { background: { color: '#ffffff' }, textColor: '#1d232a' },
    grid: { vertLines: { color: '#eef0f3' }, horzLines: { color: '#eef0f3' } },
    rightPriceScale: { borderColor: '#d9dee4' },
    timeScale: { borderColor: '#d9dee4', rightOffset: 8 },
  };
}

/** Keeps markers at least minGapBars bars apart, walking back from the latest; the chosen day's marker always stays
 *  (and clears its neighbours). markers are sorted by time; barIndex maps a date to its bar number. */
export function thinMarkers(markers, barIndex, minGapBars, day) {
  const chosen = markers.find((marker) => marker.time === day);
  const kept = chosen ? [chosen] : [];
  const farFromKept = (marker) => kept.every((other) => Math.abs(barIndex.get(other.time) - barIndex.get(marker.time)) >= minGapBars);
  for (let i = markers.length - 1; i >= 0; i -= 1) {
    if (markers[i] !== chosen && farFromKept(markers[i])) kept.push(markers[i]);
  }
  return kept.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

function chartLibrary() {
  if (!globalThis.LightweightCharts) {
    throw new Error('the chart library did not load (lib/lightweight-charts.standalone.production.js)');
  }
  return globalThis.LightweightCharts;
}

function labelOf(fact) {
  const style = MARKER_KINDS[fact.kind];
  return fact.subject && fact.kind.startsWith('first_') ? `${style.label} ${fact.subject}` : style.label;
}

export function recordsOf(records) {
  return Array.isArray(records) ? records : (records?.records ?? records?.facts ?? []);
}

export class IndexChart {
  #chart;
  #series;
  #element;

  constructor(element) {
    this.#element = element;
    this.#chart = chartLibrary().createChart(element, baseOptions(element));
    this.#series = this.#chart.addAreaSeries({
      lineColor: '#274c77', topColor: 'rgba(39, 76, 119, 0.25)', bottomColor: 'rgba(39, 76, 119, 0.02)', lineWidth: 2,
    });
    new ResizeObserver(() => this.#chart.applyOptions({ width: element.clientWidth })).observe(element);
  }

  /** Shows the level under the crosshair, to two decimals, in valueElement. */
  showValuesIn(valueElement) {
    this.#chart.subscribeCrosshairMove((param) => {
      const point = param.time ? param.seriesData.get(this.#series) : undefined;
      valueElement.textContent = point ? `${point.time}: ${levelFormat.format(point.value)}` : '';
    });
  }

  /** levels: [{date, close}], markers from record facts within the levels' range: one per day, of its most notable
   *  kind (a day can set a record close, an intraday record and cross two round levels, and stacked markers climb out
   *  of the chart); only the chosen day's marker is labelled (its most notable kind, and how many more). A year holds
   *  dozens of record days, often a few days apart, so markers closer than MIN_MARKER_GAP_PX are thinned, keeping the
   *  latest and the chosen day's. Returns { shown, total } marked days. */
  show(levels, recordFacts, day) {
    this.#series.setData(levels.map((bar) => ({ time: bar.date, value: Number(bar.close) })));
    const dates = new Set(levels.map((bar) => bar.date));
    const rank = Object.keys(MARKER_KINDS);
    const byDate = new Map();
    for (const fact of recordFacts) {
      if (!MARKER_KINDS[fact.kind] || !dates.has(fact.date)) continue;
      const list = byDate.get(fact.date) ?? [];
      list.push(fact);
      byDate.set(fact.date, list);
    }
    const markers = [...byDate.entries()]
      .map(([date, facts]) => {
        facts.sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind));
        const style = MARKER_KINDS[facts[0].kind];
        const labels = [...new Set(facts.map((fact) => labelOf(fact)))];
        // Short, or it runs off the chart's right edge; the marker's id and the records endpoint have the rest.
        const text = date !== day ? '' : labels.length > 1 ? `${labels[0]} +${labels.length - 1}` : labels[0];
        return { time: date, position: style.position, color: style.color, shape: style.shape, text, id: facts[0].id };
      })
      .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    const barIndex = new Map(levels.map((bar, i) => [bar.date, i]));
    const barPx = Math.max(1, ((this.#element.clientWidth || 800) - PRICE_SCALE_PX) / (levels.length + 8));
    const shown = thinMarkers(markers, barIndex, Math.ceil(MIN_MARKER_GAP_PX / barPx), day);
    this.#series.setMarkers(shown);
    this.#chart.timeScale().fitContent();
    this.#element.dataset.markersShown = String(shown.length);
    this.#element.dataset.markersTotal = String(markers.length);
    this.#element.dataset.markerMinGapBars = String(Math.ceil(MIN_MARKER_GAP_PX / barPx));
    return { shown: shown.length, total: markers.length };
  }

  get element() {
    return this.#element;
  }
}

export class IntradayChart {
  #chart;
  #series;

  constructor(element) {
    element.hidden = false;
    this.#chart = chartLibrary().createChart(element, {
      ...baseOptions(element),
      timeScale: { timeVisible: true, secondsVisible: true, borderColor: '#d9dee4' },
    });
    this.#series = this.#chart.addLineSeries({ color: '#1a7f37', lineWidth: 2 });
  }

  /** One snapshot: time as seconds since the epoch (UTC), value the level. */
  add(time, value) {
    this.#series.update({ time, value });
  }

  remove() {
    this.#chart.remove();
  }
}
