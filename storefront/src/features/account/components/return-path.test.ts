import { describe, expect, it } from "vitest"
import { safeReturnPath } from "./return-path"

describe("return path after sign-in", () => {
  it("goes back to a page of the site, and to the account otherwise", () => {
    expect(safeReturnPath("/commande")).toBe("/commande")
    expect(safeReturnPath(null)).toBe("/compte")
    expect(safeReturnPath("https://ailleurs.example")).toBe("/compte")
    expect(safeReturnPath("//ailleurs.example/x")).toBe("/compte")
  })
})
