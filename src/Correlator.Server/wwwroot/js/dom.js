// Builds elements from data without innerHTML, so text from reports (quotes, summaries) can never inject markup.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  applyAttributes(node, attributes);
  node.append(...nodes(children));
  return node;
}

/** Children as given to el(): nested arrays flattened, absent parts (null, undefined, false) left out. */
export function nodes(...children) {
  return children.flat(Infinity).filter(child => child !== null && child !== undefined && child !== false);
}

const svgNamespace = 'http://www.w3.org/2000/svg';

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(svgNamespace, tag);
  applyAttributes(node, attributes);
  node.append(...nodes(children));
  return node;
}

function applyAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

// Arabic (and other right-to-left) quotes must be marked so the browser lays them out right to left.
const rightToLeft = new Set(['ar', 'fa', 'he', 'ur', 'ku']);

export function quote(text, language) {
  if (!text) return null;
  const lang = language || undefined;
  return el('q', { class: 'quote', lang, dir: rightToLeft.has(lang) ? 'rtl' : 'ltr' }, text);
}

export function arabicName(text) {
  return text ? el('span', { class: 'ar', lang: 'ar', dir: 'rtl' }, text) : null;
}
