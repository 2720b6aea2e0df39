// The KPI dashboard of the PlusTeam: traffic lights per KPI, trends, the cases behind a light, and the
// quarterly reports. Everything the user reads is Dutch; the API contract is described in api.js.

import { ApiError, apiUrl, getJson, LINKS, postJson } from './api.js';
import { chartsAvailable, describeTrend, destroyCharts, drawTrend, trendTable } from './charts.js';
import { h, icons, lightIcon, replaceChildren, srOnly } from './dom.js';
import {
  compareQuarters, finishedQuarters, formatDate, formatDateTime, formatShortDate, isoDate, lightOf, parseQuarterId,
  plural, quarterId, quarterLabel, quarterOf, quarterRange,
} from './format.js';

const TREND_QUARTERS = 6;
const PERIOD_CHOICES = 8;
const RUNNING = 'lopend';
/** Parts beyond this many fold away (the ZRM change has one line per domain). */
const PARTS_SHOWN = 4;

const MUNICIPALITIES = [
  { value: '', label: 'Beide gemeenten' },
  { value: 'geldrop-mierlo', label: 'Geldrop-Mierlo' },
  { value: 'waalre', label: 'Waalre' },
];

const LIGHT_ORDER = ['rood', 'oranje', 'groen', 'geen-norm', 'geen-gegevens'];
const COUNT_LABELS = {
  rood: 'rood', oranje: 'oranje', groen: 'groen', 'geen-norm': 'zonder norm', 'geen-gegevens': 'geen gegevens',
};

const el = {
  userName: document.getElementById('user-name'),
  toolbar: document.getElementById('toolbar'),
  controls: document.getElementById('controls'),
  period: document.getElementById('periode'),
  municipality: document.getElementById('gemeente'),
  loading: document.getElementById('laden'),
  print: document.getElementById('afdrukken'),
  main: document.getElementById('inhoud'),
  message: document.getElementById('melding'),
  summary: document.getElementById('overzicht'),
  groups: document.getElementById('groepen'),
  reports: document.getElementById('rapportages'),
  dialog: document.getElementById('casussen'),
  dialogTitle: document.getElementById('casussen-titel'),
  dialogKicker: document.getElementById('casussen-soort'),
  dialogMeta: document.getElementById('casussen-periode'),
  dialogBody: document.getElementById('casussen-inhoud'),
  announcer: document.getElementById('aankondiging'),
  printedAt: document.getElementById('afgedrukt'),
};

const state = {
  me: null,
  today: new Date(),
  periodId: null,
  municipality: '',
  figures: null,
  figuresRequest: null,
  trends: new Map(),
  reports: [],
};

// --- Periods and the address bar -------------------------------------------------------------------------

/** From/to (ISO) and a label for a period id ("2026-Q3" or "lopend"); null when it cannot be shown. */
function resolvePeriod(id) {
  const current = quarterOf(state.today);
  if (id === RUNNING) {
    return { id, from: quarterRange(current).from, to: isoDate(state.today), quarter: current, running: true };
  }
  const quarter = parseQuarterId(id);
  if (!quarter) return null;
  const order = compareQuarters(quarter, current);
  if (order > 0) return null;
  if (order === 0) return resolvePeriod(RUNNING);
  return { id: quarterId(quarter), ...quarterRange(quarter), quarter, running: false };
}

function defaultPeriodId() {
  return quarterId(finishedQuarters(state.today, 1)[0]);
}

function readAddress() {
  const params = new URLSearchParams(window.location.search);
  const period = resolvePeriod(params.get('periode'));
  state.periodId = period ? period.id : defaultPeriodId();
  const municipality = params.get('gemeente') ?? '';
  state.municipality = MUNICIPALITIES.some((m) => m.value === municipality) ? municipality : '';
}

