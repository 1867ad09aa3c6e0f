// Issue 4: the wall screen shows new discrepancies live and rides out a server restart without a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchChromium, screenshot } from './browser.mjs';
import { conflictingPair, getJson, postReports } from './reports.mjs';

const live = { timeout: 1000 };

async function markerState(page, baseId) {
  return page.locator(`circle.base[data-base-id="${baseId}"]`).evaluate(node => `${node.dataset.open}/${node.dataset.incidents}`);
}

test('The dashboard shows a posted discrepancy within a second and recovers from a server restart without losing an event', async t => {
  let server = await startServer();
  t.after(() => server.stop());
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const pageErrors = [];
  page.on('pageerror', error => pageErrors.push(error.message));

  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="yes"]');
  await page.waitForSelector('#connection[data-state="connected"]');
  await page.waitForSelector('circle.base[data-base-id="harir"]');
  await screenshot(page, '01-loaded');

  const markerBefore = await markerState(page, 'harir');
  const posted = Date.now();
  await postReports(server, conflictingPair('harir', 12));
  await page.locator('#feed li .meta button', { hasText: 'base: harir' }).first().waitFor(live);
  const feedMs = Date.now() - posted;
  await page.waitForFunction(([before]) => {
    const node = document.querySelector('circle.base[data-base-id="harir"]');
    return `${node.dataset.open}/${node.dataset.incidents}` !== before;
  }, [markerBefore], live);
  console.log(`discrepancy in the feed ${feedMs} ms after the POST answered; marker ${markerBefore} -> ${await markerState(page, 'harir')}`);
  await screenshot(page, '02-discrepancy-arrived');

  await page.locator('circle.base[data-base-id="harir"]').click();
  await page.waitForSelector('#tab-base [data-base-id="harir"]');
  assert.equal(await page.locator('#tab-base q[lang="ar"]').first().getAttribute('dir'), 'rtl', 'Arabic quotes read right to left');
  await screenshot(page, '03-base-panel');

  // Restart on the same data folder and port, with the page kept off the hub until reports were posted, so there
  // is something to catch up on; then let it in: it must come back by itself.
  await page.evaluate(() => { window.sameDocument = true; });
  const lastSequenceBefore = Number(await page.locator('body').getAttribute('data-last-sequence'));
  const hub = '**/hubs/correlator/**';
  await page.route(hub, route => route.abort());
  await server.stop();
  await page.waitForSelector('#connection:not([data-state="connected"])');
  await screenshot(page, '04-server-down');
  server = await startServer({ dataFolder: server.dataFolder, port: server.port });
  await postReports(server, conflictingPair('al-tanf', 14));
  await postReports(server, conflictingPair('al-shaddadi', 15));
  await page.unroute(hub);
  await page.waitForSelector('#connection[data-state="connected"]', { timeout: 30_000 });
  await page.waitForSelector('#catch-up:not([hidden])');

  const missed = await getJson(server.url, `/api/discrepancies?after=${lastSequenceBefore}`);
  assert.ok(missed.some(d => d.subject?.base === 'al-tanf'), 'the log holds the discrepancy posted after the restart');
  for (const discrepancy of missed) {
    await page.locator(`#feed li[data-id="${discrepancy.id}"]`).waitFor({ timeout: 5000 });
  }
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'the page was not reloaded');
  const notice = await page.locator('#catch-up').textContent();
  console.log(`after the restart: "${notice}", ${missed.length} discrepancies missed`);
  assert.match(notice, /caught up: \d+ missed event/);
  const replayed = Number(await page.locator('#catch-up').getAttribute('data-replayed'));
  assert.ok(replayed >= missed.length, `replayed ${replayed} events, at least the ${missed.length} discrepancies missed`);
  await screenshot(page, '05-recovered');

  assert.deepEqual(pageErrors, []);
});

test('A dashboard whose server comes back with a reset log starts over instead of resuming from a point that log never reached', async t => {
  let server = await startServer();
  t.after(() => server.stop());
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', error => pageErrors.push(error.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="yes"]');
  await page.waitForSelector('#connection[data-state="connected"]');

  // Take the page's resume point well past where a fresh log (the seeds alone) ends.
  const lastSeeded = Number(await page.locator('body').getAttribute('data-last-sequence'));
  for (const [base, day] of [['harir', 3], ['al-tanf', 5], ['al-shaddadi', 7], ['ain-al-asad', 9]]) {
    await postReports(server, conflictingPair(base, day));
  }
  await page.waitForFunction(after => Number(document.body.dataset.lastSequence) > after + 3, lastSeeded, { timeout: 5000 });
  const lastSequenceBefore = Number(await page.locator('body').getAttribute('data-last-sequence'));

  // The same address, a new empty data folder: the operator deleted the database and started again.
  await page.evaluate(() => { window.sameDocument = true; });
  const hub = '**/hubs/correlator/**';
  await page.route(hub, route => route.abort());
  await server.stop();
  await page.waitForSelector('#connection:not([data-state="connected"])');
  server = await startServer({ port: server.port });
  await page.unroute(hub);

  await page.waitForFunction(() => window.sameDocument === undefined && document.body.dataset.ready === 'yes', null, { timeout: 30_000 });
  await page.waitForSelector('#connection[data-state="connected"]');
  const lastSequenceAfter = Number(await page.locator('body').getAttribute('data-last-sequence'));
  console.log(`resume point ${lastSequenceBefore} refused by the reset server; the page reloaded and follows from ${lastSequenceAfter}`);
  assert.ok(lastSequenceAfter < lastSequenceBefore, `the page follows the new log (${lastSequenceAfter}), not the old one (${lastSequenceBefore})`);

  // And it is live on the new log.
  await postReports(server, conflictingPair('harir', 11));
  await page.waitForFunction(after => Number(document.body.dataset.lastSequence) > after, lastSequenceAfter, { timeout: 5000 });
  assert.deepEqual(pageErrors, []);
});

