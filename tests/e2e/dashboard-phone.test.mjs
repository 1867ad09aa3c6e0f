// Found probing at a phone's width (390 px): the wall-screen grid kept its three columns, each a few words wide, with
// the tabs and the feed cut off at their edges. Narrow screens now stack the columns and scroll the page, with the
// connection state kept in view; a server restart under a phone still shows as such and loses nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchChromium, screenshot } from './browser.mjs';
import { conflictingPair, getJson, postReports } from './reports.mjs';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

function boxes(page) {
  return page.evaluate(() => {
    const box = selector => document.querySelector(selector).getBoundingClientRect().toJSON();
    return {
      pageWidth: document.documentElement.scrollWidth,
      viewport: innerWidth,
      columns: ['.map-column', '.feed-column', '.detail-column'].map(box),
      tabs: [...document.querySelectorAll('.tabs button')].map(button => button.getBoundingClientRect().toJSON()),
    };
  });
}

test('On a phone the dashboard stacks its columns full width, keeps the connection state in view and rides out a server restart', async t => {
  let server = await startServer();
  t.after(() => server.stop());
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage(phone);
  const pageErrors = [];
  page.on('pageerror', error => pageErrors.push(error.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="yes"]');
  await page.waitForSelector('#connection[data-state="connected"]');

  const layout = await boxes(page);
  await screenshot(page, 'phone-01-loaded');
  assert.equal(layout.pageWidth, layout.viewport, 'nothing runs off the side of the screen');
  for (const column of layout.columns) {
    assert.ok(column.width >= layout.viewport * 0.9, `a column is ${column.width} px wide on a ${layout.viewport} px screen`);
  }
  const [map, feed, detail] = layout.columns;
  assert.ok(map.bottom <= feed.top && feed.bottom <= detail.top, 'map, then the live feed, then the details, one under another');
  for (const tab of layout.tabs) assert.ok(tab.right <= layout.viewport, 'every tab can be reached');

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const indicator = await page.locator('#connection').boundingBox();
  assert.ok(indicator.y >= 0 && indicator.y + indicator.height <= phone.viewport.height, 'the connection state stays in view while scrolling');

  // The server stops under the phone and comes back on the same data; reports posted meanwhile must all show.
  await postReports(server, conflictingPair('harir', 12));
  await page.waitForFunction(() => document.querySelectorAll('#feed li').length > 0);
  const lastSequenceBefore = Number(await page.locator('body').getAttribute('data-last-sequence'));
  await page.evaluate(() => { window.sameDocument = true; });
  await server.stop();
  await page.waitForSelector('#connection:not([data-state="connected"])');
  assert.match(await page.locator('#connection').textContent(), /reconnecting|offline/);
  server = await startServer({ dataFolder: server.dataFolder, port: server.port });
  await postReports(server, conflictingPair('al-tanf', 14));
  await page.waitForSelector('#connection[data-state="connected"]', { timeout: 30_000 });

  const missed = await getJson(server.url, `/api/discrepancies?after=${lastSequenceBefore}`);
  assert.ok(missed.some(d => d.subject?.base === 'al-tanf'), 'the log holds the discrepancy posted after the restart');
  for (const discrepancy of missed) await page.locator(`#feed li[data-id="${discrepancy.id}"]`).waitFor({ timeout: 5000 });
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'the page was not reloaded');
  await screenshot(page, 'phone-02-recovered');
  assert.deepEqual(pageErrors, []);
});
