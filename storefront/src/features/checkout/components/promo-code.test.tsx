import { screen, waitFor } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { CART_ID_STORAGE_KEY } from "@/lib/cart"
import { fakeBackend } from "@/test/fake-backend"
import { aFloristPickup, aPickup } from "@/test/fixtures"
import { renderApp } from "@/test/render-app"

/** A cart whose only valid code is NOEL10 (10 € off a 36,80 € cart). */
function promotionBackend() {
  let codes: string[] = []
  const cart = () => ({
    id: "cart_1",
    completed_at: null,
    items: [],
    currency_code: "eur",
    total: codes.length ? 26.8 : 36.8,
    discount_total: codes.length ? 10 : 0,
    promotions: codes.map((code) => ({ id: `promo_${code}`, code })),
  })
  return fakeBackend({
    "GET /store/carts/cart_1": () => ({ status: 200, body: { cart: cart() } }),
    "GET /store/carts/cart_1/pickup": {
      status: 200,
      body: { cart_id: "cart_1", pickups: [aPickup(), aFloristPickup()] },
    },
    // Like Medusa: unknown codes are ignored, the cart comes back without them.
    "POST /store/carts/cart_1/promotions": (request) => {
      const [code] = (request.body as { promo_codes: string[] }).promo_codes
      if (code === "NOEL10") codes = ["NOEL10"]
      return { status: 200, body: { cart: cart() } }
    },
    "DELETE /store/carts/cart_1/promotions": () => {
      codes = []
      return { status: 200, body: { cart: cart() } }
    },
  })
}

describe("promotion code at checkout", () => {
  it("announces a refused code and keeps it in the field to be corrected", async () => {
    const backend = promotionBackend()
    window.localStorage.setItem(CART_ID_STORAGE_KEY, "cart_1")
    const { user } = renderApp("/commande")

    const field = await screen.findByLabelText("Code promotionnel ou bon d'achat")
    await user.type(field, "noel99{Enter}")

    const alert = await screen.findByText(/^Le code « NOEL99 » n'est pas valable/)
    expect(alert.getAttribute("role")).toBe("alert")
    expect(field.getAttribute("aria-invalid")).toBe("true")
    expect((field as HTMLInputElement).value).toBe("noel99")
    // Enter applied the code; it did not place the order.
    expect(backend.requests.some((request) => request.path.endsWith("/checkout"))).toBe(false)
  })

  it("applies a valid code, shows the new total, and removes it", async () => {
    const backend = promotionBackend()
    window.localStorage.setItem(CART_ID_STORAGE_KEY, "cart_1")
    const { user } = renderApp("/commande")

    await user.type(await screen.findByLabelText("Code promotionnel ou bon d'achat"), "noel10")
    await user.click(screen.getByRole("button", { name: "Appliquer le code" }))

    expect(await screen.findByText("Le code « NOEL10 » est appliqué.")).toBeTruthy()
    expect(screen.getByText(/26,80/)).toBeTruthy()
    const post = backend.requests.find((request) => request.method === "POST")
    expect(post?.body).toEqual({ promo_codes: ["NOEL10"] })

    await user.click(screen.getByRole("button", { name: "Retirer le code NOEL10" }))
    expect(await screen.findByText("Le code « NOEL10 » est retiré.")).toBeTruthy()
    await waitFor(() => expect(screen.queryByText(/26,80/)).toBeNull())
  })
})
