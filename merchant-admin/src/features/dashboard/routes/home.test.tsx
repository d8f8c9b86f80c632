import type { ShopStatus } from "@mirashop/contract"
import { screen, waitFor } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { i18n } from "@/lib/i18n"
import { aMerchant, fakeBackend, storeToken } from "@/test/fake-backend"
import { renderApp } from "@/test/render-app"

function signedInAs(me: ReturnType<typeof aMerchant>) {
  storeToken()
  fakeBackend({ "GET /merchant/me": { status: 200, body: me } })
  return renderApp("/")
}

describe("home page", () => {
  it.each<[ShopStatus, string]>([
    ["pending", "En attente de validation par la mairie"],
    ["approved", "En ligne"],
    ["suspended", "Suspendue"],
  ])("shows the shop and its %s status in words", async (status, label) => {
    signedInAs(aMerchant({ shop: { name: "Fleurs de Provence", status } }))

    expect(await screen.findByRole("heading", { level: 1, name: "Bonjour Camille" })).toBeTruthy()
    const shop = screen.getByRole("region", { name: "Fleurs de Provence" })
    expect(shop.textContent).toContain(`Statut\u00a0: ${label}`)
    await waitFor(() => expect(document.title).toBe("Accueil – Espace commerçant Mirashop"))
  })

  it("speaks English when the merchant chose it", async () => {
    await i18n.changeLanguage("en")
    signedInAs(aMerchant({ shop: { status: "pending" } }))

    expect(await screen.findByRole("heading", { level: 1, name: "Hello Camille" })).toBeTruthy()
    expect(screen.getByText("Awaiting approval by the town hall")).toBeTruthy()
  })

  it("says so when no shop is linked to the account", async () => {
    signedInAs(aMerchant({ shop: null }))

    expect(
      await screen.findByText("Aucune boutique n'est encore rattachée à votre compte.")
    ).toBeTruthy()
    expect(screen.queryByRole("region")).toBeNull()
  })
})
