// The custom requests `opl lsp` serves besides standard LSP (the contract is
// shared with opl_lsp/): checks with derivation trees, and workspace tests.
import { RequestType } from "vscode-languageclient/node";

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type CheckOutcome = "member" | "not_member" | "unknown";

/** One step of a derivation tree, as `opl check --explain --format json`
 *  prints it, with `span` pointing into a document of the workspace. */
export interface TraceNode {
  kind: string;
  query: string;
  rule?: string | null;
  result: CheckOutcome;
  limitation?: string | null;
  error?: string | null;
  tuple?: string | null;
  span?: { uri: string; range: Range } | null;
  depth?: number | null;
  note?: string | null;
  children?: TraceNode[];
}

export interface CheckParams {
  uri: string;
  query: string;
  explain: boolean;
}

export interface CheckResult {
  query: string;
  allowed: boolean;
  result: CheckOutcome;
  limitation: string | null;
  error: string | null;
  note?: string | null;
  tree?: TraceNode | null;
}

export interface TestsParams {
  uri: string;
}

export interface WorkspaceTests {
  uri: string;
  tests: { name: string; range: Range }[];
}

export interface TestsResult {
  workspaces: WorkspaceTests[];
}

export interface RunTestsParams {
  uri: string;
  name: string | null;
}

export interface AssertionOutcome {
  kind: string;
  query: string;
  expected: unknown;
  actual: unknown;
  passed: boolean;
  range?: Range | null;
  error?: string | null;
}

export interface TestOutcome {
  name: string;
  passed: boolean;
  range?: Range | null;
  error?: string | null;
  assertions: AssertionOutcome[];
}

export interface RunTestsResult {
  summary: { passed: number; failed: number; errors: number };
  tests: TestOutcome[];
}

export const checkRequest = new RequestType<CheckParams, CheckResult, void>("opl/check");
export const testsRequest = new RequestType<TestsParams, TestsResult, void>("opl/tests");
export const runTestsRequest = new RequestType<RunTestsParams, RunTestsResult, void>("opl/runTests");
