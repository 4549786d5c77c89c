// orders: takes an order, reserves its items with the inventory service, and announces it with a
// durable event (at-least-once, for whoever ships orders).
import { randomUUID } from "node:crypto";
import { defineService, runServices } from "@troupe/sdk";

interface CreateOrder {
  item: string;
  quantity?: number;
}

const orders = defineService({
  name: "orders",
  version: "1.0.0",
  handlers: {
    async create({ item, quantity = 1 }: CreateOrder, ctx) {
      const reservation = await ctx.mesh.call<{ item: string; quantity: number }, { left: number }>("inventory.reserve", { item, quantity }, { timeoutMs: 2000 });
      const order = { id: randomUUID(), item, quantity, left: reservation.left, by: process.env.TROUPE_POD_NAME ?? "orders" };
      await ctx.mesh.publishDurable("order.created", order);
      return order;
    },
  },
});

await runServices([orders]);
