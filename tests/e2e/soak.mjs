// Soak test (not part of the default suite): runs ingest and live subscribers against a real server for a set time and
// prints, every interval, the server's resident memory, the acknowledgement latency of posts, and how long events take
// to reach the dashboards, so a leak or a slow drift shows.
//   node soak.mjs [--minutes 10] [--rate 200] [--subscribers 50] [--interval 10]
// The server is the Release build unless CORRELATOR_SERVER_DLL says otherwise (build it first).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as signalR from '@microsoft/signalr';
import { startServer } from './server.mjs';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '200' },
    subscribers: { type: 'string', default: '50' },
    interval: { type: 'string', default: '10' },
  },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const subscriberCount = Number(values.subscribers);
const intervalMs = Number(values.interval) * 1000;

const bases = ['ain-al-asad', 'harir', 'erbil-air-base', 'al-tanf', 'al-shaddadi', 'conoco', 'victory', 'al-omar', 'rumeilan', 'tower-22'];
const groups = ['islamic-resistance-in-iraq', 'kataib-hezbollah', 'harakat-al-nujaba'];

function report(n) {
  const claim = n % 3 !== 0;
  const at = new Date(Date.UTC(2024, 0, 1) + (n % 400) * 6 * 3600_000).toISOString();
  return {
    id: `soak-${n}`,
    kind: claim ? 'claim' : 'officialIncident',
    source: claim ? { name: 'Islamic Resistance in Iraq', type: 'armedGroup' } : { name: 'US official', type: 'official' },
    occurredAt: at,
    timePrecision: 'hour',
    base: bases[n % bases.length],
    ...(claim ? { group: groups[n % groups.length] } : {}),
    weapon: n % 2 ? 'drone' : 'rocket',
    weaponCount: 1 + (n % 3),
    outcome: ['hit', 'intercepted', 'noDamage', 'damage'][n % 4],
    quote: `soak report ${n}`,
  };
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function residentMegabytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

const server = await startServer({});
const headers = { 'Content-Type': 'application/json', 'X-Api-Key': server.apiKey };
let postLatencies = [];
let eventLags = [];
let acknowledged = 0;
let failed = 0;
let received = 0;

const connections = [];
for (let i = 0; i < subscriberCount; i++) {
  const connection = new signalR.HubConnectionBuilder().withUrl(`${server.url}/hubs/correlator`).configureLogging(signalR.LogLevel.None).build();
  const seen = event => {
    received++;
    eventLags.push(Date.now() - Date.parse(event.at));
  };
  connection.on('discrepancy', seen);
  connection.on('tally', seen);
  await connection.start();
  await connection.invoke('Subscribe', ['all'], null);
  connections.push(connection);
}

console.log(`soak: ${minutes} min, ${rate} reports/s, ${subscriberCount} subscribers, server ${server.url} (pid ${server.pid})`);
console.log('elapsed_s  acked  failed  post_p50_ms  post_p99_ms  event_lag_p50_ms  event_lag_p99_ms  events_per_sub  rss_mb  grains');
const started = Date.now();
const deadline = started + minutes * 60_000;
let next = 0;
const sample = setInterval(async () => {
  const health = await (await fetch(`${server.url}/healthz`)).json();
  const row = [
    ((Date.now() - started) / 1000).toFixed(0).padStart(9),
    String(acknowledged).padStart(6),
    String(failed).padStart(7),
    percentile(postLatencies, 50).toFixed(1).padStart(12),
    percentile(postLatencies, 99).toFixed(1).padStart(12),
    percentile(eventLags, 50).toFixed(1).padStart(17),
    percentile(eventLags, 99).toFixed(1).padStart(17),
    (received / subscriberCount).toFixed(0).padStart(15),
    residentMegabytes(server.pid).toFixed(0).padStart(7),
    String(health.grains).padStart(7),
  ];
  console.log(row.join(' '));
  postLatencies = [];
  eventLags = [];
}, intervalMs);

// Open loop at a fixed rate: a slow server shows as growing latency, not as a slower generator.
while (Date.now() < deadline) {
  const due = started + (next * 1000) / rate;
  if (Date.now() < due) await new Promise(r => setTimeout(r, Math.max(0, due - Date.now())));
  const n = next++;
  const sent = performance.now();
  fetch(`${server.url}/api/reports`, { method: 'POST', headers, body: JSON.stringify(report(n)) })
    .then(async response => {
      await response.arrayBuffer();
      if (response.status === 201) {
        acknowledged++;
        postLatencies.push(performance.now() - sent);
      } else failed++;
    })
    .catch(() => failed++);
}

clearInterval(sample);
await Promise.all(connections.map(c => c.stop()));
await server.stop();
console.log(`soak done: ${acknowledged} acknowledged, ${failed} failed`);
