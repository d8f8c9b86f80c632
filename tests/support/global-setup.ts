import type { TestProject } from "vitest/node"
import { startStack, type StackInfo } from "./stack"

declare module "vitest" {
  export interface ProvidedContext {
    stack: StackInfo
  }
}

/** Starts the marketplace once for the integration and e2e suites; tears it down after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now()
  const { info, stop } = await startStack((line) => process.stdout.write(`[stack] ${line}\n`))
  process.stdout.write(`[stack] ready in ${Math.round((Date.now() - started) / 1000)} s at ${info.backendUrl}\n`)
  project.provide("stack", info)
  return stop
}
