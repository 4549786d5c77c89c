import test from "ava";
import { formatReach } from "./reach-summary.ts";

test("reach lists LoadBalancer, cluster IP and node port addresses and each Ingress path; headless services are skipped; a LoadBalancer without ingress is pending", (t) => {
  const text = formatReach(
    [
      { apiVersion: "v1", kind: "Service", metadata: { name: "hello", namespace: "default" }, spec: { type: "LoadBalancer", clusterIP: "127.77.0.5", ports: [{ port: 80, nodePort: 30080 }] }, status: { loadBalancer: { ingress: [{ ip: "127.0.0.1" }] } } },
      { apiVersion: "v1", kind: "Service", metadata: { name: "late", namespace: "default" }, spec: { type: "LoadBalancer", clusterIP: "127.77.0.6", ports: [{ port: 80, nodePort: 30081 }] } },
      { apiVersion: "v1", kind: "Service", metadata: { name: "redis", namespace: "default" }, spec: { clusterIP: "None", ports: [{ port: 6379 }] } },
      { apiVersion: "v1", kind: "Service", metadata: { name: "gateway", namespace: "shop" }, spec: { type: "ClusterIP", clusterIP: "127.77.0.9", ports: [{ name: "http", port: 80 }] } },
    ],
    [{ apiVersion: "networking.k8s.io/v1", kind: "Ingress", metadata: { name: "shop", namespace: "shop" }, spec: { rules: [{ http: { paths: [{ path: "/" }, { path: "/api/orders" }] } }, { host: "a.test", http: { paths: [{ path: "/x" }] } }] } }],
    { nodeAddress: "127.0.0.1", ingressPort: 8080 },
  );
  t.is(text, [
    "Reach the apps at:",
    "  service default/hello: http://127.0.0.1:80  127.77.0.5:80  127.0.0.1:30080",
    "  service default/late: (load balancer pending: see `troupe get svc`)  127.77.0.6:80  127.0.0.1:30081",
    "  service shop/gateway (http): 127.77.0.9:80",
    "  ingress shop/shop: http://127.0.0.1:8080/",
    "  ingress shop/shop: http://127.0.0.1:8080/api/orders",
    "  ingress shop/shop: http://127.0.0.1:8080/x (Host: a.test)",
    "",
  ].join("\n"));
  t.is(formatReach([], [], { nodeAddress: "127.0.0.1", ingressPort: 8080 }), "");
});
