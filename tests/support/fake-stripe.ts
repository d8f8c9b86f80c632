import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"

/** The payment method a test uses to simulate a card that needs 3-D Secure (as Stripe's test cards). */
export const THREE_D_SECURE_CARD = "pm_card_threeDSecure2Required"

type Params = Record<string, unknown>

/** Test-only Stripe credentials: the fake accepts any `sk_` key; webhooks are signed with this secret. */
export const TEST_STRIPE = { secretKey: "sk_test_mirashop_fake", webhookSecret: "whsec_mirashop_test", publishableKey: "pk_test_mirashop_fake" }

/** A PaymentIntent as the fake keeps it (only the fields Mirashop reads). */
export interface FakePaymentIntent {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: string
  status: "requires_payment_method" | "requires_confirmation" | "requires_action" | "requires_capture" | "succeeded" | "canceled"
  client_secret: string
  payment_method: string | null
  latest_charge: string | null
  metadata: Record<string, string>
  payment_method_options: { card?: { request_multicapture?: string } }
}

/** Everything the fake has seen, for assertions. */
export interface FakeStripeState {
  payment_intents: Map<string, FakePaymentIntent>
  refunds: Params[]
  transfers: Params[]
  accounts: Map<string, Params>
  account_links: Params[]
}

/** A running fake Stripe API: its port, its state, and a way for a test to pass 3-D Secure. */
export interface FakeStripe {
  port: number
  state: FakeStripeState
  /** The shopper completes 3-D Secure in Stripe.js: the intent becomes capturable. */
  completeAction(paymentIntentId: string): FakePaymentIntent
  close(): Promise<void>
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`

/** Decodes Stripe's form encoding (`metadata[key]=value`, `expand[]=x`) into a nested object. */
export function decodeForm(body: string): Params {
  const out: Params = {}
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const [head, ...rest] = rawKey.split("[").map((part) => part.replace(/]$/, ""))
    let target = out
    let key = head
    for (const part of rest) {
      const next = (target[key] ?? (part === "" ? [] : {})) as Params
      target[key] = next
      target = next
      key = part === "" ? String(Object.keys(next).length) : part
    }
    target[key] = value
  }
  return out
}

function stripeError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "application/json" })
  res.end(JSON.stringify({ error: { type: "invalid_request_error", message } }))
}

function reply(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { "content-type": "application/json" })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<Params> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return decodeForm(Buffer.concat(chunks).toString("utf8"))
}

function confirm(intent: FakePaymentIntent, paymentMethod: string | undefined): void {
  intent.payment_method = paymentMethod ?? intent.payment_method
  if (!intent.payment_method) {
    intent.status = "requires_payment_method"
    return
  }
  if (intent.payment_method === THREE_D_SECURE_CARD) {
    intent.status = "requires_action"
    return
  }
  authorise(intent)
}

function authorise(intent: FakePaymentIntent): void {
  intent.latest_charge = id("ch")
  if (intent.capture_method === "manual") {
    intent.status = "requires_capture"
    intent.amount_capturable = intent.amount
  } else {
    intent.status = "succeeded"
    intent.amount_received = intent.amount
  }
}

/**
 * Starts a local fake of the few Stripe endpoints Mirashop uses (payment intents, refunds, transfers,
 * accounts, account links), so tests never reach the network. Amounts are integer cents, as Stripe's.
 */
export async function startFakeStripe(port: number): Promise<FakeStripe> {
  const state: FakeStripeState = { payment_intents: new Map(), refunds: [], transfers: [], accounts: new Map(), account_links: [] }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Test hook (not Stripe's): a test in another process passes 3-D Secure as the shopper would in Stripe.js.
    const testHook = /^\/_test\/payment_intents\/(\w+)\/complete_action$/.exec(req.url ?? "")
    if (testHook && req.method === "POST") {
      const intent = state.payment_intents.get(testHook[1])
      if (!intent || intent.status !== "requires_action") return stripeError(res, 400, `${testHook[1]} is not waiting for 3-D Secure`)
      authorise(intent)
      return reply(res, intent)
    }
    if (!String(req.headers.authorization ?? "").startsWith("Bearer sk_")) return stripeError(res, 401, "Invalid API Key provided")
    const url = new URL(req.url ?? "/", "http://fake-stripe")
    const parts = url.pathname.split("/").filter(Boolean)
    const params = req.method === "POST" ? await readBody(req) : {}
    const [version, resource, resourceId, action] = parts
    if (version !== "v1") return stripeError(res, 404, `Unrecognized request URL (${url.pathname})`)

    if (resource === "payment_intents") {
      if (!resourceId && req.method === "POST") {
        const amount = Number(params.amount)
        if (!Number.isSafeInteger(amount) || amount <= 0) return stripeError(res, 400, "Invalid amount")
        const intentId = id("pi")
        const intent: FakePaymentIntent = {
          id: intentId,
          object: "payment_intent",
          amount,
          amount_capturable: 0,
          amount_received: 0,
          currency: typeof params.currency === "string" ? params.currency : "eur",
          capture_method: typeof params.capture_method === "string" ? params.capture_method : "automatic",
          status: "requires_payment_method",
          client_secret: `${intentId}_secret_${randomBytes(8).toString("hex")}`,
          payment_method: typeof params.payment_method === "string" ? params.payment_method : null,
          latest_charge: null,
          metadata: (params.metadata ?? {}) as Record<string, string>,
          payment_method_options: params.payment_method_options ?? {},
        }
        state.payment_intents.set(intent.id, intent)
        if (params.confirm === "true") confirm(intent, intent.payment_method ?? undefined)
        else if (intent.payment_method) intent.status = "requires_confirmation"
        return reply(res, intent)
      }
      const intent = resourceId ? state.payment_intents.get(resourceId) : undefined
      if (!intent) return stripeError(res, 404, `No such payment_intent: '${resourceId}'`)
      if (!action && req.method === "GET") return reply(res, intent)
      if (!action) {
        if (params.amount !== undefined) intent.amount = Number(params.amount)
        if (params.metadata) Object.assign(intent.metadata, params.metadata)
        return reply(res, intent)
      }
      if (action === "confirm") {
        confirm(intent, typeof params.payment_method === "string" ? params.payment_method : undefined)
        return reply(res, intent)
      }
      if (action === "capture") {
        if (intent.status !== "requires_capture") return stripeError(res, 400, "This PaymentIntent could not be captured")
        const amount = params.amount_to_capture === undefined ? intent.amount_capturable : Number(params.amount_to_capture)
        if (amount > intent.amount_capturable) return stripeError(res, 400, "amount_to_capture is greater than the amount capturable")
        const final = params.final_capture !== "false"
        // Multicapture (as Stripe's): a non-final capture keeps the rest authorised, only when it was requested.
        if (!final && intent.payment_method_options.card?.request_multicapture !== "if_available") {
          return stripeError(res, 400, "final_capture=false requires multicapture")
        }
        intent.amount_received += amount
        intent.amount_capturable = final ? 0 : intent.amount_capturable - amount
        if (intent.amount_capturable === 0) intent.status = "succeeded"
        return reply(res, intent)
      }
      if (action === "cancel") {
        // A multicaptured intent may be cancelled while some is still capturable: the rest is released.
        if (intent.status === "succeeded" || intent.status === "canceled") return stripeError(res, 400, "You cannot cancel this PaymentIntent")
        intent.status = "canceled"
        intent.amount_capturable = 0
        return reply(res, intent)
      }
    }

    if (resource === "refunds" && req.method === "GET") {
      const data = state.refunds.filter((r) => !url.searchParams.get("payment_intent") || r.payment_intent === url.searchParams.get("payment_intent"))
      return reply(res, { object: "list", data, has_more: false, url: "/v1/refunds" })
    }

    if (resource === "refunds" && req.method === "POST") {
      const intent = state.payment_intents.get(String(params.payment_intent))
      if (!intent || intent.amount_received === 0) return stripeError(res, 400, "Nothing to refund")
      const refunded = state.refunds.filter((r) => r.payment_intent === intent.id).reduce((sum, r) => sum + Number(r.amount), 0)
      const amount = params.amount === undefined ? intent.amount_received - refunded : Number(params.amount)
      if (amount <= 0 || refunded + amount > intent.amount_received) return stripeError(res, 400, "Refund amount is greater than unrefunded amount")
      const refund = { id: id("re"), object: "refund", amount, payment_intent: intent.id, status: "succeeded", metadata: params.metadata ?? {} }
      state.refunds.push(refund)
      return reply(res, refund)
    }

    if (resource === "transfers" && req.method === "POST") {
      const transfer = { id: id("tr"), object: "transfer", amount: Number(params.amount), currency: params.currency, destination: params.destination, metadata: params.metadata ?? {} }
      state.transfers.push(transfer)
      return reply(res, transfer)
    }

    if (resource === "accounts") {
      if (!resourceId && req.method === "POST") {
        const account = { id: id("acct"), object: "account", type: params.type ?? "express", charges_enabled: false, payouts_enabled: false, details_submitted: false, metadata: params.metadata ?? {} }
        state.accounts.set(account.id, account)
        return reply(res, account)
      }
      const account = resourceId ? state.accounts.get(resourceId) : undefined
      if (!account) return stripeError(res, 404, `No such account: '${resourceId}'`)
      return reply(res, account)
    }

    if (resource === "account_links" && req.method === "POST") {
      const link = { object: "account_link", url: `https://connect.stripe.test/setup/${String(params.account)}`, expires_at: Math.floor(Date.now() / 1000) + 300 }
      state.account_links.push({ ...params, ...link })
      return reply(res, link)
    }

    return stripeError(res, 404, `Unrecognized request URL (${req.method} ${url.pathname})`)
  }

  // Stripe replays the first answer to a POST retried with the same Idempotency-Key.
  const answered = new Map<string, { status: number; body: string }>()
  const server: Server = createServer((req, res) => {
    const key = req.method === "POST" ? req.headers["idempotency-key"] : undefined
    const replay = typeof key === "string" ? answered.get(`${req.url}:${key}`) : undefined
    if (replay) {
      res.writeHead(replay.status, { "content-type": "application/json" })
      res.end(replay.body)
      return
    }
    if (typeof key === "string") {
      const end = res.end.bind(res)
      res.end = ((body?: unknown) => {
        if (typeof body === "string") answered.set(`${req.url}:${key}`, { status: res.statusCode, body })
        return end(body as string)
      }) as typeof res.end
    }
    handle(req, res).catch((error: unknown) => stripeError(res, 500, String(error)))
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", resolve)
  })
  return {
    port,
    state,
    completeAction(paymentIntentId) {
      const intent = state.payment_intents.get(paymentIntentId)
      if (!intent || intent.status !== "requires_action") throw new Error(`${paymentIntentId} is not waiting for 3-D Secure`)
      authorise(intent)
      return intent
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
