import type { Checkout, MerchantOrder } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql, stack } from "../../support/clients"
import { bearer, cityToken, outbox } from "../../support/merchants"
import {
  chooseSlots,
  demoBakeryAndFlorist,
  orderAction,
  orderOf,
  placedCheckout,
  shopperCart,
  stockAt,
} from "../../support/shopping"

type DemoShops = Awaited<ReturnType<typeof demoBakeryAndFlorist>>
type Shop = DemoShops["bakery"]
type Line = DemoShops["bakeryLine"]

/** A fresh two-shop checkout (bakery + florist), one unit of each line. */
async function twoShopCheckout(bakeryLine: Line, floristLine: Line, slot: number): Promise<Checkout> {
  const cart = await shopperCart([
    { variantId: bakeryLine.variantId, quantity: 1 },
    { variantId: floristLine.variantId, quantity: 1 },
  ])
  await chooseSlots(cart, slot)
  return placedCheckout(cart)
}

describe("a shop's order lifecycle", () => {
  let bakery: Shop
  let florist: Shop
  let bakeryToken: string
  let floristToken: string
  let bakeryLine: Line
  let floristLine: Line

  beforeAll(async () => {
    ;({ bakery, florist, bakeryToken, floristToken, bakeryLine, floristLine } = await demoBakeryAndFlorist())
  })

  it("goes placed → accepted → ready → collected with the pickup code, and captures the payment at the counter", async () => {
    const checkout = await twoShopCheckout(bakeryLine, floristLine, 4)
    const order = orderOf(checkout, bakery)
    const before = await stockAt(bakeryLine.inventoryItemId, bakery.location_id)

    const early = await orderAction(bakeryToken, order.id, "collect", { code: order.pickup_code })
    expect(early.status).toBe(400)
    expect(String(early.body.message)).toMatch(/Impossible de remettre une commande reçue/)

    const accepted = await orderAction(bakeryToken, order.id, "accept")
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect((accepted.body.order as MerchantOrder).pickup?.status).toBe("accepted")
    expect((await orderAction(bakeryToken, order.id, "accept")).status).toBe(400)

    const ready = await orderAction(bakeryToken, order.id, "ready")
    expect(ready.status, JSON.stringify(ready.body)).toBe(200)
    // The reservation became a stock movement: one fewer on the shelf, one fewer reserved.
    expect(await stockAt(bakeryLine.inventoryItemId, bakery.location_id)).toEqual({ stocked: before.stocked - 1, reserved: before.reserved - 1 })
    await expect.poll(() => outbox().filter((m) => m.template === "order-ready" && m.subject.includes(bakery.name) && m.text.includes(`n° ${order.display_id} `)).length).toBe(1)

    const wrong = await orderAction(bakeryToken, order.id, "collect", { code: order.pickup_code === "AAAAAA" ? "BBBBBB" : "AAAAAA" })
    expect(wrong.status).toBe(400)
    expect(String(wrong.body.message)).toMatch(/Code de retrait incorrect : il reste 4 essais/)

    const collected = await orderAction(bakeryToken, order.id, "collect", { code: ` ${order.pickup_code.toLowerCase().slice(0, 3)}-${order.pickup_code.slice(3)} ` })
    expect(collected.status, JSON.stringify(collected.body)).toBe(200)
    expect((collected.body.order as MerchantOrder).pickup?.status).toBe("collected")

    const [payment] = await sql<{ status: string; captured: string }>(
      `select pc.status, (select count(*) from capture c join payment p on p.id = c.payment_id where p.payment_collection_id = pc.id) as captured
       from order_payment_collection opc join payment_collection pc on pc.id = opc.payment_collection_id where opc.order_id = $1`,
      [order.id]
    )
    expect(payment).toEqual({ status: "completed", captured: "1" })
    const [fulfillment] = await sql<{ delivered_at: Date | null }>(
      `select f.delivered_at from order_fulfillment ofl join fulfillment f on f.id = ofl.fulfillment_id where ofl.order_id = $1`,
      [order.id]
    )
    expect(fulfillment.delivered_at).not.toBeNull()
    // The florist's order of the same checkout is untouched.
    const [floristPickup] = await sql<{ status: string }>("select status from order_pickup where order_id = $1", [orderOf(checkout, florist).id])
    expect(floristPickup.status).toBe("placed")
  })

  it("never lets another shop act on an order", async () => {
    const checkout = await twoShopCheckout(bakeryLine, floristLine, 5)
    const order = orderOf(checkout, bakery)
    for (const action of ["accept", "ready", "cancel"]) {
      const response = await orderAction(floristToken, order.id, action, action === "cancel" ? { reason: "Pas chez nous" } : undefined)
      expect(response.status, action).toBe(404)
    }
    expect((await orderAction(floristToken, order.id, "collect", { code: order.pickup_code })).status).toBe(404)
    const [pickup] = await sql<{ status: string }>("select status from order_pickup where order_id = $1", [order.id])
    expect(pickup.status).toBe("placed")
  })

  it("pauses code checks after 5 wrong codes (429 with Retry-After), even for the right code", async () => {
    const checkout = await twoShopCheckout(bakeryLine, floristLine, 6)
    const order = orderOf(checkout, bakery)
    expect((await orderAction(bakeryToken, order.id, "accept")).status).toBe(200)
    const ready = await orderAction(bakeryToken, order.id, "ready")
    expect(ready.status, JSON.stringify(ready.body)).toBe(200)
    const wrongCode = order.pickup_code === "222222" ? "333333" : "222222"
    for (let attempt = 1; attempt <= 4; attempt++) expect((await orderAction(bakeryToken, order.id, "collect", { code: wrongCode })).status).toBe(400)
    const fifth = await orderAction(bakeryToken, order.id, "collect", { code: wrongCode })
    expect(fifth.status).toBe(429)
    const right = await fetch(`${stack().backendUrl}/merchant/orders/${order.id}/collect`, {
      method: "POST",
      headers: { ...bearer(bakeryToken), "content-type": "application/json" },
      body: JSON.stringify({ code: order.pickup_code }),
    })
    expect(right.status).toBe(429)
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(800)
    const [pickup] = await sql<{ status: string }>("select status from order_pickup where order_id = $1", [order.id])
    expect(pickup.status).toBe("ready_for_pickup")
  })

  it("cancels by the shop before it is ready: stock released, shopper told why, other shop untouched", async () => {
    const before = await stockAt(bakeryLine.inventoryItemId, bakery.location_id)
    const checkout = await twoShopCheckout(bakeryLine, floristLine, 7)
    const order = orderOf(checkout, bakery)
    expect((await stockAt(bakeryLine.inventoryItemId, bakery.location_id)).reserved).toBe(before.reserved + 1)
    expect((await orderAction(bakeryToken, order.id, "cancel", {})).status).toBe(400)
    const cancelled = await orderAction(bakeryToken, order.id, "cancel", { reason: "Four en panne ce matin" })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect((cancelled.body.order as MerchantOrder).pickup).toMatchObject({ status: "cancelled", cancel_reason: "Four en panne ce matin" })
    expect(await stockAt(bakeryLine.inventoryItemId, bakery.location_id)).toEqual(before)
    const [order_] = await sql<{ status: string }>('select status from "order" where id = $1', [order.id])
    expect(order_.status).toBe("canceled")
    const cancelledMails = () => outbox().filter((m) => m.template === "order-cancelled" && m.text.includes(`n° ${order.display_id} `))
    await expect.poll(() => cancelledMails().length).toBe(1)
    const mails = cancelledMails()
    expect(mails[0].text).toContain("Four en panne ce matin")
    const [floristPickup] = await sql<{ status: string }>("select status from order_pickup where order_id = $1", [orderOf(checkout, florist).id])
    expect(floristPickup.status).toBe("placed")
    expect((await orderAction(bakeryToken, order.id, "accept")).status).toBe(400)
  })

  it("lets the shopper cancel one shop's order before it is ready, and tells that shop", async () => {
    const before = await stockAt(floristLine.inventoryItemId, florist.location_id)
    const checkout = await twoShopCheckout(bakeryLine, floristLine, 8)
    const order = orderOf(checkout, florist)
    const response = await rawFetch(`/store/checkouts/${checkout.id}/orders/${order.id}/cancel`, { method: "POST" })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const after = response.body.checkout as Checkout
    expect(after.orders.find((o) => o.id === order.id)).toMatchObject({ status: "cancelled", cancellable: false })
    expect(after.orders.find((o) => o.shop.id === bakery.id)).toMatchObject({ status: "placed", cancellable: true })
    expect(await stockAt(floristLine.inventoryItemId, florist.location_id)).toEqual(before)
    await expect.poll(() => outbox().filter((m) => m.template === "shop-order-cancelled" && m.subject.includes(`n° ${order.display_id} `)).length).toBe(1)
    // Another checkout's id cannot reach this order.
    const other = await twoShopCheckout(bakeryLine, floristLine, 9)
    const foreign = await rawFetch(`/store/checkouts/${other.id}/orders/${orderOf(checkout, bakery).id}/cancel`, { method: "POST" })
    expect(foreign.status).toBe(404)
  })

  it("records a no-show days after the slot: the prepared goods go back into stock, the shopper is told once", async () => {
    const before = await stockAt(bakeryLine.inventoryItemId, bakery.location_id)
    const checkout = await twoShopCheckout(bakeryLine, floristLine, 10)
    const order = orderOf(checkout, bakery)
    await orderAction(bakeryToken, order.id, "accept")
    await orderAction(bakeryToken, order.id, "ready")
    expect(await stockAt(bakeryLine.inventoryItemId, bakery.location_id)).toEqual({ stocked: before.stocked - 1, reserved: before.reserved })
    const [shop] = await sql<{ no_show_days: number }>("select no_show_days from shop where id = $1", [bakery.id])
    await sql(
      "update order_pickup set slot_start = now() - make_interval(days => $2 + 1, hours => 1), slot_end = now() - make_interval(days => $2 + 1) where order_id = $1",
      [order.id, shop.no_show_days]
    )
    const admin = await cityToken()
    const sweep = await rawFetch("/admin/pickups/sweep", { method: "POST", headers: bearer(admin) })
    expect(sweep.status, JSON.stringify(sweep.body)).toBe(200)
    expect(sweep.body.no_shows).toContain(order.id)
    expect(await stockAt(bakeryLine.inventoryItemId, bakery.location_id)).toEqual(before)
    const [pickup] = await sql<{ status: string; no_show_at: Date | null }>("select status, no_show_at from order_pickup where order_id = $1", [order.id])
    expect(pickup.status).toBe("no_show")
    expect(pickup.no_show_at).not.toBeNull()

    const again = await rawFetch("/admin/pickups/sweep", { method: "POST", headers: bearer(admin) })
    expect(again.body.no_shows).not.toContain(order.id)
    await expect.poll(() => outbox().filter((m) => m.template === "order-no-show" && m.text.includes(`n° ${order.display_id} `)).length).toBe(1)
    // The florist's order, whose slot is still ahead, is not a no-show.
    const [floristPickup] = await sql<{ status: string }>("select status from order_pickup where order_id = $1", [orderOf(checkout, florist).id])
    expect(floristPickup.status).toBe("placed")
  })

  it("reminds the shopper on the slot's day, once", async () => {
    const checkout = await twoShopCheckout(bakeryLine, floristLine, 11)
    const order = orderOf(checkout, bakery)
    await sql("update order_pickup set slot_start = now() + interval '30 minutes', slot_end = now() + interval '60 minutes' where order_id = $1", [order.id])
    const paris = (date: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" }).format(date)
    const now = new Date()
    const [today, hour] = paris(now).split(", ")
    const sameDay = paris(new Date(now.getTime() + 30 * 60_000)).startsWith(today)
    const due = sameDay && Number(hour.slice(0, 2)) >= 7
    const admin = await cityToken()
    for (let run = 0; run < 2; run++) {
      const sweep = await rawFetch("/admin/pickups/sweep", { method: "POST", headers: bearer(admin) })
      expect(sweep.status).toBe(200)
      expect((sweep.body.reminders as string[]).includes(order.id)).toBe(due)
    }
    const reminderMails = () => outbox().filter((m) => m.template === "pickup-reminder" && m.text.includes(`n° ${order.display_id} `))
    await expect.poll(() => reminderMails().length).toBe(due ? 1 : 0)
    const reminders = reminderMails()
    if (due) expect(reminders[0].text).toContain(order.pickup_code)
  })

  it("refuses the sweep to merchants and shoppers", async () => {
    expect((await rawFetch("/admin/pickups/sweep", { method: "POST", headers: bearer(bakeryToken) })).status).toBe(401)
    expect((await rawFetch("/admin/pickups/sweep", { method: "POST" })).status).toBe(401)
  })
})
