import type { MerchantProductResponse } from "@mirashop/contract"
import { expect } from "vitest"
import { rawFetch } from "./clients"
import { bearer, cityToken } from "./merchants"

const EVERY_DAY = { open: "08:00", close: "20:00" }

/** Sets a shop open every day 08:00–20:00 (so shoppers always find a slot) and gives pickup instructions. */
export async function openEveryDay(token: string): Promise<void> {
  const day = [EVERY_DAY]
  const { status, body } = await rawFetch("/merchant/shop", {
    method: "POST",
    headers: bearer(token),
    body: JSON.stringify({
      opening_hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
      pickup_instructions: "Au comptoir, donnez votre code de retrait.",
    }),
  })
  expect(status, JSON.stringify(body)).toBe(200)
}

/** Creates a published product with one variant through the merchant API; returns its variant. */
export async function publishProduct(token: string, title: string, price: number, stock = 50): Promise<{ variantId: string; productId: string; price: number; title: string }> {
  const { status, body } = await rawFetch("/merchant/products", {
    method: "POST",
    headers: bearer(token),
    body: JSON.stringify({
      title,
      description: `${title}, fait maison à Miramas.`,
      status: "published",
      vat_category: "reduced",
      variants: [{ title: "Unité", price, stock }],
    }),
  })
  expect(status, JSON.stringify(body)).toBe(201)
  const { product } = body as unknown as MerchantProductResponse
  return { variantId: product.variants[0].id, productId: product.id, price, title }
}

/** The city approves a shop (through the admin API, as the city's page does). */
export async function approveShop(shopId: string): Promise<void> {
  const { status, body } = await rawFetch(`/admin/shops/${shopId}/approve`, { method: "POST", headers: bearer(await cityToken()) })
  expect(status, JSON.stringify(body)).toBe(200)
}
