// The operator key is kept for the tab's lifetime only; it is sent when the user typed one.
const apiKeyStorage = 'correlator.apiKey';

export function apiKey() {
  return sessionStorage.getItem(apiKeyStorage) ?? '';
}

export function setApiKey(value) {
  if (value) sessionStorage.setItem(apiKeyStorage, value);
  else sessionStorage.removeItem(apiKeyStorage);
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  return read(response);
}

export async function postJson(path, body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const key = apiKey();
  if (key) headers['X-Api-Key'] = key;
  const response = await fetch(path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return read(response);
}

async function read(response) {
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = { title: text }; }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}
