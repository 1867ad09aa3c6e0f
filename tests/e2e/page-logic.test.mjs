// The page's pure logic, loaded straight from wwwroot/js (plain ES modules need no browser for these).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeTime } from '../../src/Correlator.Server/wwwroot/js/relativeTime.js';
import { alertLevel, markerRadius, project } from '../../src/Correlator.Server/wwwroot/js/theatreMap.js';
import { side } from '../../src/Correlator.Server/wwwroot/js/reportCard.js';

const now = Date.parse('2024-03-12T12:00:00Z');

test('Relative times name the largest unit that fits and keep counting as time passes', () => {
  assert.equal(relativeTime('2024-03-12T11:59:55Z', now), 'just now');
  assert.equal(relativeTime('2024-03-12T11:58:00Z', now), '2 minutes ago');
  assert.equal(relativeTime('2024-03-12T11:58:00Z', now + 60_000), '3 minutes ago');
  assert.equal(relativeTime('2024-03-12T09:00:00Z', now), '3 hours ago');
  assert.equal(relativeTime('2024-03-11T12:00:00Z', now), 'yesterday');
});

test('A base marker turns amber with one open discrepancy and red from three', () => {
  assert.deepEqual([0, 1, 2, 3, 10].map(alertLevel), ['calm', 'some', 'some', 'many', 'many']);
});

test('A base marker grows with the attacks logged, by area', () => {
  assert.ok(markerRadius(4) > markerRadius(1));
  assert.equal(markerRadius(16) - markerRadius(0), 2 * (markerRadius(4) - markerRadius(0)));
});

test('The map puts north up and east right, Ain al-Asad west of Baghdad', () => {
  const [asadX, asadY] = project(42.44, 33.8);
  const [baghdadX, baghdadY] = project(44.37, 33.31);
  const [erbilX, erbilY] = project(44.01, 36.19);
  assert.ok(asadX < baghdadX);
  assert.ok(erbilY < baghdadY);
  assert.ok(Math.abs(erbilX - baghdadX) < Math.abs(asadX - baghdadX));
  assert.ok(asadY < baghdadY);
});

test('Reports sit on the side of the claimant, the officials or the press', () => {
  assert.equal(side({ kind: 'claim', source: { type: 'armedGroup' } }), 'claim');
  assert.equal(side({ kind: 'officialIncident', source: { type: 'official' } }), 'official');
  assert.equal(side({ kind: 'attribution', source: { type: 'official' } }), 'official');
  assert.equal(side({ kind: 'mediaReport', source: { type: 'media' } }), 'media');
  assert.equal(side({ kind: 'mediaTally', source: { type: 'ngo' } }), 'media');
});
