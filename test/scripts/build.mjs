// `npm run build`: the JavaScript from tsup (esbuild, no declarations) and the declarations from
// `tsc -p tsconfig.build.json`, side by side on two processes, then a `.d.cts` twin of every
// `.d.ts` for `require`. tsup's own declaration bundling (rollup-plugin-dts) took 25-55 s on two
// cores; this takes about 5 s. One `.d.ts` per source file, beside its `.js`, is also what the
// unbundled ESM build has, so a type's declaration sits where its code is.
//
// Why twins and not one `.d.ts` for both: in a `"type": "module"` package a `.d.ts` describes an
// ES module, so a CommonJS consumer (`module: nodenext` without `"type": "module"`) that reached
// it through `require` would be told it cannot `require` an ES module (TS1479 before
// TypeScript 5.8) and attw reports "Masquerading as ESM". A `.d.cts` describes a CommonJS module;
// its relative imports are rewritten from `./x.js` to `./x.cjs` so that they reach the other
// `.d.cts` files and never an ESM declaration.
//
// `--quiet` prints only errors (used by `npm run demo` and `npm run examples`).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const dist = join(root, "dist");
const quiet = process.argv.includes("--quiet");
const started = performance.now();

function run(label, command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, "node_modules", ".bin", command), args, {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(performance.now());
      else reject(new Error(`${label} failed (exit ${code}):\n${output}`));
    });
  });
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** `from "./a.js"`, `import("../b/c.js")`, `export * from "./d.js"` → the same with `.cjs`. */
export function toCommonJsDeclaration(text) {
  return text.replace(/((?:\bfrom|\bimport)\s*\(?\s*)(["'])(\.{1,2}\/[^"']*?)\.js\2/g, "$1$2$3.cjs$2");
}

rmSync(dist, { recursive: true, force: true });
try {
  const [jsDone, dtsDone] = await Promise.all([
    run("tsup", "tsup", ["--silent"]),
    run("tsc (declarations)", "tsc", ["-p", "tsconfig.build.json"]),
  ]);
  let twins = 0;
  for (const file of files(dist)) {
    if (!file.endsWith(".d.ts")) continue;
    writeFileSync(file.replace(/\.d\.ts$/, ".d.cts"), toCommonJsDeclaration(readFileSync(file, "utf8")));
    twins++;
  }
  const s = (t) => ((t - started) / 1000).toFixed(1);
  if (!quiet) {
    console.log(
      `build: JavaScript (tsup) ${s(jsDone)} s, declarations (tsc) ${s(dtsDone)} s, ${twins} .d.cts twins; done in ${s(performance.now())} s`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
