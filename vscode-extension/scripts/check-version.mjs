// The .vsix is versioned with the Python package: fail the build when
// package.json and ../pyproject.toml disagree, naming both.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, "..", "package.json"), "utf8"));
const pyproject = readFileSync(join(here, "..", "..", "pyproject.toml"), "utf8");

// the `version = "…"` line of the [project] table
const project = pyproject.split(/^\[/m).find((table) => table.startsWith("project]"));
const match = project && project.match(/^version\s*=\s*"([^"]+)"/m);
if (!match) {
  console.error("check-version: no version in the [project] table of pyproject.toml");
  process.exit(1);
}
if (match[1] !== pkg.version) {
  console.error(
    `check-version: package.json has version ${pkg.version} but pyproject.toml has ${match[1]}; ` +
      "set the same version in vscode-extension/package.json (and package-lock.json: npm version --no-git-tag-version)",
  );
  process.exit(1);
}
console.log(`check-version: ${pkg.version} (pyproject.toml agrees)`);
