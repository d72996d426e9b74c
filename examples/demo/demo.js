// What the demo pages share: where the broker is, its browser bundles, and the nav.
// The broker is `?broker=` (http(s):// or ws(s):// URL), else `globalThis.edgelogUrl` (the edge demo's page
// server sets it), else the origin that served the page (`npm start`: the broker serves the pages itself).
// The bundles are always imported from the broker's origin (served with CORS `*`), so the same pages work
// from any local server.
const query = new URLSearchParams(location.search);
const given = query.get("broker") ?? globalThis.edgelogUrl ?? location.origin;
const parsed = new URL(given);
const secure = parsed.protocol === "https:" || parsed.protocol === "wss:";

export const broker = {
  /** http(s)://host:port: the tracker's HTTP API and the bundles. */
  httpUrl: `${secure ? "https" : "http"}://${parsed.host}`,
  /** ws(s)://host:port/v1/ws: the SDK's bootstrap socket. */
  wsUrl: parsed.protocol.startsWith("ws") && parsed.pathname !== "/" ? given : `${secure ? "wss" : "ws"}://${parsed.host}/v1/ws`,
};

/** A bundle the broker serves: "edgelog" (the SDK), "subscribe" or "track". */
export const load = (name) => import(`${broker.httpUrl}/${name}.js`);

/** Topics as GET /v1/metadata describes them (name, partitions with log start and high watermark); default every topic. */
export async function metadata(topics = []) {
  const query = topics.length ? `?topics=${encodeURIComponent(topics.join(","))}` : "";
  const res = await fetch(`${broker.httpUrl}/v1/metadata${query}`);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body.topics;
}

/** A query parameter of this page, or `fallback`. */
export const param = (name, fallback) => query.get(name) ?? fallback;

/** This page's URL with other parameters (`?broker=` is kept). */
export function withParams(path, params = {}) {
  const next = new URLSearchParams();
  if (query.has("broker")) next.set("broker", query.get("broker"));
  for (const [k, v] of Object.entries(params)) next.set(k, v);
  const s = next.toString();
  return s ? `${path}?${s}` : path;
}

// The nav: links keep ?broker=; the current page is marked.
for (const a of document.querySelectorAll("nav a[href]")) {
  const href = a.getAttribute("href");
  if (href.startsWith("#")) continue;
  a.href = withParams(href);
  const page = href === "./" ? "/" : "/" + href;
  if (location.pathname === page || (page === "/" && location.pathname.endsWith("/index.html"))) a.setAttribute("aria-current", "page");
}
const where = document.getElementById("broker");
if (where) where.textContent = broker.httpUrl;

const decoder = new TextDecoder();

/** Text of a record value: JSON parsed when it is an object, else the text. */
export function decodeValue(bytes) {
  if (bytes === null) return { text: "null", json: null };
  const text = decoder.decode(bytes);
  if (text.startsWith("{")) {
    try {
      return { text, json: JSON.parse(text) };
    } catch {}
  }
  return { text, json: null };
}

/** 1234 → "1,234". */
export const count = (n) => n.toLocaleString("en-US");
