import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './browser';
import { run } from './run';

/**
 * `npm test`: typecheck, lint (Biome: biome.jsonc), unit tests, both builds, end-to-end tests in real Chromium.
 * Says the steps and the tests apart (with the tests skipped), then ends with one plain line, `N passed, N failed`,
 * counting every test plus each step that is not a test suite (typecheck, lint, builds); exits non-zero if
 * anything failed.
 */

const reports = resolve(ROOT, '.output/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];
const steps = { passed: 0, failed: 0 };
const tests = { passed: 0, failed: 0, skipped: 0, suites: [] as string[] };

async function step(name: string, cmd: string, args: string[]): Promise<boolean> {
  console.log(`\n▶ ${name}`);
  const ok = (await run(cmd, args)) === 0;
  if (ok) {
    passed++;
    steps.passed++;
  } else {
    failed++;
    steps.failed++;
    failures.push(name);
  }
  return ok;
}

async function suite(name: string, args: string[]): Promise<void> {
  console.log(`\n▶ ${name}`);
  const out = resolve(reports, `${name.replace(/\W+/g, '-')}.json`);
  const code = await run('vitest', ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (!existsSync(out)) {
    failed++;
    failures.push(`${name} (did not run)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests?: number;
    numTodoTests?: number;
    testResults: { status: string; name: string; message?: string }[];
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  tests.passed += report.numPassedTests;
  tests.failed += report.numFailedTests;
  tests.skipped += skipped;
  tests.suites.push(`${name} ${report.numPassedTests + report.numFailedTests}${skipped ? ` (+${skipped} skipped)` : ''}`);
  // A file that fails to load has no failed tests but is a failure all the same.
  const broken = report.testResults.filter((f) => f.status === 'failed' && !report.numFailedTests);
  if (broken.length || (code !== 0 && report.numFailedTests === 0)) {
    failed += Math.max(1, broken.length);
    tests.failed += Math.max(1, broken.length);
    failures.push(`${name} (suite error)`);
  } else if (report.numFailedTests) failures.push(`${name} (${report.numFailedTests} failed)`);
}

await step('typecheck', 'tsc', ['--noEmit']);
await step('lint', 'biome', ['ci', '.']);
await suite('unit', []);
const chrome = await step('build chrome', 'wxt', ['build']);
await step('build firefox', 'wxt', ['build', '-b', 'firefox']);
if (chrome) await suite('e2e', ['--config', 'vitest.e2e.config.ts']);
else {
  failed++;
  failures.push('e2e (not run: the Chrome build failed)');
}

console.log(`\nSteps: ${steps.passed} passed, ${steps.failed} failed (typecheck, lint, builds)`);
console.log(`Tests: ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped (${tests.suites.join('; ')})`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
