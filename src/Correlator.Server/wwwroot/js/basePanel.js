import { el, nodes, arabicName } from './dom.js';
import { shortDate } from './relativeTime.js';
import { reportCard, side } from './reportCard.js';
import { kindName } from './discrepancyFeed.js';

const sides = [['claim', 'Claim'], ['official', 'Official'], ['media', 'Media']];

function flag(label, value) {
  return el('span', { class: `flag ${value ? 'flag-yes' : 'flag-no'}` }, `${label} ${value ? '✓' : '✗'}`);
}

function incidentItem(incident) {
  const columns = sides.map(([key, title]) => el('div', { class: `side side-${key}` },
    el('div', { class: 'side-title' }, title),
    (incident.reports ?? []).filter(report => side(report) === key).map(reportCard)));
  const when = incident.from === incident.to || !incident.to ? shortDate(incident.from) : `${shortDate(incident.from)} – ${shortDate(incident.to)}`;
  return el('li', { class: 'incident', 'data-incident-id': incident.id },
    el('div', { class: 'incident-head' },
      el('time', { datetime: incident.from }, when),
      el('span', {}, (incident.weapons ?? []).join(', ')),
      flag('claimed', incident.claimed), flag('confirmed', incident.confirmed), flag('media', incident.mediaReported)),
    el('div', { class: 'sides' }, columns));
}

export function discrepancyList(discrepancies) {
  const open = discrepancies.filter(d => d.status !== 'resolved');
  if (!open.length) return el('p', { class: 'muted' }, 'No open discrepancy.');
  return el('ul', { class: 'discrepancies' }, open.map(d =>
    el('li', { 'data-id': d.id }, el('strong', {}, kindName(d.kind)), ': ', d.summary)));
}

/** One base: its incidents as a timeline (claim, official statement and media side by side) and its open discrepancies. */
export function renderBase(container, detail) {
  const { base, incidents = [], discrepancies = [] } = detail;
  const timeline = [...incidents].sort((a, b) => new Date(b.from) - new Date(a.from));
  container.replaceChildren(...nodes(
    el('div', { class: 'entity-names', 'data-base-id': base.id },
      el('h2', {}, base.name, el('span', { class: 'muted' }, ` · ${base.country}`)), arabicName(base.nameAr)),
    base.aliases?.length ? el('div', { class: 'chips' }, base.aliases.map(alias => el('span', { class: 'chip', dir: 'auto' }, alias))) : null,
    el('h4', {}, `Open discrepancies`),
    discrepancyList(discrepancies),
    el('h4', {}, `Incidents (${incidents.length})`),
    timeline.length ? el('ol', { class: 'timeline' }, timeline.map(incidentItem)) : el('p', { class: 'muted' }, 'No incident logged.')));
}
