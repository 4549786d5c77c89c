// The FlowSchemas and PriorityLevels every API replica starts with, after Kubernetes' suggested
// configuration (k8s.io/apiserver/pkg/apis/flowcontrol/bootstrap), cut down to Troupe's callers.
// Not objects in the API yet: the configuration is fixed, the total seats an option.
import { COMPONENT_USERS, SYSTEM_AUTHENTICATED, SYSTEM_MASTERS, SYSTEM_NODES, SYSTEM_SERVICEACCOUNTS, SYSTEM_UNAUTHENTICATED } from "../../../runtime/auth/user-info.ts";
import type { FlowSchema, PriorityLevel, QueuingConfiguration } from "./types.ts";

export const PRIORITY_LEVELS = {
  exempt: "exempt",
  system: "system",
  nodeHigh: "node-high",
  workloadHigh: "workload-high",
  workloadLow: "workload-low",
  globalDefault: "global-default",
  catchAll: "catch-all",
} as const;

const queuing = (queues: number): QueuingConfiguration => ({ queues, handSize: 6, queueLengthLimit: 50 });

export const DEFAULT_PRIORITY_LEVELS: readonly PriorityLevel[] = [
  { name: PRIORITY_LEVELS.exempt, type: "Exempt" },
  { name: PRIORITY_LEVELS.system, type: "Limited", nominalConcurrencyShares: 30, limitResponse: { type: "Queue", queuing: queuing(64) } },
  { name: PRIORITY_LEVELS.nodeHigh, type: "Limited", nominalConcurrencyShares: 40, limitResponse: { type: "Queue", queuing: queuing(64) } },
  { name: PRIORITY_LEVELS.workloadHigh, type: "Limited", nominalConcurrencyShares: 40, limitResponse: { type: "Queue", queuing: queuing(128) } },
  { name: PRIORITY_LEVELS.workloadLow, type: "Limited", nominalConcurrencyShares: 100, limitResponse: { type: "Queue", queuing: queuing(128) } },
  { name: PRIORITY_LEVELS.globalDefault, type: "Limited", nominalConcurrencyShares: 20, limitResponse: { type: "Queue", queuing: queuing(128) } },
  // Kubernetes' catch-all does not queue: whoever lands here is no caller the cluster knows.
  { name: PRIORITY_LEVELS.catchAll, type: "Limited", nominalConcurrencyShares: 5, limitResponse: { type: "Reject" } },
];

const group = (name: string) => ({ kind: "Group", name }) as const;

export const DEFAULT_FLOW_SCHEMAS: readonly FlowSchema[] = [
  // The cluster's administrators (and, without NATS authentication, the identity-less subjects).
  { name: "exempt", matchingPrecedence: 1, priorityLevel: PRIORITY_LEVELS.exempt, distinguisher: "none", subjects: [group(SYSTEM_MASTERS)] },
  // A kubelet's own Node and Lease first: what keeps a node Ready.
  { name: "system-node-high", matchingPrecedence: 400, priorityLevel: PRIORITY_LEVELS.nodeHigh, distinguisher: "ByUser", subjects: [group(SYSTEM_NODES)], resources: ["nodes", "leases"] },
  { name: "system-nodes", matchingPrecedence: 500, priorityLevel: PRIORITY_LEVELS.system, distinguisher: "ByUser", subjects: [group(SYSTEM_NODES)] },
  {
    name: "system-components", matchingPrecedence: 800, priorityLevel: PRIORITY_LEVELS.system, distinguisher: "ByUser",
    subjects: Object.values(COMPONENT_USERS).map((name) => ({ kind: "User", name }) as const),
  },
  { name: "kube-system-service-accounts", matchingPrecedence: 900, priorityLevel: PRIORITY_LEVELS.workloadHigh, distinguisher: "ByUser", subjects: [group(`${SYSTEM_SERVICEACCOUNTS}:kube-system`)] },
  { name: "service-accounts", matchingPrecedence: 9000, priorityLevel: PRIORITY_LEVELS.workloadLow, distinguisher: "ByUser", subjects: [group(SYSTEM_SERVICEACCOUNTS)] },
  { name: "global-default", matchingPrecedence: 9900, priorityLevel: PRIORITY_LEVELS.globalDefault, distinguisher: "ByUser", subjects: [group(SYSTEM_AUTHENTICATED), group(SYSTEM_UNAUTHENTICATED)] },
  { name: "catch-all", matchingPrecedence: 10000, priorityLevel: PRIORITY_LEVELS.catchAll, distinguisher: "ByUser", subjects: [group("*")] },
];
