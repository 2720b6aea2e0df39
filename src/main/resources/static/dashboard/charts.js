// Small trend charts (Chart.js 4, from the application's webjar). Each point carries the colour and the shape
// of its traffic light, so the chart does not depend on colour alone; the numbers are also in the canvas's
// fallback table for screen readers.

import { formatValue, lightLabel, LOCALE } from './format.js';

const Chart = window.Chart;

/** Colours of the lights, the same as the badges in dashboard.css. */
const COLOURS = {
  groen: '#1b7a3d',
  oranje: '#b45309',
  rood: '#b42318',
  none: '#5b6b7f',
};
/** Shapes of the lights: circle, triangle, square (as in the badge icons). */
const SHAPES = { groen: 'circle', oranje: 'triangle', rood: 'rect', none: 'circle' };

const BAR_UNITS = new Set(['aantal', 'euro']);

const charts = new Set();

export const chartsAvailable = Boolean(Chart);

if (Chart) {
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = '#3e4c5e';
  Chart.defaults.animation = false;
  Chart.defaults.locale = LOCALE;
  // Sharp on paper as well as on a laptop screen.
  Chart.defaults.devicePixelRatio = Math.max(window.devicePixelRatio || 1, 2);
  // On paper the canvas is scaled as an image to the column width (see @media print in dashboard.css): the
  // browser lays out the printed page without giving Chart.js a chance to redraw at that size.
}

/** Forget all charts (before the cards are rendered again). */
export function destroyCharts() {
  charts.forEach((chart) => chart.destroy());
  charts.clear();
}

function pointLight(quarter, key) {
  const value = quarter.values?.[key];
  if (value === null || value === undefined) return null;
  return quarter.lights?.[key] ?? 'none';
}

function shortLabel(quarter) {
  return quarter.running === true ? `${quarter.label} (lopend)` : quarter.label;
}

/** One sentence per point, for the accessible name of the chart. */
export function describeTrend(kpi, quarters) {
  const parts = quarters.map((quarter) => {
    const value = quarter.values?.[kpi.key];
    const light = pointLight(quarter, kpi.key);
    const text = formatValue(kpi.unit, value, { change: kpi.key === 'zrmChange' });
    return `${shortLabel(quarter)}: ${text}${light && light !== 'none' ? ` (${lightLabel(light).toLowerCase()})` : ''}`;
  });
  return `Verloop ${kpi.label} over ${quarters.length} kwartalen. ${parts.join('; ')}.`;
}

/** A plain table of the trend: the canvas's fallback content, and what shows when Chart.js is missing. */
export function trendTable(kpi, quarters, caption) {
  const table = document.createElement('table');
  table.className = 'trend-table';
  const cap = table.createCaption();
  cap.textContent = caption;
  const head = table.createTHead().insertRow();
  for (const text of ['Kwartaal', 'Waarde', 'Stoplicht']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  for (const quarter of quarters) {
    const row = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = shortLabel(quarter);
    row.append(th);
    row.insertCell().textContent = formatValue(kpi.unit, quarter.values?.[kpi.key], { change: kpi.key === 'zrmChange' });
    const light = pointLight(quarter, kpi.key);
    row.insertCell().textContent = light === null ? '–' : lightLabel(light);
  }
  return table;
}

/**
 * Draws the trend of one KPI on `canvas`. `selectedFrom` is the first day of the period on screen: that
 * quarter's point is drawn larger and its axis label bold.
 */
export function drawTrend(canvas, kpi, quarters, selectedFrom) {
  if (!Chart) return null;
  const key = kpi.key;
  const change = key === 'zrmChange';
  const values = quarters.map((quarter) => quarter.values?.[key] ?? null);
  const lights = quarters.map((quarter) => pointLight(quarter, key));
  const colour = (i) => COLOURS[lights[i] ?? 'none'];
  const selected = quarters.findIndex((quarter) => quarter.from === selectedFrom);
  const running = (i) => quarters[i]?.running === true;
  const isBar = BAR_UNITS.has(kpi.unit);
  const numbers = values.filter((v) => v !== null);

  const yScale = {
    grid: { color: '#e3e8ef' },
    border: { display: false },
    ticks: {
      maxTicksLimit: 4,
      callback: (value) => formatValue(kpi.unit, value, { axis: true, change }),
    },
  };
  if (kpi.unit === 'percentage') {
    Object.assign(yScale, { min: 0, max: 1, ticks: { ...yScale.ticks, stepSize: 0.5 } });
  } else if (isBar || kpi.unit === 'dagen' || numbers.some((v) => v < 0)) {
    yScale.beginAtZero = true;
    yScale.grace = '10%';
  } else {
    yScale.grace = '25%';
  }

  const dataset = isBar
    ? {
      data: values,
      backgroundColor: values.map((_, i) => (running(i) ? `${colour(i)}55` : colour(i))),
      borderColor: values.map((_, i) => colour(i)),
      borderWidth: values.map((_, i) => (running(i) ? 2 : 0)),
      borderRadius: 3,
      maxBarThickness: 28,
    }
    : {
      data: values,
      clip: 10, // points on 0% or 100% stay whole
      borderColor: '#7b8aa0',
      borderWidth: 2,
      tension: 0,
      spanGaps: false,
      segment: { borderDash: (ctx) => (running(ctx.p1DataIndex) ? [4, 4] : undefined) },
      pointStyle: values.map((_, i) => SHAPES[lights[i] ?? 'none']),
      pointRadius: values.map((_, i) => (i === selected ? 7 : 5)),
      pointHoverRadius: values.map((_, i) => (i === selected ? 8 : 6)),
      pointBackgroundColor: values.map((_, i) => (running(i) ? '#ffffff' : colour(i))),
      pointBorderColor: values.map((_, i) => colour(i)),
      pointBorderWidth: values.map((_, i) => (i === selected ? 3 : 2)),
    };

  const chart = new Chart(canvas, {
    type: isBar ? 'bar' : 'line',
    data: { labels: quarters.map((quarter) => quarter.label), datasets: [dataset] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { top: 6, right: 8 } },
      plugins: {
        legend: { display: false },
        tooltip: {
          displayColors: false,
          callbacks: {
            title: (items) => shortLabel(quarters[items[0].dataIndex]),
            label: (item) => {
              const light = lights[item.dataIndex];
              const text = formatValue(kpi.unit, item.raw, { change });
              return light && light !== 'none' ? `${text} — ${lightLabel(light)}` : text;
            },
          },
        },
      },
      scales: {
        x: {
          grid: { display: false },
          border: { color: '#c5cdd8' },
          ticks: {
            autoSkip: false,
            maxRotation: 0,
            font: (ctx) => ({ weight: ctx.index === selected ? 'bold' : 'normal', size: 11 }),
            color: (ctx) => (ctx.index === selected ? '#0f1c2e' : '#4a5a6e'),
            callback: (value, index) => {
              const [quarter, year] = quarters[index].label.split(' ');
              return [quarter + (running(index) ? '*' : ''), year ?? ''];
            },
          },
        },
        y: yScale,
      },
    },
  });
  charts.add(chart);
  return chart;
}
