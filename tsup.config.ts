import { defineConfig } from "tsup";

const modules = ["core", "entities", "cycle", "mandates", "budget", "calendar", "reports", "data"];

export default defineConfig({
  entry: {
    index: "src/index.ts",
    ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
  },
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "neutral",
  dts: { compilerOptions: { ignoreDeprecations: "6.0", paths: {} } },
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  external: ["zod", "date-fns", "decimal.js", "ical.js"],
});
