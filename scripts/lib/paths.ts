import path from "node:path"
import { fileURLToPath } from "node:url"

/** The monorepo root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

/** Where the demo keeps its database, outbox and state between runs. */
export const DATA_DIR = path.join(ROOT, ".data")

export const BACKEND_DIR = path.join(ROOT, "backend")

/** Medusa's production build output, from which the backend is served. */
export const BACKEND_BUILD_DIR = path.join(BACKEND_DIR, ".medusa", "server")
