// Port checks shared by pods, services and endpoints: protocols, and ports given by number or
// by the name of a container port.
import type { FieldError } from "../../../../runtime/codec/field-error.ts";
import { isValidPortName } from "../../../../runtime/validation/names.ts";
import { intOrStringValue, type IntOrStringMessage } from "../int-or-string.ts";
import { invalidEach, validateEnum } from "./field-errors.ts";
import { validatePortNumber } from "./numbers.ts";

export const PORT_PROTOCOLS = ["TCP", "UDP", "SCTP"] as const;

export function validateProtocol(protocol: string | null | undefined, field: string): FieldError[] {
  return validateEnum(field, protocol, PORT_PROTOCOLS);
}

/** A port number 1-65535 or an IANA_SVC_NAME naming a container port. */
export function validatePortNumOrName(port: IntOrStringMessage | null | undefined, field: string): FieldError[] {
  const value = intOrStringValue(port);
  if (typeof value === "string") return invalidEach(field, value, isValidPortName(value));
  return validatePortNumber(value, field);
}
