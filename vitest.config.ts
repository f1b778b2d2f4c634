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
    // Generous, so the gate passes with both cores of a 2-core machine busy (a property test that
    // takes 2 s alone takes 5-8 s there). Speed is measured by the benchmarks, never by a test.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // vitest's default on a 2-core machine is one worker (cores - 1); two keep both cores busy
    // once the type tests' tsc is done.
    maxWorkers: 2,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.typetests.json" },
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