/** The chosen period and municipality in the address, so the view can be shared as a link. */
function writeAddress(mode) {
  const params = new URLSearchParams(window.location.search);
  params.set('periode', state.periodId);
  if (state.municipality) params.set('gemeente', state.municipality);
  else params.delete('gemeente');
  const url = `${window.location.pathname}?${params}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

// --- Controls --------------------------------------------------------------------------------------------

function buildControls() {
  const running = resolvePeriod(RUNNING);
  const quarters = finishedQuarters(state.today, PERIOD_CHOICES);
  const chosen = parseQuarterId(state.periodId);
  if (chosen && !quarters.some((q) => compareQuarters(q, chosen) === 0)) quarters.push(chosen);
  replaceChildren(el.period,
    h('option', { value: RUNNING, title: `${formatDate(running.from)} t/m vandaag` }, 'Lopend kwartaal tot vandaag'),
    h('optgroup', { label: 'Afgesloten kwartalen' },
      quarters.map((q) => {
        const range = quarterRange(q);
        return h('option', { value: quarterId(q) },
          `${quarterLabel(q)} (${formatShortDate(range.from)} – ${formatShortDate(range.to)})`);
      })));

  replaceChildren(el.municipality, h('legend', { text: 'Gemeente' }),
    h('div', { class: 'segmented-options' },
      MUNICIPALITIES.map((m) => h('label', { class: 'segmented-option' },
        h('input', { type: 'radio', name: 'gemeente', value: m.value }),
        h('span', { text: m.label })))));
  syncControls();
}

function syncControls() {
  el.period.value = state.periodId;
  for (const radio of el.municipality.querySelectorAll('input[type=radio]')) {
    radio.checked = radio.value === state.municipality;
  }
}

function wireControls() {
  el.period.addEventListener('change', () => {
    state.periodId = el.period.value;
    writeAddress('push');
    loadFigures();
  });
  el.municipality.addEventListener('change', (event) => {
    state.municipality = event.target.value;
    writeAddress('push');
    loadFigures();
  });
  el.controls.addEventListener('submit', (event) => event.preventDefault());
  el.print.addEventListener('click', () => window.print());
  window.addEventListener('popstate', () => {
    readAddress();
    buildControls(); // an older quarter from the history may not be among the options yet
    loadFigures();
  });

  // Printing shows the definitions and breakdowns that are folded away on screen.
  let opened = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll('main details:not([open])')];
    opened.forEach((details) => { details.open = true; });
    el.printedAt.textContent = `Afgedrukt op ${formatDateTime(new Date().toISOString())}`;
  });
  window.addEventListener('afterprint', () => {
    opened.forEach((details) => { details.open = false; });
    opened = [];
  });

  el.dialog.addEventListener('click', (event) => {
    if (event.target === el.dialog) el.dialog.close(); // a click on the backdrop
  });
}

function setBusy(busy) {
  el.main.setAttribute('aria-busy', String(busy));
  el.loading.hidden = !busy;
  document.body.classList.toggle('is-loading', busy);
}

function announce(text) {
  el.announcer.textContent = '';
  window.setTimeout(() => { el.announcer.textContent = text; }, 50);
}

// --- Whole-page messages ---------------------------------------------------------------------------------

function showMessage(...children) {
  el.summary.hidden = true;
  el.groups.hidden = true;
  el.reports.hidden = true;
  destroyCharts();
  replaceChildren(el.message, h('section', { class: 'message', 'aria-labelledby': 'melding-titel' }, children));
  el.message.hidden = false;
}

function showLogin() {
  el.toolbar.hidden = true;
  el.userName.hidden = true;
  const here = window.location.href;
  showMessage(
    h('h2', { id: 'melding-titel', text: 'U bent niet ingelogd' }),
    h('p', {}, 'De sturingsinformatie van het PlusTeam is er voor de teammanager en de directeur. U logt in met '
      + 'hetzelfde account als voor Tasklist en Cockpit.'),
    h('p', { class: 'message-actions' },
      h('a', { class: 'button button-primary', href: LINKS.login, text: 'Inloggen' }),
      h('button', { type: 'button', class: 'button', text: 'Ik ben ingelogd: opnieuw laden', onClick: () => window.location.reload() })),
    h('p', { class: 'meta' },
      'Na het inloggen opent het welkomstscherm van Camunda. Kom daarna terug naar deze pagina, ',
      h('a', { href: here, text: new URL(here).pathname }),
      ' (bewaar haar als bladwijzer). De gekozen periode en gemeente staan in het adres en blijven bewaard.'));
  document.title = 'Inloggen — Sturingsinformatie PlusTeam';
}

function showNoAccess(me, problem) {
  el.toolbar.hidden = true;
  showMessage(
    h('h2', { id: 'melding-titel', text: problem?.title || 'Geen toegang tot de sturingsinformatie' }),
    h('p', {}, problem?.detail
      || `U bent ingelogd als ${me.name}. De sturingsinformatie is er voor de teammanager en de directeur van het PlusTeam.`),
    h('p', {}, 'Heeft u deze cijfers nodig voor uw werk? Vraag dan de teammanager of de procesbeheerder om toegang. '
      + 'Uw eigen taken vindt u in ', h('a', { href: LINKS.tasklist, text: 'Tasklist' }), '.'));
}

function showError(error, retry) {
  showMessage(
    h('h2', { id: 'melding-titel', text: error.title || 'Er ging iets mis' }),
    h('p', { text: error.detail || error.message }),
    h('p', { class: 'message-actions' },
      h('button', { type: 'button', class: 'button button-primary', text: 'Opnieuw proberen', onClick: retry })));
}

// --- Start -----------------------------------------------------------------------------------------------

async function start() {
  setBusy(true);
  let me;
  try {
    me = await getJson('api/ik');
  } catch (error) {
    setBusy(false);
    if (error.status === 401) showLogin();
    else showError(error, start);
    return;
  }
  state.me = me;
  el.userName.replaceChildren(srOnly('Ingelogd als '), me.name);
  el.userName.hidden = false;
  // The audit log (who read and changed which dossier) is the director's alone.
  document.getElementById('audit-link').hidden = !me.roles?.includes('directeur');
  // The capacity simulator ("what if") is for the team manager and the director.
  document.getElementById('simulation-link').hidden = !me.roles?.includes('teammanager')
    && !me.roles?.includes('directeur');
  if (!me.canSeeDashboard) {
    setBusy(false);
    showNoAccess(me);
    return;
  }
  readAddress();
  buildControls();
  writeAddress('replace');
  el.toolbar.hidden = false;
  loadFigures();
  loadReports();
}

// --- Figures ---------------------------------------------------------------------------------------------

async function loadFigures() {
  state.figuresRequest?.abort();
  const request = new AbortController();
  state.figuresRequest = request;
  const period = resolvePeriod(state.periodId);
  const municipality = state.municipality;
  setBusy(true);
  const trend = state.trends.get(municipality)
    ?? getJson('api/kpi/trend', { kwartalen: TREND_QUARTERS, gemeente: municipality });
  state.trends.set(municipality, trend);
  trend.catch(() => state.trends.delete(municipality));
  const [figures, trends] = await Promise.allSettled([
    getJson('api/kpi', { van: period.from, tot: period.to, gemeente: municipality }, request.signal),
    trend,
  ]);
  if (request.signal.aborted) return;
  setBusy(false);
  if (figures.status === 'rejected') {
    const error = figures.reason;
    if (error.status === 401) showLogin();
    else if (error.status === 403) showNoAccess(state.me, error);
    else showError(error, loadFigures);
    return;
  }
  state.figures = { ...figures.value, request: { ...period, municipality } };
  renderFigures(figures.value, period, trends.status === 'fulfilled' ? trends.value : null);
  const { label, municipalityLabel: where } = figures.value.period;
  document.title = `${label}, ${where} — Sturingsinformatie PlusTeam`;
  announce(`Cijfers geladen: ${label}, ${where}.`);
}

function renderFigures(data, period, trend) {
  destroyCharts();
  el.message.hidden = true;
  el.summary.hidden = false;
  el.groups.hidden = false;
  el.reports.hidden = false; // may have been hidden by an earlier error message
  const groups = groupKpis(data.kpis);
  renderSummary(data, period, groups);
  replaceChildren(el.groups, groups.map((group) => renderGroup(group, trend)));
  if (trend) drawCharts(trend, period);
}

/** Groups in order of first appearance; KPIs in API order within a group. */
function groupKpis(kpis) {
  const groups = new Map();
  for (const kpi of kpis) {
    const name = kpi.group || 'Overige indicatoren';
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(kpi);
  }
  return [...groups].map(([name, items], index) => ({ name, items, id: `groep-${index + 1}` }));
}

/** Server text as shown: "€ 37.500" and "7 dagen" never break between sign or number and unit. */
function tidy(text) {
  return (text ?? '').replace(/([€−+-]) (?=[\d€])/g, '$1\u00a0').replace(/(\d) (?=(dagen|keer)\b)/g, '$1\u00a0');
}

function lightBadge(light, { prefix = true } = {}) {
  return h('span', { class: `light light--${light.code}`, title: light.meaning },
    lightIcon(light.code), prefix ? srOnly('Stoplicht: ') : null, h('span', { class: 'light-label', text: light.label }));
}

function renderSummary(data, period, groups) {
  const { period: p } = data;
  const counts = Object.fromEntries(LIGHT_ORDER.map((code) => [code, 0]));
  const lights = data.kpis.map((kpi) => ({ kpi, light: lightOf(kpi) }));
  lights.forEach(({ light }) => { counts[light.code] += 1; });
  const allEmpty = counts['geen-gegevens'] === data.kpis.length;
  const title = period.running ? `Lopend kwartaal: ${quarterLabel(period.quarter)}` : p.label;
  const meta = [`${formatDate(p.from)} t/m ${formatDate(p.to)}${period.running ? ' (vandaag)' : ''}`];
  if (p.asOf && p.asOf !== p.to) meta.push(`peildatum ${formatDate(p.asOf)}`);
  if (data.computedAt) meta.push(`berekend op ${formatDateTime(data.computedAt)}`);

  const attention = lights.filter(({ light }) => light.code === 'rood')
    .concat(lights.filter(({ light }) => light.code === 'oranje'));

  replaceChildren(el.summary,
    h('div', { class: 'summary-head' },
      h('div', { class: 'summary-title' },
        h('p', { class: 'eyebrow', text: 'Stand van zaken' }),
        h('h2', { id: 'overzicht-titel' }, title, h('span', { class: 'summary-where', text: ` · ${p.municipalityLabel}` })),
        h('p', { class: 'meta', text: meta.join(' · ') })),
      h('ul', { class: 'light-counts', 'aria-label': 'Aantal indicatoren per stoplicht' },
        LIGHT_ORDER.filter((code) => counts[code] > 0 || ['rood', 'oranje', 'groen'].includes(code))
          .map((code) => h('li', { class: `light-count light-count--${code}${counts[code] ? '' : ' is-zero'}` },
            lightIcon(code), h('strong', { text: counts[code] }), ` ${COUNT_LABELS[code]}`)))),
    period.running ? h('p', { class: 'notice' }, icons.info(),
      'Voorlopige cijfers: dit kwartaal loopt nog. Termijnen die nog niet verstreken zijn tellen nog niet mee, '
      + 'dus de cijfers kunnen nog veranderen.') : null,
    allEmpty ? h('p', { class: 'notice notice--empty' }, icons.info(),
      `Over deze periode zijn geen gegevens: voor ${p.municipalityLabel} zijn toen geen aanmeldingen, intakes of `
      + 'evaluaties vastgelegd. Kies een latere periode.') : null,
    allEmpty ? null : h('div', { class: 'attention' },
      h('h3', { text: attention.length ? 'Aandacht nodig' : 'Geen rode of oranje stoplichten' }),
      attention.length
        ? h('table', { class: 'attention-table' },
          h('caption', { class: 'visually-hidden', text: 'Indicatoren met een rood of oranje stoplicht' }),
          h('thead', {}, h('tr', {}, ['Stoplicht', 'Indicator', 'Waarde', 'Norm'].map((text) => h('th', { scope: 'col', text })))),
          h('tbody', {}, attention.map(({ kpi, light }) => h('tr', {},
            h('td', {}, lightBadge(light)),
            h('th', { scope: 'row' }, h('a', { href: `#kpi-${kpi.key}`, text: kpi.label })),
            h('td', { class: 'attention-value', text: tidy(kpi.display) }),
            h('td', { class: 'attention-norm', text: tidy(kpi.norm) })))))
        : h('p', { class: 'meta', text: 'Alle indicatoren met een norm staan in deze periode op groen.' })),
    h('nav', { class: 'group-nav', 'aria-label': 'Onderdelen van de sturingsinformatie' },
      h('ul', {}, groups.map((group) => h('li', {}, h('a', { href: `#${group.id}`, text: group.name }))),
        h('li', {}, h('a', { href: '#rapportages', text: 'Kwartaalrapportages' })))));
}

