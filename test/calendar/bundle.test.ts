import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../../src/calendar/index.ts", import.meta.url));

async function inputsOf(names: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    metafile: true,
    logLevel: "silent",
    mainFields: ["module", "main"],
  });
  // Inputs esbuild read but shook out entirely have 0 bytes in the output.
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
}

describe("tree-shaking of iacml/calendar", () => {
  it("importing findConflicts pulls neither ical.js, decimal.js nor zod", async () => {
    const inputs = await inputsOf("findConflicts");
    expect(inputs.filter((p) => /ical\.js|decimal|node_modules\/zod/.test(p))).toEqual([]);
  });

  it("importing toICalendar pulls ical.js", async () => {
    const inputs = await inputsOf("toICalendar");
    expect(inputs.some((p) => p.includes("ical.js"))).toBe(true);
  });
});
