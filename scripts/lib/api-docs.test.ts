import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { renderApiDocs } from "./api-docs"
import { ROOT } from "./paths"

describe("docs/api.md", () => {
  it("matches the backend's routes (run `npm run docs:api` after changing a route)", () => {
    expect(readFileSync(path.join(ROOT, "docs", "api.md"), "utf8")).toBe(renderApiDocs())
  })

  it("gives every route a one-line summary", () => {
    expect(renderApiDocs()).not.toMatch(/\| {2}\|$/m)
  })
})
