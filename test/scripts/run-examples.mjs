// Compiles every examples/*.ts to ESM (.mjs) and CJS (.cjs) with esbuild, without bundling, so
// each `import "iacml/..."` is resolved by Node through the package's own exports map to dist/,
// exactly as a user's code would. `--check` runs all of them in both formats and fails on any
// error; `--demo [args]` runs only the demo (ESM) with the given arguments; `--all` runs every
// example (ESM) and shows its output.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const out = join(root, ".tmp", "examples");
const args = process.argv.slice(2);
const demo = args[0] === "--demo";
const show = demo || args[0] === "--all";
const node = process.env.IACML_NODE ?? process.execPath;
const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".ts") && (!demo || f === "demo.ts"));

for (const [format, ext] of [
  ["esm", "mjs"],
  ["cjs", "cjs"],
]) {
  if (show && format === "cjs") continue;
  mkdirSync(join(out, format), { recursive: true });
  await build({
    entryPoints: examples.map((f) => join(root, "examples", f)),
    outdir: join(out, format),
    outExtension: { ".js": `.${ext}` },
    format,
    platform: "node",
    target: "node20",
    bundle: false,
    logLevel: "error",
  });
  for (const f of examples) {
    const file = join(out, format, f.replace(/\.ts$/, `.${ext}`));
    const extra = demo ? args.slice(1) : [];
    if (show && !demo) console.log(`\n\x1b[1m── examples/${f}\x1b[0m`);
    const r = spawnSync(node, [file, ...extra], { stdio: show ? "inherit" : "pipe", encoding: "utf8", cwd: root });
    if (r.status !== 0) {
      console.error(`✗ ${f} (${format}) exited ${r.status}\n${r.stdout ?? ""}\n${r.stderr ?? ""}`);
      process.exit(1);
    }
    if (!show)
      console.log(
        `✓ ${f} (${format}, node ${spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim()}): ${r.stdout.split("\n").length} lines of output`,
      );
  }
}
