// proto/k8s must name every field Troupe's own proto has for the kinds it serves, or a protobuf
// body would lose what the same body in JSON carries. This walks both schemas side by side.
import test from "ava";
import protobuf from "protobufjs";
import troupeDescriptor from "../../../proto/gen/troupe.json" with { type: "json" };
import { RESOURCES } from "../../../runtime/codec/resources.ts";
import { hasProtobufSchema, kindType, SPECIAL_TYPES } from "./schema.ts";

const troupe = protobuf.Root.fromJSON(troupeDescriptor);
troupe.resolveAll();

/** Troupe's fields with no Kubernetes counterpart, on purpose. */
const TROUPE_ONLY = new Set([
  // Where a container's ports are reachable on the shared host network (see pod.proto).
  "troupe.v1.ContainerStatus.ports",
]);
// Troupe has one Condition message for every kind; each Kubernetes condition has its own subset.
const UNION_TYPES = new Set(["troupe.v1.Condition"]);
const SCALAR_MESSAGES: ReadonlySet<string> = new Set(Object.values(SPECIAL_TYPES));

function findField(type: protobuf.Type, name: string): protobuf.Field | undefined {
  if (type.fields[name]) return type.fields[name];
  for (const field of type.fieldsArray) {
    if (field.options?.["(inline)"] === true && field.resolvedType instanceof protobuf.Type) {
      const inner = findField(field.resolvedType, name);
      if (inner) return inner;
    }
  }
  return undefined;
}

function missingFields(ours: protobuf.Type, theirs: protobuf.Type, seen: Set<string>, topLevel: boolean): string[] {
  const key = `${ours.fullName}|${theirs.fullName}`;
  if (seen.has(key)) return [];
  seen.add(key);
  const missing: string[] = [];
  const ourName = ours.fullName.slice(1);
  for (const field of ours.fieldsArray) {
    if (topLevel && (field.name === "apiVersion" || field.name === "kind")) continue;
    if (TROUPE_ONLY.has(`${ourName}.${field.name}`)) continue;
    const counterpart = findField(theirs, field.name);
    if (!counterpart) {
      if (!UNION_TYPES.has(ourName)) missing.push(`${ourName}.${field.name} (in ${theirs.fullName.slice(1)})`);
      continue;
    }
    if (field.repeated !== counterpart.repeated || field.map !== counterpart.map) {
      missing.push(`${ourName}.${field.name}: repeated/map differs from ${theirs.fullName.slice(1)}`);
    }
    const ourType = field.resolvedType;
    const theirType = counterpart.resolvedType;
    if (ourType instanceof protobuf.Type && theirType instanceof protobuf.Type && !SCALAR_MESSAGES.has(theirType.fullName)) {
      missing.push(...missingFields(ourType, theirType, seen, false));
    } else if (ourType instanceof protobuf.Type && !(theirType instanceof protobuf.Type)) {
      missing.push(`${ourName}.${field.name}: a message in Troupe, ${counterpart.type} in Kubernetes`);
    }
  }
  return missing;
}

test("proto/k8s has a Kubernetes field for every field of every kind Troupe serves", (t) => {
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const info of RESOURCES) {
    if (!hasProtobufSchema(info.apiVersion)) continue;
    const theirs = kindType(info.apiVersion, info.kind);
    if (!theirs) {
      missing.push(`${info.apiVersion} ${info.kind} has no message`);
      continue;
    }
    missing.push(...missingFields(troupe.lookupType(`troupe.v1.${info.typeName}`), theirs, seen, true));
  }
  t.deepEqual(missing, []);
  t.true(seen.size > 100, "the walk reaches the nested messages");
});
