// Found probing with the official client on every transport: with Correlator:Security:RequireKeyForReading, a client
// given an accessTokenFactory (as the README says) could not connect at all, on any transport: the client sends the
// key as "Authorization: Bearer" for negotiation, long polling and in Node, and the server read only X-Api-Key and
// access_token. Each transport, with the key, must then get every event once, in order, as WebSockets does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as signalR from '@microsoft/signalr';
import { startServer } from './server.mjs';
import { conflictingPair, eventually, postReports } from './reports.mjs';

const { WebSockets, ServerSentEvents, LongPolling } = signalR.HttpTransportType;
const transports = {
  webSockets: { transport: WebSockets },
  webSocketsWithoutNegotiation: { transport: WebSockets, skipNegotiation: true },
  serverSentEvents: { transport: ServerSentEvents },
  longPolling: { transport: LongPolling },
};

function subscriber(server, options, withKey = true) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`${server.url}/hubs/correlator`, { ...options, ...(withKey ? { accessTokenFactory: () => server.apiKey } : {}) })
    .configureLogging(signalR.LogLevel.None)
    .build();
  const received = { connection, events: [], caughtUp: [] };
  for (const type of ['discrepancy', 'tally']) connection.on(type, event => { received.events.push(event); });
  connection.on('caughtUp', message => { received.caughtUp.push(message); });
  return received;
}

test('With keys required for reading, every transport connects with the key and gets every event once and in order, also on resuming', async t => {
  const server = await startServer({ settings: ['--Correlator:Security:RequireKeyForReading=true'] });
  t.after(() => server.stop());

  const anonymous = subscriber(server, transports.webSockets, false);
  await assert.rejects(anonymous.connection.start(), /401/, 'without the key the hub is closed');

  const clients = Object.entries(transports).map(([name, options]) => ({ name, ...subscriber(server, options) }));
  t.after(() => Promise.all(clients.map(c => c.connection.stop())));
  for (const client of clients) {
    await client.connection.start();
    await client.connection.invoke('Subscribe', ['all'], null);
  }
  for (const [base, day] of [['harir', 3], ['al-tanf', 4], ['conoco', 5]]) await postReports(server, conflictingPair(base, day));
  const [reference] = clients;
  await eventually(() => reference.events.some(e => e.data.subject?.base === 'conoco'), { what: 'the last discrepancy over WebSockets' });
  await eventually(() => clients.every(c => c.events.length >= reference.events.length), { what: 'every transport to catch up' });
  const sequences = client => client.events.map(e => e.sequence);
  for (const client of clients) {
    assert.deepEqual(sequences(client), sequences(reference), `${client.name} got what WebSockets got, once each, in order`);
  }

  // Each stops, events go on, and each resumes from its last sequence on the same transport.
  const last = Object.fromEntries(clients.map(c => [c.name, c.events.at(-1).sequence]));
  await Promise.all(clients.map(c => c.connection.stop()));
  for (const [base, day] of [['ain-al-asad', 6], ['al-shaddadi', 7]]) await postReports(server, conflictingPair(base, day));
  const resumed = clients.map(c => ({ ...c, ...subscriber(server, transports[c.name]) }));
  t.after(() => Promise.all(resumed.map(c => c.connection.stop())));
  for (const client of resumed) {
    await client.connection.start();
    await client.connection.invoke('Subscribe', ['all'], last[client.name]);
  }
  await eventually(() => resumed.every(c => c.caughtUp.length > 0), { what: 'every transport to catch up after resuming' });
  const [resumedReference] = resumed;
  assert.ok(resumedReference.events.length > 0, 'there were missed events to replay');
  for (const client of resumed) {
    assert.ok(client.events.every(e => e.sequence > last[client.name]), `${client.name} got nothing it had seen`);
    assert.deepEqual(sequences(client), sequences(resumedReference), `${client.name} replayed what WebSockets replayed`);
    assert.equal(client.caughtUp[0].replayed, client.events.length);
  }
});
