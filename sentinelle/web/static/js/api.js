// Talking to the Sentinelle API (same origin). The write token is kept in
// sessionStorage only, and sent as a bearer token; reads need none on loopback.

const TOKEN_KEY = "sentinelle.token";

export function getToken() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Take a token handed over in the address (`/#token=...`, printed by `sentinelle serve`) and hide it. */
export function adoptTokenFromLocation() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match) return;
  setToken(decodeURIComponent(match[1]));
  history.replaceState(null, "", location.pathname + "#/");
}

export class ApiError extends Error {
  constructor(status, detail) {
    super(typeof detail === "string" ? detail : JSON.stringify(detail));
    this.status = status;
  }
}

async function request(method, path, { query, body, contentType } = {}) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(query || {})) {
    if (value !== "" && value !== null && value !== undefined) url.searchParams.set(key, value);
  }
  const headers = { Accept: "application/json" };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload;
  if (body !== undefined) {
    headers["Content-Type"] = contentType || "application/json";
    payload = typeof body === "string" ? body : JSON.stringify(body);
  }
  const response = await fetch(url, { method, headers, body: payload, credentials: "omit" });
  const data = response.headers.get("content-type")?.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, (data && data.detail) || data || response.statusText);
  }
  return data;
}

export const api = {
  meta: () => request("GET", "/meta"),
  incidents: (filters) => request("GET", "/incidents", { query: { ...filters, limit: 5000 } }),
  incident: (id) => request("GET", `/incidents/${encodeURIComponent(id)}`),
  events: (filters) => request("GET", "/events", { query: filters }),
  nonEvents: (filters) => request("GET", "/non-events", { query: { ...filters, limit: 1000 } }),
  article: (id) => request("GET", `/articles/${encodeURIComponent(id)}`),
  ingest: (article) => request("POST", "/articles", { body: article }),
  review: (eventId, review) => request("POST", `/events/${encodeURIComponent(eventId)}/reviews`, { body: review }),
};
