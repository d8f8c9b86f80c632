import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { DATA_DIR } from "./paths"

/** Secrets of the local demo, generated once and kept under `.data/` (never committed). */
export interface LocalSecrets {
  jwtSecret: string
  cookieSecret: string
}

/** Reads the demo's secrets, creating them on first use. */
export function localSecrets(): LocalSecrets {
  const file = path.join(DATA_DIR, "secrets.json")
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets
  const secrets = {
    jwtSecret: randomBytes(32).toString("hex"),
    cookieSecret: randomBytes(32).toString("hex"),
  }
  mkdirSync(DATA_DIR, { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
