import type { CartPickupResponse } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql, storeClient } from "../../support/clients"

async function inStockVariant(shopId: string): Promise<{ variantId: string; price: number }> {
  const [variant] = await sql<{ id: string; amount: string }>(
    `select pv.id, p.amount from product_variant pv
     join product pr on pr.id = pv.product_id and pr.status = 'published' and pr.deleted_at is null
     join marketplace_shop_product_product sp on sp.product_id = pr.id and sp.shop_id = $1 and sp.deleted_at is null
     join product_variant_inventory_item pvi on pvi.variant_id = pv.id
     join inventory_level il on il.inventory_item_id = pvi.inventory_item_id
     join product_variant_price_set vps on vps.variant_id = pv.id
     join price p on p.price_set_id = vps.price_set_id and p.currency_code = 'eur' and p.deleted_at is null
     where il.stocked_quantity - il.reserved_quantity >= 5 and pv.deleted_at is null
     order by pv.id limit 1`,
    [shopId]
  )
  return { variantId: variant.id, price: Number(variant.amount) }
}

describe("GET/POST /store/carts/:id/pickup", () => {
  let cartId: string
  let shops: { id: string; handle: string }[]
  let expectedSubtotals: Record<string, number>

  beforeAll(async () => {
    shops = await sql<{ id: string; handle: string }>(
      `select s.id, s.handle from shop s join merchant_user mu on mu.shop_id = s.id
       where mu.email in ('boulangerie@mirashop.local', 'fleuriste@mirashop.local') order by s.name`
    )
    const client = storeClient()
    const { regions } = await client.store.region.list()
    const { cart } = await client.store.cart.create({ region_id: regions[0].id, email: "camille@mirashop.local" })
    cartId = cart.id
    expectedSubtotals = {}
    for (const shop of shops) {
      const { variantId, price } = await inStockVariant(shop.id)
      await client.store.cart.createLineItem(cartId, { variant_id: variantId, quantity: 2 })
      expectedSubtotals[shop.id] = price * 2
    }
  })

  it("groups the cart by shop with subtotal, pickup address, instructions and bookable slots", async () => {
    const { status, body } = await rawFetch(`/store/carts/${cartId}/pickup`)
    expect(status).toBe(200)
    const { pickups } = body as unknown as CartPickupResponse
    expect(pickups.map((p) => p.shop.id).sort()).toEqual(shops.map((s) => s.id).sort())
    for (const pickup of pickups) {
      expect(pickup.items).toHaveLength(1)
      expect(pickup.items[0].quantity).toBe(2)
      expect(pickup.subtotal.amount).toBeCloseTo(expectedSubtotals[pickup.shop.id], 2)
      expect(pickup.shop.address.city).toBe("Miramas")
      expect(pickup.shop.pickup_instructions.length).toBeGreaterThan(5)
      expect(pickup.slots.length).toBeGreaterThan(0)
      expect(new Date(pickup.slots[0].start).getTime()).toBeGreaterThan(Date.now())
      expect(pickup.selected_slot).toBeNull()
    }
  })

  it("stores the chosen slot of each shop on the cart", async () => {
    const before = (await rawFetch(`/store/carts/${cartId}/pickup`)).body as unknown as CartPickupResponse
    const slots = before.pickups.map((p) => ({ shop_id: p.shop.id, start: p.slots[1]?.start ?? p.slots[0].start }))
    const { status, body } = await rawFetch(`/store/carts/${cartId}/pickup`, {
      method: "POST",
      body: JSON.stringify({ slots }),
    })
    expect(status, JSON.stringify(body)).toBe(200)
    const after = body as unknown as CartPickupResponse
    for (const slot of slots) {
      expect(after.pickups.find((p) => p.shop.id === slot.shop_id)?.selected_slot).toBe(slot.start)
    }
    const [cart] = await sql<{ metadata: { pickup_slots: Record<string, string> } }>("select metadata from cart where id = $1", [cartId])
    expect(cart.metadata.pickup_slots).toEqual(Object.fromEntries(slots.map((s) => [s.shop_id, s.start])))
  })

  it("keeps both choices when two shops' slots are sent at the same moment", async () => {
    const before = (await rawFetch(`/store/carts/${cartId}/pickup`)).body as unknown as CartPickupResponse
    const choices = before.pickups.map((p) => ({ shop_id: p.shop.id, start: p.slots[2]?.start ?? p.slots[0].start }))
    const responses = await Promise.all(
      choices.map((choice) => rawFetch(`/store/carts/${cartId}/pickup`, { method: "POST", body: JSON.stringify({ slots: [choice] }) }))
    )
    for (const response of responses) expect(response.status).toBe(200)
    const [cart] = await sql<{ metadata: { pickup_slots: Record<string, string> } }>("select metadata from cart where id = $1", [cartId])
    expect(cart.metadata.pickup_slots).toEqual(Object.fromEntries(choices.map((c) => [c.shop_id, c.start])))
  })

  it("refuses a slot that is not bookable, or a shop that is not in the cart, and keeps the choice", async () => {
    const [before] = await sql<{ metadata: unknown }>("select metadata from cart where id = $1", [cartId])
    const past = await rawFetch(`/store/carts/${cartId}/pickup`, {
      method: "POST",
      body: JSON.stringify({ slots: [{ shop_id: shops[0].id, start: "2020-01-07T09:00:00.000Z" }] }),
    })
    expect(past.status).toBe(400)
    expect(String(past.body.message)).toMatch(/plus disponible/)

    const [other] = await sql<{ id: string }>("select id from shop where id <> all($1) limit 1", [shops.map((s) => s.id)])
    const foreign = await rawFetch(`/store/carts/${cartId}/pickup`, {
      method: "POST",
      body: JSON.stringify({ slots: [{ shop_id: other.id, start: new Date(Date.now() + 86_400_000).toISOString() }] }),
    })
    expect(foreign.status).toBe(400)
    const [after] = await sql<{ metadata: unknown }>("select metadata from cart where id = $1", [cartId])
    expect(after).toEqual(before)
  })

  it("answers 404 for an unknown cart", async () => {
    expect((await rawFetch("/store/carts/cart_inconnu/pickup")).status).toBe(404)
  })
})
