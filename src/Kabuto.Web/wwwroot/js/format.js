// Number formatting and fact links: every number the page prints is an element whose title is its fact id.

const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatValue(value, unit) {
  if (value === null || value === undefined) return '';
  switch (unit) {
    case 'pct': return `${value > 0 ? '+' : ''}${twoDecimals.format(value)}%`;
    case 'pct_points': return `${value > 0 ? '+' : ''}${twoDecimals.format(value)} pp`;
    case 'flag': return value ? 'yes' : 'no';
    case 'points': return `${value > 0 ? '+' : ''}${twoDecimals.format(value)}`;
    case 'count': case 'rank': case 'days': return whole.format(value);
    default: return twoDecimals.format(value);
  }
}

export function signClass(value) {
  return value > 0 ? 'up' : value < 0 ? 'down' : '';
}

/** An element holding a number that links to its fact (hover shows the id). */
export function factSpan(fact, text = formatValue(fact.value, fact.unit), tag = 'span') {
  const element = document.createElement(tag);
  element.className = `fact ${fact.unit === 'pct' || fact.unit === 'points' ? signClass(fact.value) : ''}`.trim();
  element.textContent = text;
  element.title = fact.id;
  element.dataset.factId = fact.id;
  return element;
}

export function cell(content, className) {
  const td = document.createElement('td');
  if (className) td.className = className;
  if (content instanceof Node) td.append(content); else td.textContent = content ?? '';
  return td;
}

export function notice(container, text) {
  const p = document.createElement('p');
  p.className = 'notice';
  p.textContent = text;
  container.replaceChildren(p);
}
