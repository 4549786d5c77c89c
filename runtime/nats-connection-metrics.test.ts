import test from "ava";
import { connect } from "@nats-io/transport-node";
import { sampleValue } from "../test/helpers/metrics.ts";
import { eventually } from "../test/helpers/workload-cluster.ts";
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
  await nc.close();
  await eventually(() => sampleValue(registry, "troupe_nats_connected"), (value) => value === 0, "connected 0 after close");
  t.pass();
});
