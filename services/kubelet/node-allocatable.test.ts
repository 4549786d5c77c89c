import test from "ava";
import { DEFAULT_EVICTION_HARD, nodeAllocatable, parseReservation } from "./node-allocatable.ts";

const capacity = { cpu: "4", memory: "8Gi", pods: "110" };

test("node allocatable by default keeps Kubernetes' 100Mi hard eviction threshold out of memory", (t) => {
  t.deepEqual(nodeAllocatable(capacity, { systemReserved: {}, kubeReserved: {}, evictionHard: { ...DEFAULT_EVICTION_HARD } }), { cpu: "4", memory: `${8 * 1024 - 100}Mi`, pods: "110" });
});

test("node allocatable is capacity minus system-reserved, kube-reserved and the eviction threshold, never below zero", (t) => {
  const reservations = { systemReserved: { cpu: "500m", memory: "1Gi" }, kubeReserved: { cpu: "250m", memory: "512Mi" }, evictionHard: { "memory.available": "512Mi" } };
  t.deepEqual(nodeAllocatable(capacity, reservations), { cpu: "3250m", memory: "6Gi", pods: "110" });
  t.deepEqual(nodeAllocatable({ cpu: "1" }, { systemReserved: { cpu: "2" }, kubeReserved: {}, evictionHard: {} }), { cpu: "0" });
});

test("reservations parse from the kubelet flags' form", (t) => {
  t.deepEqual(parseReservation("cpu=100m, memory=256Mi"), { cpu: "100m", memory: "256Mi" });
  t.deepEqual(parseReservation("memory.available<200Mi", "<"), { "memory.available": "200Mi" });
  t.deepEqual(parseReservation(""), {});
  t.is(parseReservation(undefined), undefined);
  t.throws(() => parseReservation("cpu"), { message: /not name=quantity/ });
});
