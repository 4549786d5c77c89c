// The web console end to end: `troupe up` (3 nodes, with its span collector), hello applied, the
// console opened in headless Chromium: log in, the 3 nodes and hello's 3 pods, a pod deleted
// through the API replaced on the page without a reload, its log streamed, its last trace drawn.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import type { Page } from "playwright-core";
import { readContext, troupeHome, type ClusterContext } from "../cli/cluster/home.ts";
import { chromiumMissing, launchChromium } from "./helpers/headless-chromium.ts";
import { troupe } from "./helpers/troupe-cli.ts";
import { eventually } from "./helpers/workload-cluster.ts";

/** The page's DOM, as the functions run in the browser see it (this file is type-checked for Node). */
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
}
declare const document: { querySelector(selector: string): PageElement | null; querySelectorAll(selector: string): Iterable<PageElement> };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function screenshot(page: Page, dir: string, name: string): Promise<Buffer> {
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return readFile(path);
}

/** The hello pods the page lists, by name. */
function helloPodsOnPage(page: Page): Promise<string[]> {
  return page.$$eval("[data-pod^='default/hello-']", (rows) => rows.map((row) => (row.getAttribute("data-pod") ?? "").slice("default/".length)).sort());
}

test("the console shows nodes and pods live, a replaced pod without reload, a pod's log and its trace", async (t) => {
  t.timeout(300_000);
  const missing = chromiumMissing();
  if (missing) {
    t.log(`skipped: ${missing}`);
    return t.pass();
  }
  const dir = await mkdtemp(join(tmpdir(), "troupe-console-test-"));
  // troupe up runs the span collector and points every service at it (docs/trace-store.md).
  const env = { TROUPE_HOME: dir };
  t.teardown(async () => {
    // Room for the kubelets to stop their pods on a busy machine (a SIGKILLed kubelet leaves them running).
    await troupe(["down", "--timeout", "30s"], { env });
    // TROUPE_CONSOLE_SCREENSHOTS=DIR keeps the screenshots there to look at.
    const keep = process.env.TROUPE_CONSOLE_SCREENSHOTS;
    if (keep) {
      await mkdir(keep, { recursive: true });
      for (const file of await readdir(dir)) if (file.endsWith(".png")) await copyFile(join(dir, file), join(keep, file));
    }
    await rm(dir, { recursive: true, force: true });
  });

  const up = await troupe(["up", "-d"], { env });
  t.is(up.code, 0, up.stderr);
  const context = (await readContext(troupeHome(env))) as ClusterContext;
  t.regex(up.stdout, /\n {2}Console: +http:\/\/127\.0\.0\.1:\d+\/ \(log in with the token in .*console-token\)\n/);
  t.truthy(context.consoleUrl);
  const consoleUrl = context.consoleUrl as string;

  // Read-only and behind the login: no session, no data; no method but GET (and the login POST).
  t.is((await fetch(new URL("/api/stream", consoleUrl))).status, 401);
  t.is((await fetch(new URL("/", consoleUrl), { redirect: "manual" })).status, 303);
  t.is((await fetch(new URL("/api/stream", consoleUrl), { method: "DELETE" })).status, 405);
  const refused = await fetch(new URL("/login", consoleUrl), { method: "POST", body: new URLSearchParams({ token: "not-a-token" }) });
  t.is(refused.status, 401);
  t.regex(await refused.text(), /token refused: not a JWT/);

  const build = await troupe(["image", "build", "examples/hello/app"], { env });
  t.is(build.code, 0, build.stderr);
  const apply = await troupe(["apply", "-f", "examples/hello/"], { env });
  t.is(apply.code, 0, apply.stderr);

  const browser = await launchChromium();
  t.teardown(() => browser.close());
  const page = await browser.newPage();
  let loads = 0;
  page.on("load", () => (loads += 1));
  await page.goto(consoleUrl);
  t.regex(page.url(), /\/login$/);
  await page.fill("#token", (await readFile(context.consoleTokenFile as string, "utf8")).trim());
  await Promise.all([page.waitForURL(consoleUrl), page.click("button[type=submit]")]);
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === "troupe_console_session");
  t.like(cookie, { httpOnly: true, sameSite: "Strict" });

  await page.waitForSelector("[data-node='node-3']");
  t.deepEqual(await page.$$eval("[data-node]", (nodes) => nodes.map((node) => node.getAttribute("data-node")).filter(Boolean).sort()), ["node-1", "node-2", "node-3"]);
  await page.waitForFunction(() => [...document.querySelectorAll("[data-pod^='default/hello-'] [data-status]")].filter((cell) => cell.textContent === "Running").length === 3, undefined, { timeout: 60_000 });
  const before = await helloPodsOnPage(page);
  t.is(before.length, 3);
  // Each pod under the node it runs on.
  const placed = await page.$$eval("[data-node] [data-pod^='default/hello-']", (rows) => rows.length);
  t.is(placed, 3);
  t.true((await screenshot(page, dir, "nodes")).subarray(0, 8).equals(PNG_SIGNATURE));

  // Deleted through the API: the page drops it and shows its replacement, with no reload.
  const loadsBefore = loads;
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  const victim = before[0];
  const deleted = await troupe(["delete", "pod", victim], { env });
  t.is(deleted.code, 0, deleted.stderr);
  await page.waitForFunction((name) => {
    const rows = [...document.querySelectorAll("[data-pod^='default/hello-']")];
    const running = rows.filter((row) => row.querySelector("[data-status]")?.textContent === "Running");
    return !rows.some((row) => row.getAttribute("data-pod") === `default/${name}`) && running.length === 3;
  }, victim, { timeout: 60_000 });
  const after = await helloPodsOnPage(page);
  t.false(after.includes(victim));
  t.is(after.length, 3);
  t.is(loads, loadsBefore, "no page load happened");
  t.is(await page.evaluate(() => performance.timeOrigin), timeOrigin, "the same document all along");
  t.true((await screenshot(page, dir, "replaced")).length > 1000);

  // The replacement's page: its log lines stream in.
  const replacement = after.find((name) => !before.includes(name)) as string;
  await page.click(`[data-pod='default/${replacement}'] a`);
  await page.waitForFunction(() => (document.querySelector("[data-logs]")?.textContent ?? "").length > 0, undefined, { timeout: 30_000 });
  t.regex((await page.textContent("[data-logs]")) ?? "", /\S/);
  t.true((await screenshot(page, dir, "pod-logs")).subarray(0, 8).equals(PNG_SIGNATURE));

  // Its last trace: the waterfall of the change that made it, read from the span store. The
  // services export spans in batches, so the page may first say the trace is not there yet.
  await page.click("[data-trace-link]");
  await eventually(async () => {
    await page.waitForSelector("[data-waterfall], [data-no-trace]");
    const rows = await page.$$eval("[data-waterfall] [data-span]", (found) => found.length);
    if (rows === 0) await page.click("[data-trace-retry]");
    return rows;
  }, (rows) => rows > 0, "waterfall rows of the replacement pod's trace", 30_000).catch(async (error) => {
    t.log(`trace page: ${await page.textContent("main")}`);
    throw error;
  });
  const services = await page.$$eval("[data-waterfall] [data-span] b", (cells) => [...new Set(cells.map((cell) => cell.textContent))]);
  t.log(`trace of ${replacement}: services ${services.join(", ")}`);
  t.true(services.length > 0);
  t.true((await screenshot(page, dir, "trace")).subarray(0, 8).equals(PNG_SIGNATURE));

  // Workloads with their rollout progress; the Service with its endpoints (the 3 pods' addresses).
  await page.click("a[href='#/workloads']");
  await page.waitForSelector("[data-workload='Deployment/default/hello'][data-progress='3/3/3 of 3']", { timeout: 30_000 });
  t.regex((await page.textContent("[data-workload='Deployment/default/hello']")) ?? "", /complete/);
  await page.click("a[href='#/services']");
  await page.waitForFunction(() => ((document.querySelector("[data-service='default/hello']")?.textContent ?? "").match(/127\.128\.\d+\.\d+:\d+/g) ?? []).length === 3, undefined, { timeout: 30_000 });
  t.true((await screenshot(page, dir, "services")).subarray(0, 8).equals(PNG_SIGNATURE));

  // The charts page fills from the services' /metrics.
  await page.click("a[href='#/charts']");
  await page.waitForFunction(() => /API requests: \d/.test(document.querySelector("[data-chart='API requests']")?.textContent ?? ""), undefined, { timeout: 30_000 });
  t.true((await screenshot(page, dir, "charts")).subarray(0, 8).equals(PNG_SIGNATURE));
  t.is(loads, loadsBefore, "still no page load");
});
