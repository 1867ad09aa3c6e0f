import { el } from './dom.js';
import { relativeTimeElement } from './relativeTime.js';

const kindNames = {
  unconfirmedClaim: 'unconfirmed claim',
  unclaimedIncident: 'unclaimed incident',
  outcomeConflict: 'outcome conflict',
  weaponConflict: 'weapon conflict',
  casualtyConflict: 'casualty conflict',
  attributionConflict: 'attribution conflict',
  tallyGap: 'tally gap',
  claimTallyGap: 'claim vs tally gap',
  tallyRevision: 'tally revision',
};

// A wall screen needs the recent picture, not the archive.
const maximumShown = 200;

export function kindName(kind) {
  return kindNames[kind] ?? kind;
}

/** The live list of discrepancies, newest first; one entry per discrepancy, replaced when it is updated or resolved. */
export class DiscrepancyFeed {
  #list;
  #count;
  #entries = new Map();
  #onSubject;

  constructor(list, count, { onSubject }) {
    this.#list = list;
    this.#count = count;
    this.#onSubject = onSubject;
  }

  /** Shows a discrepancy unless the feed already holds the same or a later version of it. */
  show(discrepancy, { fresh = false } = {}) {
    const existing = this.#entries.get(discrepancy.id);
    if (existing && existing.sequence >= discrepancy.sequence) return;
    existing?.node.remove();
    const node = this.#render(discrepancy, fresh);
    this.#entries.set(discrepancy.id, { sequence: discrepancy.sequence, node });
    const newer = [...this.#list.children].find(child => Number(child.dataset.sequence) < discrepancy.sequence);
    this.#list.insertBefore(node, newer ?? null);
    while (this.#list.children.length > maximumShown) {
      const last = this.#list.lastElementChild;
      this.#entries.delete(last.dataset.id);
      last.remove();
    }
    const open = [...this.#entries.values()].filter(entry => entry.node.dataset.status !== 'resolved').length;
    this.#count.textContent = `${open} open`;
  }

  #render(discrepancy, fresh) {
    const { subject = {} } = discrepancy;
    const links = [
      subject.base && el('button', { onclick: () => this.#onSubject({ base: subject.base }) }, `base: ${subject.base}`),
      subject.group && el('button', { onclick: () => this.#onSubject({ group: subject.group }) }, `group: ${subject.group}`),
      subject.region && el('span', {}, `region: ${subject.region}`),
    ];
    return el('li', {
      class: fresh ? 'fresh' : null,
      'data-id': discrepancy.id,
      'data-sequence': discrepancy.sequence,
      'data-status': discrepancy.status,
      'data-kind': discrepancy.kind,
    },
    el('div', { class: 'kind' }, kindName(discrepancy.kind), discrepancy.status !== 'open' ? ` · ${discrepancy.status}` : ''),
    el('div', { class: 'summary' }, discrepancy.summary),
    el('div', { class: 'meta' }, relativeTimeElement(discrepancy.at), ...links,
      el('span', {}, plural(discrepancy.reports?.length ?? 0, 'report'))));
  }
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
