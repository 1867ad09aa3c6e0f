import { el } from './dom.js';
import { ApiError, apiKey, postJson, setApiKey } from './api.js';

const kinds = ['claim', 'officialIncident', 'officialTally', 'mediaReport', 'mediaTally', 'attribution', 'threat', 'counterStrike'];
const sourceTypes = ['armedGroup', 'official', 'media', 'ngo', 'other'];
const precisions = ['exact', 'hour', 'day', 'week', 'month'];
const weapons = ['', 'drone', 'rocket', 'missile', 'mortar', 'ied', 'unknown'];
const outcomes = ['', 'hit', 'damage', 'intercepted', 'noDamage', 'unknown'];

function select(name, options, selected = options[0]) {
  return el('select', { name }, options.map(option => el('option', { value: option, selected: option === selected }, option || '—')));
}

function field(label, control) {
  return el('label', {}, el('span', {}, label), control);
}

function problemText(error) {
  if (!(error instanceof ApiError)) return String(error);
  const { problem, status } = error;
  const details = problem?.errors ? Object.entries(problem.errors).map(([key, messages]) => `${key}: ${[].concat(messages).join(' ')}`) : [];
  // Validation problems repeat their field errors in the detail; the per-field list reads better.
  return [`${status} ${problem?.title ?? ''}`, details.length ? null : problem?.detail, ...details].filter(Boolean).join('\n');
}

/** Turns the simple fields into a Report in the API's JSON shape; empty fields are left out. */
function reportFromFields(form) {
  const value = name => form.elements[name].value.trim();
  const number = name => (value(name) === '' ? undefined : Number(value(name)));
  const iso = name => (value(name) ? new Date(value(name)).toISOString() : undefined);
  const report = {
    id: value('id') || `op-${Date.now().toString(36)}`,
    kind: value('kind'),
    source: { name: value('sourceName'), type: value('sourceType'), url: value('sourceUrl') || undefined, publishedAt: iso('publishedAt') ?? new Date().toISOString() },
    occurredAt: iso('occurredAt'),
    timePrecision: value('timePrecision'),
    base: value('base') || undefined,
    group: value('group') || undefined,
    weapon: value('weapon') || undefined,
    weaponCount: number('weaponCount'),
    outcome: value('outcome') || undefined,
    quote: value('quote') || undefined,
    language: value('language') || undefined,
    note: value('note') || undefined,
  };
  return JSON.parse(JSON.stringify(report));
}

/** The operator's desk: post a report from fields or JSON, or paste an article and post the candidates worth keeping. */
export class OperatorForm {
  #container;
  #result;
  #bases = [];
  #groups = [];

  constructor(container) {
    this.#container = container;
    this.#result = el('div', { class: 'result', role: 'status', 'aria-live': 'polite' });
    this.#render();
  }

  setEntities(bases, groups) {
    this.#bases = bases;
    this.#groups = groups;
    this.#render();
  }

