// Answers PROXY_ENDPOINTS_CHECK_SUBJECT for this proxy: which of a terminating pod's endpoints it
// still sends new connections to, counting both the routing table the listeners use (applied a
// turn after the informer changes) and the Endpoints the ingress reads per request. A plain
// subscription without a queue group, so every proxy of the cluster answers (scatter-gather).
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import type { Logger } from "../../runtime/log.ts";
import { matchingEndpoints, parseEndpointsCheckRequest, type EndpointsCheckReply } from "../../runtime/proxy-endpoints-check.ts";
import { PROXY_ENDPOINTS_CHECK_SUBJECT } from "../../runtime/subjects.ts";
import type { Endpoint } from "./types.ts";

export interface EndpointsCheckSource {
  /** The proxy's micro service instance id. */
  readonly proxyId: string;
  readonly nodeName: string;
  /** Every endpoint a new connection (service listener or ingress) may be sent to now. */
  routedEndpoints(): Iterable<Endpoint>;
}

export function startEndpointsCheckResponder(nc: NatsConnection, source: EndpointsCheckSource, logger: Logger): Subscription {
  return nc.subscribe(PROXY_ENDPOINTS_CHECK_SUBJECT, {
    callback: (error, message) => {
      if (error) return logger.warn("endpoints check subscription failed", { error });
      try {
        const request = parseEndpointsCheckRequest(message.json());
        const reply: EndpointsCheckReply = { proxy: source.proxyId, node: source.nodeName, routing: matchingEndpoints(request, source.routedEndpoints()) };
        message.respond(JSON.stringify(reply));
      } catch (failure) {
        logger.debug("bad endpoints check request", { error: failure });
        message.respond(JSON.stringify({ error: (failure as Error).message }));
      }
    },
  });
}
