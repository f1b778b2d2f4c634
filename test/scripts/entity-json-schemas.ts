// Every zod schema exported by the package (entities, cycle, mandates, budget, calendar, core) (names ending in "Schema"), as JSON Schema of its
// input (what a JSON document must look like), keyed by the entity name without "Schema".
import * as z from "zod";
import * as entities from "../../src/index.js";

export function entityJsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(entities).sort(([a], [b]) => a.localeCompare(b))) {
    if (!name.endsWith("Schema") || !(value instanceof z.ZodType)) continue;
    out[name.slice(0, -"Schema".length)] = z.toJSONSchema(value, { io: "input", unrepresentable: "any" });
  }
  return out;
}
