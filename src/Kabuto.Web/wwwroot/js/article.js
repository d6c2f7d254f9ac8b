// The draft article from GET /api/wrap?format=json (docs/writer.md): sections of paragraphs made of runs, where every
// number run carries the id of the fact it states. Each number becomes an element titled with its fact id, so a
// reader can hover any figure and see where it came from.

import { notice } from './format.js';

function renderRuns(target, paragraph) {
  for (const run of paragraph.runs ?? []) {
    if (run.fact_id) {
      const number = document.createElement('span');
      number.className = 'fact';
      number.textContent = run.text;
      number.title = run.fact_id;
      number.dataset.factId = run.fact_id;
      target.append(number);
    } else {
      target.append(run.text);
    }
  }
  if (!paragraph.runs?.length) target.append(paragraph.text ?? '');
}

export function renderArticle(container, wrap) {
  const sections = wrap.sections ?? [];
  if (!wrap.headline && !sections.length) {
    notice(container, 'The writer returned no text for this day.');
    return;
  }
  const nodes = [];
  const headline = document.createElement('h3');
  headline.textContent = wrap.headline ?? '';
  nodes.push(headline);
  for (const section of sections) {
    if (section.heading) {
      const heading = document.createElement('h4');
      heading.textContent = section.heading;
      nodes.push(heading);
    }
    for (const paragraph of section.paragraphs ?? []) {
      const p = document.createElement('p');
      renderRuns(p, paragraph);
      nodes.push(p);
    }
  }
  const facts = document.createElement('p');
  facts.className = 'legend';
  facts.textContent = `${wrap.facts?.length ?? 0} facts behind this draft (${wrap.edition ?? 'close'} edition).`;
  nodes.push(facts);
  container.replaceChildren(...nodes);
}
