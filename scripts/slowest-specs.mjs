#!/usr/bin/env node
/**
 * The ten slowest Playwright specs of the last run, from its JSON report (playwright.config.ts writes
 * test-results/e2e-report.json). `.ci/run` prints it after `npm test`, pass or fail: a spec creeping towards its
 * timeout shows here before it starts to flake.
 */
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/e2e-report.json';
const count = Number(process.argv[3] ?? 10);

/** Every test of a report suite tree, with its file, title path and the duration of its last attempt. */
function* testsOf(suite, titles = []) {
  const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      const last = test.results?.at(-1);
      if (last) yield { file: spec.file, title: [...path, spec.title].join(' › '), ms: last.duration, status: last.status };
    }
  }
  for (const child of suite.suites ?? []) yield* testsOf(child, path);
}

if (!existsSync(file)) {
  console.log(`[slowest-specs] no report at ${file} (the e2e suite did not run)`);
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const tests = (report.suites ?? []).flatMap((suite) => [...testsOf(suite)]).sort((a, b) => b.ms - a.ms);
console.log(`\nThe ${Math.min(count, tests.length)} slowest of ${tests.length} e2e specs:`);
for (const t of tests.slice(0, count)) {
  console.log(`${(t.ms / 1000).toFixed(1).padStart(7)} s  ${t.status.padEnd(8)} ${t.file}: ${t.title}`);
}
