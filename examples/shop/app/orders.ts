// orders: takes an order, reserves its items with the inventory service, and announces it with a
// durable event (at-least-once, for whoever ships orders).
import { randomUUID } from "node:crypto";
import { defineService, MeshError, runServices } from "@troupe/sdk";

interface CreateOrder {
  item: string;
  quantity?: number;
}

const orders = defineService({
  name: "orders",
  version: "1.0.0",
  handlers: {
    async create(request: CreateOrder | undefined, ctx) {
      const { item, quantity = 1 } = request ?? ({} as Partial<CreateOrder>);
      if (typeof item !== "string" || item === "") throw new MeshError("BAD_REQUEST", 'an order needs "item", a string (for example {"item":"tea","quantity":2})');
      const reservation = await ctx.mesh.call<{ item: string; quantity: number }, { left: number }>("inventory.reserve", { item, quantity }, { timeoutMs: 2000 });
      const order = { id: randomUUID(), item, quantity, left: reservation.left, by: process.env.TROUPE_POD_NAME ?? "orders" };
      await ctx.mesh.publishDurable("order.created", order);
      return order;
    },
  },
});

await runServices([orders]);
