// The contract of API Priority and Fairness in miniature (Kubernetes' flowcontrol.apiserver.k8s.io):
// FlowSchemas classify a request into a PriorityLevel and a flow; a limited level has a share of
// the replica's seats and fair queues its flows are shuffle-sharded onto.
import type { UserInfo } from "../../../runtime/auth/user-info.ts";
import type { ApiVerb } from "../../../runtime/subjects.ts";

/** Who a FlowSchema matches: a user or group by name, "*" for any. */
export type FlowSubject = { kind: "User"; name: string } | { kind: "Group"; name: string };

export interface FlowSchema {
  name: string;
  /** Lower matches first, as Kubernetes' matchingPrecedence. */
  matchingPrecedence: number;
  priorityLevel: string;
  /** ByUser: each user is its own flow (queues are fair between users); none: one flow. */
  distinguisher: "ByUser" | "none";
  subjects: FlowSubject[];
  /** Plural resource names the schema covers; absent: every request of its subjects. */
  resources?: readonly string[];
}

export interface QueuingConfiguration {
  queues: number;
  handSize: number;
  queueLengthLimit: number;
}

export type PriorityLevel =
  | { name: string; type: "Exempt" }
  | {
      name: string;
      type: "Limited";
      /** This level's seats are ceil(total * share / sum of every limited level's shares). */
      nominalConcurrencyShares: number;
      /** Queue: excess waits in fair queues; Reject: excess is refused at once. */
      limitResponse: { type: "Queue"; queuing: QueuingConfiguration } | { type: "Reject" };
    };

/** What the classifier reads of a request. The resource is decoded only when a schema needs it. */
export interface RequestDigest {
  user: UserInfo;
  verb: ApiVerb;
  resource: () => string;
}

export interface Classification {
  flowSchema: string;
  priorityLevel: string;
  /** The flow within the level: schema name and distinguisher, as Kubernetes hashes them. */
  flow: string;
}

/** Why flow control refused a request: Kubernetes' apiserver_flowcontrol_rejected_requests_total reasons. */
export const REJECT_REASONS = ["queue-full", "concurrency-limit", "time-out"] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
