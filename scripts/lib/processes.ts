import { spawn, type ChildProcess } from "node:child_process"
import { appendFileSync, mkdirSync } from "node:fs"
import path from "node:path"

/** Options for a child process run from the scripts. */
export interface RunOptions {
  cwd: string
  env?: Record<string, string | undefined>
  /** Prefix printed before each output line; output is hidden when `quiet`. */
  label?: string
  quiet?: boolean
  /** A file that keeps the whole output (a quiet test backend's log). */
  logFile?: string
}

function childEnv(env: RunOptions["env"]): NodeJS.ProcessEnv {
  return { ...process.env, ...env }
}

function pipeOutput(child: ChildProcess, options: RunOptions, sink: string[]): void {
  if (options.logFile) mkdirSync(path.dirname(options.logFile), { recursive: true })
  const onData = (chunk: Buffer) => {
    const text = chunk.toString()
    if (options.logFile) appendFileSync(options.logFile, text)
    sink.push(text)
    if (sink.length > 400) sink.shift()
    if (!options.quiet) {
      for (const line of text.split("\n").filter(Boolean)) {
        process.stdout.write(options.label ? `[${options.label}] ${line}\n` : `${line}\n`)
      }
    }
  }
  child.stdout?.on("data", onData)
  child.stderr?.on("data", onData)
}

/** Runs a command to completion; rejects with its last output when it fails. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: childEnv(options.env) })
    const output: string[] = []
    pipeOutput(child, options, output)
    child.on("error", reject)
    child.on("exit", (code) => {
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output.join("").slice(-4000)}`))
    })
  })
}

/** A long-running child process (a server) and a way to stop it. */
export interface Service {
  child: ChildProcess
  output: string[]
  stop(): Promise<void>
}

/** Starts a long-running process; `stop` sends SIGTERM, then SIGKILL after 10 s. */
export function startService(command: string, args: string[], options: RunOptions): Service {
  const child = spawn(command, args, { cwd: options.cwd, env: childEnv(options.env) })
  const output: string[] = []
  pipeOutput(child, options, output)
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  return {
    child,
    output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill("SIGTERM")
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Polls `url` until it answers 2xx, or fails after `timeoutMs` (or when `service` dies). */
export async function waitForHttp(url: string, timeoutMs: number, service?: Service): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service && service.child.exitCode !== null) {
      throw new Error(`Process exited before ${url} answered:\n${service.output.join("").slice(-4000)}`)
    }
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
