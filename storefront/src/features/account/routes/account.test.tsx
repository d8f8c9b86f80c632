import type { Checkout, CheckoutListResponse } from "@mirashop/contract"
import { screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { fakeBackend } from "@/test/fake-backend"
import { renderApp } from "@/test/render-app"

const TOKEN_KEY = "medusa_auth_token"

function aCheckout(cancellable: boolean): Checkout {
  const order = (id: string, name: string, status: Checkout["orders"][number]["status"]) => ({
    id,
    display_id: 7,
    shop: {
      id: `shop_${id}`,
      handle: id,
      name,
      address: { line1: "1 rue Pasteur", postal_code: "13140", city: "Miramas" },
      pickup_instructions: "",
    },
    status,
    slot: { start: "2026-12-01T08:00:00.000Z", end: "2026-12-01T08:30:00.000Z", label: "09:00" },
    pickup_code: "K7P2QX",
    pickup_qr_svg: "<svg/>",
    items: [],
    total: { amount: 12, currency_code: "eur" },
    payment_mode: "pay_at_pickup" as const,
    cancellable: cancellable && status === "placed",
  })
  return {
    id: "cart_9",
    created_at: "2026-11-30T10:00:00.000Z",
    email: "camille@exemple.fr",
    total: { amount: 24, currency_code: "eur" },
    orders: [
      order("fournil", "Le Fournil", "placed"),
      order("fleurs", "L'Atelier des Fleurs", "ready_for_pickup"),
    ],
  }
}

describe("account", () => {
  it("sends a guest to the sign-in page", async () => {
    const backend = fakeBackend({})
    renderApp("/compte")
    expect(await screen.findByRole("heading", { level: 1, name: "Se connecter" })).toBeTruthy()
    expect(backend.fetch).not.toHaveBeenCalled()
  })

  it("signs in, then lists each order per shop with its status and cancels the one not ready yet", async () => {
    let cancelled = false
    const backend = fakeBackend({
      "POST /auth/customer/emailpass": { status: 200, body: { token: "jwt-camille" } },
      "GET /store/customers/me": (request) =>
        request.headers.get("authorization") === "Bearer jwt-camille"
          ? {
              status: 200,
              body: {
                customer: { id: "cus_1", email: "camille@exemple.fr", first_name: "Camille" },
              },
            }
          : { status: 401, body: { message: "Unauthorized" } },
      "GET /store/checkouts": () => {
        const checkout = aCheckout(!cancelled)
        if (cancelled) checkout.orders[0].status = "cancelled"
        return {
          status: 200,
          body: {
            checkouts: [checkout],
            count: 1,
            offset: 0,
            limit: 10,
          } satisfies CheckoutListResponse,
        }
      },
      "POST /store/checkouts/cart_9/orders/fournil/cancel": () => {
        cancelled = true
        return { status: 200, body: { checkout: aCheckout(false) } }
      },
    })
    vi.spyOn(window, "confirm").mockReturnValue(true)
    const { user } = renderApp("/compte/connexion")

    await user.type(await screen.findByLabelText("E-mail"), "camille@exemple.fr")
    await user.type(screen.getByLabelText("Mot de passe"), "Miramas2026!")
    await user.click(screen.getByRole("button", { name: "Se connecter" }))

    expect(await screen.findByRole("heading", { level: 1, name: "Bonjour Camille" })).toBeTruthy()
    expect(window.localStorage.getItem(TOKEN_KEY)).toBe("jwt-camille")
    const history = await screen.findByRole("list", { name: "Mes commandes" })
    expect(within(history).getByText("Commandée")).toBeTruthy()
    expect(within(history).getByText("Prête à retirer")).toBeTruthy()
    expect(
      within(history).queryByRole("button", {
        name: "Annuler la commande chez L'Atelier des Fleurs",
      })
    ).toBeNull()

    await user.click(
      within(history).getByRole("button", { name: "Annuler la commande chez Le Fournil" })
    )

    expect(await screen.findByText("Votre commande chez Le Fournil est annulée.")).toBeTruthy()
    await waitFor(() => expect(within(history).getByText("Annulée")).toBeTruthy())
    expect(
      backend.requests.some((r) => r.method === "POST" && r.path.endsWith("/fournil/cancel"))
    ).toBe(true)
  })

  it("says so when the password is wrong", async () => {
    fakeBackend({
      "POST /auth/customer/emailpass": {
        status: 401,
        body: { message: "Invalid email or password" },
      },
    })
    const { user } = renderApp("/compte/connexion")
    await user.type(await screen.findByLabelText("E-mail"), "camille@exemple.fr")
    await user.type(screen.getByLabelText("Mot de passe"), "faux")
    await user.click(screen.getByRole("button", { name: "Se connecter" }))
    expect(await screen.findByText("E-mail ou mot de passe incorrect.")).toBeTruthy()
  })
})
