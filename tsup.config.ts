import { defineConfig, type Options } from "tsup";

const modules = ["core", "entities", "cycle", "mandates", "budget", "calendar", "reports", "data"];
const entry = {
  index: "src/index.ts",
  ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
};
const shared: Options = {
  target: "es2022",
  platform: "neutral",
  sourcemap: false,
  external: ["zod", "date-fns", "decimal.js", "ical.js"],
  dts: { entry, compilerOptions: { ignoreDeprecations: "6.0", paths: {} } },
};

export default defineConfig([
  // ESM keeps one output file per source module (no bundling), so a user's bundler can drop
  // every module whose exports are unused (`sideEffects: false`): importing `parseDateSpec`
  // does not bring the zod schemas that live beside it in `iacml/core`.
  { ...shared, entry: ["src/**/*.ts"], format: ["esm"], bundle: false, clean: true },
  // CommonJS is bundled per entry point (with shared chunks), since `require` cannot tree-shake.
  { ...shared, entry, format: ["cjs"], splitting: true, treeshake: true },
]);