function renderGroup(group, trend) {
  // data-size lets small groups share a row (see #groepen in dashboard.css).
  return h('section', {
    class: 'kpi-group', id: group.id, 'aria-labelledby': `${group.id}-titel`,
    dataset: { size: String(Math.min(group.items.length, 4)) },
  },
    h('h2', { id: `${group.id}-titel`, class: 'group-title', text: group.name }),
    h('div', { class: 'kpi-grid' }, group.items.map((kpi) => renderCard(kpi, trend))));
}

function renderParts(kpi) {
  if (!kpi.parts?.length) return null;
  const list = h('dl', { class: 'parts', 'aria-label': `Uitsplitsing ${kpi.label}` },
    kpi.parts.map((part) => h('div', { class: 'part' },
      h('dt', { text: part.label }),
      h('dd', { text: tidy(part.display) }))));
  if (kpi.parts.length <= PARTS_SHOWN) return list;
  return h('details', { class: 'parts-more' },
    h('summary', {}, `Uitsplitsing (${kpi.parts.length} onderdelen)`), list);
}

function renderCard(kpi, trend) {
  const light = lightOf(kpi);
  const titleId = `kpi-${kpi.key}-titel`;
  const trendKpi = trend?.kpis?.find((k) => k.key === kpi.key);
  const canDrill = kpi.drillDown && state.me?.canSeeCases;
  const empty = light.code === 'geen-gegevens';
  return h('article', { class: `kpi kpi--${light.code}`, id: `kpi-${kpi.key}`, 'aria-labelledby': titleId },
    h('h3', { class: 'kpi-title', id: titleId, text: kpi.label }),
    h('div', { class: 'kpi-figure' },
      empty ? h('p', { class: 'kpi-value kpi-value--empty' }, lightIcon(light.code), srOnly('Stoplicht: '), tidy(kpi.display))
        : [h('p', { class: 'kpi-value', text: tidy(kpi.display) }), lightBadge(light)]),
    kpi.detail ? h('p', { class: 'kpi-detail', text: tidy(kpi.detail) }) : null,
    h('p', { class: 'kpi-norm' }, h('span', { class: 'kpi-norm-label', text: 'Norm' }),
      tidy(kpi.norm) || 'geen norm vastgesteld'),
    renderParts(kpi),
    trendKpi ? h('figure', { class: 'trend' },
      h('div', { class: 'trend-canvas', dataset: { trend: kpi.key } }),
      h('figcaption', { class: 'trend-caption' }, trendCaption(trend))) : null,
    !trend ? h('p', { class: 'trend-missing meta', text: 'Het verloop over de kwartalen is nu niet beschikbaar.' }) : null,
    kpi.definition ? h('details', { class: 'definition' },
      h('summary', {}, 'Hoe wordt dit berekend?'), h('p', { text: kpi.definition })) : null,
    canDrill ? h('div', { class: 'kpi-actions' },
      h('button', {
        type: 'button', class: 'button button-drill', 'aria-haspopup': 'dialog',
        'aria-label': `${drillLabel(kpi)}: ${kpi.label}`,
        onClick: () => openDrillDown(kpi),
      }, icons.list(), drillLabel(kpi))) : null);
}

