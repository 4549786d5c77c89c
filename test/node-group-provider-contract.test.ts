// One contract suite for every way to reach a NodeGroupProvider: the local provider called
// directly, and the same provider behind the NATS contract (NatsNodeGroupProvider asking,
// serveNodeGroupProvider answering) on a real nats-server. The launcher records what it starts.
import test from "ava";
import { LocalNodeGroupProvider, type NodeLaunch } from "../runtime/node-groups/local-node-group-provider.ts";
import { NatsNodeGroupProvider, serveNodeGroupProvider } from "../runtime/node-groups/nats-node-group-provider.ts";
import { NodeGroupProviderError, type NodeGroupProvider } from "../runtime/node-groups/types.ts";
import { useNatsServer } from "./helpers/nats.ts";

const nats = useNatsServer(test);

interface Fixture {
  provider: NodeGroupProvider;
  /** Two groups, named apart for each fixture (fixtures share the server's subjects). */
  a: string;
  b: string;
  started: NodeLaunch[];
  stopped: string[];
}

let fixtures = 0;

function localProvider(): Fixture & { local: LocalNodeGroupProvider } {
  fixtures++;
  const a = `a${fixtures}`;
  const b = `b${fixtures}`;
  const started: NodeLaunch[] = [];
  const stopped: string[] = [];
  const local = new LocalNodeGroupProvider({
    groups: [{ name: a, maxSize: 2 }, { name: b, maxSize: 3 }],
    maxIndex: 5,
    launcher: (launch) => {
      started.push(launch);
      return { stop: async () => void stopped.push(launch.name) };
    },
  });
  local.reserve(1);
  return { provider: local, local, started, stopped, a, b };
}

const implementations: Record<string, () => Promise<Fixture>> = {
  local: async () => localProvider(),
  nats: async () => {
    const fixture = localProvider();
    const server = await nats.connect("provider");
    await serveNodeGroupProvider(server, [fixture.a, fixture.b], fixture.local);
    return { ...fixture, provider: new NatsNodeGroupProvider(await nats.connect("autoscaler"), { timeoutMs: 5000 }) };
  },
};

for (const [name, make] of Object.entries(implementations)) {
  test(`${name}: increase names nodes by the lowest free index across groups, within the group's max`, async (t) => {
    const { provider, started, a, b } = await make();
    t.deepEqual(await provider.increase(a, 2), ["node-2", "node-3"]);
    t.deepEqual(await provider.increase(b, 1), ["node-4"]);
    t.deepEqual(started.map((launch) => [launch.name, launch.index, launch.group]), [["node-2", 2, a], ["node-3", 3, a], ["node-4", 4, b]]);
    t.deepEqual(await provider.nodes(a), [{ name: "node-2", state: "running" }, { name: "node-3", state: "running" }]);
    const full = await t.throwsAsync(provider.increase(a, 1), { instanceOf: NodeGroupProviderError });
    t.is(full?.code, "MaxSizeReached");
    const noCredentials = await t.throwsAsync(provider.increase(b, 2), { instanceOf: NodeGroupProviderError });
    t.is(noCredentials?.code, "NoCredentials");
  });

  test(`${name}: delete stops the group's nodes only, and an index is handed out again`, async (t) => {
    const { provider, stopped, a, b } = await make();
    await provider.increase(a, 2);
    const foreign = await t.throwsAsync(provider.delete(b, ["node-2"]), { instanceOf: NodeGroupProviderError });
    t.is(foreign?.code, "NotFound");
    await provider.delete(a, ["node-2"]);
    t.deepEqual(stopped, ["node-2"]);
    t.deepEqual(await provider.nodes(a), [{ name: "node-3", state: "running" }]);
    t.deepEqual(await provider.increase(a, 1), ["node-2"]);
    const unknown = await t.throwsAsync(provider.nodes("c"), { instanceOf: NodeGroupProviderError });
    t.regex(unknown?.message ?? "", /no node group "c"|no provider answered/);
  });
}

test("nats: a bad request is answered with the contract's error, naming the field", async (t) => {
  const { provider, a } = await implementations.nats();
  const bad = await t.throwsAsync(provider.increase(a, 0), { instanceOf: NodeGroupProviderError });
  t.is(bad?.code, "BadRequest");
  t.regex(bad?.message ?? "", /delta: Invalid value: 0: must be an integer >= 1/);
});
