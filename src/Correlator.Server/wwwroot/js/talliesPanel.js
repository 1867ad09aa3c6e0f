import { el, svg } from './dom.js';
import { getJson } from './api.js';

const regions = ['all', 'iraq', 'syria', 'jordan'];
const width = 640, height = 200, left = 40, right = 90, top = 12, bottom = 24;

function sourceName(source) {
  return typeof source === 'string' ? source : source?.name ?? '';
}

function observationClass(kind) {
  if (kind === 'officialTally' || kind === 'officialIncident') return 'obs-official';
  return kind === 'mediaTally' || kind === 'mediaReport' ? 'obs-media' : 'obs-other';
}

/** Which logged counts compare with a metric: attacks against incidents and claims, casualties against their own. */
function loggedLines(metric) {
  return metric === 'attacks' ? [['incidents', 'logged', 'logged'], ['claims', 'claimed', 'claimed']] : [[metric, 'logged', 'logged']];
}

/** One series as a chart: each figure as a point with its qualifier as bounds, the logged counts and the reconciled band. */
export function seriesChart(series) {
  const times = series.observations.flatMap(o => [o.from, o.to]).concat(series.estimate?.asOf).filter(Boolean).map(Date.parse);
  const start = Math.min(...times), end = Math.max(...times);
  const span = Math.max(end - start, 86_400_000);
  const values = series.observations.flatMap(o => [o.value, o.low, o.high])
    .concat(loggedLines(series.metric).map(([key]) => series.logged?.[key]), series.estimate?.low, series.estimate?.best, series.estimate?.high)
    .filter(v => typeof v === 'number');
  const yMax = Math.max(1, ...values) * 1.15;
  const x = t => left + (Date.parse(t) - start) / span * (width - left - right);
  const y = v => height - bottom - v / yMax * (height - top - bottom);
  const plotRight = width - right;
  const parts = [
    svg('line', { class: 'axis', x1: left, y1: height - bottom, x2: plotRight, y2: height - bottom }),
    svg('line', { class: 'axis', x1: left, y1: top, x2: left, y2: height - bottom }),
    svg('text', { class: 'tick', x: left - 4, y: y(0) + 4, 'text-anchor': 'end' }, '0'),
    svg('text', { class: 'tick', x: left - 4, y: top + 8, 'text-anchor': 'end' }, Math.round(yMax).toString()),
    svg('text', { class: 'tick', x: left, y: height - 6 }, new Date(start).toISOString().slice(0, 10)),
    svg('text', { class: 'tick', x: plotRight, y: height - 6, 'text-anchor': 'end' }, new Date(end).toISOString().slice(0, 10)),
  ];
  const estimate = series.estimate;
  if (estimate) {
    const high = estimate.high ?? yMax;
    parts.push(svg('rect', { class: 'band', x: left, width: plotRight - left, y: y(high), height: Math.max(1, y(estimate.low) - y(high)) },
      svg('title', {}, `reconciled ${estimate.low}–${estimate.high ?? '∞'}, best ${estimate.best} (${estimate.rule ?? ''})`)));
    parts.push(svg('line', { class: 'best', x1: left, x2: plotRight, y1: y(estimate.best), y2: y(estimate.best) }));
    parts.push(svg('text', { class: 'label', x: plotRight + 4, y: y(estimate.best) + 4 }, `best ${estimate.best}`));
  }
  for (const [key, css, label] of loggedLines(series.metric)) {
    const value = series.logged?.[key];
    if (typeof value !== 'number') continue;
    parts.push(svg('line', { class: css, x1: left, x2: plotRight, y1: y(value), y2: y(value) }));
    parts.push(svg('text', { class: 'tick', x: plotRight + 4, y: y(value) + 4 }, `${label} ${value}`));
  }
  for (const o of series.observations) {
    const cx = x(o.to);
    const css = observationClass(o.kind);
    // Absent bounds are left out of the JSON; a lower-bound qualifier without a high is open-ended.
    const unbounded = (o.high ?? null) === null && (o.qualifier === 'atLeast' || o.qualifier === 'moreThan');
    const low = o.low ?? o.value, high = o.high ?? (unbounded ? yMax : o.value);
    const title = `${sourceName(o.source)}: ${o.qualifier && o.qualifier !== 'exact' ? `${o.qualifier} ` : ''}${o.value}` +
      `${o.from ? ` from ${o.from.slice(0, 10)}` : ''} to ${o.to.slice(0, 10)}${o.countingRule ? ` (${o.countingRule})` : ''}`;
    parts.push(svg('g', { class: css, 'data-report-id': o.reportId },
      low !== high ? svg('line', { class: `whisker ${css}`, x1: cx, x2: cx, y1: y(low), y2: y(high) }) : null,
      unbounded ? svg('path', { class: css, d: `M${cx - 5},${y(high) + 7}L${cx},${y(high)}L${cx + 5},${y(high) + 7}Z` }) : null,
      svg('circle', { class: css, cx, cy: y(o.value), r: 5 }),
      svg('title', {}, title)));
  }
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${series.metric} in ${series.region}` }, parts);
}

function seriesBlock(series) {
  const e = series.estimate;
  return el('div', { class: 'series', 'data-key': series.key },
    el('h3', {}, `${series.metric} · ${series.region}`),
    seriesChart(series),
    el('div', { class: 'series-facts' },
      // The rule is a paragraph: kept behind a hover so the wall screen shows the figures.
      e ? el('span', { class: 'estimate', title: e.rule ?? '' }, `reconciled ${e.low}–${e.high ?? '∞'} (best ${e.best})`) : null,
      series.logged ? el('span', {}, `logged: ${loggedLines(series.metric).map(([key]) => `${series.logged[key] ?? 0} ${key}`).join(', ')}`) : null,
      el('span', {}, `${series.observations.length} figures: `, el('span', { style: 'color:var(--official)' }, 'official'), ' / ',
        el('span', { style: 'color:var(--media)' }, 'media'))));
}

/** Official and media figures per region and metric, next to the logged counts and the reconciled band. */
export class TalliesPanel {
  #container;
  #list;
  #region = 'all';
  #series = new Map();

  constructor(container) {
    this.#container = container;
    this.#list = el('div', { class: 'series-list' });
    const filter = el('div', { class: 'region-filter' }, regions.map(region =>
      el('button', { 'data-region': region, 'aria-pressed': String(region === this.#region), onclick: () => this.load(region) }, region)));
    container.replaceChildren(filter, this.#list);
  }

  async load(region = this.#region) {
    this.#region = region;
    for (const button of this.#container.querySelectorAll('.region-filter button')) button.setAttribute('aria-pressed', String(button.dataset.region === region));
    const series = await getJson(region === 'all' ? '/api/tallies' : `/api/tallies?region=${region}`);
    this.#series = new Map(series.map(s => [s.key, s]));
    this.#render();
  }

  /** A live tally event replaces its series in place (when it belongs to the region on show). */
  update(series) {
    if (this.#region !== 'all' && series.region !== this.#region) return;
    this.#series.set(series.key, series);
    this.#render();
  }

  #render() {
    const series = [...this.#series.values()].sort((a, b) => `${a.region}${a.metric}`.localeCompare(`${b.region}${b.metric}`));
    this.#list.replaceChildren(...(series.length ? series.map(seriesBlock) : [el('p', { class: 'muted' }, 'No tally yet.')]));
  }
}