function drillLabel(kpi) {
  return kpi.unit === 'caseload' ? 'Generalisten achter dit cijfer' : 'Casussen achter dit cijfer';
}

function trendCaption(trend) {
  const running = trend.quarters.some((q) => q.running === true);
  return `Verloop per kwartaal${running ? ' · * lopend, voorlopig' : ''}`;
}

function drawCharts(trend, period) {
  for (const holder of el.groups.querySelectorAll('[data-trend]')) {
    const kpi = trend.kpis.find((k) => k.key === holder.dataset.trend);
    const caption = `Verloop ${kpi.label}`;
    if (!chartsAvailable) {
      holder.classList.add('trend-canvas--table');
      holder.append(trendTable(kpi, trend.quarters, caption));
      continue;
    }
    const canvas = h('canvas', { role: 'img', 'aria-label': describeTrend(kpi, trend.quarters) },
      trendTable(kpi, trend.quarters, caption));
    holder.append(canvas);
    drawTrend(canvas, kpi, trend.quarters, period.from);
  }
}

// --- Drill-down ------------------------------------------------------------------------------------------

const ITEM_COLUMNS = [
  { key: 'reference', label: 'Casusnummer', className: 'col-ref' },
  { key: 'generalist', label: 'Generalist', className: 'col-name' },
  { key: 'municipality', label: 'Gemeente', className: 'col-muni' },
  { key: 'reason', label: 'Toelichting', className: 'col-reason' },
];

