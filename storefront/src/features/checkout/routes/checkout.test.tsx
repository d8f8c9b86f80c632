import type { CartPickupResponse, Checkout, CheckoutResponse } from "@mirashop/contract"
import { screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { CART_ID_STORAGE_KEY } from "@/lib/cart"
import { fakeBackend } from "@/test/fake-backend"
import { aFloristPickup, aPickup } from "@/test/fixtures"
import { renderApp } from "@/test/render-app"

function aCheckout(): Checkout {
  const bakery = aPickup()
  const florist = aFloristPickup()
  const order = (pickup: typeof bakery, n: number, code: string) => ({
    id: `order_${n}`,
    display_id: n,
    shop: {
      id: pickup.shop.id,
      handle: pickup.shop.handle,
      name: pickup.shop.name,
      address: pickup.shop.address,
      pickup_instructions: pickup.shop.pickup_instructions,
    },
    status: "placed" as const,
    slot: { start: pickup.slots[0].start, end: pickup.slots[0].end, label: pickup.slots[0].label },
    pickup_code: code,
    pickup_qr_svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>`,
    items: pickup.items,
    total: pickup.subtotal,
    payment_mode: "pay_at_pickup" as const,
    cancellable: true,
  })
  return {
    id: "cart_1",
    created_at: "2026-11-30T10:00:00.000Z",
    email: "camille@exemple.fr",
    total: { amount: 36.8, currency_code: "eur" },
    orders: [order(bakery, 101, "K7P2QX"), order(florist, 102, "M3R8TZ")],
  }
}

function checkoutBackend(pickups = [aPickup(), aFloristPickup()]) {
  let current = pickups
  return fakeBackend({
    "GET /store/carts/cart_1": {
      status: 200,
      body: { cart: { id: "cart_1", completed_at: null, items: [] } },
    },
    "GET /store/carts/cart_1/pickup": () => ({
      status: 200,
      body: { cart_id: "cart_1", pickups: current },
    }),
    "POST /store/carts/cart_1/pickup": (request) => {
      const [{ shop_id, start }] = (request.body as { slots: { shop_id: string; start: string }[] })
        .slots
      current = current.map((p) => (p.shop.id === shop_id ? { ...p, selected_slot: start } : p))
      return {
        status: 200,
        body: { cart_id: "cart_1", pickups: current } satisfies CartPickupResponse,
      }
    },
    "POST /store/carts/cart_1": { status: 200, body: { cart: { id: "cart_1" } } },
    "POST /store/carts/cart_1/checkout": {
      status: 200,
      body: { checkout: aCheckout() } satisfies CheckoutResponse,
    },
  })
}

describe("checkout", () => {
  it("lists every problem on an empty submit, focuses the list and ties each error to its field", async () => {
    window.localStorage.setItem(CART_ID_STORAGE_KEY, "cart_1")
    const backend = checkoutBackend()
    const { user } = renderApp("/commande")

    await user.click(await screen.findByRole("button", { name: "Valider la commande" }))

    await waitFor(() =>
      expect(document.activeElement?.textContent).toContain("6 points à corriger")
    )
    const summary = document.activeElement as HTMLElement
    expect(summary.getAttribute("role")).toBe("alert")
    expect(
      within(summary)
        .getAllByRole("link")
        .map((link) => link.textContent)
    ).toEqual([
      "E-mail : ce champ est obligatoire.",
      "Prénom : ce champ est obligatoire.",
      "Nom : ce champ est obligatoire.",
      "Téléphone : ce champ est obligatoire.",
      "Choisissez un créneau de retrait chez Boulangerie du Marché.",
      "Choisissez un créneau de retrait chez L'Atelier des Fleurs.",
    ])
    const email = screen.getByRole("textbox", { name: /E-mail/ })
    expect(email.getAttribute("aria-invalid")).toBe("true")
    expect(email.getAttribute("aria-describedby")).toBeTruthy()
    expect(document.getElementById(email.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "E-mail : ce champ est obligatoire."
    )
    await user.click(within(summary).getAllByRole("link")[0])
    expect(document.activeElement).toBe(email)
    expect(backend.requests.some((r) => r.path.endsWith("/checkout"))).toBe(false)
  })

  it("saves each slot as it is chosen, then places the order at pickup and shows one code per shop", async () => {
    window.localStorage.setItem(CART_ID_STORAGE_KEY, "cart_1")
    const backend = checkoutBackend()
    const { user, router } = renderApp("/commande")

    await user.type(await screen.findByRole("textbox", { name: /E-mail/ }), "camille@exemple.fr")
    await user.type(screen.getByRole("textbox", { name: /Prénom/ }), "Camille")
    await user.type(screen.getByRole("textbox", { name: /^Nom/ }), "Roux")
    await user.type(screen.getByRole("textbox", { name: /Téléphone/ }), "06 12 34 56 78")
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Créneau de retrait chez Boulangerie du Marché" }),
      "mardi 1 décembre à 09:30"
    )
    expect(await screen.findByText("Créneau enregistré : mardi 1 décembre à 09:30")).toBeTruthy()
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Créneau de retrait chez L'Atelier des Fleurs" }),
      "mardi 1 décembre à 09:00"
    )
    await waitFor(() => expect(screen.getAllByText(/^Retrait : /)).toHaveLength(2))
    expect(screen.getByRole<HTMLInputElement>("radio", { name: /Payer au retrait/ }).checked).toBe(
      true
    )
    expect(screen.getByRole<HTMLInputElement>("radio", { name: /Carte bancaire/ }).disabled).toBe(
      true
    )

    await user.click(screen.getByRole("button", { name: "Valider la commande" }))

    await waitFor(() => expect(router.state.location.pathname).toBe("/commande/cart_1"))
    expect(
      backend.requests.find((r) => r.method === "POST" && r.path === "/store/carts/cart_1")?.body
    ).toEqual({
      email: "camille@exemple.fr",
      billing_address: {
        first_name: "Camille",
        last_name: "Roux",
        phone: "06 12 34 56 78",
        country_code: "fr",
      },
    })
    expect(backend.requests.find((r) => r.path.endsWith("/checkout"))?.body).toEqual({
      payment_mode: "pay_at_pickup",
    })
    expect(window.localStorage.getItem(CART_ID_STORAGE_KEY)).toBeNull()

    expect(
      await screen.findByRole("heading", { level: 1, name: "Merci, votre commande est passée" })
    ).toBeTruthy()
    const cards = within(screen.getByRole("list", { name: "Retraits par boutique" })).getAllByRole(
      "listitem",
      { name: /./ }
    )
    expect(cards).toHaveLength(2)
    expect(within(cards[0]).getByText("K7P2QX")).toBeTruthy()
    expect(
      within(cards[0])
        .getByRole("img", { name: "QR code du code de retrait K7P2QX chez Boulangerie du Marché" })
        .getAttribute("src")
    ).toMatch(/^data:image\/svg\+xml/)
    expect(within(cards[1]).getByText("M3R8TZ")).toBeTruthy()
    expect(screen.getByRole("button", { name: "Imprimer mes codes de retrait" })).toBeTruthy()
  })

  it("does not offer pay at pickup when a shop of the cart refuses it", async () => {
    window.localStorage.setItem(CART_ID_STORAGE_KEY, "cart_1")
    const florist = aFloristPickup()
    checkoutBackend([
      aPickup(),
      { ...florist, shop: { ...florist.shop, accepts_pay_at_pickup: false } },
    ])
    renderApp("/commande")
    expect(await screen.findByText(/n'est pas proposé par : L'Atelier des Fleurs/)).toBeTruthy()
    expect(screen.getByRole<HTMLInputElement>("radio", { name: /Payer au retrait/ }).disabled).toBe(
      true
    )
    expect(
      screen.getByRole<HTMLButtonElement>("button", { name: "Valider la commande" }).disabled
    ).toBe(true)
  })
})
