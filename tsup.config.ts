import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

// JavaScript only: the declarations come from `tsc -p tsconfig.build.json`, run beside tsup by
// test/scripts/build.mjs (`npm run build`), which also empties dist/ first (so no `clean` here:
// the two run at the same time into the same folder).
//
// The entry points are those of package.json's exports map (`"./core"` is `src/core/index.ts`),
// and every runtime dependency stays external: a new module or dependency needs no edit here.
const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
};
const modules = Object.keys(pkg.exports)
  .filter((key) => key !== "." && key !== "./package.json")
  .map((key) => key.slice(2));
const entry = {
  index: "src/index.ts",
  ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
};
const shared: Options = {
  target: "es2022",
  platform: "neutral",
  sourcemap: false,
  external: Object.keys(pkg.dependencies),
  dts: false,
  clean: false,
};

export default defineConfig([
  // ESM keeps one output file per source module (no bundling), so a user's bundler can drop
  // every module whose exports are unused (`sideEffects: false`): importing `parseDateSpec`
  // does not bring the zod schemas that live beside it in `iacml/core`.
  { ...shared, entry: ["src/**/*.ts"], format: ["esm"], bundle: false },
  // CommonJS is bundled per entry point (with shared chunks), since `require` cannot tree-shake.
  { ...shared, entry, format: ["cjs"], splitting: true, treeshake: true },
]);
