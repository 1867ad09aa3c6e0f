import { el } from './dom.js';
import { apiKey, getJson, isUnauthorized } from './api.js';
import { keepTicking } from './relativeTime.js';
import { TheatreMap } from './theatreMap.js';
import { DiscrepancyFeed } from './discrepancyFeed.js';
import { renderBase } from './basePanel.js';
import { renderGroup } from './groupPanel.js';
import { TalliesPanel } from './talliesPanel.js';
import { OperatorForm } from './operatorForm.js';
import { LiveConnection } from './liveConnection.js';
import { KeyPrompt } from './keyPrompt.js';

const byId = id => document.getElementById(id);
const view = { base: null, group: null, baseNames: new Map() };

function showTab(name) {
  for (const button of document.querySelectorAll('.tabs button')) button.setAttribute('aria-selected', String(button.dataset.tab === name));
  for (const panel of document.querySelectorAll('.tab-panel')) panel.hidden = panel.id !== `tab-${name}`;
}
for (const button of document.querySelectorAll('.tabs button')) button.addEventListener('click', () => showTab(button.dataset.tab));

const map = new TheatreMap(byId('map'), { onSelect: id => openBase(id) });
const feed = new DiscrepancyFeed(byId('feed'), byId('feed-count'), {
  onSubject: subject => (subject.base ? openBase(subject.base) : openGroup(subject.group)),
});
const tallies = new TalliesPanel(byId('tab-tallies'));
const operator = new OperatorForm(byId('tab-operator'));
// With a key the server takes, the page starts over and loads with it.
const keyPrompt = new KeyPrompt(byId('key-prompt'), { onAccepted: () => window.location.reload() });

/** A read or the hub turned away for want of a valid key: the page asks for one. True when that was the failure. */
function askForKey(error) {
  if (!isUnauthorized(error)) return false;
  showState('locked');
  keyPrompt.show();
  return true;
}

async function openBase(id, { focus = true } = {}) {
  view.base = id;
  map.select(id);
  if (focus) showTab('base');
  renderBase(byId('tab-base'), await getJson(`/api/bases/${encodeURIComponent(id)}`));
}

async function openGroup(id, { focus = true } = {}) {
  view.group = id;
  if (focus) showTab('group');
  renderGroup(byId('tab-group'), await getJson(`/api/groups/${encodeURIComponent(id)}`), view.baseNames);
}

async function loadBases() {
  const bases = await getJson('/api/bases');
  view.baseNames = new Map(bases.map(b => [b.id, b.name]));
  map.showBases(bases);
  return bases;
}

async function loadGroups() {
  const groups = await getJson('/api/groups');
  byId('groups').replaceChildren(...groups.map(g => el('button', { 'data-group-id': g.id, title: g.nameAr, onclick: () => openGroup(g.id) },
    g.name, el('span', { class: 'count' }, String(g.claims)))));
  return groups;
}

// Bursts of events (a replay after a reconnect) refresh the summaries once, not once per event.
function coalesce(action, delayMs = 150) {
  let timer = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => action().catch(error => askForKey(error) || console.warn('refresh failed', error)), delayMs);
  };
}
const refreshBases = coalesce(loadBases);
const refreshGroups = coalesce(loadGroups);
const refreshOpenBase = coalesce(() => (view.base ? openBase(view.base, { focus: false }) : Promise.resolve()));
const refreshOpenGroup = coalesce(() => (view.group ? openGroup(view.group, { focus: false }) : Promise.resolve()));

function applyEvent(event) {
  document.body.dataset.lastSequence = event.sequence;
  if (event.type === 'tally') {
    tallies.update(event.data);
    return;
  }
  // The event's sequence and time are those of this version of the discrepancy, whatever the payload says.
  const discrepancy = { ...event.data, sequence: event.sequence, at: event.data.at ?? event.at };
  feed.show(discrepancy, { fresh: true });
  refreshBases();
  refreshGroups();
  if (!discrepancy.subject?.base || discrepancy.subject.base === view.base) refreshOpenBase();
  if (!discrepancy.subject?.group || discrepancy.subject.group === view.group) refreshOpenGroup();
}

function showState(state) {
  const indicator = byId('connection');
  indicator.dataset.state = state;
  indicator.textContent = { connected: 'live', connecting: 'connecting…', reconnecting: 'reconnecting…', disconnected: 'offline, retrying', locked: 'needs a key' }[state] ?? state;
}

function showCaughtUp({ replayed }) {
  const notice = byId('catch-up');
  notice.hidden = false;
  notice.dataset.replayed = replayed;
  notice.textContent = `caught up: ${replayed} missed event${replayed === 1 ? '' : 's'} at ${new Date().toLocaleTimeString()}`;
  refreshBases();
}

async function start() {
  keepTicking(byId('feed'));
  const live = new LiveConnection({
    topics: ['all'], accessTokenFactory: apiKey, onEvent: applyEvent, onState: showState, onCaughtUp: showCaughtUp,
    onReset: () => window.location.reload(), onKeyRefused: askForKey,
  });
  // Subscribe first, then read the current state: anything that happens in between arrives twice, and the
  // feed keeps the later version of each discrepancy, so nothing falls in a gap.
  await live.start();
  document.body.dataset.lastSequence = live.lastSequence;
  const [geo, bases, groups, discrepancies] = await Promise.all([
    getJson('lib/geo/countries.geo.json'), loadBases(), loadGroups(), getJson('/api/discrepancies'), tallies.load(),
  ]);
  map.drawOutlines(geo);
  operator.setEntities(bases, groups);
  for (const discrepancy of discrepancies) feed.show(discrepancy);
  document.body.dataset.ready = 'yes';
}

start().catch(error => {
  if (askForKey(error)) return;
  console.error(error);
  byId('connection').textContent = `failed: ${error.message}`;
});
