// The suite again under the other time zones of the gate (TZ=UTC runs it whole, with coverage
// and the type tests): only the test files that can depend on the host's zone
// (test/scripts/tz-sensitive.mjs explains the rule), each zone a vitest project with its own
// `TZ`, all in one run so the two cores stay busy. Usage: `npx vitest run -c vitest.zones.config.ts`.
//
// `isolate: false`: the files of one zone share their workers' module cache, so the library and
// zod are loaded once per worker, not once per file (most of this run's time otherwise). The
// files passed isolated under TZ=UTC just before; each project (zone) has its own workers, so
// a module is never evaluated under one zone and used under another.
import { defineConfig } from "vitest/config";
import base from "./vitest.config";
import { timeZoneSensitiveTests } from "./test/scripts/tz-sensitive.mjs";

export const zones = ["America/Santiago", "Pacific/Kiritimati", "America/St_Johns"];
const files = timeZoneSensitiveTests().map((t) => t.file);

export default defineConfig({
  resolve: base.resolve,
  test: {
    maxWorkers: 2,
    testTimeout: base.test?.testTimeout,
    hookTimeout: base.test?.hookTimeout,
    projects: zones.map((tz) => ({
      resolve: base.resolve,
      test: {
        name: tz,
        include: files,
        env: { TZ: tz },
        isolate: false,
        testTimeout: base.test?.testTimeout,
        hookTimeout: base.test?.hookTimeout,
      },
    })),
  },
});
