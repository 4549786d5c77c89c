import test from "ava";
import { podEnv, SDK_NODE_OPTIONS } from "./pod-env.ts";
import { serviceEnvName, serviceLinksEnv, type Service } from "./service-env.ts";

function service(name: string, spec: Service["spec"]): Service {
  return { metadata: { name, namespace: "default" }, spec };
}

test("service names become upper-case variable names with underscores", (t) => {
  t.is(serviceEnvName("redis-master"), "REDIS_MASTER");
  t.is(serviceEnvName("web"), "WEB");
});

test("a service with a cluster IP gives Kubernetes' exact variables", (t) => {
  const env = serviceLinksEnv([service("redis-master", { clusterIP: "127.77.3.3", ports: [{ port: 6379, protocol: "TCP", targetPort: { intVal: 6379 } }] })]);
  t.deepEqual(env, {
    REDIS_MASTER_SERVICE_HOST: "127.77.3.3",
    REDIS_MASTER_SERVICE_PORT: "6379",
    REDIS_MASTER_PORT: "tcp://127.77.3.3:6379",
    REDIS_MASTER_PORT_6379_TCP: "tcp://127.77.3.3:6379",
    REDIS_MASTER_PORT_6379_TCP_PROTO: "tcp",
    REDIS_MASTER_PORT_6379_TCP_PORT: "6379",
    REDIS_MASTER_PORT_6379_TCP_ADDR: "127.77.3.3",
  });
});

test("named ports get SERVICE_PORT_<NAME>; the first port is SERVICE_PORT and PORT", (t) => {
  const env = serviceLinksEnv([service("web", { clusterIP: "127.77.0.5", ports: [{ name: "http", port: 80 }, { name: "dns-udp", port: 53, protocol: "UDP" }] })]);
  t.is(env.WEB_SERVICE_PORT, "80");
  t.is(env.WEB_SERVICE_PORT_HTTP, "80");
  t.is(env.WEB_SERVICE_PORT_DNS_UDP, "53");
  t.is(env.WEB_PORT, "tcp://127.77.0.5:80");
  t.is(env.WEB_PORT_53_UDP, "udp://127.77.0.5:53");
  t.is(env.WEB_PORT_53_UDP_PROTO, "udp");
});

test("headless, unallocated and ExternalName services give no variables", (t) => {
  const env = serviceLinksEnv([
    service("headless", { clusterIP: "None", ports: [{ port: 80 }] }),
    service("pending", { clusterIP: "", ports: [{ port: 80 }] }),
    service("external", { type: "ExternalName", externalName: "example.com", ports: [{ port: 80 }] }),
  ]);
  t.deepEqual(env, {});
});

test("pods get their identity, address and DNS server; enableServiceLinks false drops the service variables", (t) => {
  const pod = { metadata: { name: "p", namespace: "shop" }, spec: { enableServiceLinks: false } };
  const env = podEnv({ pod, podIP: "127.128.1.7", natsUrl: "nats://127.0.0.1:4333", clusterDns: "127.77.0.10", services: [service("db", { clusterIP: "127.77.0.9", ports: [{ port: 5432 }] })] });
  t.deepEqual(env, {
    POD_IP: "127.128.1.7",
    TROUPE_POD_IP: "127.128.1.7",
    TROUPE_POD_NAME: "p",
    TROUPE_NAMESPACE: "shop",
    TROUPE_DNS_SERVER: "127.77.0.10:53",
    TROUPE_NATS_URL: "nats://127.0.0.1:4333",
    NODE_OPTIONS: SDK_NODE_OPTIONS,
    TROUPE_SDK_NODE_OPTIONS: SDK_NODE_OPTIONS,
  });
  t.regex(SDK_NODE_OPTIONS, /^--import=file:\/\/.*\/runtime\/mesh\/sdk-hooks\.ts$/);
  const linked = podEnv({ pod: { ...pod, spec: {} }, podIP: "127.128.1.7", natsUrl: "", clusterDns: "127.77.0.10", services: [service("db", { clusterIP: "127.77.0.9", ports: [{ port: 5432 }] })] });
  t.is(linked.DB_SERVICE_HOST, "127.77.0.9");
  t.false("TROUPE_NATS_URL" in linked);
});
