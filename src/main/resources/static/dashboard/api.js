// Calls to the application's API. Same origin, the Camunda webapp session cookie authenticates; every
// request carries X-Requested-With so the server can tell a page's call from a form post (CSRF) and need not
// answer a 401 with a browser login prompt. Errors arrive as problem+json with a Dutch title and detail.

/** The application root, derived from this file's address (/dashboard/api.js → /), so a context path works. */
export const APP_ROOT = new URL('../', import.meta.url);

export const LINKS = {
  login: new URL('camunda/app/welcome/default/#!/login', APP_ROOT).href,
  tasklist: new URL('camunda/app/tasklist/', APP_ROOT).href,
  cockpit: new URL('camunda/app/cockpit/', APP_ROOT).href,
};

const FALLBACK_DETAIL = {
  400: 'De server kon dit verzoek niet verwerken.',
  401: 'U bent niet (meer) ingelogd.',
  403: 'U heeft geen toegang tot deze gegevens.',
  404: 'Deze gegevens zijn niet gevonden.',
  409: 'Dit kan niet in de huidige toestand.',
};

/** A failed call, with what the user should read. `status` 0 means the server was not reached. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

/** An absolute URL for an API path ("api/kpi") with query parameters; empty values are left out. */
export function apiUrl(path, params = {}) {
  const url = new URL(path, APP_ROOT);
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(name, value);
  }
  return url.href;
}

async function request(method, path, { params, body, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(apiUrl(path, params), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Geen verbinding',
      'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
  }
  const type = response.headers.get('Content-Type') || '';
  const isJson = /json/i.test(type);
  const payload = isJson ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const title = payload?.title || (response.status >= 500 ? 'Storing' : 'Niet gelukt');
    const detail = payload?.detail || FALLBACK_DETAIL[response.status]
      || `Er ging iets mis op de server (foutcode ${response.status}). Probeer het later opnieuw.`;
    throw new ApiError(response.status, title, detail);
  }
  if (!isJson || payload === null) {
    // E.g. a login page served instead of data, after the session ended.
    throw new ApiError(response.status, 'Onverwacht antwoord',
      'De server gaf geen cijfers terug. Mogelijk bent u uitgelogd; laad de pagina opnieuw.');
  }
  return payload;
}

export const getJson = (path, params, signal) => request('GET', path, { params, signal });
export const postJson = (path, body) => request('POST', path, { body });
