import type { MerchantStockAdjustmentResponse, MerchantStockJournalResponse, MerchantStockListResponse } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql } from "../../support/clients"
import { publishProduct } from "../../support/live-shop"
import { bearer, openShop } from "../../support/merchants"

async function stockLines(token: string): Promise<MerchantStockListResponse["inventory_levels"]> {
  const { status, body } = await rawFetch("/merchant/inventory?limit=200", { headers: bearer(token) })
  expect(status).toBe(200)
  return (body as unknown as MerchantStockListResponse).inventory_levels
}

async function adjust(token: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  return rawFetch("/merchant/stock-adjustments", { method: "POST", headers: bearer(token), body: JSON.stringify(body) })
}

describe("POST /merchant/stock-adjustments", () => {
  let token: string
  let shopId: string
  let bread: string
  let tart: string

  beforeAll(async () => {
    ;({ token, shopId } = await openShop("Boulangerie du Stock"))
    await publishProduct(token, "Baguette tradition", 1.3, 20)
    await publishProduct(token, "Tarte au citron", 18, 4)
    const lines = await stockLines(token)
    bread = lines.find((line) => line.product_title === "Baguette tradition")!.inventory_item_id
    tart = lines.find((line) => line.product_title === "Tarte au citron")!.inventory_item_id
  }, 60_000)

  it("adds and removes units of several items at once and keeps the reason in the journal", async () => {
    const { status, body } = await adjust(token, {
      reason: "Livraison du matin et casse",
      adjustments: [
        { inventory_item_id: bread, delta: 10 },
        { inventory_item_id: tart, delta: -2 },
      ],
    })
    expect(status, JSON.stringify(body)).toBe(201)
    const answer = body as unknown as MerchantStockAdjustmentResponse
    expect(answer.inventory_levels.map((level) => [level.product_title, level.stocked_quantity]).sort()).toEqual([
      ["Baguette tradition", 30],
      ["Tarte au citron", 2],
    ])
    expect(answer.adjustments.map((entry) => [entry.product_title, entry.delta, entry.reason]).sort()).toEqual([
      ["Baguette tradition", 10, "Livraison du matin et casse"],
      ["Tarte au citron", -2, "Livraison du matin et casse"],
    ])
    const levels = await sql<{ inventory_item_id: string; stocked_quantity: string }>(
      "select inventory_item_id, stocked_quantity from inventory_level where inventory_item_id = any($1) and deleted_at is null",
      [[bread, tart]]
    )
    expect(Object.fromEntries(levels.map((level) => [level.inventory_item_id, Number(level.stocked_quantity)]))).toEqual({ [bread]: 30, [tart]: 2 })
    const journal = await sql<{ delta: number; shop_id: string }>("select delta, shop_id from stock_adjustment where inventory_item_id = $1", [tart])
    expect(journal).toEqual([{ delta: -2, shop_id: shopId }])
  })

  it("lists the journal newest first with the products' names", async () => {
    await adjust(token, { reason: "+5 livraison", adjustments: [{ inventory_item_id: bread, delta: 5 }] })
    const { status, body } = await rawFetch("/merchant/stock-adjustments", { headers: bearer(token) })
    expect(status).toBe(200)
    const { adjustments, count } = body as unknown as MerchantStockJournalResponse
    expect(count).toBe(3)
    expect(adjustments[0]).toMatchObject({ product_title: "Baguette tradition", delta: 5, reason: "+5 livraison" })
  })

  it("refuses a line that would go below zero and changes nothing at all", async () => {
    const { status, body } = await adjust(token, {
      reason: "Inventaire",
      adjustments: [
        { inventory_item_id: bread, delta: 1 },
        { inventory_item_id: tart, delta: -3 },
      ],
    })
    expect(status).toBe(400)
    expect(String(body.message)).toContain("le stock deviendrait négatif (-1)")
    const [level] = await sql<{ stocked_quantity: string }>("select stocked_quantity from inventory_level where inventory_item_id = $1", [bread])
    expect(Number(level.stocked_quantity)).toBe(35)
    expect(await sql("select id from stock_adjustment where reason = 'Inventaire'")).toEqual([])
  })

  it("refuses another shop's stock, a missing reason and an empty adjustment", async () => {
    const other = await openShop("Épicerie d'à côté")
    const foreign = await adjust(other.token, { reason: "Vol", adjustments: [{ inventory_item_id: bread, delta: -1 }] })
    expect(foreign.status).toBe(404)
    const noReason = await adjust(token, { reason: " ", adjustments: [{ inventory_item_id: bread, delta: 1 }] })
    expect(noReason.status).toBe(400)
    expect(String(noReason.body.message)).toContain("Indiquez le motif")
    expect((await adjust(token, { reason: "Rien", adjustments: [] })).status).toBe(400)
    expect((await adjust(token, { reason: "Zéro", adjustments: [{ inventory_item_id: bread, delta: 0 }] })).status).toBe(400)
  })
})
