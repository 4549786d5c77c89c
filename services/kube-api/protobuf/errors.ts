// A protobuf request body Troupe cannot read. It is an ApiError, so the front end's one Status
// mapping answers it: 400 BadRequest for a broken body, 415 UnsupportedMediaType for a well-formed
// envelope around a kind (or content encoding) Troupe has no Kubernetes schema for.
import { ApiError } from "../../../runtime/api-errors.ts";

export const PROTOBUF_BODY_PROBLEMS = {
  badMagic: "BadMagic",
  truncated: "Truncated",
  malformed: "Malformed",
  unknownKind: "UnknownKind",
  unsupportedEncoding: "UnsupportedEncoding",
} as const;

export type ProtobufBodyProblem = (typeof PROTOBUF_BODY_PROBLEMS)[keyof typeof PROTOBUF_BODY_PROBLEMS];

export class ProtobufBodyError extends ApiError {
  override name = "ProtobufBodyError";
  readonly problem: ProtobufBodyProblem;

  constructor(problem: ProtobufBodyProblem, message: string, options?: ErrorOptions) {
    const unsupported = problem === PROTOBUF_BODY_PROBLEMS.unknownKind || problem === PROTOBUF_BODY_PROBLEMS.unsupportedEncoding;
    super(unsupported ? "UnsupportedMediaType" : "BadRequest", unsupported ? 415 : 400, message, undefined, options);
    this.problem = problem;
  }
}
