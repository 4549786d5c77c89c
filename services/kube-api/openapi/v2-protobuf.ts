// The /openapi/v2 document in the protobuf encoding kubectl asks for (and the only one client-go's
// discovery parses): the openapi.v2.Document message of gnostic, written field by field for the
// parts of the document Troupe fills. Field numbers are gnostic's OpenAPIv2.proto.
import $protobuf from "protobufjs/minimal.js";

type Json = Record<string, any>;
type Writer = $protobuf.Writer;

/** What kubectl puts in Accept for the protobuf form. */
export const OPENAPI_V2_PROTOBUF = "application/com.github.proto-openapi.spec.v2@v1.0+protobuf";
/** The Content-Type to answer with: Go's media type parser rejects the `@` of the Accept form. */
export const OPENAPI_V2_PROTOBUF_CONTENT_TYPE = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf";

function string(writer: Writer, field: number, value: unknown): void {
  if (typeof value === "string" && value !== "") writer.uint32((field << 3) | 2).string(value);
}

function strings(writer: Writer, field: number, values: unknown): void {
  if (Array.isArray(values)) for (const value of values) writer.uint32((field << 3) | 2).string(String(value));
}

function bool(writer: Writer, field: number, value: unknown): void {
  if (value === true) writer.uint32(field << 3).bool(true);
}

function message(writer: Writer, field: number, write: (inner: Writer) => void): void {
  writer.uint32((field << 3) | 2).fork();
  write(writer);
  writer.ldelim();
}

/** Vendor extensions (x-...) as NamedAny {name, value: Any {yaml}}; JSON is YAML. */
function vendorExtensions(writer: Writer, field: number, object: Json): void {
  for (const [name, value] of Object.entries(object)) {
    if (!name.startsWith("x-")) continue;
    message(writer, field, (named) => {
      string(named, 1, name);
      message(named, 2, (any) => string(any, 2, JSON.stringify(value)));
    });
  }
}

function schema(writer: Writer, value: Json): void {
  string(writer, 1, value.$ref);
  string(writer, 2, value.format);
  string(writer, 4, value.description);
  strings(writer, 19, value.required);
  if (value.additionalProperties && typeof value.additionalProperties === "object") {
    message(writer, 21, (item) => message(item, 1, (inner) => schema(inner, value.additionalProperties)));
  }
  if (value.type) message(writer, 22, (type) => strings(type, 1, [value.type]));
  if (value.items) message(writer, 23, (items) => message(items, 1, (inner) => schema(inner, value.items)));
  for (const part of value.allOf ?? []) message(writer, 24, (inner) => schema(inner, part));
  if (value.properties) {
    message(writer, 25, (properties) => {
      for (const [name, property] of Object.entries(value.properties as Json)) {
        message(properties, 1, (named) => {
          string(named, 1, name);
          message(named, 2, (inner) => schema(inner, property));
        });
      }
    });
  }
  vendorExtensions(writer, 31, value);
}

function parameter(writer: Writer, value: Json): void {
  // ParametersItem.parameter -> Parameter.(body_parameter | non_body_parameter)
  message(writer, 1, (param) => {
    if (value.in === "body") {
      message(param, 1, (body) => {
        string(body, 1, value.description);
        string(body, 2, value.name);
        string(body, 3, value.in);
        bool(body, 4, value.required);
        message(body, 5, (inner) => schema(inner, value.schema));
      });
      return;
    }
    message(param, 2, (nonBody) => {
      // NonBodyParameter: query_parameter_sub_schema = 3, path_parameter_sub_schema = 4.
      const isPath = value.in === "path";
      message(nonBody, isPath ? 4 : 3, (sub) => {
        bool(sub, 1, value.required);
        string(sub, 2, value.in);
        string(sub, 3, value.description);
        string(sub, 4, value.name);
        string(sub, isPath ? 5 : 6, value.type);
        bool(sub, isPath ? 19 : 20, value.uniqueItems);
      });
    });
  });
}

function operation(writer: Writer, value: Json): void {
  strings(writer, 1, value.tags);
  string(writer, 3, value.description);
  string(writer, 5, value.operationId);
  strings(writer, 6, value.produces);
  strings(writer, 7, value.consumes);
  for (const param of value.parameters ?? []) message(writer, 8, (item) => parameter(item, param));
  message(writer, 9, (responses) => {
    for (const [code, response] of Object.entries(value.responses as Json)) {
      message(responses, 1, (named) => {
        string(named, 1, code);
        message(named, 2, (responseValue) =>
          message(responseValue, 1, (inner) => {
            string(inner, 1, response.description);
            if (response.schema) message(inner, 2, (item) => message(item, 1, (s) => schema(s, response.schema)));
          }),
        );
      });
    }
  });
  strings(writer, 10, value.schemes);
  vendorExtensions(writer, 13, value);
}

const PATH_ITEM_FIELDS: Record<string, number> = { get: 2, put: 3, post: 4, delete: 5, patch: 8 };

/** Encodes a swagger 2.0 document (as openApiV2Document builds it) as an openapi.v2.Document. */
export function encodeOpenApiV2(document: Json): Uint8Array {
  const writer = $protobuf.Writer.create();
  string(writer, 1, document.swagger);
  message(writer, 2, (info) => {
    string(info, 1, document.info.title);
    string(info, 2, document.info.version);
  });
  message(writer, 8, (paths) => {
    for (const [path, item] of Object.entries(document.paths as Json)) {
      message(paths, 2, (named) => {
        string(named, 1, path);
        message(named, 2, (pathItem) => {
          for (const [method, field] of Object.entries(PATH_ITEM_FIELDS)) {
            if (item[method]) message(pathItem, field, (inner) => operation(inner, item[method]));
          }
          for (const param of item.parameters ?? []) message(pathItem, 9, (inner) => parameter(inner, param));
        });
      });
    }
  });
  message(writer, 9, (definitions) => {
    for (const [name, value] of Object.entries(document.definitions as Json)) {
      message(definitions, 1, (named) => {
        string(named, 1, name);
        message(named, 2, (inner) => schema(inner, value));
      });
    }
  });
  return writer.finish();
}
