import test from "ava";
import { ApiError, InvalidError, NotFoundError } from "../runtime/api-errors.ts";
import { formatError, UsageError } from "./errors.ts";

test("API errors print like kubectl's, with the reason in parentheses", (t) => {
  t.is(formatError(new NotFoundError("deployments.apps", "web")), 'Error from server (NotFound): deployments.apps "web" not found');
});

test("each cause of an API error gets its own line", (t) => {
  const error = new InvalidError("Deployment", "web", [
    { type: "FieldValueUnknown", field: "spec.replica", message: 'unknown field "spec.replica"' },
    { type: "FieldValueInvalid", field: "spec.template.spec.containers[0].image", message: "must not be empty" },
  ]);
  t.is(
    formatError(error, 'applying "web.yaml"'),
    [
      'Error from server (Invalid): error when applying "web.yaml": Deployment "web" is invalid: spec.replica: unknown field "spec.replica", spec.template.spec.containers[0].image: must not be empty',
      '  * spec.replica: unknown field "spec.replica"',
      "  * spec.template.spec.containers[0].image: must not be empty",
    ].join("\n"),
  );
});

test("a cause without a field prints its message alone", (t) => {
  const error = new ApiError("BadRequest", 400, "bad", { causes: [{ reason: "X", message: "no field here", field: "" }] });
  t.is(formatError(error), "Error from server (BadRequest): bad\n  * no field here");
});

test("usage errors and other failures print as error: lines", (t) => {
  t.is(formatError(new UsageError("unknown flag --x", "Valid flags: -n")), "error: unknown flag --x\nValid flags: -n");
  t.is(formatError(new Error("boom")), "error: boom");
  t.is(formatError("plain"), "error: plain");
});
