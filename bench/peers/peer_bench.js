// The peers of the parser benchmark (bench/parse_bench.py runs this script):
// SpiceDB's JavaScript schema parser and OpenFGA's DSL parser, timed on the
// same models as our OPL schemas (bench/data/*.zed, *.fga).
//
//   node bench/peers/peer_bench.js serve '{"cases": [{"name", "spicedb", "openfga"}]}'
//   node bench/peers/peer_bench.js cold '{"measure": "spicedb.parse", "file": "..."}'
//
// serve: reads the cases, answers one JSON line on stdout per JSON line on
// stdin, so that the benchmark can interleave small blocks of peer calls
// with blocks of its own (both then meet the same machine load):
//   {"cmd": "check"}  → versions, and each parser's result on each case in
//                       the benchmark's canonical form (Keto's rewrite shape,
//                       see bench/data/schema_gen.py), for parse_bench.py to
//                       compare with the model;
//   {"cmd": "time", "case", "measure", "warmup", "runs"} → `warmup` untimed
//                       calls, then each timed call's wall time
//                       (process.hrtime, CLOCK_MONOTONIC) and CPU time
//                       (process.cpuUsage: user + system of the whole
//                       process, so V8's helper threads count too), in µs.
//
// cold: require the parser and parse once, in this fresh process; prints the
// CLOCK_MONOTONIC times (ns) just before require, before and after the
// parse, the CPU time since the process started, and memory.
"use strict";

const fs = require("fs");
const path = require("path");

const MEASURES = {
  // parse alone: text → syntax tree (parsimmon combinators)
  "spicedb.parse": () => {
    const { parse } = require("@authzed/spicedb-parser-js");
    return (text) => {
      const r = parse(text);
      if (r.error) throw new Error("SpiceDB parse error: " + r.error.message);
      return r.schema;
    };
  },
  // parse + the library's reference resolution (its only semantic pass):
  // every type and relation/permission reference looked up
  "spicedb.resolve": () => {
    const { parse, Resolver } = require("@authzed/spicedb-parser-js");
    return (text) => {
      const r = parse(text);
      if (r.error) throw new Error("SpiceDB parse error: " + r.error.message);
      const refs = new Resolver(r.schema).resolvedReferences();
      return { schema: r.schema, refs };
    };
  },
  // parse alone: text → the JSON authorization model (ANTLR + a listener)
  "openfga.parse": () => {
    const { transformer } = require("@openfga/syntax-transformer");
    return (text) => transformer.transformDSLToJSONObject(text);
  },
  // parse + semantic validation (types, relations, cycles); throws on errors
  "openfga.validate": () => {
    const { validator } = require("@openfga/syntax-transformer");
    return (text) => validator.validateDSL(text);
  },
};

function cpuNs() {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

function timeCalls(fn, text, warmup, runs) {
  for (let i = 0; i < warmup; i++) fn(text);
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuNs();
    const t0 = process.hrtime.bigint();
    fn(text);
    const t1 = process.hrtime.bigint();
    const c1 = cpuNs();
    wall.push(Number(t1 - t0) / 1000);
    cpu.push((c1 - c0) / 1000);
  }
  return { wall_us: wall, cpu_us: cpu };
}

// ------------------------------------------------------------ canonical forms

function flatten(op, children) {
  const out = [];
  for (const c of children) {
    if (Array.isArray(c) && c[0] === op) out.push(...c.slice(1));
    else out.push(c);
  }
  return [op, ...out];
}

function spicedbExpr(e) {
  switch (e.kind) {
    case "relationref":
      return ["rel", e.relationName];
    case "arrow":
      return ["arrow", e.sourceRelation.relationName, e.targetRelationOrPermission];
    case "binary": {
      const l = spicedbExpr(e.left);
      const r = spicedbExpr(e.right);
      if (e.operator === "union") return flatten("or", [l, r]);
      if (e.operator === "intersection") return flatten("and", [l, r]);
      if (e.operator === "exclusion") return flatten("and", [l, ["not", r]]);
      throw new Error("SpiceDB operator " + e.operator);
    }
    default:
      throw new Error("SpiceDB expression " + e.kind);
  }
}

function spicedbCanonical(schema) {
  const out = {};
  for (const d of schema.definitions) {
    if (d.kind !== "objectDef") continue;
    const types = {};
    for (const r of d.relations) {
      types[r.name] = r.allowedTypes.types
        .map((t) => t.path + (t.relationName ? "#" + t.relationName : "") + (t.wildcard ? ":*" : ""))
        .sort();
    }
    const permits = {};
    for (const p of d.permissions) permits[p.name] = spicedbExpr(p.expr);
    out[d.name] = { types, permits };
  }
  return out;
}