/** A fresh server and the dashboard's operator tab, with the server's operator key typed in. */
async function operatorTab(t) {
  const server = await startServer();
  t.after(() => server.stop());
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="yes"]');
  await page.click('button[data-tab="operator"]');
  await page.locator('input[name="apiKey"]').fill(server.apiKey);
  return page;
}

test('The operator form posts a report from simple fields and shows the problem the server finds in a bad one', async t => {
  const page = await operatorTab(t);
  const form = page.locator('form.report-fields');
  await form.locator('select[name="kind"]').selectOption('claim');
  await form.locator('input[name="sourceName"]').fill('Islamic Resistance in Iraq');
  await form.locator('select[name="sourceType"]').selectOption('armedGroup');
  await form.locator('input[name="occurredAt"]').fill('2024-04-02T18:30');
  await form.locator('select[name="timePrecision"]').selectOption('hour');
  await form.locator('select[name="base"]').selectOption('kharab-al-jir');
  await form.locator('select[name="group"]').selectOption('islamic-resistance-in-iraq');
  await form.locator('select[name="weapon"]').selectOption('drone');
  await form.locator('input[name="weaponCount"]').fill('1');
  await form.locator('select[name="outcome"]').selectOption('hit');
  await form.locator('textarea[name="quote"]').fill('استهدفنا قاعدة الاحتلال في مطار خراب الجير بطائرة مسيّرة');
  await form.locator('button[type="submit"]').click();
  await page.waitForSelector('.operator .result.ok');
  assert.match(await page.locator('.operator .result').textContent(), /accepted op-\w+ \(sequence \d+/);
  await page.locator('#feed li .meta button', { hasText: 'base: kharab-al-jir' }).first().waitFor({ timeout: 5000 });

  await page.locator('textarea[name="json"]').fill(JSON.stringify({ id: 'bad-1', kind: 'claim', source: { name: 'x', type: 'armedGroup' }, occurredAt: '2024-04-02T18:30:00+03:00', group: 'kataib-hezbollah', base: 'Ain al Asadd' }));
  await page.locator('button', { hasText: 'Post JSON' }).click();
  await page.waitForSelector('.operator .result.error');
  const problem = await page.locator('.operator .result').textContent();
  console.log(`problem shown for an unknown base: ${JSON.stringify(problem)}`);
  assert.match(problem, /^4\d\d /);
  await screenshot(page, '06-operator');
});

test('An operator pastes an Arabic article, reviews the extracted candidates with their words marked, and posts one', async t => {
  const page = await operatorTab(t);

  const article = page.locator('fieldset', { hasText: 'Article' }).locator('form');
  await article.locator('input[name="sourceName"]').fill('وكالة أنباء');
  await article.locator('input[name="publishedAt"]').fill('2024-01-21T12:00');
  await article.locator('textarea[name="text"]').fill(
    'أعلنت المقاومة الإسلامية في العراق مساء أمس السبت استهداف قاعدة عين الأسد بطائرتين مسيرتين، وقالت إنها أصابت أهدافها بشكل مباشر. '
    + 'وقال مسؤول عسكري أميركي إن الدفاعات الجوية أحبطت الهجوم من دون أن يسفر عن إصابات.');
  await article.locator('button', { hasText: 'Extract candidates' }).click();
  const first = article.locator('.candidates .candidate').first();
  await first.waitFor({ timeout: 10_000 });
  const candidates = await article.locator('.candidates .candidate').count();
  const marked = await first.locator('mark').textContent();
  console.log(`${candidates} candidates; the first rests on: ${marked}`);
  assert.ok(candidates >= 2, 'the claim and the official statement');
  assert.match(await article.locator('.candidates').textContent(), /claim/);
  await screenshot(page, '07-article-review');

  await first.locator('button', { hasText: 'Post this report' }).click();
  await page.waitForSelector('.operator .result.ok');
  assert.match(await page.locator('.operator .result').textContent(), /accepted x-[0-9a-f]+/);
});
