// The director's audit page: who read which case and who changed what, from GET /api/audit, with filters in
// the address (so a view can be bookmarked) and paging. Everything the user reads is Dutch.

import { getJson, LINKS } from './api.js';
import { h, replaceChildren, srOnly } from './dom.js';
import { formatDateTime } from './format.js';

const PAGE_SIZE = 50;
const FILTERS = ['casus', 'gebruiker', 'van', 'tot', 'soort'];

const el = {
  userName: document.getElementById('user-name'),
  toolbar: document.getElementById('toolbar'),
  form: document.getElementById('filters'),
  loading: document.getElementById('laden'),
  main: document.getElementById('inhoud'),
  message: document.getElementById('melding'),
  result: document.getElementById('resultaat'),
  summary: document.getElementById('samenvatting'),
  rows: document.getElementById('regels'),
  previous: document.getElementById('vorige'),
  next: document.getElementById('volgende'),
  page: document.getElementById('pagina'),
};

const state = { page: 1, request: null };

function showMessage(title, ...children) {
  el.result.hidden = true;
  replaceChildren(el.message, h('section', { class: 'message', 'aria-labelledby': 'melding-titel' },
    h('h2', { id: 'melding-titel', text: title }), children));
  el.message.hidden = false;
}

function setBusy(busy) {
  el.main.setAttribute('aria-busy', String(busy));
  el.loading.hidden = !busy;
}

function filtersFromAddress() {
  const params = new URLSearchParams(window.location.search);
  for (const name of FILTERS) el.form.elements[name].value = params.get(name) ?? '';
  state.page = Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1);
}

function currentFilters() {
  const filters = {};
  for (const name of FILTERS) filters[name] = el.form.elements[name].value.trim();
  return filters;
}

function writeAddress() {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(currentFilters())) if (value) params.set(name, value);
  if (state.page > 1) params.set('pagina', String(state.page));
  const query = params.toString();
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

async function load() {
  state.request?.abort();
  const request = new AbortController();
  state.request = request;
  setBusy(true);
  writeAddress();
  try {
    const page = await getJson('api/audit', { ...currentFilters(), pagina: state.page, grootte: PAGE_SIZE }, request.signal);
    render(page);
  } catch (error) {
    if (error.name === 'AbortError') return;
    if (error.status === 400) {
      showMessage(error.title || 'Ongeldig filter', h('p', { text: error.detail }));
    } else {
      showMessage(error.title || 'Er ging iets mis', h('p', { text: error.detail || error.message }),
        h('p', { class: 'message-actions' },
          h('button', { type: 'button', class: 'button button-primary', text: 'Opnieuw proberen', onClick: load })));
    }
  } finally {
    if (state.request === request) setBusy(false);
  }
}

function render(page) {
  el.message.hidden = true;
  el.result.hidden = false;
  const entries = page.entries ?? [];
  const first = (page.page - 1) * page.size + 1;
  el.summary.textContent = page.total === 0
    ? 'Geen inzages of wijzigingen gevonden bij deze filters.'
    : `${first}–${first + entries.length - 1} van ${page.total} regels, nieuwste eerst.`;
  replaceChildren(el.rows, entries.map(row));
  el.page.textContent = page.pages > 0 ? `Pagina ${page.page} van ${page.pages}` : '';
  el.previous.disabled = page.page <= 1;
  el.next.disabled = page.page >= page.pages;
}

function row(entry) {
  const user = entry.userName && entry.userName !== entry.userId
    ? [entry.userName, h('br'), h('span', { class: 'meta', text: entry.userId })] : entry.userId;
  const how = entry.httpMethod ? [entry.channel, h('br'), h('span', { class: 'meta', text: `${entry.httpMethod} ${entry.path}` })]
    : entry.channel;
  return h('tr', {},
    h('td', {}, h('time', { datetime: entry.at, text: formatDateTime(entry.at) })),
    h('td', { class: `kind--${entry.kind}`, text: entry.kindLabel }),
    h('td', {}, user),
    h('td', { class: 'col-ref' }, entry.caseReference
      ? h('a', { href: `?casus=${encodeURIComponent(entry.caseReference)}`, text: entry.caseReference })
      : h('span', { class: 'meta' }, '—', srOnly('geen casus'))),
    h('td', { text: entry.what }),
    h('td', { text: entry.operation }),
    h('td', {}, how));
}

async function start() {
  setBusy(true);
  let me;
  try {
    me = await getJson('api/ik');
  } catch (error) {
    setBusy(false);
    if (error.status === 401) {
      showMessage('U bent niet ingelogd',
        h('p', {}, 'Het auditlog is er voor de directeur. U logt in met hetzelfde account als voor Tasklist en Cockpit.'),
        h('p', { class: 'message-actions' }, h('a', { class: 'button button-primary', href: LINKS.login, text: 'Inloggen' })));
    } else {
      showMessage(error.title || 'Er ging iets mis', h('p', { text: error.detail || error.message }));
    }
    return;
  }
  el.userName.replaceChildren(srOnly('Ingelogd als '), me.name);
  el.userName.hidden = false;
  if (!me.roles?.includes('directeur')) {
    setBusy(false);
    showMessage('Geen toegang tot het auditlog',
      h('p', {}, `U bent ingelogd als ${me.name}. Het auditlog is alleen voor de directeur.`));
    return;
  }
  filtersFromAddress();
  el.toolbar.hidden = false;
  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.page = 1;
    load();
  });
  el.previous.addEventListener('click', () => { state.page -= 1; load(); });
  el.next.addEventListener('click', () => { state.page += 1; load(); });
  load();
}

start();