let drillRequest = 0;

async function openDrillDown(kpi) {
  const token = ++drillRequest;
  const data = state.figures;
  const period = data.request;
  const light = lightOf(kpi);
  el.dialogKicker.textContent = drillLabel(kpi);
  el.dialogTitle.textContent = kpi.label;
  replaceChildren(el.dialogMeta, `${data.period.label} · ${data.period.municipalityLabel} · `,
    h('strong', { text: tidy(kpi.display) }), ' ', lightBadge(light));
  replaceChildren(el.dialogBody, h('p', { class: 'drill-loading', text: 'Lijst wordt geladen…' }));
  if (!el.dialog.open) el.dialog.showModal();
  try {
    const result = await getJson(`api/kpi/${encodeURIComponent(kpi.key)}/casussen`,
      { van: period.from, tot: period.to, gemeente: period.municipality });
    if (!el.dialog.open || token !== drillRequest) return;
    renderDrillItems(kpi, result.items ?? []);
  } catch (error) {
    if (!el.dialog.open || token !== drillRequest) return;
    replaceChildren(el.dialogBody, h('div', { class: 'problem', role: 'alert' },
      h('h3', { text: error.status === 403 ? (error.title || 'Geen inzage') : (error.title || 'Niet gelukt') }),
      h('p', { text: error.detail || error.message })));
  }
}

