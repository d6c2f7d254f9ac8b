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

function baseOptions(element) {
  return {
    width: element.clientWidth || 800,
    height: element.clientHeight || 320,
    layout: { background: { color: '#ffffff' }, textColor: '#1d232a' },
    grid: { vertLines: { color: '#eef0f3' }, horzLines: { color: '#eef0f3' } },
    rightPriceScale: { borderColor: '#d9dee4' },
    timeScale: { borderColor: '#d9dee4', rightOffset: 8 },
  };
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

  /** levels: [{date, close}], markers from record facts within the levels' range: one per day, of its most notable
   *  kind (a day can set a record close, an intraday record and cross two round levels, and stacked markers climb out
   *  of the chart); only the chosen day's marker is labelled (its most notable kind, and how many more). Returns the marked days. */
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
    this.#series.setMarkers(markers);
    this.#chart.timeScale().fitContent();
    return markers.length;
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
