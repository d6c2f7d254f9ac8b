// The intraday line from GET /api/live: server-sent snapshots of a simulated session replayed by the live engine.

import { IntradayChart } from './chart.js';

let running;

function snapshotPoint(snapshot) {
  const time = Date.parse(snapshot.time ?? snapshot.timestamp ?? snapshot.at);
  const value = Number(snapshot.level ?? snapshot.value);
  return Number.isFinite(time) && Number.isFinite(value) ? { time: Math.floor(time / 1000), value } : undefined;
}

export function startReplay(element, button, status) {
  running?.close();
  const chart = new IntradayChart(element);
  const source = new EventSource('/api/live');
  running = source;
  button.disabled = true;
  let count = 0;
  let last = 0;
  source.addEventListener('snapshot', (event) => {
    const point = snapshotPoint(JSON.parse(event.data));
    if (point && point.time > last) {
      chart.add(point.time, point.value);
      last = point.time;
      count += 1;
    }
  });
  source.addEventListener('end', () => {
    source.close();
    button.disabled = false;
    status(`Replay finished: ${count} snapshots.`);
  });
  source.onerror = () => {
    source.close();
    button.disabled = false;
    if (!count) status('The live feed is not available.');
  };
}
