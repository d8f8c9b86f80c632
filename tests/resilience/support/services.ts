import { execFileSync, spawn, type ChildProcess } from "node:child_process"
import { once } from "node:events"
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs"
import net from "node:net"
import { tmpdir, userInfo } from "node:os"
import path from "node:path"

/**
 * Ports of this checkout's resilience suites, among the ten its MIRASHOP_TEST_PORT_OFFSET owns
 * (offset 30: Redis 6430–6439, backends 9130–9139, Postgres 54360–54369). Index 0 of each is the
 * integration stack's or the shared-counter suite's: clusters start at 1.
 */
export const OFFSET = Number(process.env.MIRASHOP_TEST_PORT_OFFSET ?? 0)
export const ports = {
  redis: (i: number) => 6400 + OFFSET + i,
  backend: (i: number) => 9100 + OFFSET + i,
  postgres: (i: number) => 54330 + OFFSET + i,
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once something accepts TCP connections on the port, or rejects after `timeoutMs`. */
export async function waitForPort(port: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => resolve(socket.end() && true)).on("error", () => resolve(false))
    })
    if (up) return
    await sleep(100)
  }
  throw new Error(`nothing listens on ${port} after ${timeoutMs} ms`)
}

/** A redis-server of our own (the machine's is shared by every session: its queues would mix). */
export interface OwnRedis {
  url: string
  port: number
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>
  /** Starts it again on the same port and data folder (append-only file: queues survive). */
  start(): Promise<void>
}

/** Starts a Redis on `port`, persisting like production (append-only, no eviction) in a temp folder. */
export async function startRedis(port: number): Promise<OwnRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), "mirashop-redis-"))
  let child: ChildProcess | undefined
  const start = async () => {
    child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--maxmemory-policy", "noeviction"],
      { stdio: "ignore" }
    )
    await waitForPort(port)
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async kill() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, "exit")
      child.kill("SIGKILL")
      await exited
    },
    start,
  }
}

const PG_BIN = (() => {
  const root = "/usr/lib/postgresql"
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined
  return version ? path.join(root, version, "bin") : ""
})()

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user. */
function pgTool(tool: string, args: string[]): void {
  const binary = PG_BIN ? path.join(PG_BIN, tool) : tool
  if (userInfo().uid === 0) execFileSync("runuser", ["-u", "postgres", "--", binary, ...args], { stdio: "ignore" })
  else execFileSync(binary, args, { stdio: "ignore" })
}

/** A PostgreSQL server of our own, on a temp folder, that a test may stop and restart (never the machine's). */
export interface OwnPostgres {
  serverUrl: string
  port: number
  /** Stops it (fast shutdown: connections are cut, as in a restart). */
  stop(): Promise<void>
  start(): Promise<void>
  /** Stops it for good and removes its folder. */
  destroy(): Promise<void>
}

/** initdb + pg_ctl of the machine's PostgreSQL (same major version as its pg_dump and pg_restore). */
export async function startPostgres(port: number): Promise<OwnPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), "mirashop-pg-"))
  const data = path.join(dir, "data")
  mkdirSync(data)
  chmodSync(dir, 0o755)
  if (userInfo().uid === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim())
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim())
    chownSync(dir, uid, gid)
    chownSync(data, uid, gid)
  }
  pgTool("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--locale=C.UTF-8", "--encoding=UTF8"])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`
  const start = async () => {
    pgTool("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"])
    await waitForPort(port)
  }
  // A failed pg_ctl rejects (destroy() ignores it) rather than throwing.
  const stop = () => new Promise<void>((resolve) => resolve(pgTool("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"])))
  await start()
  return {
    serverUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop,
    start,
    async destroy() {
      await stop().catch(() => undefined)
      execFileSync("rm", ["-rf", dir])
    },
  }
}