  #render() {
    const keyInput = el('input', { type: 'password', name: 'apiKey', value: apiKey(), placeholder: 'operator key (the first one is in operator.key)', autocomplete: 'off',
      oninput: e => setApiKey(e.target.value.trim()) });
    const fields = el('form', { class: 'report-fields', onsubmit: e => { e.preventDefault(); this.#post(reportFromFields(e.target)); } },
      field('Kind', select('kind', kinds)),
      field('Source', el('input', { name: 'sourceName', required: true, placeholder: 'e.g. Islamic Resistance in Iraq' })),
      field('Source type', select('sourceType', sourceTypes)),
      field('Source URL', el('input', { name: 'sourceUrl', type: 'url' })),
      field('Published at', el('input', { name: 'publishedAt', type: 'datetime-local' })),
      field('Occurred at', el('input', { name: 'occurredAt', type: 'datetime-local' })),
      field('Precision', select('timePrecision', precisions, 'day')),
      field('Base', select('base', ['', ...this.#bases.map(b => b.id)])),
      field('Group', select('group', ['', ...this.#groups.map(g => g.id)])),
      field('Weapon', select('weapon', weapons)),
      field('Weapon count', el('input', { name: 'weaponCount', type: 'number', min: 1 })),
      field('Outcome', select('outcome', outcomes)),
      field('Quote', el('textarea', { name: 'quote', dir: 'auto', rows: 2, style: 'min-height:3rem' })),
      field('Language', el('input', { name: 'language', value: 'ar', size: 4 })),
      field('Note', el('input', { name: 'note' })),
      field('Id', el('input', { name: 'id', placeholder: 'generated when empty' })),
      el('button', { type: 'submit' }, 'Post report'));
    const json = el('form', { onsubmit: e => { e.preventDefault(); this.#post(e.target.elements.json.value); } },
      el('textarea', { name: 'json', spellcheck: false, placeholder: '{ "id": "...", "kind": "claim", "source": { ... } } or an array' }),
      el('button', { type: 'submit' }, 'Post JSON'));
    const article = el('form', { onsubmit: e => { e.preventDefault(); this.#extract(e.target); } },
      field('Source', el('input', { name: 'sourceName', placeholder: 'outlet name' })),
      field('Source type', select('sourceType', sourceTypes, 'media')),
      field('Published at', el('input', { name: 'publishedAt', type: 'datetime-local' })),
      field('Language', el('input', { name: 'language', value: 'ar', size: 4 })),
      el('textarea', { name: 'text', dir: 'auto', placeholder: 'Paste an article' }),
      el('button', { type: 'submit' }, 'Extract candidates'),
      el('div', { class: 'candidates' }));
    this.#container.replaceChildren(el('div', { class: 'operator' },
      field('Operator key', keyInput),
      this.#result,
      el('fieldset', {}, el('legend', {}, 'Report'), fields),
      el('fieldset', {}, el('legend', {}, 'Report as JSON'), json),
      el('fieldset', {}, el('legend', {}, 'Article'), article)));
  }

  async #post(body) {
    try {
      const accepted = await postJson('/api/reports', body);
      this.#result.className = 'result ok';
      this.#result.textContent = accepted.map(r => `accepted ${r.id} (sequence ${r.sequence}${r.outcome ? `, ${r.outcome}` : ''})`).join('\n');
    } catch (error) {
      this.#result.className = 'result error';
      this.#result.textContent = problemText(error);
    }
  }

  async #extract(form) {
    const value = name => form.elements[name].value.trim();
    const text = form.elements.text.value;
    const target = form.querySelector('.candidates');
    try {
      const answer = await postJson('/api/articles', {
        text,
        language: value('language') || undefined,
        source: { name: value('sourceName'), type: value('sourceType'), publishedAt: value('publishedAt') ? new Date(value('publishedAt')).toISOString() : undefined },
      });
      // Spans refer to the text the server read: the stripped text when the paste was HTML.
      const read = answer.text ?? text;
      const { candidates } = answer;
      target.replaceChildren(...(candidates.length ? candidates.map(c => this.#candidate(c, read)) : [el('p', { class: 'muted' }, 'No candidate found.')]));
    } catch (error) {
      target.replaceChildren(el('p', { class: 'error' }, problemText(error)));
    }
  }

  #candidate(candidate, text) {
    const before = text.slice(Math.max(0, candidate.start - 60), candidate.start);
    const span = text.slice(candidate.start, candidate.start + candidate.length);
    const after = text.slice(candidate.start + candidate.length, candidate.start + candidate.length + 60);
    const json = el('textarea', { spellcheck: false, style: 'min-height:6rem' }, JSON.stringify(candidate.report, null, 2));
    return el('div', { class: 'candidate' },
      el('div', {}, `${candidate.report.kind} · confidence ${(candidate.confidence * 100).toFixed(0)}% · ${(candidate.rules ?? []).join(', ')}`),
      el('p', { dir: 'auto', lang: candidate.report.language ?? undefined }, '…', before, el('mark', {}, span), after, '…'),
      json,
      el('button', { onclick: () => this.#post(json.value) }, 'Post this report'));
  }
}
