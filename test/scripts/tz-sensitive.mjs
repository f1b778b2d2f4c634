// Which test files can give a different answer under another time zone: those that reach, through
// their imports, code that reads the host's zone. The gate runs the whole suite under TZ=UTC and
// only these files again under the other zones (vitest.zones.config.ts), which is what a time
// zone run can catch; a file that never reaches such code computes the same in every zone.
//
// Reading the host's zone means: constructing or reading a `Date` (its local-time getters and
// string parsing), `Date.*`, `Intl.DateTimeFormat`, `toLocale*`, date-fns (which works on local
// `Date`s), fast-check's `fc.date`, and the libraries that handle dates on their own (ical.js,
// node-ical, docx, mammoth, and edtf.js, an oracle of the date-spec tests). The library's own
// date code is integer arithmetic on `PlainDate` strings, so few source files match; tests that
// use `Date`, date-fns or edtf.js as an oracle do.
//
// The import graph is followed through relative imports, `iacml` and `iacml/<module>` (as
// vitest.config.ts aliases them to src/), `import()` and `export … from`. Comments are ignored.
// It errs on the side of running a file: a barrel that re-exports a sensitive file makes every
// importer of the barrel sensitive.
//
// CLI: node test/scripts/tz-sensitive.mjs [--explain]  (prints the files, one a line)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(new URL("../..", import.meta.url).pathname);

const SENSITIVE =
  /\bnew Date\b|\bDate\.\w|\bDate\(|\.get(?:UTC)?(?:Hours|Date|Day|Month|FullYear|Minutes|Seconds|Time|TimezoneOffset)\(|\.toLocale\w*\(|\bIntl\.DateTimeFormat\b|\bfc\.date\(|["'](?:date-fns(?:\/[\w-]+)?|ical\.js|node-ical|docx|mammoth|edtf)["']/;

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(?:m?ts|mjs)$/.test(entry.name)) yield path;
  }
}

/** The code of a file without its comments (well enough for these patterns). */
function code(path) {
  return readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

function resolveImport(from, specifier) {
  if (specifier === "iacml") return join(root, "src/index.ts");
  const pkg = /^iacml\/([\w-]+)$/.exec(specifier);
  if (pkg) return join(root, "src", pkg[1], "index.ts");
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base,
    base.replace(/\.js$/, ".ts"),
    base.replace(/\.mjs$/, ".mts"),
    `${base}.ts`,
    join(base, "index.ts"),
  ]) {
    if (existsSync(candidate) && !candidate.endsWith("/")) {
      try {
        if (readdirSync(candidate)) continue; // a directory
      } catch {
        return candidate;
      }
    }
  }
  return undefined;
}

/** Every test file that can depend on the host's time zone, with the reason for each. */
export function timeZoneSensitiveTests() {
  const memo = new Map();
  // Depth-first with a memo; a cycle counts as not sensitive while it is being visited.
  function reason(path) {
    if (memo.has(path)) return memo.get(path);
    memo.set(path, null);
    const text = code(path);
    const own = SENSITIVE.exec(text);
    let found = own ? `${relative(root, path)}: ${own[0]}` : null;
    if (!found) {
      for (const [, specifier] of text.matchAll(IMPORT)) {
        const target = resolveImport(path, specifier);
        if (target === undefined) continue;
        const why = reason(target);
        if (why) {
          found = why;
          break;
        }
      }
    }
    memo.set(path, found);
    return found;
  }
  const result = [];
  for (const path of files(join(root, "test"))) {
    if (!path.endsWith(".test.ts")) continue;
    const why = reason(path);
    if (why) result.push({ file: relative(root, path), why });
  }
  return result.sort((a, b) => a.file.localeCompare(b.file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const explain = process.argv.includes("--explain");
  for (const { file, why } of timeZoneSensitiveTests()) console.log(explain ? `${file}  (${why})` : file);
}
