import { el, nodes, svg, arabicName } from './dom.js';
import { reportCard } from './reportCard.js';
import { discrepancyList } from './basePanel.js';

function claimsByBase(counts, baseNames) {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  if (!rows.length) return el('p', { class: 'muted' }, 'No claim logged.');
  const most = rows[0][1];
  return el('div', { class: 'bars' }, rows.flatMap(([baseId, count]) => [
    el('span', {}, baseNames.get(baseId) ?? baseId),
    el('div', { class: 'bar', style: `width:${(100 * count / most).toFixed(0)}%` }),
    el('span', {}, String(count)),
  ]));
}

/** Claims per day as a strip of columns, so bursts of activity stand out. */
function claimsOverTime(claims) {
  const days = new Map();
  for (const claim of claims) {
    if (!claim.occurredAt) continue;
    const day = claim.occurredAt.slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  if (!days.size) return null;
  const sorted = [...days.keys()].sort();
  const first = Date.parse(sorted[0]);
  const spanDays = Math.max(1, (Date.parse(sorted.at(-1)) - first) / 86_400_000 + 1);
  const most = Math.max(...days.values());
  const width = 600, height = 90, bottom = 72;
  const columnWidth = Math.max(3, width / spanDays - 2);
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'claims-over-time' },
    [...days].map(([day, count]) => {
      const x = (Date.parse(day) - first) / 86_400_000 * (width / spanDays);
      const h = (bottom - 10) * count / most;
      return svg('rect', { x, y: bottom - h, width: columnWidth, height: h, fill: 'var(--claim)' }, svg('title', {}, `${day}: ${count}`));
    }),
    svg('text', { class: 'tick', x: 0, y: height - 4, fill: 'var(--muted)', 'font-size': 11 }, sorted[0]),
    svg('text', { class: 'tick', x: width, y: height - 4, 'text-anchor': 'end', fill: 'var(--muted)', 'font-size': 11 }, sorted.at(-1)));
}

/** One armed group: names, aliases and fronts, its claims by base and over time, and who officially blamed it. */
export function renderGroup(container, detail, baseNames) {
  const { group, claims = [], attributions = [], discrepancies = [], other = [] } = detail;
  container.replaceChildren(...nodes(
    el('div', { class: 'entity-names', 'data-group-id': group.id }, el('h2', {}, group.name), arabicName(group.nameAr)),
    group.umbrella ? el('div', { class: 'muted' }, `part of ${group.umbrella}`) : null,
    group.leaders?.length ? [el('h4', {}, 'Leaders and spokesmen'),
      el('div', { class: 'chips' }, group.leaders.map(name => el('span', { class: 'chip', dir: 'auto' }, name)))] : null,
    el('h4', {}, 'Aliases'),
    el('div', { class: 'chips' }, (group.aliases ?? []).map(alias => el('span', { class: 'chip', dir: 'auto' }, alias))),
    el('h4', {}, 'Fronts'),
    group.fronts?.length ? el('div', { class: 'chips' }, group.fronts.map(front => el('span', { class: 'chip', dir: 'auto' }, front))) : el('p', { class: 'muted' }, 'None known.'),
    el('h4', {}, `Claims by base (${claims.length})`),
    claimsByBase(detail.claimsByBase ?? {}, baseNames),
    el('h4', {}, 'Claims over time'),
    claimsOverTime(claims),
    el('h4', {}, 'Open discrepancies'),
    discrepancyList(discrepancies),
    el('h4', {}, `Official attributions (${attributions.length})`),
    attributions.length ? attributions.map(reportCard) : el('p', { class: 'muted' }, 'None.'),
    el('h4', {}, 'Claims'),
    [...claims].sort((a, b) => (b.occurredAt ?? '').localeCompare(a.occurredAt ?? '')).map(reportCard),
    other.length ? [el('h4', {}, `Threats and other statements (${other.length})`), other.map(reportCard)] : null));
}
