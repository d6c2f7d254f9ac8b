// Calls to the Kabuto HTTP API. A failed call becomes an ApiError carrying the server's ProblemDetails reason,
// which the page shows in the section that needed it.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function problemOf(response) {
  try {
    const problem = await response.json();
    return problem.detail ?? problem.title ?? response.statusText;
  } catch {
    return response.statusText;
  }
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  return response.json();
}

export const api = {
  indices: () => getJson('/api/indices'),
  levels: (index, from, to) => getJson(`/api/levels/${encodeURIComponent(index)}?from=${from}&to=${to}`),
  day: (market, date, lang = 'en') => getJson(`/api/day/${encodeURIComponent(market)}/${date}${lang === 'en' ? '' : `?lang=${lang}`}`),
  records: (index) => getJson(`/api/records/${encodeURIComponent(index)}`),
  editions: () => getJson('/api/editions'),
  wrap: (market, date, edition, lang = 'en') =>
    getJson(`/api/wrap/${encodeURIComponent(market)}/${date}?edition=${edition}&format=json&lang=${lang}`),
};
