// The capacity simulator page: the manager's input (Dutch numbers, comma decimals) goes to POST /api/simulatie,
// which runs the simulation in its own JVM; the weekly figures come back as a chart and a table. Only the team
// manager and the director may run it (the server checks too).

import { apiUrl, getJson, LINKS } from './api.js';
import { h, replaceChildren, srOnly } from './dom.js';
import { formatDate, formatNumber, LOCALE } from './format.js';

const el = {
  userName: document.getElementById('user-name'),
  message: document.getElementById('melding'),
  form: document.getElementById('invoer'),
  button: document.getElementById('simuleer'),
  loading: document.getElementById('laden'),
  result: document.getElementById('resultaat'),
  summary: document.getElementById('samenvatting'),
  canvas: document.getElementById('grafiek'),
  rows: document.getElementById('weken-tabel'),
  runTime: document.getElementById('rekentijd'),
};

const WHOLE = new Set(['generalisten', 'weken', 'inloopweken', 'seed']);
let chart = null;

function showMessage(title, ...children) {
  replaceChildren(el.message, h('section', { class: 'message', 'aria-labelledby': 'melding-titel' },
    h('h2', { id: 'melding-titel', text: title }), children));
  el.message.hidden = false;
}

/** The form as the API's request; a field that is not a number stays text, so the server names it. */
function readForm() {
  const body = {};
  for (const input of el.form.querySelectorAll('input')) {
    const text = input.value.trim().replace(/\s/g, '').replace(',', '.');
    if (text === '') continue;
    const number = Number(text);
    if (Number.isNaN(number) || (WHOLE.has(input.name) && !Number.isInteger(number))) {
      body[input.name] = null;
      markInvalid(input.name, WHOLE.has(input.name) ? 'Vul een geheel getal in.' : 'Vul een getal in, bijvoorbeeld 19,5.');
      continue;
    }
    body[input.name] = input.dataset.scale ? number * Number(input.dataset.scale) : number;
  }
  body.verdeling = el.form.elements.verdeling.value;
  return body;
}

function clearErrors() {
  el.form.querySelectorAll('.field-error').forEach((node) => node.remove());
  el.form.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
}

function markInvalid(name, text) {
  const input = el.form.elements[name];
  if (!input) return false;
  const id = `fout-${name}`;
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', id);
  input.closest('.field').append(h('span', { class: 'field-error', id, text }));
  return true;
}

async function simulate(event) {
  event.preventDefault();
  clearErrors();
  el.message.hidden = true;
  const body = readForm();
  if (el.form.querySelector('[aria-invalid]')) {
    el.form.querySelector('[aria-invalid]').focus();
    return;
  }
  el.button.disabled = true;
  el.loading.hidden = false;
  el.result.setAttribute('aria-busy', 'true');
  try {
    render(await postSimulation(body));
  } catch (error) {
    if (error.status === 400 && error.fields) {
      Object.entries(error.fields).forEach(([name, text]) => markInvalid(name, text));
    }
    showMessage(error.title || 'De simulatie is niet gelukt', h('p', { text: error.detail || error.message }));
    el.message.scrollIntoView({ block: 'nearest' });
  } finally {
    el.button.disabled = false;
    el.loading.hidden = true;
    el.result.removeAttribute('aria-busy');
  }
}

/**
 * POST api/simulatie. Like api.js's postJson (same headers, so the server treats it as the page's call), but a
 * refusal keeps the server's message per field ("velden"), to show each next to its field.
 */
async function postSimulation(body) {
  let response;
  try {
    response = await fetch(apiUrl('api/simulatie'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/problem+json', 'Content-Type': 'application/json',
        'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify(body),
    });
  } catch {
    throw Object.assign(new Error('De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.'),
      { title: 'Geen verbinding' });
  }
  const payload = /json/i.test(response.headers.get('Content-Type') || '') ? await response.json().catch(() => null) : null;
  if (!response.ok || payload === null) {
    throw Object.assign(new Error(payload?.detail
      || (response.status === 401 ? 'U bent niet (meer) ingelogd.' : `De server antwoordde met foutcode ${response.status}.`)),
    { status: response.status, title: payload?.title, detail: payload?.detail, fields: payload?.velden });
  }
  return payload;
}

const percent = (value) => (value === null || value === undefined ? '–' : `${formatNumber(value, 0)}%`);

