// The API reference (`npm run docs`, and the gate's last step, warnings as errors). Its entry
// points are those of package.json's exports map, so a new module is documented without an edit
// here. It reads tsconfig.build.json (only `src`), so examples and tests that import dist/ do not
// have to compile before a build. Each guide in docs/ is a project document of the reference,
// linked from its navigation and from the README's relative links.
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const modules = Object.keys(pkg.exports)
  .filter((key) => key !== "." && key !== "./package.json")
  .map((key) => `src/${key.slice(2)}/index.ts`);

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  entryPoints: ["src/index.ts", ...modules],
  tsconfig: "tsconfig.build.json",
  out: "docs/api",
  name: "iacml",
  readme: "README.md",
  projectDocuments: ["docs/*.md"],
  treatWarningsAsErrors: true,
  // No git remote yet: source links would point nowhere (and warn).
  disableSources: true,
  excludePrivate: true,
  intentionallyNotExported: ["en"],
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  requiredToBeDocumented: ["Function", "Class", "Interface", "TypeAlias", "Variable", "Enum", "Method", "Accessor"],
};
