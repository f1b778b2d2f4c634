// The consumer type-check matrix: the packed tarball, installed into throwaway projects under
// .tmp/consumer, type-checked as a user's project would be, in every TypeScript version and
// module resolution the README promises, with `skipLibCheck: false` and `strict`,
// `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess` on. attw and publint check the
// package's own files; only this sees what a user's `tsc` says about them (and about the
// declarations of our dependencies that they pull in).
//
// Each project compiles test/consumer/app.ts (realistic calls, `@ts-expect-error` proofs that
// `Amount` is a real type) and a generated entries.ts that imports every entry point of the
// exports map, so a new entry is covered without editing this file.
//
// Usage: node test/scripts/consumer-matrix.mjs [--no-pack]   (after `npm run build`)
import { execFileSync, spawn } from "node:child_process";
import { cpus } from "node:os";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const work = join(root, ".tmp", "consumer");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

// The oldest TypeScript we support (zod 4 needs 5.5), the last 5.x, and the repository's own.
const toolchain = join(work, "typescript");
const versions = [
  { name: "5.5", tsc: join(toolchain, "node_modules", "typescript55", "lib", "tsc.js") },
  { name: "5.9", tsc: join(toolchain, "node_modules", "typescript59", "lib", "tsc.js") },
  { name: "6.0", tsc: join(root, "node_modules", "typescript", "lib", "tsc.js") },
];
const strictest = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  // TypeScript's own lib.*.d.ts are not ours to check (a third of the time); every .d.ts in
  // node_modules is, ours and our dependencies'.
  skipDefaultLibCheck: true,
  noEmit: true,
  target: "ES2022",
  // No ambient @types (TypeScript 5 would otherwise load every node_modules/@types up the tree):
  // the package's types must hold without @types/node.
  types: [],
};
const resolutions = [
  { name: "nodenext-esm", type: "module", options: { module: "nodenext", moduleResolution: "nodenext" } },
  { name: "nodenext-cjs", type: "commonjs", options: { module: "nodenext", moduleResolution: "nodenext" } },
  { name: "node16", type: "module", options: { module: "node16", moduleResolution: "node16" } },
  { name: "bundler", type: "module", options: { module: "esnext", moduleResolution: "bundler" } },
];

function sh(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

// 1. The TypeScript versions, from their own lockfile (never the repository's: two packages
//    named typescript would fight over node_modules/.bin/tsc there). Reinstalled only when the
//    lockfile changed.
mkdirSync(toolchain, { recursive: true });
const lock = readFileSync(join(root, "test/consumer/typescript/package-lock.json"), "utf8");
const installedLock = join(toolchain, "package-lock.json");
if (
  !existsSync(installedLock) ||
  readFileSync(installedLock, "utf8") !== lock ||
  !versions.every((v) => existsSync(v.tsc))
) {
  copyFileSync(join(root, "test/consumer/typescript/package.json"), join(toolchain, "package.json"));
  writeFileSync(installedLock, lock);
  sh("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], toolchain);
}

// 2. The tarball, as `npm publish` would send it, installed the way a user installs it.
const project = join(work, "project");
if (!process.argv.includes("--no-pack") || !existsSync(join(project, "node_modules", "iacml"))) {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const f of readdirSync(work)) if (f.endsWith(".tgz")) rmSync(join(work, f));
  const [{ filename }] = JSON.parse(
    sh("npm", ["pack", "--json", "--pack-destination", work, "--ignore-scripts"], root),
  );
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }, null, 2));
  sh(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--no-package-lock",
      "--ignore-scripts",
      join(work, filename),
    ],
    project,
  );
}

// The guides are read from the installed package: every relative link of its README and of its
// docs/*.md must reach a file that is in the tarball.
const installed = join(project, "node_modules", pkg.name);
const broken = [];
const pages = [
  "README.md",
  ...readdirSync(join(installed, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];
for (const page of pages) {
  const text = readFileSync(join(installed, page), "utf8");
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
    const file = join(installed, page, "..", decodeURIComponent(target.split("#")[0]));
    if (!existsSync(file)) broken.push(`${page} → ${target}`);
  }
}
if (broken.length) {
  console.error(`✗ links of the installed package that reach no file in the tarball:\n  ${broken.join("\n  ")}`);
  process.exit(1);
}
console.log(`installed package: ${pages.length} pages, every relative link reaches a file in the tarball`);

// 3. One project per resolution, beside node_modules (so each resolves the same install).
const subpaths = Object.keys(pkg.exports).filter((k) => k !== "./package.json");
const entries = subpaths.map(
  (k, i) => `import * as entry${i} from "${k === "." ? pkg.name : `${pkg.name}/${k.slice(2)}`}";`,
);
entries.push(`export const everyEntry = [${subpaths.map((_, i) => `entry${i}`).join(", ")}];`);
for (const r of resolutions) {
  const dir = join(project, r.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `consumer-${r.name}`, private: true, type: r.type }, null, 2),
  );
  copyFileSync(join(root, "test/consumer/app.ts"), join(dir, "app.ts"));
  writeFileSync(join(dir, "entries.ts"), `${entries.join("\n")}\n`);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { ...strictest, ...r.options }, files: ["app.ts", "entries.ts"] }, null, 2),
  );
}

// 4. Every version × resolution, as many at once as there are cores.
const jobs = versions.flatMap((v) => resolutions.map((r) => ({ v, r })));
const results = new Map();
function check({ v, r }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [v.tsc, "-p", join(project, r.name, "tsconfig.json"), "--pretty", "false"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("close", (code) => {
      results.set(`${v.name} ${r.name}`, { ok: code === 0, output: output.trim() });
      resolve();
    });
  });
}
const queue = [...jobs];
await Promise.all(
  Array.from({ length: Math.max(1, Math.min(cpus().length, 4)) }, async () => {
    while (queue.length) await check(queue.shift());
  }),
);

const width = Math.max(...resolutions.map((r) => r.name.length)) + 2;
console.log(`${"TypeScript".padEnd(12)}${resolutions.map((r) => r.name.padEnd(width)).join("")}`);
for (const v of versions) {
  console.log(
    `${v.name.padEnd(12)}${resolutions.map((r) => (results.get(`${v.name} ${r.name}`).ok ? "pass" : "FAIL").padEnd(width)).join("")}`,
  );
}
const failed = [...results].filter(([, r]) => !r.ok);
for (const [name, r] of failed) console.error(`\n✗ TypeScript ${name}:\n${r.output}`);
console.log(
  `consumer matrix: ${jobs.length - failed.length} of ${jobs.length} passed in ${seconds()} s (${subpaths.length} entry points, skipLibCheck false)`,
);
process.exit(failed.length ? 1 : 0);
