// A running ClusterDnsServer on a random loopback address, asked through node:dns and raw
// sockets. A second server with another domain plays the upstream resolver.
import { createSocket } from "node:dgram";
import { Resolver } from "node:dns/promises";
import { connect } from "node:net";
import test from "ava";
import dnsPacket from "dns-packet";
import { Registry } from "prom-client";
import { ClusterDnsServer } from "./cluster-dns-server.ts";
import { testRecords } from "./test-records.ts";

const randomLoopback = () => `127.${10 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;

const registry = new Registry();
let upstream: ClusterDnsServer;
let server: ClusterDnsServer;
let resolver: Resolver;

test.before(async () => {
  const upstreamAddress = randomLoopback();
  upstream = new ClusterDnsServer({ address: upstreamAddress, port: 0, domain: "upstream.test", upstreams: [], records: testRecords });
  await upstream.start();
  server = new ClusterDnsServer({ address: randomLoopback(), port: 0, upstreams: [`${upstreamAddress}:${upstream.port}`], records: testRecords, registry });
  await server.start();
  resolver = new Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers([`${server.options.address}:${server.port}`]);
});

test.after.always(async () => {
  await server?.stop();
  await upstream?.stop();
});

async function metric(type: string, result: string): Promise<number> {
  const queries = (await registry.getMetricsAsJSON()).find((entry) => entry.name === "troupe_dns_queries_total");
  return (queries?.values ?? []).find((value) => value.labels.type === type && value.labels.result === result)?.value ?? 0;
}

/** One raw UDP exchange; undefined when nothing comes back within `waitMs`. */
function udpExchange(payload: Buffer, waitMs = 500): Promise<Buffer | undefined> {
  const socket = createSocket("udp4");
  return new Promise<Buffer | undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), waitMs);
    socket.on("message", (message) => {
      clearTimeout(timer);
      resolve(message);
    });
    socket.send(payload, server.port, server.options.address);
  }).finally(() => socket.close());
}

test("node:dns resolves service names, headless endpoints and SRV records of the cluster", async (t) => {
  t.deepEqual(await resolver.resolve4("web.default.svc.cluster.local"), ["127.77.5.5"]);
  t.deepEqual(await resolver.resolve4("web.default.svc"), ["127.77.5.5"]);
  t.deepEqual((await resolver.resolve4("redis.default.svc.cluster.local")).sort(), ["127.128.1.2", "127.128.1.3", "127.128.1.4"]);
  t.deepEqual(await resolver.resolve4("redis-0.redis.default.svc.cluster.local"), ["127.128.1.2"]);
  const srv = await resolver.resolveSrv("_redis._tcp.redis.default.svc.cluster.local");
  t.deepEqual(srv.map((record) => `${record.name}:${record.port}`).sort(), [
    "127-128-1-4.redis.default.svc.cluster.local:41002",
    "redis-0.redis.default.svc.cluster.local:41001",
    "redis-1.redis.default.svc.cluster.local:41002",
  ]);
  const [service] = await resolver.resolveSrv("_http._tcp.web.default.svc.cluster.local");
  t.like(service, { name: "web.default.svc.cluster.local", port: 80, priority: 0, weight: 100 });
});

test("AAAA of a cluster name is empty, an unknown cluster name does not exist", async (t) => {
  await t.throwsAsync(resolver.resolve6("web.default.svc.cluster.local"), { code: "ENODATA" });
  await t.throwsAsync(resolver.resolve4("missing.default.svc.cluster.local"), { code: "ENOTFOUND" });
  t.true((await metric("A", "nxdomain")) >= 1);
  t.true((await metric("AAAA", "noerror")) >= 1);
});

test("names outside the cluster are forwarded to the upstreams, and a silent upstream gives SERVFAIL", async (t) => {
  t.deepEqual(await resolver.resolve4("web.default.svc.upstream.test"), ["127.77.5.5"]);
  t.true((await metric("A", "forwarded")) >= 1);

  const silent = createSocket("udp4");
  await new Promise<void>((resolve) => silent.bind(0, "127.0.0.1", () => resolve()));
  t.teardown(() => silent.close());
  const lonely = new ClusterDnsServer({ address: randomLoopback(), port: 0, upstreams: [`127.0.0.1:${silent.address().port}`], upstreamTimeoutMs: 200, records: testRecords });
  await lonely.start();
  t.teardown(() => lonely.stop());
  const asker = new Resolver({ timeout: 3000, tries: 1 });
  asker.setServers([`${lonely.options.address}:${lonely.port}`]);
  await t.throwsAsync(asker.resolve4("example.invalid"), { code: "ESERVFAIL" });
});

test("garbage UDP packets are dropped or answered FORMERR, and the server keeps answering", async (t) => {
  t.is(await udpExchange(Buffer.from([1, 2, 3])), undefined, "shorter than a header: dropped");
  const header = Buffer.from([0xab, 0xcd, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
  const broken = await udpExchange(Buffer.concat([header, Buffer.from([0x3f, 0x41, 0x42])]));
  t.truthy(broken, "a query too broken to decode gets a reply");
  const decoded = dnsPacket.decode(broken!);
  t.is(decoded.id, 0xabcd);
  t.is((decoded as { rcode?: string }).rcode, "FORMERR");
  const response = dnsPacket.encode({ type: "response", id: 7, questions: [{ type: "A", name: "web.default.svc" }] });
  t.is(await udpExchange(response), undefined, "responses are never answered (no reflection loops)");
  const noQuestion = dnsPacket.decode((await udpExchange(dnsPacket.encode({ type: "query", id: 9, questions: [] })))!);
  t.is((noQuestion as { rcode?: string }).rcode, "FORMERR");
  t.deepEqual(await resolver.resolve4("web.default.svc.cluster.local"), ["127.77.5.5"]);
  t.true((await metric("other", "formerr")) >= 2);
});

test("queries over TCP are answered in length-prefixed frames, and oversized frames close the connection", async (t) => {
  const socket = connect(server.port, server.options.address);
  t.teardown(() => socket.destroy());
  const chunks: Buffer[] = [];
  socket.on("data", (chunk) => chunks.push(chunk));
  socket.write(dnsPacket.streamEncode({ type: "query", id: 42, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type: "A", name: "web.default.svc.cluster.local" }] }));
  const reply = await new Promise<Buffer>((resolve, reject) => {
    const check = setInterval(() => {
      const all = Buffer.concat(chunks);
      if (all.length >= 2 && all.length >= 2 + all.readUInt16BE(0)) {
        clearInterval(check);
        resolve(all);
      }
    }, 10);
    setTimeout(() => reject(new Error("no TCP reply")), 2000);
  });
  const decoded = dnsPacket.streamDecode(reply) as ReturnType<typeof dnsPacket.decode>;
  t.is(decoded.id, 42);
  t.true(decoded.flag_aa);
  t.deepEqual(decoded.answers?.map((answer) => ("data" in answer ? answer.data : undefined)), ["127.77.5.5"]);

  const oversized = connect(server.port, server.options.address);
  const closed = new Promise<void>((resolve) => oversized.on("close", () => resolve()));
  oversized.on("error", () => undefined);
  oversized.write(Buffer.from([0xff, 0xff, 0x00, 0x01]));
  await closed;
  t.pass();
});

// Serial (ava runs serial tests first): queries in flight when the second server closes are lost.
test.serial("two servers share one address and port with SO_REUSEPORT", async (t) => {
  const second = new ClusterDnsServer({ address: server.options.address, port: server.port, upstreams: [], records: testRecords });
  await second.start();
  t.teardown(() => second.stop());
  t.is(second.port, server.port);
  t.deepEqual(await resolver.resolve4("web.default.svc.cluster.local"), ["127.77.5.5"]);
});
