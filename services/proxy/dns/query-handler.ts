// One DNS query in, one reply out (or none), independent of the transport: decode, answer
// cluster names from the record source, forward other names, and count the outcome. The server
// only moves bytes between sockets and this handler.
import dnsPacket from "dns-packet";
import type { DecodedPacket } from "dns-packet";
import type { Logger } from "../../../runtime/log.ts";
import { answerClusterQuestion, type AnswerContext } from "./cluster-answers.ts";
import { parseClusterName } from "./cluster-names.ts";
import { encodeReply, headerReply, isUnanswerable, Rcodes, udpLimit } from "./dns-messages.ts";
import { dnsQueryTypeLabel, type DnsMetrics, type DnsQueryResult } from "./metrics.ts";
import { forwardQuery, type Upstream } from "./upstream-forwarder.ts";

export type DnsTransport = "udp" | "tcp";

export interface QueryHandlerDeps extends AnswerContext {
  upstreams: readonly Upstream[];
  upstreamTimeoutMs: number;
  metrics: DnsMetrics;
  logger: Logger | undefined;
}

export class QueryHandler {
  readonly #deps: QueryHandlerDeps;

  constructor(deps: QueryHandlerDeps) {
    this.#deps = deps;
  }

  /** Counts a query refused before it reached the handler (an oversized TCP frame). */
  dropped(): void {
    this.#deps.metrics.queries.inc({ type: "other", result: "dropped" });
  }

  /** The reply to send, or undefined to send nothing. Never throws. */
  async handle(raw: Buffer, transport: DnsTransport): Promise<Buffer | undefined> {
    if (isUnanswerable(raw)) {
      this.#count(undefined, "dropped");
      return undefined;
    }
    let query: DecodedPacket;
    try {
      query = dnsPacket.decode(raw);
    } catch {
      this.#count(undefined, "formerr");
      return headerReply(raw, Rcodes.FORMERR);
    }
    const opcode = (query as DecodedPacket & { opcode?: string }).opcode;
    if (opcode !== "QUERY") {
      this.#count(undefined, "notimp");
      return headerReply(raw, Rcodes.NOTIMP);
    }
    const question = query.questions?.length === 1 ? query.questions[0] : undefined;
    if (!question) {
      this.#count(undefined, "formerr");
      return headerReply(raw, Rcodes.FORMERR);
    }
    const limit = transport === "udp" ? udpLimit(query) : undefined;
    try {
      const name = parseClusterName(question.name, this.#deps.domain);
      if (!name) return await this.#forward(raw, query, limit);
      const answer = answerClusterQuestion(question, name, this.#deps);
      this.#count(question.type, answer.rcode === "NXDOMAIN" ? "nxdomain" : "noerror");
      this.#deps.logger?.debug("dns query", { name: question.name, type: question.type, rcode: answer.rcode, answers: answer.answers.length, transport });
      return encodeReply(query, { rcode: Rcodes[answer.rcode], authoritative: true, answers: answer.answers, additionals: answer.additionals }, limit);
    } catch (error) {
      this.#deps.logger?.warn("dns query failed", { name: question.name, type: question.type, error });
      this.#count(question.type, "servfail");
      return encodeReply(query, { rcode: Rcodes.SERVFAIL, authoritative: false }, limit);
    }
  }

  async #forward(raw: Buffer, query: DecodedPacket, limit: number | undefined): Promise<Buffer> {
    const question = query.questions?.[0];
    const reply = await forwardQuery(raw, this.#deps.upstreams, this.#deps.upstreamTimeoutMs);
    if (!reply) {
      this.#deps.logger?.debug("no upstream answered", { name: question?.name, upstreams: this.#deps.upstreams.length });
      this.#count(question?.type, "servfail");
      return encodeReply(query, { rcode: Rcodes.SERVFAIL, authoritative: false }, limit);
    }
    this.#count(question?.type, "forwarded");
    return reply;
  }

  #count(type: string | undefined, result: DnsQueryResult): void {
    this.#deps.metrics.queries.inc({ type: dnsQueryTypeLabel(type), result });
  }
}
