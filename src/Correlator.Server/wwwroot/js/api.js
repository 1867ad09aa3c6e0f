// One key for the tab's lifetime, typed in the operator form or in the prompt for a reading key; every request
// sends it when there is one, and none is sent otherwise.
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

/** The server would not answer without a key, or refused the key it was given. */
export function isUnauthorized(error) {
  return error instanceof ApiError && error.status === 401;
}

function withKey(headers) {
  const key = apiKey();
  return key ? { ...headers, 'X-Api-Key': key } : headers;
}

export async function getJson(path) {
  const response = await fetch(path, { headers: withKey({ Accept: 'application/json' }) });
  return read(response);
}

export async function postJson(path, body) {
  const headers = withKey({ 'Content-Type': 'application/json', Accept: 'application/json' });
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
