import test from "ava";
import { connect } from "@nats-io/transport-node";
import { sampleValue } from "../test/helpers/metrics.ts";
import { eventually } from "../test/helpers/workload-cluster.ts";
import { request } from "./messaging.ts";
import { createMetricsRegistry } from "./metrics.ts";
import { connectedAfter, observeNatsConnection } from "./nats-connection-metrics.ts";
import { startNatsServer } from "./nats-server.ts";

test("nats connection status events set the connected gauge", (t) => {
  t.is(connectedAfter("disconnect"), 0);
  t.is(connectedAfter("close"), 0);
  t.is(connectedAfter("reconnect"), 1);
  t.is(connectedAfter("ping"), undefined);
});

test("nats connection metrics follow a real connection from up to closed", async (t) => {
  const server = await startNatsServer();
  t.teardown(() => server.destroy());
  const nc = await connect({ servers: server.url });
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  observeNatsConnection(nc, registry);
  t.is(await sampleValue(registry, "troupe_nats_connected"), 1);
  t.is(await sampleValue(registry, "troupe_nats_reconnects_total"), 0);
  // Requests on an observed connection are counted without being given the metrics.
  nc.subscribe("echo", { callback: (_error, msg) => void msg.respond(msg.data) });
  await request(nc, "echo", new Uint8Array([1]), { timeoutMs: 2000, subjectGroup: "test.echo" });
  t.is(await sampleValue(registry, "troupe_nats_requests_total", { subject_group: "test.echo", outcome: "ok" }), 1);
  t.is(await sampleValue(registry, "troupe_nats_request_duration_seconds_count", { subject_group: "test.echo" }), 1);
  await nc.close();
  await eventually(() => sampleValue(registry, "troupe_nats_connected"), (value) => value === 0, "connected 0 after close");
  t.pass();
});
