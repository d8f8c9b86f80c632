import Stripe from "stripe"
import { expect } from "vitest"
import { rawFetch, sql, stack } from "./clients"

/** The real Stripe SDK pointed at the stack's local fake Stripe, to look at what the backend did. */
export function fakeStripeClient(): Stripe {
  const { apiUrl, secretKey } = stack().stripe
  const url = new URL(apiUrl)
  return new Stripe(secretKey, { host: url.hostname, port: Number(url.port), protocol: "http", maxNetworkRetries: 0 })
}

/** Checks a cart out by card with a Stripe test payment method (or after 3-D Secure, with the intent). */
export function cardCheckout(cartId: string, card: { payment_method?: string; payment_intent_id?: string }) {
  return rawFetch(`/store/carts/${cartId}/checkout`, { method: "POST", body: JSON.stringify({ payment_mode: "card", ...card }) })
}

/** What the database says about an order's single payment. */
export interface OrderPayment {
  provider_id: string
  collection_status: string
  amount: string
  data: Record<string, unknown>
  captured_at: string | null
  canceled_at: string | null
  captures: string
  refunds: string
}

/** An order's payment: provider, status, captures and refunds recorded by Medusa. */
export async function orderPayment(orderId: string): Promise<OrderPayment> {
  const rows = await sql<OrderPayment>(
    `select p.provider_id, pc.status as collection_status, p.amount::text as amount, p.data, p.captured_at, p.canceled_at,
            (select count(*) from capture c where c.payment_id = p.id and c.deleted_at is null)::text as captures,
            (select coalesce(sum(r.amount), 0) from refund r where r.payment_id = p.id and r.deleted_at is null)::text as refunds
       from order_payment_collection opc
       join payment_collection pc on pc.id = opc.payment_collection_id
       join payment p on p.payment_collection_id = pc.id
      where opc.order_id = $1 and opc.deleted_at is null`,
    [orderId]
  )
  expect(rows).toHaveLength(1)
  return rows[0]
}
