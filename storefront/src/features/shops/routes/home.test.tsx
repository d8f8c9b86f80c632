import { TRADES } from "@mirashop/contract"
import { screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { fakeBackend } from "@/test/fake-backend"
import { someShops } from "@/test/fixtures"
import { renderApp } from "@/test/render-app"

describe("home page", () => {
  it("lists the first twelve shops as links, in a list named « Boutiques »", async () => {
    const backend = fakeBackend({
      "GET /store/shops": {
        status: 200,
        body: { shops: someShops(12), count: 20, offset: 0, limit: 12 },
      },
    })
    renderApp("/")

    const list = await screen.findByRole("list", { name: "Boutiques" })
    const links = within(list).getAllByRole("link")
    expect(links.map((link) => link.textContent)).toEqual(someShops(12).map((shop) => shop.name))
    expect(backend.requests[0].query.get("limit")).toBe("12")
    expect(
      screen.getByRole("link", { name: "Voir toutes les boutiques" }).getAttribute("href")
    ).toBe("/boutiques")
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1)
    await waitFor(() => expect(document.title).toBe("Mirashop – les commerces de Miramas"))
  })

  it("links every trade to the directory filtered on it", async () => {
    fakeBackend({})
    renderApp("/")

    const trades = await screen.findByRole("list", { name: "Les métiers" })
    const links = within(trades).getAllByRole("link")
    expect(links.map((link) => link.getAttribute("href"))).toEqual(
      TRADES.map((trade) => `/boutiques?trade=${trade}`)
    )
    expect(within(trades).getByRole("link", { name: "Épicerie fine" })).toBeTruthy()
  })

  it("searches products of every shop from its search box", async () => {
    fakeBackend({
      "GET /store/shops": { status: 200, body: { shops: [], count: 0, offset: 0, limit: 12 } },
    })
    const { user, router } = renderApp("/")

    const search = await screen.findByRole("search", {
      name: "Recherche dans toutes les boutiques",
    })
    await user.type(within(search).getByLabelText("Rechercher un produit"), "bocal confiure")
    await user.click(within(search).getByRole("button", { name: "Rechercher" }))

    expect(router.state.location.pathname).toBe("/recherche")
    expect(router.state.location.search).toBe("?q=bocal%20confiure")
    expect(
      await screen.findByRole("heading", { level: 1, name: "Résultats pour « bocal confiure »" })
    ).toBeTruthy()
  })

  it("says when the shops cannot be loaded", async () => {
    fakeBackend({ "GET /store/shops": { status: 500 } })
    renderApp("/")

    const alert = await screen.findByRole("alert", {}, { timeout: 3000 })
    expect(alert.textContent).toMatch(/^Impossible de charger les boutiques/)
  })
})
