// Bundles the extension (src/extension.ts → out/extension.js, `vscode` left
// external) with esbuild. With --unit-tests, bundles the node:test files of
// test/unit/ into out/unit-tests/ instead; they cover the modules that do not
// import `vscode`.
import { build } from "esbuild";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const common = { bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "warning" };

if (process.argv.includes("--unit-tests")) {
  const dir = join(root, "test", "unit");
  const entryPoints = readdirSync(dir).filter((f) => f.endsWith(".test.ts")).map((f) => join(dir, f));
  await build({ ...common, entryPoints, outdir: join(root, "out", "unit-tests"), sourcemap: "inline" });
} else {
  await build({
    ...common,
    entryPoints: [join(root, "src", "extension.ts")],
    outfile: join(root, "out", "extension.js"),
    external: ["vscode"],
    minify: true,
    sourcemap: false,
  });
}
