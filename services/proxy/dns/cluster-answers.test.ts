import test from "ava";
import type { Question } from "dns-packet";
import { answerClusterQuestion } from "./cluster-answers.ts";
import { parseClusterName } from "./cluster-names.ts";
import { testRecords } from "./test-records.ts";

const context = { records: testRecords, domain: "cluster.local", ttl: 5 };

function ask(name: string, type: string) {
  const parsed = parseClusterName(name, "cluster.local");
  if (!parsed) throw new Error(`${name} is outside the zone`);
  return answerClusterQuestion({ name, type } as Question, parsed, context);
}

const data = (answer: ReturnType<typeof ask>) => answer.answers.map((record) => ("data" in record ? record.data : undefined));

test("names are split into service, endpoint and port names; other names are outside the zone", (t) => {
  t.deepEqual(parseClusterName("Web.Default.svc.cluster.local.", "cluster.local"), { kind: "service", service: "web", namespace: "default" });
  t.deepEqual(parseClusterName("web.default.svc", "cluster.local"), { kind: "service", service: "web", namespace: "default" });
  t.deepEqual(parseClusterName("redis-0.redis.default.svc.cluster.local", "cluster.local"), { kind: "endpoint", host: "redis-0", service: "redis", namespace: "default" });
  t.deepEqual(parseClusterName("_http._tcp.web.default.svc", "cluster.local"), { kind: "port", port: "http", protocol: "TCP", service: "web", namespace: "default" });
  t.deepEqual(parseClusterName("default.svc.cluster.local", "cluster.local"), { kind: "unknown" });
  t.deepEqual(parseClusterName("a.b.pod.cluster.local", "cluster.local"), { kind: "unknown" });
  t.is(parseClusterName("example.com", "cluster.local"), undefined);
  t.is(parseClusterName("cluster.localhost", "cluster.local"), undefined);
});

test("A of a service with a cluster IP is the cluster IP, with a 5 s TTL, in either name form", (t) => {
  for (const name of ["web.default.svc.cluster.local", "web.default.svc"]) {
    const answer = ask(name, "A");
    t.is(answer.rcode, "NOERROR");
    t.deepEqual(answer.answers, [{ type: "A", name, ttl: 5, class: "IN", data: "127.77.5.5" }]);
  }
});

test("A of a headless service is its ready addresses, and a hostname or dashed IP names one of them", (t) => {
  t.deepEqual(data(ask("redis.default.svc.cluster.local", "A")), ["127.128.1.2", "127.128.1.3", "127.128.1.4"]);
  t.deepEqual(data(ask("redis-1.redis.default.svc.cluster.local", "A")), ["127.128.1.3"]);
  t.deepEqual(data(ask("127-128-1-4.redis.default.svc", "A")), ["127.128.1.4"]);
  t.is(ask("redis-2.redis.default.svc.cluster.local", "A").rcode, "NXDOMAIN", "not-ready addresses are not published");
});

test("SRV of a named port: the service name and port, or one target per ready endpoint with its host port and A additionals", (t) => {
  const clusterIp = ask("_http._tcp.web.default.svc.cluster.local", "SRV");
  t.deepEqual(data(clusterIp), [{ priority: 0, weight: 100, port: 80, target: "web.default.svc.cluster.local" }]);
  t.deepEqual(clusterIp.additionals.map((record) => [record.name, "data" in record ? record.data : undefined]), [["web.default.svc.cluster.local", "127.77.5.5"]]);
  t.deepEqual(data(ask("_dns._udp.web.default.svc", "SRV")).map((record) => (record as { port: number }).port), [53]);

  const headless = ask("_redis._tcp.redis.default.svc.cluster.local", "SRV");
  t.deepEqual(data(headless).map((record) => `${(record as { target: string }).target}:${(record as { port: number }).port}`), [
    "redis-0.redis.default.svc.cluster.local:41001",
    "redis-1.redis.default.svc.cluster.local:41002",
    "127-128-1-4.redis.default.svc.cluster.local:41002",
  ]);
  t.deepEqual(headless.additionals.map((record) => "data" in record && record.data), ["127.128.1.2", "127.128.1.3", "127.128.1.4"]);
  t.is(ask("_http._udp.web.default.svc", "SRV").rcode, "NXDOMAIN", "no such port and protocol");
});

test("existing names without records of the type get an empty NOERROR; unknown names NXDOMAIN", (t) => {
  t.like(ask("web.default.svc.cluster.local", "AAAA"), { rcode: "NOERROR", answers: [] });
  t.like(ask("redis-0.redis.default.svc.cluster.local", "TXT"), { rcode: "NOERROR", answers: [] });
  t.like(ask("_http._tcp.web.default.svc", "A"), { rcode: "NOERROR", answers: [] });
  t.is(ask("nope.default.svc.cluster.local", "A").rcode, "NXDOMAIN");
  t.is(ask("web.other.svc.cluster.local", "AAAA").rcode, "NXDOMAIN");
  t.is(ask("default.svc.cluster.local", "A").rcode, "NXDOMAIN");
});

test("an ExternalName service is a CNAME to its external name", (t) => {
  t.deepEqual(ask("docs.default.svc.cluster.local", "A").answers, [{ type: "CNAME", name: "docs.default.svc.cluster.local", ttl: 5, class: "IN", data: "docs.example.com" }]);
});
