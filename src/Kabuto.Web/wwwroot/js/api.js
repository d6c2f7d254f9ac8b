// Calls to the Kabuto HTTP API. A failed call becomes an ApiError carrying the server's ProblemDetails reason,
// which the page shows in the section that needed it.
//
// Beyond loopback the server wants an API key. The page never keeps it: POST /api/session checks the key once (sent as
// X-Api-Key, never in a URL) and the server sets it as an HttpOnly SameSite=Strict cookie, which the browser then sends
// with every fetch, the live view's EventSource and the edition links alike.

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

// True when the API answers this browser: on loopback, or with a key cookie the server accepts.
export async function hasAccess() {
  const response = await fetch('/api/session', { headers: { Accept: 'application/json' } });
  if (response.status === 401) return false;
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return true;
}

// Hands the key to the server, which answers with its cookie; a refused key is an ApiError (401, or 429 over the rate).
export async function useKey(key) {
  const response = await fetch('/api/session', { method: 'POST', headers: { Accept: 'application/json', 'X-Api-Key': key } });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
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
