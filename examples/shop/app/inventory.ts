// inventory: how many of each item the shop has, and reservations against it. The stock lives in
// a JetStream key-value bucket written with compare-and-set, so every replica sees the same
// numbers and two concurrent reservations never sell the same last item twice.
import { Kvm } from "@nats-io/kv";
import type { KV } from "@nats-io/kv";
import { defineService, MeshError, runServices } from "@troupe/sdk";

const INITIAL_STOCK: Record<string, number> = { tea: 100, coffee: 50, cake: 10 };

interface Reserve {
  item: string;
  quantity: number;
}

// The mesh first (connection, health port, drain on SIGTERM), then the bucket, then the service.
const mesh = await runServices([]);
const stock: KV = await new Kvm(mesh.nc).create("shop-inventory", { history: 1 });
// create() never overwrites: the first replica fills the shelves, the others find them full.
for (const [item, count] of Object.entries(INITIAL_STOCK)) await stock.create(item, String(count)).catch(() => undefined);

const inventory = defineService({
  name: "inventory",
  version: "1.0.0",
  handlers: {
    async reserve({ item, quantity }: Reserve) {
      if (typeof item !== "string" || item === "") throw new MeshError("BAD_REQUEST", `item must be a string (known: ${Object.keys(INITIAL_STOCK).join(", ")})`);
      if (!Number.isInteger(quantity) || quantity < 1) throw new MeshError("BAD_REQUEST", `quantity must be a whole number >= 1, not ${quantity}`);
      for (;;) {
        const entry = await stock.get(item);
        if (!entry || entry.operation !== "PUT") throw new MeshError("BAD_REQUEST", `unknown item "${item}" (known: ${Object.keys(INITIAL_STOCK).join(", ")})`);
        const left = Number(entry.string());
        if (left < quantity) throw new MeshError("REMOTE_ERROR", `only ${left} ${item} left`);
        try {
          await stock.update(item, String(left - quantity), entry.revision);
          return { item, reserved: quantity, left: left - quantity };
        } catch {
          // Another replica reserved in between: read again.
        }
      }
    },
    async levels() {
      const levels: Record<string, number> = {};
      for (const item of Object.keys(INITIAL_STOCK)) levels[item] = Number((await stock.get(item))?.string() ?? 0);
      return levels;
    },
  },
});
await mesh.serve(inventory);
