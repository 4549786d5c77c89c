// The Endpoints kind: addresses are IPs, ports are named and numbered like service ports.
import { isIP } from "node:net";
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isDns1123Label } from "../../../../runtime/validation/names.ts";
import { duplicate, invalid, invalidEach, required } from "./field-errors.ts";
import { validatePortNumber } from "./numbers.ts";
import { validateProtocol } from "./ports.ts";

type Endpoints = troupe.v1.Endpoints.$Properties;
type EndpointAddress = troupe.v1.EndpointAddress.$Properties;

function validateAddresses(addresses: EndpointAddress[] | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  (addresses ?? []).forEach((address, index) => {
    const path = childPath(indexPath(field, index), "ip");
    if (isIP(address.ip ?? "") === 0) errors.push(invalid(path, address.ip ?? "", "must be a valid IP address"));
  });
  return errors;
}

export function validateEndpoints(endpoints: Endpoints): FieldError[] {
  const errors: FieldError[] = [];
  (endpoints.subsets ?? []).forEach((subset, subsetIndex) => {
    const path = indexPath("subsets", subsetIndex);
    errors.push(...validateAddresses(subset.addresses, childPath(path, "addresses")));
    errors.push(...validateAddresses(subset.notReadyAddresses, childPath(path, "notReadyAddresses")));
    const ports = subset.ports ?? [];
    const names = new Set<string>();
    ports.forEach((port, index) => {
      const portPath = indexPath(childPath(path, "ports"), index);
      const name = port.name ?? "";
      if (ports.length > 1 && !name) errors.push(required(childPath(portPath, "name")));
      else if (name) errors.push(...invalidEach(childPath(portPath, "name"), name, isDns1123Label(name)));
      if (name && names.has(name)) errors.push(duplicate(childPath(portPath, "name"), name));
      names.add(name);
      errors.push(...validatePortNumber(port.port, childPath(portPath, "port")));
      errors.push(...validateProtocol(port.protocol, childPath(portPath, "protocol")));
    });
  });
  return errors;
}
