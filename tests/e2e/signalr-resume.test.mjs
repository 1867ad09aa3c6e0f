// Issue 2: a subscriber that drops out resumes from its last sequence and gets exactly what it missed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { HubSubscriber } from './hubSubscriber.mjs';
import { conflictingPair, eventually, getJson, postReports } from './reports.mjs';

function assertStrictlyIncreasing(events, after) {
  let previous = after;
  for (const event of events) {
    assert.ok(event.sequence > previous, `sequence ${event.sequence} follows ${previous}`);
    previous = event.sequence;
  }
}

/** Each discrepancy once, at its latest version: comparable whether a list holds every version or only the last. */
function latestVersions(discrepancies) {
  const latest = new Map();
  for (const d of discrepancies) if (!latest.has(d.id) || latest.get(d.id).sequence < d.sequence) latest.set(d.id, d);
  return [...latest.values()].map(d => `${d.id}@${d.sequence}`).sort();
}

// The event's sequence numbers the version it carries (the payload's own sequence field is not filled in live events).
const versionOf = event => ({ id: event.data.id, sequence: event.sequence });

/** What the replay must match: the log's own answer for the same range. */
async function missedDiscrepancies(serverUrl, after) {
  return latestVersions(await getJson(serverUrl, `/api/discrepancies?after=${after}`));
}

async function postUntilDiscrepancies(server, base, days) {
  for (const day of days) await postReports(server, conflictingPair(base, day));
}

test('A subscriber that reconnects with its last sequence receives exactly the events it missed, also across a server restart', async t => {
  let server = await startServer();
  t.after(() => server.stop());
  const subscribers = [];
  t.after(() => Promise.all(subscribers.map(s => s.stop())));
  const subscriber = url => { const s = new HubSubscriber(url); subscribers.push(s); return s; };

  // A witness stays subscribed until the restart and sees every event live.
  const witness = subscriber(server.url);
  const { lastSequence: start } = await witness.subscribe(['all']);
  assert.equal(typeof start, 'number');

  const first = subscriber(server.url);
  await first.subscribe(['all']);
  await postReports(server, conflictingPair('harir', 3));
  await first.waitForDiscrepancy(d => d.subject?.base === 'harir', 'the discrepancy about harir');
  const seen = first.lastSequence;
  await first.stop();

  await postUntilDiscrepancies(server, 'al-tanf', [5, 6]);
  await postUntilDiscrepancies(server, 'conoco', [7]);
  await witness.waitForDiscrepancy(d => d.subject?.base === 'conoco', 'the discrepancy about conoco');
  await eventually(async () => (await missedDiscrepancies(server.url, seen)).length >= 3, { what: 'three missed discrepancies in the log' });

  const resumed = subscriber(server.url);
  await resumed.subscribe(['all'], seen);
  const replay = resumed.events.filter(event => event.sequence <= resumed.caughtUp[0].lastSequence);
  assertStrictlyIncreasing(replay, seen);
  assert.deepEqual(replay.map(e => e.sequence), witness.events.filter(e => e.sequence > seen && e.sequence <= resumed.caughtUp[0].lastSequence).map(e => e.sequence),
    'the replay is the live stream after the last sequence seen, no gap, no duplicate');
  assert.equal(resumed.caughtUp[0].replayed, replay.length);
  assert.deepEqual(latestVersions(replay.filter(e => e.type === 'discrepancy').map(versionOf)), await missedDiscrepancies(server.url, seen));

  // Across a restart on the same data folder: the log survives and numbering goes on.
  const beforeRestart = resumed.lastSequence;
  await Promise.all([witness.stop(), resumed.stop()]);
  await server.stop();
  server = await startServer({ dataFolder: server.dataFolder });
  await postUntilDiscrepancies(server, 'al-shaddadi', [9, 10]);
  await eventually(async () => (await missedDiscrepancies(server.url, beforeRestart)).length >= 2, { what: 'discrepancies after the restart' });

  const afterRestart = subscriber(server.url);
  await afterRestart.subscribe(['all'], beforeRestart);
  const replayAfterRestart = afterRestart.events.filter(event => event.sequence <= afterRestart.caughtUp[0].lastSequence);
  assertStrictlyIncreasing(replayAfterRestart, beforeRestart);
  assert.equal(afterRestart.caughtUp[0].replayed, replayAfterRestart.length);
  assert.deepEqual(latestVersions(replayAfterRestart.filter(e => e.type === 'discrepancy').map(versionOf)), await missedDiscrepancies(server.url, beforeRestart));
  assert.ok(replayAfterRestart.some(e => e.type === 'discrepancy' && e.data.subject?.base === 'al-shaddadi'));
});
