// `npm run schemas`: writes the JSON Schema (draft 2020-12) of every zod schema the package
// exports to docs/schemas/<Name>.json, for consumers that do not use TypeScript.
// test/entities/json-schemas.test.ts fails when these files are stale.
import { mkdirSync, writeFileSync } from "node:fs";
import { entityJsonSchemas } from "./entity-json-schemas.js";

const dir = new URL("../../docs/schemas/", import.meta.url);
mkdirSync(dir, { recursive: true });
const schemas = entityJsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schemas to docs/schemas/`);
