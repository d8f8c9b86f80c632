import { describe, expect, it } from "vitest"
import { newOrderIds } from "./new-orders"

describe("newOrderIds", () => {
  it("announces nothing on the first read", () => {
    expect(newOrderIds(null, ["order_1", "order_2"])).toEqual([])
  })

  it("returns only the orders not seen before, in the list's order", () => {
    expect(newOrderIds(new Set(["order_1"]), ["order_3", "order_1", "order_2"])).toEqual(["order_3", "order_2"])
  })

  it("returns nothing when orders only left the list", () => {
    expect(newOrderIds(new Set(["order_1", "order_2"]), ["order_2"])).toEqual([])
  })
})
