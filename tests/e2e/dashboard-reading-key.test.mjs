// Found probing: with Correlator:Security:RequireKeyForReading=true the dashboard sent no key with its reads and none
// to the hub, so it stayed empty and offline. It now asks for a viewer or operator key, sends it with every read and
// to the hub, and with reading open (the default) asks for nothing and sends nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launchChromium, screenshot } from './browser.mjs';
import { conflictingPair, postReports } from './reports.mjs';

const readingNeedsKey = ['--Correlator:Security:RequireKeyForReading=true'];

/** A page on the server that records the credentials each request to the server carried. */
async function dashboard(t, server) {
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const seen = { reads: [], hub: [], sockets: [], pageErrors: [] };
  page.on('pageerror', error => seen.pageErrors.push(error.message));
  page.on('request', request => {
    const { pathname } = new URL(request.url());
    const headers = request.headers();
    if (pathname.startsWith('/api/')) seen.reads.push({ path: pathname, key: headers['x-api-key'] });
    if (pathname.startsWith('/hubs/')) seen.hub.push({ path: pathname, authorization: headers.authorization });
  });
  page.on('websocket', socket => seen.sockets.push(new URL(socket.url()).searchParams.get('access_token')));
  return { page, seen };
}

test('On a server that needs a key to read, the dashboard asks for one, says a wrong key was refused, and goes live with a good one', async t => {
  const server = await startServer({ settings: readingNeedsKey });
  t.after(() => server.stop());
  const { page, seen } = await dashboard(t, server);

  await page.goto(server.url);
  const prompt = page.locator('#key-prompt');
  await page.waitForSelector('#key-prompt:not([hidden])[data-state="needed"]', { timeout: 10_000 });
  assert.match(await prompt.textContent(), /needs a key to read/);
  assert.equal(await page.locator('#connection').getAttribute('data-state'), 'locked');
  assert.match(await page.locator('#connection').textContent(), /needs a key/);
  assert.equal(await page.locator('body').getAttribute('data-ready'), null, 'nothing loaded without a key');
  await screenshot(page, 'reading-key-01-asked');

  await prompt.locator('input[name="readingKey"]').fill('not-a-key-of-this-server');
  await prompt.locator('button', { hasText: 'Use key' }).click();
  await page.waitForSelector('#key-prompt[data-state="refused"]');
  assert.match(await prompt.textContent(), /refused/);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('correlator.apiKey')), null, 'a refused key is not kept');
  assert.ok(seen.reads.some(r => r.key === 'not-a-key-of-this-server'), 'the wrong key was tried against the server');
  await screenshot(page, 'reading-key-02-refused');

  await prompt.locator('input[name="readingKey"]').fill(server.apiKey);
  const accepted = seen.reads.length;
  await prompt.locator('button', { hasText: 'Use key' }).click();
  await page.waitForSelector('body[data-ready="yes"]', { timeout: 10_000 });
  await page.waitForSelector('#connection[data-state="connected"]');
  assert.equal(await prompt.isHidden(), true, 'the prompt is gone');
  await page.waitForSelector('circle.base[data-base-id="harir"]');
  assert.ok((await page.locator('circle.base').count()) > 5, 'the bases are on the map');
  await page.click('button[data-tab="operator"]');
  assert.equal(await page.locator('input[name="apiKey"]').inputValue(), server.apiKey, 'the operator form holds the same key');
  await page.click('button[data-tab="tallies"]');

  const reads = seen.reads.slice(accepted);
  assert.ok(reads.length >= 4, `bases, groups, discrepancies and tallies were read (${reads.length} reads)`);
  assert.deepEqual(reads.filter(r => r.key !== server.apiKey), [], 'every read after the key was given sent it');
  const negotiations = seen.hub.filter(h => h.path.endsWith('/negotiate'));
  assert.equal(negotiations.at(-1).authorization, `Bearer ${server.apiKey}`, 'the hub negotiated with the key');
  assert.equal(seen.sockets.at(-1), server.apiKey, 'the hub socket carries the key');

  await postReports(server, conflictingPair('harir', 12));
  await page.locator('#feed li .meta button', { hasText: 'base: harir' }).first().waitFor({ timeout: 5000 });
  console.log(`${reads.length} reads and ${negotiations.length} hub negotiations; a discrepancy posted after the key arrived live`);
  await screenshot(page, 'reading-key-03-live');
  assert.deepEqual(seen.pageErrors, []);
});

test('A dashboard whose server comes back needing a key to read asks for one at once and goes live again with it', async t => {
  let server = await startServer();
  t.after(() => server.stop());
  const { page, seen } = await dashboard(t, server);
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="yes"]');
  await page.waitForSelector('#connection[data-state="connected"]');

  await server.stop();
  await page.waitForSelector('#connection:not([data-state="connected"])');
  server = await startServer({ dataFolder: server.dataFolder, port: server.port, settings: readingNeedsKey });
  const back = Date.now();
  // Well within the half minute the client would otherwise keep retrying.
  await page.waitForSelector('#key-prompt:not([hidden])[data-state="needed"]', { timeout: 10_000 });
  console.log(`asked for a key ${Date.now() - back} ms after the server came back locked`);

  await page.locator('#key-prompt input[name="readingKey"]').fill(server.apiKey);
  await page.locator('#key-prompt button', { hasText: 'Use key' }).click();
  await page.waitForSelector('body[data-ready="yes"]', { timeout: 10_000 });
  await page.waitForSelector('#connection[data-state="connected"]');
  await postReports(server, conflictingPair('ain-al-asad', 16));
  await page.locator('#feed li .meta button', { hasText: 'base: ain-al-asad' }).first().waitFor({ timeout: 5000 });
  assert.deepEqual(seen.pageErrors, []);
});

test('With reading open the dashboard neither asks for a key nor sends one', async t => {
  const server = await startServer();
  t.after(() => server.stop());
  const { page, seen } = await dashboard(t, server);

  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="yes"]');
  await page.waitForSelector('#connection[data-state="connected"]');
  await postReports(server, conflictingPair('al-tanf', 14));
  await page.locator('#feed li .meta button', { hasText: 'base: al-tanf' }).first().waitFor({ timeout: 5000 });

  assert.equal(await page.locator('#key-prompt').isHidden(), true, 'no prompt');
  assert.ok(seen.reads.length >= 4 && seen.hub.length >= 1 && seen.sockets.length >= 1);
  assert.deepEqual(seen.reads.filter(r => r.key !== undefined), [], 'no read sent a key');
  assert.deepEqual(seen.hub.filter(h => h.authorization !== undefined), [], 'the hub was not sent a key');
  assert.deepEqual(seen.sockets, seen.sockets.map(() => null), 'the hub socket carries no key');
  assert.deepEqual(seen.pageErrors, []);
});
