// Building DOM without innerHTML: every text from the server ends up as text, never as markup.

/**
 * h('p', { class: 'meta', id: 'x' }, 'text', child) — attributes: `class`, `text`, `hidden`, `dataset`,
 * `on<Event>` handlers, booleans (set when true) and plain attributes; null/false children are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attrs);
  append(element, children);
  return element;
}

function setAttributes(element, attrs) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'text') element.textContent = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, value);
  }
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

/** Replace all children of `parent`. */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Text only screen readers hear. */
export const srOnly = (text) => h('span', { class: 'visually-hidden', text });

const SVG = 'http://www.w3.org/2000/svg';

/** An inline SVG icon (decorative: the text next to it carries the meaning). */
export function svgIcon(className, shapes) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon ${className}`);
  for (const [tag, attrs] of shapes) {
    const shape = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs)) shape.setAttribute(name, value);
    svg.append(shape);
  }
  return svg;
}

const WHITE_STROKE = { fill: 'none', stroke: '#fff', 'stroke-width': '2.4', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };

/** Each light has its own shape, as on the chart points: circle/check, triangle/!, octagon/×. */
const LIGHT_SHAPES = {
  groen: [
    ['circle', { cx: 10, cy: 10, r: 9, fill: 'currentColor' }],
    ['path', { d: 'M5.8 10.4l2.8 2.8 5.6-6', ...WHITE_STROKE }],
  ],
  oranje: [
    ['path', { d: 'M10 1.2 19.2 18H.8z', fill: 'currentColor', 'stroke-linejoin': 'round' }],
    ['path', { d: 'M10 7v5', ...WHITE_STROKE }],
    ['circle', { cx: 10, cy: 15, r: 1.3, fill: '#fff' }],
  ],
  rood: [
    ['path', { d: 'M6.3 1h7.4L19 6.3v7.4L13.7 19H6.3L1 13.7V6.3z', fill: 'currentColor' }],
    ['path', { d: 'M6.8 6.8l6.4 6.4M13.2 6.8l-6.4 6.4', ...WHITE_STROKE }],
  ],
  'geen-norm': [
    ['circle', { cx: 10, cy: 10, r: 8, fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }],
    ['path', { d: 'M6 10h8', fill: 'none', stroke: 'currentColor', 'stroke-width': 2.2, 'stroke-linecap': 'round' }],
  ],
  'geen-gegevens': [
    ['circle', { cx: 10, cy: 10, r: 8, fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-dasharray': '3 2.3' }],
  ],
};

export function lightIcon(code) {
  return svgIcon('icon-light', LIGHT_SHAPES[code] ?? LIGHT_SHAPES['geen-norm']);
}

const LINE = { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };

export const icons = {
  lock: () => svgIcon('icon-inline', [
    ['rect', { x: 4, y: 9, width: 12, height: 9, rx: 1.5, ...LINE }],
    ['path', { d: 'M7 9V6.5a3 3 0 0 1 6 0V9', ...LINE }],
  ]),
  pencil: () => svgIcon('icon-inline', [
    ['path', { d: 'M3.5 16.5l1-4L13 4a1.8 1.8 0 0 1 2.6 0l.4.4a1.8 1.8 0 0 1 0 2.6l-8.5 8.5z', ...LINE }],
  ]),
  external: () => svgIcon('icon-inline', [
    ['path', { d: 'M11 3.5h5.5V9M16.5 3.5 9 11M14 12.5v3a1 1 0 0 1-1 1H4.5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h3', ...LINE }],
  ]),
  download: () => svgIcon('icon-inline', [
    ['path', { d: 'M10 3v10M5.5 8.5 10 13l4.5-4.5M3.5 16.5h13', ...LINE }],
  ]),
  list: () => svgIcon('icon-inline', [
    ['path', { d: 'M7 5.5h9.5M7 10h9.5M7 14.5h9.5', ...LINE }],
    ['circle', { cx: 3.6, cy: 5.5, r: 1.1, fill: 'currentColor' }],
    ['circle', { cx: 3.6, cy: 10, r: 1.1, fill: 'currentColor' }],
    ['circle', { cx: 3.6, cy: 14.5, r: 1.1, fill: 'currentColor' }],
  ]),
  print: () => svgIcon('icon-inline', [
    ['path', { d: 'M5.5 7.5V3h9v4.5M5.5 14h-2v-6.5h13V14h-2M5.5 11.5h9V17h-9z', ...LINE }],
  ]),
  close: () => svgIcon('icon-inline', [['path', { d: 'M5 5l10 10M15 5 5 15', ...LINE, 'stroke-width': 2 }]]),
  info: () => svgIcon('icon-inline', [
    ['circle', { cx: 10, cy: 10, r: 8, ...LINE }],
    ['path', { d: 'M10 9v5', ...LINE }],
    ['circle', { cx: 10, cy: 6.3, r: 1.1, fill: 'currentColor' }],
  ]),
};
