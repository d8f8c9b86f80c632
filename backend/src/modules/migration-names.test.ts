import { readdirSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

const MODULES_DIR = __dirname

/** Every module's migration file names (`Migration<timestamp>.ts`), by module. */
function migrationsByModule(): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const entry of readdirSync(MODULES_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const dir = path.join(MODULES_DIR, entry.name, "migrations")
    try {
      result[entry.name] = readdirSync(dir).filter((file) => /^Migration\d+\.ts$/.test(file))
    } catch {
      result[entry.name] = []
    }
  }
  return result
}

describe("module migrations", () => {
  it("have names unique across modules: Medusa records them by name in one table, so a twin is skipped", () => {
    const seen = new Map<string, string>()
    const twins: string[] = []
    for (const [module, files] of Object.entries(migrationsByModule())) {
      for (const file of files) {
        const other = seen.get(file)
        if (other) twins.push(`${file} in ${other} and ${module}`)
        seen.set(file, module)
      }
    }
    expect(seen.size).toBeGreaterThan(5)
    expect(twins).toEqual([])
  })
})
