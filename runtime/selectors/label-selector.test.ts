import test from "ava";
import { labelSelectorFromMessage, parseLabelSelector, SelectorParseError } from "./label-selector.ts";

const web = { app: "web", env: "prod", tier: "frontend" };
const db = { app: "db", env: "dev" };

test("equality selectors match with =, == and reject with !=", (t) => {
  t.true(parseLabelSelector("app=web").matches(web));
  t.true(parseLabelSelector("app==web").matches(web));
  t.false(parseLabelSelector("app=web").matches(db));
  t.false(parseLabelSelector("app!=web").matches(web));
  t.true(parseLabelSelector("app!=web").matches(db));
});

test("!= and notin also match objects without the label, as in Kubernetes", (t) => {
  t.true(parseLabelSelector("tier!=frontend").matches(db));
  t.true(parseLabelSelector("tier notin (frontend)").matches(db));
  t.false(parseLabelSelector("tier notin (frontend,backend)").matches(web));
});

test("set selectors match any listed value", (t) => {
  const selector = parseLabelSelector("env in (prod, staging)");
  t.true(selector.matches(web));
  t.false(selector.matches(db));
  t.false(selector.matches(undefined));
});

test("existence selectors check only for the key", (t) => {
  t.true(parseLabelSelector("tier").matches(web));
  t.false(parseLabelSelector("tier").matches(db));
  t.true(parseLabelSelector("!tier").matches(db));
  t.false(parseLabelSelector("!tier").matches(web));
});

test("comma-separated requirements must all hold", (t) => {
  const selector = parseLabelSelector("app=web, env in (prod), !canary");
  t.true(selector.matches(web));
  t.false(selector.matches({ ...web, canary: "true" }));
  t.false(selector.matches({ ...web, env: "dev" }));
});

test("numeric comparisons need integer label values", (t) => {
  t.true(parseLabelSelector("replicas>2").matches({ replicas: "3" }));
  t.false(parseLabelSelector("replicas>2").matches({ replicas: "two" }));
  t.true(parseLabelSelector("replicas<2").matches({ replicas: "1" }));
});

test("an empty value selects labels set to the empty string", (t) => {
  t.true(parseLabelSelector("tier=").matches({ tier: "" }));
  t.false(parseLabelSelector("tier=").matches({}));
});

test("the empty selector matches everything and says so", (t) => {
  const selector = parseLabelSelector("  ");
  t.true(selector.empty);
  t.true(selector.matches(undefined));
  t.is(selector.toString(), "");
  t.false(parseLabelSelector("a").empty);
});

test("toString gives a canonical form that parses back to the same selector", (t) => {
  const selector = parseLabelSelector("tier notin (b,a), app==web,!canary, env,x!=y");
  t.is(selector.toString(), "app=web,!canary,env,tier notin (a,b),x!=y");
  t.is(parseLabelSelector(selector.toString()).toString(), selector.toString());
});

test("syntax errors name the position and what was expected", (t) => {
  const cases: Array<[string, number, string]> = [
    ["app=web,", 8, "found end of selector, expected a label key"],
    ["env in a", 7, "found 'a', expected '(' to open the value set"],
    ["env in (a", 9, "found end of selector, expected ',' or ')' in the value set"],
    ["app=web tier=x", 8, "found 'tier', expected ',' between requirements"],
    ["app web", 4, "found 'web', expected an operator"],
    ["=web", 0, "found '=', expected a label key"],
  ];
  for (const [text, position, problem] of cases) {
    const error = t.throws(() => parseLabelSelector(text), { instanceOf: SelectorParseError }, text);
    t.is(error?.position, position, text);
    t.true(error?.message.includes(problem), `${text}: ${error?.message}`);
  }
});

test("invalid keys and values are rejected with the label rules", (t) => {
  const badKey = t.throws(() => parseLabelSelector("x,bad_=x"), { instanceOf: SelectorParseError });
  t.is(badKey?.position, 2);
  t.true(badKey?.message.includes('invalid label key "bad_": name part must consist'));
  const badValue = t.throws(() => parseLabelSelector("app=-web"), { instanceOf: SelectorParseError });
  t.true(badValue?.message.includes('invalid label value "-web"'));
  t.throws(() => parseLabelSelector("env in ()"), { message: /values set can't be empty/ });
  t.throws(() => parseLabelSelector("n>x"), { message: /must be an integer/ });
});

test("selectors from matchLabels and matchExpressions behave like the parsed form", (t) => {
  const selector = labelSelectorFromMessage({
    matchLabels: { app: "web" },
    matchExpressions: [
      { key: "env", operator: "In", values: ["prod", "staging"] },
      { key: "canary", operator: "DoesNotExist" },
      { key: "tier", operator: "Exists", values: [] },
      { key: "zone", operator: "NotIn", values: ["east"] },
    ],
  });
  t.true(selector.matches(web));
  t.false(selector.matches({ ...web, canary: "yes" }));
  t.false(selector.matches({ ...web, zone: "east" }));
  t.is(selector.toString(), "app=web,!canary,env in (prod,staging),tier,zone notin (east)");
});

test("an absent selector selects nothing while an empty one selects everything", (t) => {
  t.false(labelSelectorFromMessage(undefined).matches(web));
  t.false(labelSelectorFromMessage(null).empty);
  t.true(labelSelectorFromMessage({}).matches(web));
  t.true(labelSelectorFromMessage({ matchLabels: {}, matchExpressions: [] }).empty);
});

test("unknown operators and missing set values in a message are SelectorParseErrors", (t) => {
  t.throws(() => labelSelectorFromMessage({ matchExpressions: [{ key: "a", operator: "Gt", values: ["1"] }] }), {
    instanceOf: SelectorParseError,
    message: /"Gt" is not a valid label selector operator/,
  });
  t.throws(() => labelSelectorFromMessage({ matchExpressions: [{ key: "a", operator: "In", values: [] }] }), {
    instanceOf: SelectorParseError,
    message: /values set can't be empty/,
  });
  t.throws(() => labelSelectorFromMessage({ matchExpressions: [{ key: "a", operator: "Exists", values: ["x"] }] }), {
    message: /values set must be empty/,
  });
});
