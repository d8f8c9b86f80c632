/**
 * `npm test`: unit tests of every workspace, then the integration and e2e suites
 * against one running marketplace; `npm run test:resilience`: the resilience suites. Prints each
 * runner's summary, then the total, and exits from the JSON reports rather than vitest's exit
 * code (seen at 0 after failed tests of suites that start and kill child processes).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { DATA_DIR, ROOT } from "./lib/paths"
import { run } from "./lib/processes"

interface Suite {
  name: string
  args: string[]
  /** Run only when named (`npm run test:resilience` names it), never by a bare `npm test`. */
  onlyWhenNamed?: boolean
}

interface VitestJson {
  success: boolean
  numFailedTestSuites: number
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
}

const ALL: Suite[] = [
  { name: "unit", args: [] },
  { name: "integration-e2e", args: ["--config", "tests/vitest.config.ts"] },
  { name: "resilience", args: ["--config", "tests/resilience/vitest.config.ts"], onlyWhenNamed: true },
]
// Arguments naming a suite choose it; the others (test file filters) go to vitest.
const cliArgs = process.argv.slice(2)
const only = cliArgs.filter((arg) => ALL.some((suite) => suite.name === arg))
const filters = cliArgs.filter((arg) => !only.includes(arg))
const suites = ALL.filter((suite) => (only.length === 0 ? !suite.onlyWhenNamed : only.includes(suite.name)))

const resultsDir = path.join(DATA_DIR, "test-results")
rmSync(resultsDir, { recursive: true, force: true })
mkdirSync(resultsDir, { recursive: true })

let passed = 0
let failed = 0
let skipped = 0
let broken = false

for (const suite of suites) {
  const output = path.join(resultsDir, `${suite.name}.json`)
  process.stdout.write(`\n=== ${suite.name} ===\n`)
  try {
    await run(
      "npx",
      ["vitest", "run", ...suite.args, ...filters, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`],
      { cwd: ROOT }
    )
  } catch {
    broken = true
  }
  if (existsSync(output)) {
    const result = JSON.parse(readFileSync(output, "utf8")) as VitestJson
    passed += result.numPassedTests
    failed += result.numFailedTests
    // A suite whose setup fails counts no failed test, only a failed suite.
    if (!result.success || result.numFailedTestSuites > 0) broken = true
    skipped += result.numPendingTests + result.numTodoTests
  } else {
    broken = true
    process.stdout.write(`${suite.name}: the runner produced no results\n`)
  }
}

process.stdout.write(`\nTotal: ${passed} passed, ${failed} failed, ${skipped} skipped\n`)
process.exit(broken || failed > 0 || passed === 0 ? 1 : 0)
