// vitest reads its settings only from a config file (not from package.json), hence this file.
import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^iacml\/(.*)$/, replacement: src("$1/index.ts") },
      { find: /^iacml$/, replacement: src("index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/index.ts", "src/**/types.ts"],
      thresholds: { lines: 95 },
      reporter: ["text-summary"],
    },
    benchmark: { include: ["test/**/*.bench.ts"] },
  },
});
