// The intraday line from GET /api/live: server-sent snapshots of a simulated Tokyo session replayed by the live engine
// ({index, time, level, kind}), then an "end" event with each index's day; with source=feed, the values a running
// 'kabuto live --feed kabustation --serve' publishes, as they come.

import { IntradayChart } from './chart.js';

let running;

// The chart library draws times as UTC; shifting by the timestamp's own offset labels the axis in Tokyo time.
function exchangeSeconds(iso) {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  const shift = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 3600 + Number(offset[3]) * 60) : 0;
  return Math.floor(Date.parse(iso) / 1000) + shift;
}

export function startReplay(element, button, status, index = 'N225', feed = false) {
  running?.source.close();
  running?.chart.remove();
  const chart = new IntradayChart(element);
  const source = new EventSource(feed ? '/api/live?source=feed' : '/api/live?pace_ms=3');
  running = { source, chart };
  button.disabled = true;
  let count = 0;
  let last = 0;
  status(feed ? 'Following the live feed (kabu STATION)…' : 'Replaying a simulated session…');
  source.addEventListener('snapshot', (event) => {
    const snapshot = JSON.parse(event.data);
    if (snapshot.index !== index) return;
    const time = exchangeSeconds(snapshot.time);
    if (time > last) {
      chart.add(time, Number(snapshot.level));
      last = time;
      count += 1;
      if (feed) status(`Live ${index} ${snapshot.level} at ${snapshot.time.slice(11, 19)} (kabu STATION, ${count} values).`);
    }
  });
  source.addEventListener('end', (event) => {
    source.close();
    button.disabled = false;
    if (feed) {
      status(`The live feed stopped after ${count} values.`);
      return;
    }
    const day = JSON.parse(event.data).find((d) => d.index === index);
    status(day
      ? `Simulated ${index} ${day.date}: open ${day.open}, high ${day.high}, low ${day.low}, close ${day.close} (${count} snapshots, ${day.ticks} ticks).`
      : `Replay finished: ${count} snapshots.`);
  });
  source.onerror = () => {
    source.close();
    button.disabled = false;
    if (!count) status(feed ? 'No live feed is running: start kabuto live --feed kabustation --serve.' : 'The live feed is not available.');
  };
}