function renderDrillItems(kpi, items) {
  if (!items.length) {
    const what = kpi.unit === 'caseload' ? 'generalisten' : 'casussen';
    replaceChildren(el.dialogBody, h('p', { class: 'drill-empty', text: `Er staan in deze periode geen ${what} achter dit cijfer.` }));
    return;
  }
  const columns = ITEM_COLUMNS.filter((column) => items.some((item) => item[column.key]));
  const known = new Set(ITEM_COLUMNS.map((column) => column.key));
  const extra = [...new Set(items.flatMap((item) => Object.keys(item)))].filter((key) => !known.has(key));
  columns.push(...extra.map((key) => ({ key, label: key, className: '' })));
  const nameOnly = !columns.some((column) => column.key === 'reference');
  const header = h('tr', {}, columns.map((column) => h('th', { scope: 'col', class: column.className, text: column.label })));
  const rows = items.map((item) => h('tr', {}, columns.map((column, index) => (index === 0
    ? h('th', { scope: 'row', class: column.className, text: item[column.key] ?? '' })
    : h('td', { class: column.className, text: item[column.key] ?? '' })))));
  replaceChildren(el.dialogBody,
    h('p', { class: 'drill-count' },
      h('strong', { text: nameOnly ? plural(items.length, 'generalist', 'generalisten') : plural(items.length, 'casus', 'casussen') }),
      nameOnly ? ' achter dit cijfer.' : ' achter dit cijfer. Zoek een casus op met het casusnummer in Tasklist of Cockpit.'),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': `Lijst bij ${kpi.label}` },
      h('table', { class: 'data-table' },
        h('caption', { class: 'visually-hidden', text: `${drillLabel(kpi)}: ${kpi.label}` }),
        h('thead', {}, header),
        h('tbody', {}, rows))));
}

