import { el, quote } from './dom.js';
import { shortDate } from './relativeTime.js';

/** Which side of an incident a report speaks for: the claimant, the officials or the press. */
export function side(report) {
  if (report.kind === 'claim' || report.kind === 'threat' || report.source?.type === 'armedGroup') return 'claim';
  if (report.source?.type === 'official' || report.kind === 'officialIncident' || report.kind === 'officialTally') return 'official';
  return 'media';
}

function casualties(report) {
  const c = report.casualties;
  if (!c) return null;
  const parts = [];
  if (c.killed !== undefined && c.killed !== null) parts.push(`${c.killed} killed`);
  if (c.injured !== undefined && c.injured !== null) parts.push(`${c.injured} injured`);
  return parts.length ? `${c.qualifier && c.qualifier !== 'exact' ? `${c.qualifier} ` : ''}${parts.join(', ')}` : null;
}

export function reportCard(report) {
  const facts = [
    report.weaponCount ? `${report.weaponCount} × ${report.weapon ?? 'weapon'}` : report.weapon,
    report.outcome,
    casualties(report),
    report.group && `by ${report.group}`,
  ].filter(Boolean).join(' · ');
  const source = report.source ?? {};
  return el('div', { class: 'report', 'data-report-id': report.id, 'data-kind': report.kind },
    el('span', { class: 'source' }, source.url ? el('a', { href: source.url, target: '_blank', rel: 'noreferrer' }, source.name) : source.name),
    source.publishedAt ? el('span', { class: 'muted' }, ` · ${shortDate(source.publishedAt)}`) : null,
    facts ? el('div', {}, facts) : null,
    quote(report.quote, report.language),
    report.note ? el('div', { class: 'muted' }, report.note) : null);
}
