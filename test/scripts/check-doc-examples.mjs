// Every export of every public entry must carry TSDoc with an @example, and every ```ts block in
// an @example, the README and the guides in docs/ must type-check against the library (through the package name, as a user writes
// it). Fails with the list of exports lacking an example and the compiler's errors.
import ts from "typescript";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
// The public entries are those of package.json's exports map ("./core" is src/core/index.ts).
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const entries = Object.keys(pkg.exports)
  .filter((key) => key !== "./package.json")
  .map((key) => join(root, "src", key === "." ? "index.ts" : `${key.slice(2)}/index.ts`));
const config = ts.getParsedCommandLineOfConfigFile(
  join(root, "tsconfig.json"),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
const program = ts.createProgram(entries, config.options);
const checker = program.getTypeChecker();

const missing = [];
const blocks = new Map();
for (const entry of entries) {
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry));
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    for (const decl of symbol.declarations ?? []) {
      const file = decl.getSourceFile();
      const where = `${relative(root, file.fileName)}: ${symbol.name}`;
      const examples = ts.getJSDocTags(decl).filter((t) => t.tagName.text === "example");
      const host = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
      const tags = examples.length > 0 ? examples : ts.getJSDocTags(host).filter((t) => t.tagName.text === "example");
      if (tags.length === 0) {
        missing.push(where);
        continue;
      }
      tags.forEach((tag, i) => {
        const text = typeof tag.comment === "string" ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? "");
        const code = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).join("\n");
        if (code.trim() === "") missing.push(`${where} (example has no \`\`\`ts block)`);
        else blocks.set(`${relative(root, file.fileName)}--${symbol.name}--${i}`, code);
      });
    }
  }
}

// The README's and the guides' ```ts blocks are examples users copy too.
for (const doc of [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
]) {
  const text = readFileSync(join(root, doc), "utf8");
  [...text.matchAll(/```ts\n([\s\S]*?)```/g)].forEach((m, i) => blocks.set(`${doc}--${i}`, m[1]));
}

const out = join(root, ".tmp", "doc-examples");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = [];
for (const [name, code] of blocks) {
  const file = join(out, `${name.replace(/[^A-Za-z0-9_-]+/g, "_")}.ts`);
  writeFileSync(file, `${code}\nexport {};\n`);
  files.push(file);
}
const exampleProgram = ts.createProgram(files, { ...config.options, noUnusedLocals: false, noUnusedParameters: false });
const diagnostics = ts.getPreEmitDiagnostics(exampleProgram).filter((d) => d.file && files.includes(d.file.fileName));
if (diagnostics.length > 0) {
  console.error(
    ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => "\n",
    }),
  );
}
if (missing.length > 0) console.error(`Exports without a compiling @example:\n  ${[...new Set(missing)].join("\n  ")}`);
console.log(
  `doc examples: ${blocks.size} examples compiled, ${diagnostics.length} errors, ${new Set(missing).size} exports without an example`,
);
process.exit(diagnostics.length > 0 || missing.length > 0 ? 1 : 0);
