// Reports the tests post. A claim that an attack hit and an official statement that it was intercepted, for the
// same base and hour, is an outcome conflict whatever else the log holds, so each pair yields a discrepancy.
let counter = 0;
const run = Date.now().toString(36);

export function conflictingPair(base, day) {
  const occurredAt = `2024-03-${String(day).padStart(2, '0')}T19:00:00+03:00`;
  const publishedAt = `2024-03-${String(day).padStart(2, '0')}T22:00:00+03:00`;
  counter += 1;
  return [
    {
      id: `e2e-${run}-${counter}-claim`,
      kind: 'claim',
      source: { name: 'Islamic Resistance in Iraq', type: 'armedGroup', publishedAt },
      occurredAt,
      timePrecision: 'hour',
      base,
      group: 'islamic-resistance-in-iraq',
      weapon: 'drone',
      weaponCount: 2,
      outcome: 'hit',
      quote: 'استهدفنا القاعدة بطائرتين مسيّرتين أصابتا أهدافهما بشكل مباشر',
      language: 'ar',
    },
    {
      id: `e2e-${run}-${counter}-official`,
      kind: 'officialIncident',
      source: { name: 'US Department of Defense', type: 'official', publishedAt },
      occurredAt,
      timePrecision: 'hour',
      base,
      weapon: 'drone',
      weaponCount: 2,
      outcome: 'intercepted',
      quote: 'The attack was thwarted; no injuries or damage.',
      language: 'en',
    },
  ];
}

/** Posts as an operator, with the key the started server made (see server.mjs). */
export async function postReports(server, reports) {
  const response = await fetch(`${server.url}/api/reports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': server.apiKey },
    body: JSON.stringify(reports),
  });
  const body = await response.text();
  if (response.status !== 201) throw new Error(`POST /api/reports answered ${response.status}: ${body}`);
  return JSON.parse(body);
}

export async function getJson(serverUrl, path) {
  const response = await fetch(`${serverUrl}${path}`);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
}

/** Polls until check returns a truthy value (the server correlates asynchronously). */
export async function eventually(check, { timeoutMs = 10_000, intervalMs = 50, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise(r => setTimeout(r, intervalMs));
  }
}
