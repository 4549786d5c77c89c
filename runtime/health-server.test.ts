import test from "ava";
import { Counter } from "prom-client";
import { startHealthServer } from "./health-server.ts";
import { createMetricsRegistry } from "./metrics.ts";

test("health server serves prometheus text on /metrics", async (t) => {
  const registry = createMetricsRegistry({ service: "troupe-api", defaultMetrics: false });
  new Counter({ name: "troupe_test_hits_total", help: "hits", registers: [registry] }).inc(3);
  const server = await startHealthServer({ registry });
  t.teardown(() => server.close());

  const res = await fetch(`${server.url}/metrics`);
  t.is(res.status, 200);
  t.is(res.headers.get("content-type"), registry.contentType);
  t.regex(res.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
  t.regex(await res.text(), /^troupe_test_hits_total\{service="troupe-api"\} 3$/m);
});

test("health server listens on a random loopback port by default", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const server = await startHealthServer({ registry });
  t.teardown(() => server.close());
  t.true(server.port > 0);
  t.is(server.url, `http://127.0.0.1:${server.port}`);
});

test("health server answers ok while checks pass and 503 with the reason when they fail", async (t) => {
  let ready: boolean | { ok: boolean; reason: string } = false;
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const server = await startHealthServer({
    registry,
    checks: { live: () => true, ready: async () => ready },
  });
  t.teardown(() => server.close());

  const live = await fetch(`${server.url}/healthz`);
  t.is(live.status, 200);
  t.is(await live.text(), "ok\n");

  const notReady = await fetch(`${server.url}/readyz`);
  t.is(notReady.status, 503);
  t.is(await notReady.text(), "not ok\n");

  ready = { ok: false, reason: "informers not synced" };
  t.is(await (await fetch(`${server.url}/readyz`)).text(), "informers not synced\n");

  ready = true;
  t.is((await fetch(`${server.url}/readyz`)).status, 200);
});

test("health server reports a throwing check as failed with its message", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const server = await startHealthServer({
    registry,
    checks: {
      live: () => {
        throw new Error("event loop wedged");
      },
    },
  });
  t.teardown(() => server.close());
  const res = await fetch(`${server.url}/healthz`);
  t.is(res.status, 503);
  t.is(await res.text(), "check failed: event loop wedged\n");
});

test("health server answers 404 for unknown paths and 405 for other methods", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const server = await startHealthServer({ registry });
  t.teardown(() => server.close());
  t.is((await fetch(`${server.url}/`)).status, 404);
  t.is((await fetch(`${server.url}/metrics/extra`)).status, 404);
  const post = await fetch(`${server.url}/readyz`, { method: "POST" });
  t.is(post.status, 405);
  t.is(post.headers.get("allow"), "GET, HEAD");
});

test("health server close releases its port", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const first = await startHealthServer({ registry });
  // Keep a connection open: close() must not wait for the keep-alive to time out.
  await (await fetch(`${first.url}/healthz`, { keepalive: true })).text();
  await first.close();
  const second = await startHealthServer({ registry, port: first.port });
  t.is(second.port, first.port);
  await second.close();
});

test("a taken port fails the start unless portFallback, which serves on a free port instead", async (t) => {
  const registry = createMetricsRegistry({ service: "troupe-api", defaultMetrics: false });
  const first = await startHealthServer({ registry });
  t.teardown(() => first.close());
  await t.throwsAsync(startHealthServer({ registry, port: first.port }), { code: "EADDRINUSE" });
  const second = await startHealthServer({ registry, port: first.port, portFallback: true });
  t.teardown(() => second.close());
  t.not(second.port, first.port);
  t.is((await fetch(`${second.url}/healthz`)).status, 200);
});
