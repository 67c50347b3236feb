#!/usr/bin/env bash
# `npm test`: typecheck, build (and bundle sizes), unit and browser tests, package checks and a smoke
# test of the packed tarball. The browser tests (test/browser) load dist/ in Chromium, so the build
# runs before Vitest.
#
# Every step runs even when an earlier one fails; the failures are listed at the end. The last
# line is always `N passed, M failed`, where N and M count Vitest's tests (from its JSON report,
# .tmp/vitest.json) plus one check per other step (typecheck, build, publint, attw, docs, smoke).
# Exits non-zero when anything failed. Extra arguments go to `vitest run`.
#
# Vitest crashing before it writes its report counts as a failure, as does a failed test file
# with no failed test in it (e.g. an import error) and a non-zero Vitest exit with no failure in
# the report. With CI set, skipped and todo tests count as failures too: nothing is skipped silently.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

REPORT=.tmp/vitest.json
passed=0
failed=0
failures=()
timings=()

header() {
  printf '\n==> %s\n' "$*"
}

# run_step NAME COMMAND...: runs a step that counts as one check.
run_step() {
  local name=$1
  shift
  header "$name: $*"
  local start=$SECONDS rc=0
  "$@" || rc=$?
  local took=$((SECONDS - start))
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1))
    timings+=("  ok    $name (${took}s)")
  else
    failed=$((failed + 1))
    failures+=("$name (exit $rc)")
    timings+=("  FAIL  $name (exit $rc, ${took}s)")
  fi
}

# --- (a) typecheck ----------------------------------------------------------------------------
run_step typecheck tsc --noEmit -p tsconfig.json

# --- (b) build --------------------------------------------------------------------------------
# tsup writes dist/ (the browser tests in (c) load it), then scripts/size.mjs prints the bundle sizes
# (min+gzip) next to their targets: a report only; it fails the step only when a built file is missing.
build() {
  tsup && node scripts/size.mjs
}
run_step build build

# --- (c) unit tests ---------------------------------------------------------------------------
header "vitest: TZ=UTC vitest run $*"
mkdir -p .tmp
rm -f "$REPORT"
start=$SECONDS
vitest_rc=0
TZ=UTC vitest run "$@" || vitest_rc=$?
took=$((SECONDS - start))

# Reads the JSON report; prints "PASSED FAILED" on the last line, details before it.
counts=$(
  CI_MODE="${CI:-}" VITEST_RC="$vitest_rc" node --input-type=module - "$REPORT" <<'EOF'
import { readFileSync } from "node:fs";
const file = process.argv[2];
let r;
try {
  r = JSON.parse(readFileSync(file, "utf8"));
} catch (e) {
  console.log(`vitest wrote no readable JSON report (${file}): ${e.message}`);
  console.log("0 1");
  process.exit(0);
}
const ci = process.env.CI_MODE !== "" && process.env.CI_MODE !== "false" && process.env.CI_MODE !== "0";
let pass = r.numPassedTests ?? 0;
let fail = r.numFailedTests ?? 0;
const files = r.testResults ?? [];
// a test file that failed without a failed test (import error, syntax error, no tests)
for (const f of files) {
  const failedInside = (f.assertionResults ?? []).some((a) => a.status === "failed");
  if (f.status === "failed" && !failedInside) {
    fail++;
    console.log(`FAILED FILE ${f.name}: ${String(f.message ?? "").split("\n")[0]}`);
  }
}
// skipped and todo tests: always listed; count as failures in CI
const skipped = [];
for (const f of files)
  for (const a of f.assertionResults ?? [])
    if (a.status !== "passed" && a.status !== "failed") skipped.push(`${a.status.toUpperCase()} ${a.fullName ?? a.title} (${f.name})`);
for (const s of skipped) console.log(s);
if (skipped.length) {
  if (ci) {
    console.log(`CI is set: the ${skipped.length} skipped/todo test(s) above count as failures`);
    fail += skipped.length;
  } else {
    console.log(`warning: ${skipped.length} test(s) skipped or todo (they would fail with CI set)`);
  }
}
if (Number(process.env.VITEST_RC) !== 0 && fail === 0) {
  console.log(`vitest exited with code ${process.env.VITEST_RC} but the report lists no failed test`);
  fail = 1;
}
if ((r.numTotalTests ?? 0) === 0 && fail === 0) {
  console.log("vitest ran no tests");
  fail = 1;
}
console.log(`${pass} ${fail}`);
EOF
) || counts=$'could not read the vitest report\n0 1'
details=$(printf '%s\n' "$counts" | sed '$d')
read -r v_pass v_fail <<<"$(printf '%s\n' "$counts" | tail -n 1)"
[ -n "$details" ] && printf '%s\n' "$details"
passed=$((passed + v_pass))
failed=$((failed + v_fail))
if [ "$v_fail" -eq 0 ]; then
  timings+=("  ok    vitest: $v_pass tests (${took}s)")
else
  failures+=("vitest ($v_fail failed, exit $vitest_rc)")
  timings+=("  FAIL  vitest: $v_pass passed, $v_fail failed (exit $vitest_rc, ${took}s)")
fi

# --- (d) publint ------------------------------------------------------------------------------
run_step publint publint --strict

# --- (e) attw ---------------------------------------------------------------------------------
# node16 profile: checks node16/nodenext (CJS and ESM) and bundler resolution; see the report
# for why node10 is left out.
run_step attw attw --pack . --profile node16

# --- (f) API docs: typedoc with warnings as errors (every export documented, links valid) --------
run_step docs typedoc --logLevel Warn

# --- (g) smoke test of the packed tarball -----------------------------------------------------
run_step smoke node scripts/smoke.mjs

# --- summary ----------------------------------------------------------------------------------
header "summary${CI:+ (CI=$CI)}"
printf '%s\n' "${timings[@]}"
if [ "${#failures[@]}" -gt 0 ]; then
  echo "failed: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
