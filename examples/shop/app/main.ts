// The shop: three small services on Troupe's mesh SDK in one image; the container's first
// argument says which one this pod runs (gateway -> orders -> inventory).
const role = process.argv[2];
const roles: Record<string, () => Promise<unknown>> = {
  inventory: () => import("./inventory.ts"),
  orders: () => import("./orders.ts"),
  gateway: () => import("./gateway.ts"),
};
if (!role || !roles[role]) {
  console.error(`usage: main.ts ${Object.keys(roles).join("|")}`);
  process.exit(2);
}
await roles[role]();
