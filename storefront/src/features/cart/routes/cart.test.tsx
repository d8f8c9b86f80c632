import type { CartPickupResponse } from "@mirashop/contract"
import { screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { CART_ID_STORAGE_KEY } from "@/lib/cart"
import { fakeBackend } from "@/test/fake-backend"
import { aFloristPickup, aPickup } from "@/test/fixtures"
import { renderApp } from "@/test/render-app"

const spaces = (text: string | null | undefined) => text?.replace(/\s/g, " ")

function cartBackend(pickups = [aPickup(), aFloristPickup()]) {
  return fakeBackend({
    "GET /store/carts/cart_1": {
      status: 200,
      body: {
        cart: {
          id: "cart_1",
          completed_at: null,
          items: [
            { id: "li_levain", quantity: 2 },
            { id: "li_bouquet", quantity: 1 },
          ],
        },
      },
    },
    "GET /store/carts/cart_1/pickup": {
      status: 200,
      body: { cart_id: "cart_1", pickups } satisfies CartPickupResponse,
    },
    "POST /store/carts/cart_1/line-items/li_levain": {
      status: 200,
      body: { cart: { id: "cart_1" } },
    },
    "DELETE /store/carts/cart_1/line-items/li_bouquet": {
      status: 200,
      body: { id: "li_bouquet", deleted: true },
    },
  })
}

describe("cart page", () => {
  it("groups the lines by shop, each with its subtotal, then the total; the header counts the units", async () => {
    window.localStorage.setItem(CART_ID_STORAGE_KEY, "cart_1")
    cartBackend()
    renderApp("/panier")

    const bakery = await screen.findByRole("region", { name: "Boulangerie du Marché" })
    const florist = screen.getByRole("region", { name: "L'Atelier des Fleurs" })
    expect(screen.getByText("3 articles chez 2 boutiques")).toBeTruthy()
    expect(within(bakery).getByText("Pain au levain – 1 kg")).toBeTruthy()
    expect(within(bakery).queryByText("Bouquet du marché")).toBeNull()
    expect(spaces(within(bakery).getByText(/Sous-total/).textContent)).toBe(
      "Sous-total Boulangerie du Marché : 11,80 €"
    )
    expect(spaces(within(florist).getByText(/Sous-total/).textContent)).toBe(
      "Sous-total L'Atelier des Fleurs : 25,00 €"
    )
    expect(within(bakery).getByText(/À retirer : 12 place Jean Jaurès/)).toBeTruthy()
    expect(spaces(screen.getByText(/^Total :/).textContent)).toContain("36,80 €")
    expect(screen.getByRole("link", { name: "Passer la commande" }).getAttribute("href")).toBe(
      "/commande"
    )
    await waitFor(() =>
      expect(screen.getByRole("link", { name: "Panier (3 articles)" })).toBeTruthy()
    )
  })

  it("changes a quantity and removes a line through the Medusa cart", async () => {
    window.localStorage.setItem(CART_ID_STORAGE_KEY, "cart_1")
    const backend = cartBackend()
    const { user } = renderApp("/panier")

    await user.click(
      await screen.findByRole("button", { name: "Ajouter un exemplaire de Pain au levain – 1 kg" })
    )
    await waitFor(() =>
      expect(
        backend.requests.find((r) => r.method === "POST" && r.path.endsWith("/li_levain"))?.body
      ).toEqual({ quantity: 3 })
    )
    await user.click(screen.getByRole("button", { name: "Retirer Bouquet du marché du panier" }))
    await waitFor(() => expect(backend.requests.some((r) => r.method === "DELETE")).toBe(true))
  })

  it("says the cart is empty without a cart on this device, without asking the backend", async () => {
    const backend = fakeBackend({})
    renderApp("/panier")
    expect(await screen.findByText("Votre panier est vide.")).toBeTruthy()
    expect(backend.fetch).not.toHaveBeenCalled()
  })
})
