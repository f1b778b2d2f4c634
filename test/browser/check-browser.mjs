// The package in a real browser: bundles examples/browser/main.ts with esbuild, resolving every
// `iacml/...` import to the built ESM files in dist/ through the package's exports map (as a
// user's bundler would), serves the page on 127.0.0.1, opens it in Debian's Chromium driven by
// playwright-core, and checks what the page shows. Writes a screenshot to .tmp/browser/page.png.
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const out = join(root, ".tmp", "browser");
mkdirSync(out, { recursive: true });
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

const resolveThroughExports = {
  name: "iacml-from-dist",
  setup(b) {
    b.onResolve({ filter: /^iacml(\/.*)?$/ }, (args) => {
      const target = pkg.exports[`.${args.path.slice("iacml".length)}`]?.import?.default;
      if (!target) return { errors: [{ text: `iacml does not export ${args.path}` }] };
      return { path: join(root, target) };
    });
  },
};

const result = await build({
  entryPoints: [join(root, "examples", "browser", "main.ts")],
  outfile: join(out, "main.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  metafile: true,
  logLevel: "error",
  plugins: [resolveThroughExports],
});
copyFileSync(join(root, "examples", "browser", "index.html"), join(out, "index.html"));
const bundleBytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);

const server = createServer((req, res) => {
  const file = req.url === "/" ? "index.html" : req.url.slice(1);
  try {
    const body = readFileSync(join(out, file));
    res.writeHead(200, { "content-type": file.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

// Generous timeouts: the gate runs this beside other steps, on a 2-core machine that may be busy.
const browser = await chromium.launch({
  timeout: 120_000,
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const failures = [];
try {
  const page = await browser.newPage({
    viewport: { width: 1100, height: 900 },
    timezoneId: "Pacific/Kiritimati",
    locale: "es-CO",
  });
  page.on("pageerror", (e) => failures.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && failures.push(`console error: ${m.text()}`));
  await page.goto(url, { timeout: 120_000 });
  await page.waitForSelector("[data-state=done], [data-state=failed]", { timeout: 120_000 });
  const state = await page.getAttribute("main", "data-state");
  const shown = await page.evaluate(() => window.iacmlResult);
  await page.screenshot({ path: join(out, "page.png"), fullPage: true });
  if (state !== "done") failures.push(`page state is ${state}: ${await page.textContent("main")}`);
  const { expectations } = await import("../../examples/browser/expectations.mjs");
  for (const [what, check] of Object.entries(expectations)) {
    if (!check(shown)) failures.push(`page does not show ${what}: ${JSON.stringify(shown)}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(
  `browser: page computed and showed everything expected (bundle ${(bundleBytes / 1024).toFixed(1)} kB minified; screenshot .tmp/browser/page.png)`,
);
