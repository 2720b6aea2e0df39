// Dutch presentation of numbers, dates, quarters and traffic lights. Pure functions, no DOM.

export const LOCALE = 'nl-NL';
const ZONE = 'Europe/Amsterdam';

const numberFormats = new Map();
function numberFormat(options) {
  const key = JSON.stringify(options);
  // Half-up, as the server rounds its `display` texts (Unit.number): the chart says what the card says.
  if (!numberFormats.has(key)) numberFormats.set(key, new Intl.NumberFormat(LOCALE, { roundingMode: 'halfExpand', ...options }));
  return numberFormats.get(key);
}

/** 12.345 / 7,4 (at most `digits` decimals). */
export function formatNumber(value, digits = 0) {
  return numberFormat({ maximumFractionDigits: digits }).format(value);
}

/**
 * A KPI value as a chart shows it, by the unit of the API. `axis` gives the short form for tick labels.
 * The cards use the server's own `display` text; this is for the trend charts only.
 */
export function formatValue(unit, value, { axis = false, change = false } = {}) {
  if (value === null || value === undefined || Number.isNaN(value)) return 'geen gegevens';
  switch (unit) {
    case 'percentage':
      return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(value);
    case 'euro':
      return numberFormat({
        style: 'currency', currency: 'EUR', maximumFractionDigits: 0,
        ...(axis && Math.abs(value) >= 10000 ? { notation: 'compact', maximumFractionDigits: 0 } : {}),
      }).format(value);
    case 'dagen':
      return axis ? formatNumber(value, 1) : `${formatNumber(value, 1)} dagen`;
    case 'score':
      return numberFormat({
        minimumFractionDigits: axis ? 0 : 1, maximumFractionDigits: change ? 2 : 1,
        signDisplay: change ? 'exceptZero' : 'auto',
      }).format(value);
    case 'caseload':
      return formatNumber(value, 1);
    default:
      return formatNumber(value, 0);
  }
}

/** "2026-09-30" → a local Date (no time-zone shift). */
export function parseIsoDate(iso) {
  // a date ("2026-09-30") or a moment ("2026-10-01T00:00:00+02:00"): the day as written
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** A local Date → "2026-09-30". */
export function isoDate(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const longDate = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short' });
const dateTime = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: ZONE,
});

/** "2026-09-30" → "30 september 2026". */
export function formatDate(iso) {
  return iso ? longDate.format(parseIsoDate(iso)) : '';
}

/** "2026-07-01" → "1 jul" (for compact ranges). */
export function formatShortDate(iso) {
  return shortDate.format(parseIsoDate(iso)).replace('.', '');
}

/** An ISO date-time with offset → "23 november 2026 om 10:00" in Dutch time. */
export function formatDateTime(isoDateTime) {
  if (!isoDateTime) return '';
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : dateTime.format(date);
}

// --- Quarters -------------------------------------------------------------------------------------------

/** { year, quarter } of a date. */
export function quarterOf(date) {
  return { year: date.getFullYear(), quarter: Math.floor(date.getMonth() / 3) + 1 };
}

export function previousQuarter({ year, quarter }) {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

/** First and last day of a quarter, as ISO dates. */
export function quarterRange({ year, quarter }) {
  const from = new Date(year, (quarter - 1) * 3, 1);
  const to = new Date(year, quarter * 3, 0);
  return { from: isoDate(from), to: isoDate(to) };
}

/** "2026-Q3": the form the API takes (POST /api/rapportages) and the URL shows. */
export function quarterId({ year, quarter }) {
  return `${year}-Q${quarter}`;
}

/** "2026-Q3" (or 2026-K3) → { year, quarter }, or null. */
export function parseQuarterId(text) {
  const match = /^(\d{4})-[QqKk]([1-4])$/.exec(text ?? '');
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : null;
}

/** "3e kwartaal 2026". */
export function quarterLabel({ year, quarter }) {
  return `${quarter}e kwartaal ${year}`;
}

export function compareQuarters(a, b) {
  return a.year - b.year || a.quarter - b.quarter;
}

/** The `count` finished quarters before the one `today` is in, newest first. */
export function finishedQuarters(today, count) {
  const quarters = [];
  let q = previousQuarter(quarterOf(today));
  for (let i = 0; i < count; i += 1) {
    quarters.push(q);
    q = previousQuarter(q);
  }
  return quarters;
}

// --- Traffic lights --------------------------------------------------------------------------------------

const LIGHTS = {
  groen: { label: 'Groen', meaning: 'op of boven de norm' },
  oranje: { label: 'Oranje', meaning: 'aandacht nodig' },
  rood: { label: 'Rood', meaning: 'onder de norm' },
};

/**
 * How a KPI's light is shown: code is groen/oranje/rood, or `geen-norm` (a value but no threshold) or
 * `geen-gegevens` (no value). Label is the visible text; it never depends on colour alone.
 */
export function lightOf(kpi) {
  if (kpi.value === null || kpi.value === undefined) {
    return { code: 'geen-gegevens', label: 'Geen gegevens', meaning: 'niets te meten in deze periode' };
  }
  const light = LIGHTS[kpi.light];
  if (!light) return { code: 'geen-norm', label: 'Geen norm', meaning: 'voor dit cijfer is geen norm vastgesteld' };
  return { code: kpi.light, label: kpi.lightLabel || light.label, meaning: light.meaning };
}

export function lightLabel(code) {
  return LIGHTS[code]?.label ?? 'Geen norm';
}

/** "1 casus" / "7 casussen" and the like. */
export function plural(count, one, many) {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
