import test from "ava";
import { makeNode } from "./fixtures.ts";
import { compileNodeSelectorMap, compileNodeSelectorTerm, compileNodeSelectorTerms } from "./node-selector.ts";

const node = makeNode("worker-1", { labels: { zone: "a", disk: "ssd", cores: "16" } });

function matches(operator: string, key: string, values: string[] = []): boolean {
  return compileNodeSelectorTerm({ matchExpressions: [{ key, operator, values }] })(node);
}

test("In and NotIn compare the label's value with the set, NotIn also matching a missing label", (t) => {
  t.true(matches("In", "zone", ["a", "b"]));
  t.false(matches("In", "zone", ["b"]));
  t.false(matches("In", "rack", ["a"]));
  t.true(matches("NotIn", "zone", ["b"]));
  t.false(matches("NotIn", "zone", ["a"]));
  t.true(matches("NotIn", "rack", ["a"]));
});

test("Exists and DoesNotExist look only at the key", (t) => {
  t.true(matches("Exists", "disk"));
  t.false(matches("Exists", "gpu"));
  t.true(matches("DoesNotExist", "gpu"));
  t.false(matches("DoesNotExist", "disk"));
});

test("Gt and Lt compare integers and never match a label that is not one", (t) => {
  t.true(matches("Gt", "cores", ["8"]));
  t.false(matches("Gt", "cores", ["16"]));
  t.true(matches("Lt", "cores", ["32"]));
  t.false(matches("Lt", "zone", ["32"]));
});

test("matchFields selects by metadata.name", (t) => {
  t.true(compileNodeSelectorTerm({ matchFields: [{ key: "metadata.name", operator: "In", values: ["worker-1"] }] })(node));
  t.false(compileNodeSelectorTerm({ matchFields: [{ key: "metadata.name", operator: "NotIn", values: ["worker-1"] }] })(node));
  t.false(compileNodeSelectorTerm({ matchFields: [{ key: "metadata.uid", operator: "In", values: ["worker-1"] }] })(node));
});

test("requirements of a term are ANDed and terms are ORed", (t) => {
  const both = { matchExpressions: [{ key: "zone", operator: "In", values: ["a"] }, { key: "disk", operator: "In", values: ["hdd"] }] };
  const other = { matchExpressions: [{ key: "cores", operator: "Exists" }] };
  t.false(compileNodeSelectorTerm(both)(node));
  t.true(compileNodeSelectorTerms([both, other])(node));
  t.false(compileNodeSelectorTerms([both])(node));
});

test("empty, invalid and absent terms match no node", (t) => {
  t.false(compileNodeSelectorTerm({})(node));
  t.false(matches("In", "zone"));
  t.false(matches("Exists", "zone", ["a"]));
  t.false(matches("Gt", "cores", ["many"]));
  t.false(matches("Near", "zone", ["a"]));
  t.false(compileNodeSelectorTerms([])(node));
});

test("a nodeSelector map needs every label with its value", (t) => {
  t.true(compileNodeSelectorMap({ zone: "a", disk: "ssd" })(node));
  t.false(compileNodeSelectorMap({ zone: "a", disk: "hdd" })(node));
  t.false(compileNodeSelectorMap({ gpu: "" })(node));
});
