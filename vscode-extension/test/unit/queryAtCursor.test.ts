// The text a check command takes from the editor, per file kind.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { fileKind, looksLikeQuery, queryAt } from "../../src/queryAtCursor";

function at(text: string, marker = "|"): { text: string; offset: number } {
  const offset = text.indexOf(marker);
  return { text: text.slice(0, offset) + text.slice(offset + 1), offset };
}

test("file kinds follow the names, as every opl tool decides them", () => {
  assert.equal(fileKind("/w/namespaces.keto.ts"), "schema");
  assert.equal(fileKind("/w/a.opl"), "schema");
  assert.equal(fileKind("/w/app.ts"), "other");
  assert.equal(fileKind("C:\\w\\drive.tuples"), "tuples");
  assert.equal(fileKind("/w/drive.tuples.json"), "tuples-json");
  assert.equal(fileKind("/w/drive.opl.yaml"), "workspace");
  assert.equal(fileKind("/w/Drive.OPL.yml"), "workspace");
  assert.equal(fileKind("/w/drive.yaml"), "other");
});

test("a tuple file gives the trimmed line under the cursor", () => {
  const { text, offset } = at("// groups\n  Group:eng#members@Us|er:alice  \nGroup:x#y@z\n");
  assert.equal(queryAt(text, offset, "tuples"), "Group:eng#members@User:alice");
});

test("a comment or blank line in a tuple file gives nothing", () => {
  const { text, offset } = at("// gro|ups\n\nGroup:x#y@z\n");
  assert.equal(queryAt(text, offset, "tuples"), undefined);
  const blank = at("Group:x#y@z\n|\n");
  assert.equal(queryAt(blank.text, blank.offset, "tuples"), undefined);
});

test("a check key in a workspace file loses the YAML colon", () => {
  const { text, offset } = at("    check:\n      Document:road|map#edit@User:carol: true   # owner\n");
  assert.equal(queryAt(text, offset, "workspace"), "Document:roadmap#edit@User:carol");
});

test("the cursor after the expectation still finds the line's query", () => {
  const { text, offset } = at("      Document:roadmap#edit@User:carol: tr|ue\n");
  assert.equal(queryAt(text, offset, "workspace"), "Document:roadmap#edit@User:carol");
});

test("a quoted query in a flow mapping loses its quotes and comma", () => {
  const { text, offset } = at('  - {query: "Document:roadmap#edit@Us|er:bob", max_depth: 2, expect: unknown}\n');
  assert.equal(queryAt(text, offset, "workspace"), "Document:roadmap#edit@User:bob");
});

test("a what-if tuple in a list item", () => {
  const { text, offset } = at("    tuples:\n      - |Group:design#members@User:frank\n");
  assert.equal(queryAt(text, offset, "workspace"), "Group:design#members@User:frank");
});

test("a workspace line without a query gives nothing", () => {
  const { text, offset } = at("  - name: owners edit| their documents\n");
  assert.equal(queryAt(text, offset, "workspace"), undefined);
});

test("a JSON tuple with a subject ID", () => {
  const { text, offset } = at('[\n  {"namespace": "Doc", "object": "d|1", "relation": "view", "subject_id": "alice"}\n]');
  assert.equal(queryAt(text, offset, "tuples-json"), "Doc:d1#view@alice");
});

test("a JSON tuple with a subject set, the cursor inside the subject set", () => {
  const json = at(
    '[{"namespace": "Doc", "object": "d1", "relation": "view",\n' +
      ' "subject_set": {"namespace": "Group", "object": "e|ng", "relation": "members"}},\n' +
      ' {"namespace": "Doc", "object": "d2", "relation": "view", "subject_id": "bob"}]',
  );
  assert.equal(queryAt(json.text, json.offset, "tuples-json"), "Doc:d1#view@Group:eng#members");
});

test("a JSON subject set without a relation prints as ns:obj", () => {
  const json = at('[{"namespace": "Doc", "object": "d1", "relation": "view", "subject_set": {"namespace": "User", "object": "carol"}}|]');
  assert.equal(queryAt(json.text, json.offset - 1, "tuples-json"), "Doc:d1#view@User:carol");
});

test("broken JSON never throws", () => {
  const json = at('[{"namespace": "Doc", "obj|ect": "d1", "relation": ');
  assert.equal(queryAt(json.text, json.offset, "tuples-json"), undefined);
  assert.equal(queryAt('{"a": "}', 3, "tuples-json"), undefined);
});

test("schema files have no query at the cursor", () => {
  assert.equal(queryAt("class User implements Namespace {}", 3, "schema"), undefined);
});

test("the query shape is Keto's cut: ':' then '#' then '@'", () => {
  assert.ok(looksLikeQuery("Document:roadmap#edit@User:carol"));
  assert.ok(looksLikeQuery("Document:roadmap#edit@carol"));
  assert.ok(!looksLikeQuery("Document:roadmap#edit"));
  assert.ok(!looksLikeQuery("User:carol"));
  assert.ok(!looksLikeQuery("#edit@User:carol"));
});