// --- Quarterly reports -----------------------------------------------------------------------------------

async function loadReports() {
  el.reports.hidden = false;
  replaceChildren(el.reports, reportsHeading(), h('p', { class: 'meta', text: 'Rapportages worden geladen…' }));
  try {
    state.reports = await getJson('api/rapportages');
  } catch (error) {
    if (error.status === 401) return; // the figures show the login message
    replaceChildren(el.reports, reportsHeading(),
      h('div', { class: 'problem', role: 'alert' }, h('h3', { text: error.title }), h('p', { text: error.detail })));
    return;
  }
  renderReports();
}

function reportsHeading() {
  return h('h2', { id: 'rapportages-titel', class: 'group-title', text: 'Kwartaalrapportages voor AB en DB' });
}

function renderReports(message) {
  const reports = [...state.reports].sort((a, b) => b.period.from.localeCompare(a.period.from));
  replaceChildren(el.reports,
    reportsHeading(),
    h('p', { class: 'section-intro' },
      'Elk kwartaal gaan de cijfers met een inhoudelijke duiding van de directeur naar het algemeen en dagelijks '
      + 'bestuur. Een rapportage legt de cijfers van dat moment vast; latere correcties in dossiers veranderen haar niet.'),
    h('div', { class: 'reports-layout' },
      h('div', { class: 'reports-list' },
        reports.length ? reportsTable(reports) : h('p', { class: 'meta', text: 'Er zijn nog geen kwartaalrapportages.' })),
      state.me.canRequestReport ? requestForm(reports, message) : null));
}

function reportStatus(report) {
  const final = report.status === 'DEFINITIEF';
  return h('span', { class: `status status--${final ? 'final' : 'waiting'}` },
    final ? icons.lock() : icons.pencil(), report.statusLabel || (final ? 'Definitief' : 'Wacht op duiding'));
}

function reportsTable(reports) {
  return h('div', { class: 'table-scroll' },
    h('table', { class: 'data-table reports-table' },
      h('caption', { class: 'visually-hidden', text: 'Kwartaalrapportages' }),
      h('thead', {}, h('tr', {},
        ['Kwartaal', 'Status', 'Cijfers vastgelegd', 'Definitief', 'Downloads'].map((text) => h('th', { scope: 'col', text })))),
      h('tbody', {}, reports.map((report) => h('tr', {},
        h('th', { scope: 'row', text: report.period.label }),
        h('td', {}, reportStatus(report)),
        h('td', {}, dateCell(report.frozenAt)),
        h('td', {}, report.finalisedAt
          ? [dateCell(report.finalisedAt), report.finalisedBy ? h('span', { class: 'meta block', text: `door ${report.finalisedBy}` }) : null]
          : h('span', { class: 'meta', text: 'nog niet: duiding volgt' })),
        h('td', {}, h('div', { class: 'downloads' },
          h('a', { href: apiUrl(`api/rapportages/${report.id}/afdruk`), target: '_blank', rel: 'noopener' },
            icons.external(), 'Afdrukversie', srOnly(` ${report.period.label} (opent in een nieuw tabblad)`)),
          h('a', { href: apiUrl(`api/rapportages/${report.id}/cijfers.csv`), download: `kwartaalrapportage-${quarterKeyOf(report)}.csv` },
            icons.download(), 'Cijfers (CSV)', srOnly(` ${report.period.label}`)))))))));
}