function render(result) {
  const s = result.summary;
  el.summary.textContent = `${result.weeks.length} weken: ${formatNumber(s.handoffs)} aanmeldingen en `
    + `${formatNumber(s.intakesHeld)} intakes, waarvan ${percent(s.onTimePercent)} binnen de termijn (14 dagen, spoed `
    + `3 werkdagen); mediaan ${formatNumber(s.medianDaysToIntake, 1)} dagen tot de intake. Intaketermijn `
    + `${formatNumber(s.intakeBreaches)} keer verlopen, plantermijn ${formatNumber(s.planBreaches)} keer. Aan het eind `
    + `wachten ${formatNumber(s.backlogAtEnd)} gezinnen op een intake en is de gewogen caseload gemiddeld `
    + `${formatNumber(s.averageCaseloadAtEnd, 1)} (hoogste ${formatNumber(s.maxCaseloadAtEnd, 1)}) tegen de norm van `
    + `${formatNumber(result.norm, 0)}.`;
  replaceChildren(el.rows, result.weeks.map((week) => h('tr', {},
    h('th', { scope: 'row', text: String(week.week) }),
    h('td', {}, h('time', { datetime: week.monday, text: formatDate(week.monday) })),
    h('td', { text: formatNumber(week.handoffs) }),
    h('td', { text: formatNumber(week.backlog) }),
    h('td', { text: formatNumber(week.intakesHeld) }),
    h('td', { text: percent(week.onTimePercent) }),
    h('td', { text: formatNumber(week.averageCaseload, 1) }),
    h('td', { text: formatNumber(week.maxCaseload, 1) }),
    h('td', { text: formatNumber(week.aboveNorm) }),
    h('td', { class: week.intakeBreaches > 0 ? 'breach' : null, text: formatNumber(week.intakeBreaches) }),
    h('td', { class: week.planBreaches > 0 ? 'breach' : null, text: formatNumber(week.planBreaches) }),
    h('td', { text: formatNumber(week.absent, 1) }))));
  el.runTime.textContent = `Doorgerekend: ${formatNumber(result.run.cases)} casussen en `
    + `${formatNumber(result.run.tasksCompleted)} taken door de echte modellen, in `
    + `${formatNumber(result.run.seconds, 1)} seconden.`;
  el.result.hidden = false;
  drawChart(result);
}

function drawChart(result) {
  const Chart = window.Chart;
  chart?.destroy();
  if (!Chart) return;
  const labels = result.weeks.map((week) => `wk ${week.week}`);
  chart = new Chart(el.canvas, {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: 'Wachtend op intake', data: result.weeks.map((w) => w.backlog), yAxisID: 'aantal',
          borderColor: '#b45309', backgroundColor: '#b45309', pointStyle: 'triangle', tension: 0.2 },
        { label: 'Gewogen caseload (gemiddeld)', data: result.weeks.map((w) => w.averageCaseload), yAxisID: 'aantal',
          borderColor: '#1f4e79', backgroundColor: '#1f4e79', pointStyle: 'rect', tension: 0.2 },
        { label: `Caseloadnorm (${formatNumber(result.norm, 0)})`, data: result.weeks.map(() => result.norm),
          yAxisID: 'aantal', borderColor: '#5b6b7f', borderDash: [6, 4], pointRadius: 0 },
        { label: 'Intakes binnen termijn (%)', data: result.weeks.map((w) => w.onTimePercent), yAxisID: 'procent',
          borderColor: '#1b7a3d', backgroundColor: '#1b7a3d', pointStyle: 'circle', spanGaps: true, tension: 0.2 },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      locale: LOCALE,
      interaction: { mode: 'index', intersect: false },
      scales: {
        aantal: { position: 'left', beginAtZero: true, title: { display: true, text: 'Aantal / gewogen caseload' } },
        procent: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false },
          title: { display: true, text: 'Binnen termijn (%)' } },
      },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
    },
  });
}

async function start() {
  let me;
  try {
    me = await getJson('api/ik');
  } catch (error) {
    if (error.status === 401) {
      showMessage('Inloggen', h('p', {}, 'Log eerst in. ', h('a', { href: LINKS.login, text: 'Naar het inlogscherm' })));
    } else {
      showMessage(error.title || 'Er ging iets mis', h('p', { text: error.detail || error.message }));
    }
    return;
  }
  el.userName.replaceChildren(srOnly('Ingelogd als '), me.name);
  el.userName.hidden = false;
  if (!me.roles?.includes('teammanager') && !me.roles?.includes('directeur')) {
    showMessage('Geen toegang', h('p', { text: 'Alleen de teammanager en de directeur kunnen de capaciteitssimulator gebruiken.' }));
    return;
  }
  el.form.hidden = false;
  el.form.addEventListener('submit', simulate);
}

start();
