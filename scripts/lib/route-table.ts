import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

/** The backend's `src/api` folder, where Medusa finds its route files. */
export const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../backend/src/api")

const HANDLER = /(?:\/\*\*\s*((?:(?!\*\/)[\s\S])*?)\s*\*\/\s*)?export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|DELETE|PUT|PATCH)\b/g

/** One HTTP route of the backend: method and path pattern (`:param` segments). */
export interface ApiRoute {
  method: "GET" | "POST" | "DELETE" | "PUT" | "PATCH"
  path: string
  params: string[]
  /** The handler's one-line doc comment. */
  summary: string
  /** The route file, absolute. */
  file: string
}

function walk(dir: string, files: string[]): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) walk(full, files)
    else if (name === "route.ts") files.push(full)
  }
}

/**
 * The backend's route table for a prefix, read the way Medusa reads it: every `route.ts`
 * under `src/api/`, its folder path (`[id]` → `:id`) and its exported HTTP methods.
 * A new route file is therefore covered by every test that iterates this table.
 */
export function routeTable(prefix: string): ApiRoute[] {
  const files: string[] = []
  walk(path.join(API_DIR, prefix.replace(/^\//, "")), files)
  return files.sort().flatMap((file) => {
    const segments = path.relative(API_DIR, path.dirname(file)).split(path.sep)
    const params = segments.filter((s) => s.startsWith("[")).map((s) => s.slice(1, -1))
    const routePath = "/" + segments.map((s) => (s.startsWith("[") ? `:${s.slice(1, -1)}` : s)).join("/")
    const source = readFileSync(file, "utf8")
    return [...source.matchAll(HANDLER)].map((match) => ({
      method: match[2] as ApiRoute["method"],
      path: routePath,
      params,
      summary: (match[1] ?? "").replace(/^\*\s*/, "").replace(/\s*\n\s*\*\s*/g, " ").trim(),
      file,
    }))
  })
}
