import { readdirSync, readFileSync, existsSync } from "node:fs"
import path from "node:path"
import { expect } from "vitest"
import { rawFetch, stack } from "./clients"

/** Password used by accounts the tests register. */
export const TEST_PASSWORD = "Un-mot-de-passe-solide-1"

/** Signs an actor in with e-mail and password and returns its bearer token. */
export async function login(actor: "merchant" | "user" | "customer", email: string, password: string): Promise<string> {
  const { status, body } = await rawFetch(`/auth/${actor}/emailpass`, {
    method: "POST",
    body: JSON.stringify({ email, password }),
  })
  expect(status, `login ${actor} ${email}`).toBe(200)
  return body.token as string
}

/** Headers of a call made with a bearer token. */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` }
}

/** Registers a new merchant and opens a (pending) shop; returns the shop and a token that carries it. */
export async function openShop(name: string): Promise<{ email: string; token: string; shopId: string; handle: string }> {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, "-")}-${Date.now()}@exemple.fr`
  const registration = await rawFetch("/auth/merchant/emailpass/register", {
    method: "POST",
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  expect(registration.status).toBe(200)
  const created = await rawFetch("/merchant/shops", {
    method: "POST",
    headers: bearer(registration.body.token as string),
    body: JSON.stringify({ name, trade: "autre", owner: { first_name: "Sam", last_name: "Testeur" } }),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const shop = created.body.shop as { id: string; handle: string }
  return { email, token: await login("merchant", email, TEST_PASSWORD), shopId: shop.id, handle: shop.handle }
}

/** The city admin's token (demo account). */
export function cityToken(): Promise<string> {
  return login("user", "mairie@mirashop.local", "Miramas2026!")
}

/** E-mails written to the local outbox, oldest first. */
export function outbox(): { to: string; template: string; subject: string; text: string; html: string }[] {
  const dir = stack().outboxDir
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as ReturnType<typeof outbox>[number])
}
