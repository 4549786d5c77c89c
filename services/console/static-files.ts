// The console's front end: its pages and ES modules (web/) and the few npm packages they import
// (preact, preact/hooks, htm), served as they are from node_modules: no bundler.
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";

const WEB = fileURLToPath(new URL("./web/", import.meta.url));
const NODE_MODULES = fileURLToPath(new URL("../../node_modules/", import.meta.url));

/** URL path → file, for everything but the pages. */
const VENDOR: Record<string, string> = {
  "/vendor/preact.js": `${NODE_MODULES}preact/dist/preact.module.js`,
  "/vendor/preact-hooks.js": `${NODE_MODULES}preact/hooks/dist/hooks.module.js`,
  "/vendor/htm.js": `${NODE_MODULES}htm/dist/htm.module.js`,
};

/** The import map of the app page: bare specifiers as the packages write them. */
export const IMPORT_MAP = JSON.stringify({ imports: { preact: "/vendor/preact.js", "preact/hooks": "/vendor/preact-hooks.js", htm: "/vendor/htm.js" } });

/** CSP hash of the inline import map: no other inline script runs. */
export const IMPORT_MAP_HASH = `'sha256-${createHash("sha256").update(IMPORT_MAP).digest("base64")}'`;

export interface StaticFile {
  type: string;
  body: Buffer;
}

const TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8" };
const cache = new Map<string, StaticFile>();

async function load(path: string): Promise<StaticFile> {
  let file = cache.get(path);
  if (!file) {
    const extension = path.slice(path.lastIndexOf("."));
    file = { type: TYPES[extension] ?? "application/octet-stream", body: await readFile(path) };
    cache.set(path, file);
  }
  return file;
}

/** The file for a URL path under /app/ or /vendor/, or undefined (names are checked: no ../). */
export async function staticFile(urlPath: string): Promise<StaticFile | undefined> {
  const vendor = VENDOR[urlPath];
  if (vendor) return load(vendor);
  const match = /^\/app\/([a-z0-9-]+\.(?:js|css))$/.exec(urlPath);
  return match ? load(`${WEB}${match[1]}`).catch(() => undefined) : undefined;
}

export async function page(name: "login" | "index"): Promise<string> {
  const file = await load(`${WEB}${name}.html`);
  return file.body.toString("utf8").replace("__IMPORT_MAP__", IMPORT_MAP);
}

/** The login page's style sheet: the one file served without a session. */
export function loginStyle(): Promise<StaticFile> {
  return load(`${WEB}login.css`);
}
