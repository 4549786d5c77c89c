import test from "ava";
import { formatReach } from "./reach-summary.ts";

test("reach lists LoadBalancer, cluster IP and node port addresses and each Ingress path; headless services are skipped", (t) => {
  const text = formatReach(
    [
      { metadata: { name: "hello", namespace: "default" }, spec: { type: "LoadBalancer", clusterIP: "127.77.0.5", ports: [{ port: 80, nodePort: 30080 }] } },
      { metadata: { name: "redis", namespace: "default" }, spec: { clusterIP: "None", ports: [{ port: 6379 }] } },
      { metadata: { name: "gateway", namespace: "shop" }, spec: { type: "ClusterIP", clusterIP: "127.77.0.9", ports: [{ name: "http", port: 80 }] } },
    ],
    [{ metadata: { name: "shop", namespace: "shop" }, spec: { rules: [{ http: { paths: [{ path: "/" }, { path: "/api/orders" }] } }, { host: "a.test", http: { paths: [{ path: "/x" }] } }] } }],
    { nodeAddress: "127.0.0.1", ingressPort: 8080 },
  );
  t.is(text, [
    "Reach the apps at:",
    "  service default/hello: http://127.0.0.1:80  127.77.0.5:80  127.0.0.1:30080",
    "  service shop/gateway (http): 127.77.0.9:80",
    "  ingress shop/shop: http://127.0.0.1:8080/",
    "  ingress shop/shop: http://127.0.0.1:8080/api/orders",
    "  ingress shop/shop: http://127.0.0.1:8080/x (Host: a.test)",
    "",
  ].join("\n"));
  t.is(formatReach([], [], { nodeAddress: "127.0.0.1", ingressPort: 8080 }), "");
});
