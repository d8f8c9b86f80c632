import { createRequire } from "node:module"
import { describe, expect, it } from "vitest"
import { stringify } from "./query-string"

// The real qs (what the sdk would call without the alias), loaded by Node: through Vite the
// bare name "qs" resolves to our module.
const { stringify: qsStringify } = createRequire(import.meta.url)("qs") as {
  stringify: (value: unknown, options: { skipNulls: boolean }) => string
}

const samples: Record<string, unknown>[] = [
  { limit: 24, offset: 0 },
  { fields: "id,email,items.id", q: "bocal confiure" },
  { q: "pâte à tartiner & co", trade: "boulangerie" },
  { in_stock: true, price: null, shop: undefined },
  { id: ["a", "b"], filters: { category: ["x y"], min: 3 } },
  { at: new Date("2026-12-02T10:00:00.000Z") },
]

describe("stringify (the sdk's query strings)", () => {
  it.each(samples)("writes what qs writes for %o", (query) => {
    expect(stringify(query, { skipNulls: true })).toBe(qsStringify(query, { skipNulls: true }))
  })

  it("keeps an empty value for null when nulls are not skipped", () => {
    expect(stringify({ a: null, b: 1 })).toBe("a=&b=1")
  })
})
