#!/usr/bin/env bash
# The whole test gate (`npm test`): every step must pass. Prints one "gate: N passed, N failed"
# line at the end, counted from vitest's JSON reports.
#
# Steps that are one process on one core run side by side (`together`: each into its own log,
# shown in order when all are done), so both cores of a 2-core machine stay busy; the test
# suites use both cores by themselves and run alone.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/vitest-*.json .tmp/gate-*.log # an earlier gate's reports must not count in this one
start=$(date +%s)
step() { printf '\n\033[1m== %s\033[0m (at %d s)\n' "$*" "$(( $(date +%s) - start ))"; }

together() {
  local names=("$@") pids=() failed=()
  for name in "${names[@]}"; do
    (set -euo pipefail; "$name") >".tmp/gate-$name.log" 2>&1 &
    pids+=("$!")
  done
  for i in "${!names[@]}"; do
    wait "${pids[$i]}" || failed+=("${names[$i]}")
    cat ".tmp/gate-${names[$i]}.log"
  done
  if [ "${#failed[@]}" -gt 0 ]; then
    echo "✗ failed: ${failed[*]} (logs in .tmp/gate-<name>.log)"
    return 1
  fi
}

lint() {
  step "lint and format (Biome: npm run lint)"
  npm run --silent lint
}
typecheck() {
  step "typecheck (tsc --noEmit)"
  npx tsc --noEmit
}
doc_examples() {
  step "every export has an @example that compiles"
  node test/scripts/check-doc-examples.mjs
}
examples_and_browser() {
  step "examples against dist, through the package name, in ESM and CJS"
  node test/scripts/run-examples.mjs --check
  for version in 22 24; do
    step "examples on Node $version"
    IACML_NODE="node_modules/node$version/bin/node" node test/scripts/run-examples.mjs --check
  done
  step "in a real browser (esbuild bundle from dist, Debian's Chromium via playwright-core)"
  if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
    node test/browser/check-browser.mjs
  elif [ "${CI:-}" = "true" ]; then
    echo "Chromium is missing (.ci/run installs it with apt-get)"
    exit 1
  else
    echo "skipped: no Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium} (apt-get install chromium, or set CHROMIUM_PATH)"
  fi
}
package_checks() {
  step "packaging lint (publint --strict)"
  npx publint --strict
  step "types for every resolution (attw --pack)"
  npx attw --pack . --profile node16 --format table-flipped 2>&1 | tee .tmp/attw.txt
  npx attw --pack . --quiet
  step "size budgets (size-limit)"
  npx size-limit
  step "API reference (typedoc, warnings are errors)"
  npx typedoc --logLevel Warn
}
consumers() {
  step "the packed tarball as a user installs it: guides' links, then tsc 5.5, 5.9, 6.0 x nodenext ESM/CJS, node16, bundler"
  node test/scripts/consumer-matrix.mjs
}

together lint typecheck doc_examples

step "unit, property and type tests with coverage (TZ=UTC)"
TZ=UTC npx vitest run --coverage --reporter=default --reporter=json --outputFile.json=.tmp/vitest-UTC.json

step "again under TZ=America/Santiago, Pacific/Kiritimati and America/St_Johns: the $(node test/scripts/tz-sensitive.mjs | wc -l) test files that reach the host's zone"
# test/scripts/tz-sensitive.mjs says which files and why; one vitest run, one project per zone.
npx vitest run -c vitest.zones.config.ts --reporter=dot --reporter=json --outputFile.json=.tmp/vitest-zones.json

step "build (tsup for JavaScript, tsc for declarations)"
node test/scripts/build.mjs

together examples_and_browser package_checks consumers

echo "gate finished in $(( $(date +%s) - start )) s"
node test/scripts/summarize.mjs .tmp/vitest-*.json # the last line: "gate: N passed, N failed"
