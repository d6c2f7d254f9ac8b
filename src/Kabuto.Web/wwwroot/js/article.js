// The draft article from GET /api/wrap?format=json: text whose numbers carry the ids of the facts they state.
// Each number becomes an element titled with its fact id, so a reader can hover any figure and see where it came from.

import { notice } from './format.js';

function paragraphsOf(wrap) {
  if (Array.isArray(wrap.paragraphs)) return wrap.paragraphs;
  if (Array.isArray(wrap.sections)) return wrap.sections.flatMap((s) => s.paragraphs ?? s.sentences ?? [s]);
  if (Array.isArray(wrap.sentences)) return wrap.sentences;
  return [];
}

/** Text with fact references: either spans [{text, fact_id}] or text plus fact_ids matched in order. */
function renderText(target, part) {
  if (typeof part === 'string') {
    target.append(part);
    return;
  }
  if (Array.isArray(part.spans)) {
    for (const span of part.spans) {
      if (span.fact_id) {
        const number = document.createElement('span');
        number.className = 'fact';
        number.textContent = span.text;
        number.title = span.fact_id;
        number.dataset.factId = span.fact_id;
        target.append(number);
      } else {
        target.append(span.text);
      }
    }
    return;
  }
  target.append(part.text ?? '');
  if (Array.isArray(part.fact_ids) && part.fact_ids.length) target.title = part.fact_ids.join('\n');
}

export function renderArticle(container, wrap) {
  const parts = paragraphsOf(wrap);
  if (!wrap.headline && !parts.length) {
    notice(container, 'The writer returned no text for this day.');
    return;
  }
  const nodes = [];
  if (wrap.headline) {
    const h = document.createElement('h3');
    renderText(h, wrap.headline);
    nodes.push(h);
  }
  for (const part of parts) {
    const p = document.createElement('p');
    renderText(p, part);
    nodes.push(p);
  }
  container.replaceChildren(...nodes);
}