function openfgaExpr(e) {
  if (e.this) return ["this"];
  if (e.computedUserset) return ["rel", e.computedUserset.relation];
  if (e.tupleToUserset) return ["arrow", e.tupleToUserset.tupleset.relation, e.tupleToUserset.computedUserset.relation];
  if (e.union) return flatten("or", e.union.child.map(openfgaExpr));
  if (e.intersection) return flatten("and", e.intersection.child.map(openfgaExpr));
  if (e.difference) return flatten("and", [openfgaExpr(e.difference.base), ["not", openfgaExpr(e.difference.subtract)]]);
  throw new Error("OpenFGA rewrite " + JSON.stringify(e));
}

function openfgaCanonical(model) {
  const out = {};
  for (const td of model.type_definitions) {
    const types = {};
    const permits = {};
    const meta = (td.metadata && td.metadata.relations) || {};
    for (const [name, rw] of Object.entries(td.relations || {})) {
      if (rw.this) {
        types[name] = (meta[name].directly_related_user_types || [])
          .map((t) => t.type + (t.relation ? "#" + t.relation : "") + (t.wildcard ? ":*" : ""))
          .sort();
      } else {
        permits[name] = openfgaExpr(rw);
      }
    }
    out[td.type] = { types, permits };
  }
  return out;
}

function unresolved(refs) {
  return refs.filter((r) => (r.kind === "type" ? !r.referencedTypeAndRelation : !r.resolvedRelationOrPermission)).length;
}

// ------------------------------------------------------------ modes

function versions() {
  const v = {};
  for (const name of ["@authzed/spicedb-parser-js", "@openfga/syntax-transformer", "parsimmon", "antlr4"]) {
    const p = path.join(__dirname, "node_modules", name, "package.json");
    v[name] = JSON.parse(fs.readFileSync(p, "utf8")).version;
  }
  v.node = process.version;
  return v;
}

function check(cases) {
  const out = { versions: versions(), cases: {} };
  for (const [name, texts] of Object.entries(cases)) {
    const res = { canonical: {}, checks: {} };
    const sp = MEASURES["spicedb.resolve"]()(texts.spicedb);
    res.canonical.spicedb = spicedbCanonical(sp.schema);
    res.checks.spicedb_references = sp.refs.length;
    res.checks.spicedb_unresolved = unresolved(sp.refs);
    res.canonical.openfga = openfgaCanonical(MEASURES["openfga.parse"]()(texts.openfga));
    MEASURES["openfga.validate"]()(texts.openfga); // throws if OpenFGA rejects the model
    res.checks.openfga_valid = true;
    out.cases[name] = res;
  }
  return out;
}

function serve(job) {
  const cases = {};
  for (const c of job.cases) {
    cases[c.name] = { spicedb: fs.readFileSync(c.spicedb, "utf8"), openfga: fs.readFileSync(c.openfga, "utf8") };
  }
  const fns = {};
  for (const [name, make] of Object.entries(MEASURES)) fns[name] = make();
  const answer = (line) => {
    const cmd = JSON.parse(line);
    if (cmd.cmd === "check") return check(cases);
    if (cmd.cmd === "time") {
      const text = cases[cmd.case][cmd.measure.split(".")[0]];
      return timeCalls(fns[cmd.measure], text, cmd.warmup || 0, cmd.runs);
    }
    throw new Error("unknown command " + line);
  };
  let buffered = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => {
    buffered += chunk;
    let nl;
    while ((nl = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      if (line.trim()) process.stdout.write(JSON.stringify(answer(line)) + "\n");
    }
  });
}

function cold(job) {
  // performance.now(): ms since this process started (its time origin)
  const tImport = process.hrtime.bigint();
  const sinceStartImport = performance.now();
  const text = fs.readFileSync(job.file, "utf8");
  const fn = MEASURES[job.measure]();
  const tParse = process.hrtime.bigint();
  fn(text);
  const tEnd = process.hrtime.bigint();
  const sinceStart = performance.now();
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  return {
    t_import_ns: tImport.toString(), t_parse_ns: tParse.toString(), t_end_ns: tEnd.toString(),
    since_start_ms: sinceStart, since_start_at_import_ms: sinceStartImport,
    cpu_ms: (cpu.user + cpu.system) / 1000,
    rss_kb: Math.round(mem.rss / 1024), heap_used_kb: Math.round(mem.heapUsed / 1024),
    // peak RSS of this process image (not ru_maxrss: on Linux it carries the
    // parent's peak over fork + exec)
    peak_kb: Number(fs.readFileSync("/proc/self/status", "utf8").match(/VmHWM:\s*(\d+)/)[1]),
  };
}

const [mode, arg] = process.argv.slice(2);
const job = JSON.parse(arg || "{}");
if (mode === "cold") process.stdout.write(JSON.stringify(cold(job)) + "\n");
else if (mode === "serve") serve(job);
else throw new Error("usage: peer_bench.js serve|cold JSON");
