// A node provider for Troupe's cluster autoscaler, written against the NATS contract only
// (docs/nats-api.md, "Node groups"): the shape a cloud integration takes. Its "machines" are
// hollow kubelets (services/kubelet with the fake driver) started as processes on this host;
// a cloud integration would create and delete VMs there instead, each booting a kubelet that
// registers a Node of the same name with the group's template.
//
//   TROUPE_NATS_URL=nats://127.0.0.1:PORT NODE_GROUP=hollow MAX_SIZE=3 NODE_CPU=4 NODE_MEMORY=8Gi \
//     node examples/node-provider/provider.ts
//
// TROUPE_NATS_CREDS (optional): credentials allowed to subscribe to troupe.nodegroups.v1.<group>.>.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { connect, credsAuthenticator, type Msg } from "@nats-io/transport-node";
import { readFileSync } from "node:fs";

const env = process.env;
const group = env.NODE_GROUP ?? "hollow";
const maxSize = Number(env.MAX_SIZE ?? 3);
const kubelet = fileURLToPath(new URL("../../services/kubelet/main.ts", import.meta.url));
const machines = new Map<string, { process: ChildProcess; state: "running" | "deleting" }>();
let counter = 0;

const nc = await connect({
  servers: env.TROUPE_NATS_URL ?? "nats://127.0.0.1:4222",
  name: `node-provider-${group}`,
  ...(env.TROUPE_NATS_CREDS ? { authenticator: credsAuthenticator(readFileSync(env.TROUPE_NATS_CREDS)) } : {}),
});

function startMachine(name: string): ChildProcess {
  return spawn(process.execPath, [kubelet], {
    stdio: "ignore",
    env: {
      ...env, TROUPE_NODE_NAME: name, TROUPE_DRIVER: "fake", TROUPE_METRICS_PORT: "0", TROUPE_LOG_LEVEL: "warn",
      // The group's template, as the autoscaler's configuration says it.
      TROUPE_NODE_CPU: env.NODE_CPU ?? "4", TROUPE_NODE_MEMORY: env.NODE_MEMORY ?? "8Gi", TROUPE_EVICTION_HARD: "",
      TROUPE_NODE_LABELS: `troupe.dev/node-group=${group}`,
    },
  });
}

async function stopMachine(name: string): Promise<void> {
  const machine = machines.get(name);
  if (!machine) return;
  machine.state = "deleting";
  const exited = new Promise((resolve) => machine.process.once("exit", resolve));
  machine.process.kill("SIGTERM");
  await exited;
  machines.delete(name);
}

type Reply = Record<string, unknown>;
const fail = (code: string, message: string): Reply => ({ error: { code, message } });

const handlers: Record<string, (body: Record<string, unknown>) => Promise<Reply>> = {
  nodes: async () => ({ nodes: [...machines].map(([name, machine]) => ({ name, state: machine.state })) }),
  increase: async ({ delta }) => {
    if (!Number.isInteger(delta) || (delta as number) < 1) return fail("BadRequest", "delta: must be an integer >= 1");
    if (machines.size + (delta as number) > maxSize) return fail("MaxSizeReached", `${machines.size} of at most ${maxSize} nodes`);
    const names: string[] = [];
    for (let i = 0; i < (delta as number); i++) {
      const name = `${group}-${++counter}`;
      machines.set(name, { process: startMachine(name), state: "running" });
      names.push(name);
    }
    console.log(`increase ${delta}: ${names.join(", ")}`);
    return { nodes: names };
  },
  delete: async ({ nodes }) => {
    if (!Array.isArray(nodes)) return fail("BadRequest", "nodes: must be a list of node names");
    const unknown = nodes.filter((name) => !machines.has(String(name)));
    if (unknown.length > 0) return fail("NotFound", `not in group ${group}: ${unknown.join(", ")}`);
    await Promise.all(nodes.map((name) => stopMachine(String(name))));
    console.log(`delete: ${nodes.join(", ")}`);
    return { deleted: nodes };
  },
};

for (const [operation, handle] of Object.entries(handlers)) {
  nc.subscribe(`troupe.nodegroups.v1.${group}.${operation}`, {
    callback: (error, msg: Msg) => {
      if (error) return;
      void (async () => {
        let reply: Reply;
        try {
          reply = await handle(msg.data.length > 0 ? (msg.json() as Record<string, unknown>) : {});
        } catch (failure) {
          reply = fail("InternalError", (failure as Error).message);
        }
        msg.respond(JSON.stringify(reply));
      })();
    },
  });
}
await nc.flush();
console.log(`node provider for group ${group} (max ${maxSize}) on ${nc.getServer()}`);

const shutdown = async () => {
  await Promise.all([...machines.keys()].map(stopMachine));
  await nc.drain();
  process.exit(0);
};
process.once("SIGTERM", () => void shutdown());
process.once("SIGINT", () => void shutdown());