/** "1 oktober 2026" with the time as a tooltip and for screen readers in a <time> element. */
function dateCell(isoDateTime) {
  if (!isoDateTime) return '–';
  return h('time', { datetime: isoDateTime, title: formatDateTime(isoDateTime), text: formatDate(isoDateTime.slice(0, 10)) });
}

function quarterKeyOf(report) {
  const from = report.period.from;
  return quarterId(quarterOf(new Date(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, 1)));
}

function requestForm(reports, message) {
  const existing = new Set(reports.map(quarterKeyOf));
  const quarters = finishedQuarters(state.today, PERIOD_CHOICES);
  const firstFree = quarters.find((q) => !existing.has(quarterId(q)));
  const select = h('select', { id: 'rapportage-kwartaal', name: 'kwartaal', required: true },
    quarters.map((q) => {
      const id = quarterId(q);
      const taken = existing.has(id);
      return h('option', { value: id, disabled: taken, selected: firstFree && id === quarterId(firstFree) },
        `${quarterLabel(q)}${taken ? ' — bestaat al' : ''}`);
    }));
  const status = h('div', { class: 'form-status', role: 'status', 'aria-live': 'polite' }, message ?? null);
  const submit = h('button', { type: 'submit', class: 'button button-primary', disabled: !firstFree, text: 'Rapportage aanvragen' });
  const form = h('form', { class: 'request-form', 'aria-labelledby': 'aanvragen-titel', novalidate: true },
    h('h3', { id: 'aanvragen-titel', text: 'Rapportage aanvragen' }),
    h('p', {}, 'Kies een afgesloten kwartaal. De cijfers worden dan vastgelegd zoals ze nu zijn. De directeur krijgt in ',
      h('a', { href: LINKS.tasklist, text: 'Tasklist' }),
      ' de taak ', h('q', { text: 'Duiding toevoegen' }),
      ' en schrijft daar de toelichting bij de cijfers. Daarna is de rapportage definitief: ze kan dan niet meer worden gewijzigd.'),
    h('div', { class: 'field' }, h('label', { for: 'rapportage-kwartaal', text: 'Kwartaal' }), select),
    h('div', { class: 'form-actions' }, submit),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const kwartaal = select.value;
    const label = quarterLabel(parseQuarterId(kwartaal));
    submit.disabled = true;
    submit.textContent = 'Bezig met aanvragen…';
    replaceChildren(status);
    try {
      const created = await postJson('api/rapportages', { kwartaal });
      try {
        state.reports = await getJson('api/rapportages');
      } catch {
        if (created?.period) state.reports = [...state.reports.filter((r) => r.id !== created.id), created];
      }
      renderReports(h('p', { class: 'form-message form-message--ok' },
        `De rapportage over het ${created.period?.label ?? label} is aangevraagd en de cijfers zijn vastgelegd. `
        + (state.me?.roles?.includes('directeur') ? 'U vindt de taak ' : 'De directeur vindt de taak '),
        h('q', { text: 'Duiding toevoegen' }), ' in ',
        h('a', { href: LINKS.tasklist, text: 'Tasklist' }), '.'));
      document.getElementById('rapportage-kwartaal')?.focus();
    } catch (error) {
      if (error.status === 401) { showLogin(); return; }
      submit.disabled = false;
      submit.textContent = 'Rapportage aanvragen';
      replaceChildren(status, h('div', { class: 'form-message form-message--error', role: 'alert' },
        h('strong', { text: `${error.title || 'Niet gelukt'}: ` }), error.detail || error.message));
    }
  });
  return form;
}

// ---------------------------------------------------------------------------------------------------------

wireControls();
start().catch((error) => {
  setBusy(false);
  showError(error instanceof ApiError ? error
    : new ApiError(0, 'Er ging iets mis', 'De pagina kon niet worden opgebouwd. Laad de pagina opnieuw.'), start);
  console.error(error); // eslint-disable-line no-console
});
