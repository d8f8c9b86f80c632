import { createHash } from "node:crypto"
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs"
import path from "node:path"
import { DATA_DIR, ROOT } from "./paths"

const SKIP = new Set(["node_modules", "dist", ".medusa", ".data", ".git", "screenshots"])

function collect(entry: string, files: string[]): void {
  if (!existsSync(entry)) return
  const stat = statSync(entry)
  if (stat.isFile()) {
    files.push(entry)
    return
  }
  for (const name of readdirSync(entry).sort()) {
    if (!SKIP.has(name)) collect(path.join(entry, name), files)
  }
}

/** A hash of the contents of the given files and folders (relative to the repo root). */
export function fingerprint(entries: string[]): string {
  const hash = createHash("sha256")
  for (const entry of entries) {
    const files: string[] = []
    collect(path.join(ROOT, entry), files)
    for (const file of files) {
      hash.update(path.relative(ROOT, file))
      hash.update(readFileSync(file))
    }
  }
  return hash.digest("hex")
}

const STATE_FILE = path.join(DATA_DIR, "state.json")

function readState(): Record<string, string> {
  return existsSync(STATE_FILE) ? (JSON.parse(readFileSync(STATE_FILE, "utf8")) as Record<string, string>) : {}
}

/**
 * Runs `task` unless the fingerprint recorded under `key` still matches and `output`
 * exists; records the new fingerprint after success. Returns whether the task ran.
 */
export async function runIfChanged(
  key: string,
  print: string,
  output: string | undefined,
  task: () => Promise<void>
): Promise<boolean> {
  const state = readState()
  const outputPresent = output === undefined || existsSync(output)
  if (state[key] === print && outputPresent) return false
  await task()
  mkdirSync(DATA_DIR, { recursive: true })
  writeFileSync(STATE_FILE, JSON.stringify({ ...readState(), [key]: print }, null, 2))
  return true
}
