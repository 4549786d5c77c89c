// The termination hold against a real nats-server: the proxies' responder (the node proxy's own
// code) on one side, the kubelet's hold on the other. Serial: every proxy of the server answers
// every check.
import test from "ava";
import { Registry } from "prom-client";
import { Svcm } from "@nats-io/services";
import type { NatsConnection } from "@nats-io/transport-node";
import { createLogger } from "../../../runtime/log.ts";
import { PROXY_ENDPOINTS_CHECK_SUBJECT, PROXY_SERVICE_NAME } from "../../../runtime/subjects.ts";
import { startEndpointsCheckResponder } from "../../proxy/endpoints-check-responder.ts";
import type { Endpoint } from "../../proxy/types.ts";
import { useNatsServer } from "../../../test/helpers/nats.ts";
import { createKubeletMetrics } from "../metrics.ts";
import { TerminationHold } from "./termination-hold.ts";

const nats = useNatsServer(test);
const logger = createLogger("test", {}, { level: "error" });
const target = { namespace: "default", name: "hello-1", ip: "10.1.0.7", ports: [31080] };

/** A stand-in node proxy: registered as troupe-proxy, answering checks from `routed` unless `answers` is false (cut off). */
async function fakeProxy(nc: NatsConnection, node: string, routed: Endpoint[], answers = true): Promise<{ state: { routed: Endpoint[] }; stop(): Promise<void> }> {
  const service = await new Svcm(nc).add({ name: PROXY_SERVICE_NAME, version: "0.1.0", metadata: { node } });
  const state = { routed };
  const subscription = answers ? startEndpointsCheckResponder(nc, { proxyId: service.info().id, nodeName: node, routedEndpoints: () => state.routed }, logger) : undefined;
  return {
    state,
    async stop() {
      subscription?.unsubscribe();
      await service.stop();
    },
  };
}

test.serial("the hold ends once every proxy stopped routing to the pod, not before", async (t) => {
  const nc = await nats.connect();
  const drained = await fakeProxy(nc, "node-1", [{ ip: "10.1.0.8", port: 31080 }]);
  const lagging = await fakeProxy(nc, "node-2", [{ ip: "10.1.0.7", port: 31080 }]);
  const registry = new Registry();
  const metrics = createKubeletMetrics(registry);
  try {
    const started = Date.now();
    setTimeout(() => (lagging.state.routed = []), 400);
    const report = await new TerminationHold(nc, metrics, logger).hold(target, 5000);
    t.is(report.result, "confirmed");
    t.is(report.proxies, 2);
    t.is(report.confirmed, 2);
    t.true(Date.now() - started >= 400, "held until the lagging proxy dropped the pod");
    t.true(report.durationMs < 3000, `ended soon after: ${report.durationMs} ms`);
    t.regex(await registry.metrics(), /troupe_kubelet_termination_hold_duration_seconds_count\{result="confirmed"\} 1/);
  } finally {
    await drained.stop();
    await lagging.stop();
  }
});

test.serial("a proxy that is discovered but never answers (cut off) ends the hold at its bound, counted as timed out", async (t) => {
  const nc = await nats.connect();
  const healthy = await fakeProxy(nc, "node-1", []);
  const cutOff = await fakeProxy(nc, "node-2", [], false);
  const registry = new Registry();
  const metrics = createKubeletMetrics(registry);
  try {
    const started = Date.now();
    const report = await new TerminationHold(nc, metrics, logger).hold(target, 800);
    const elapsed = Date.now() - started;
    t.is(report.result, "timed_out");
    t.is(report.confirmed, 1);
    t.true(elapsed >= 800 && elapsed < 2500, `bounded: ${elapsed} ms`);
    t.regex(await registry.metrics(), /troupe_kubelet_termination_holds_timed_out_total 1/);
  } finally {
    await healthy.stop();
    await cutOff.stop();
  }
});

test.serial("a cluster without node proxies holds nothing", async (t) => {
  const nc = await nats.connect();
  const report = await new TerminationHold(nc, createKubeletMetrics(new Registry()), logger).hold(target, 5000);
  t.is(report.result, "no_proxies");
  t.true(report.durationMs < 1500, `${report.durationMs} ms`);
});

test.serial("a malformed check is answered with an error naming the field", async (t) => {
  const nc = await nats.connect();
  const proxy = await fakeProxy(nc, "node-1", []);
  try {
    const reply = await nc.request(PROXY_ENDPOINTS_CHECK_SUBJECT, JSON.stringify({ ports: [80] }), { timeout: 2000 });
    t.deepEqual(reply.json(), { error: "endpoints check: ip: must be a non-empty string" });
  } finally {
    await proxy.stop();
  }
});
