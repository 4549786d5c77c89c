// The responder process of bench/mesh.ts: the mesh service `bench.echo` and, on the same
// connection, a raw NATS echo (the baseline), so both paths cross the same processes and hops.
import { defineService, runServices } from "../../runtime/mesh/mod.ts";
import { MESH_BENCH_RAW_SUBJECT } from "../../runtime/subjects.ts";

const bench = defineService({
  name: "bench",
  handlers: {
    echo: (request: unknown) => request,
  },
});

const mesh = await runServices([bench]);
mesh.nc.subscribe(MESH_BENCH_RAW_SUBJECT, { queue: MESH_BENCH_RAW_SUBJECT, callback: (_, msg) => void msg.respond(msg.data) });
await mesh.nc.flush();
