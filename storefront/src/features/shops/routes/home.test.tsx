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
    expect(
      backend.requests.find((request) => request.path === "/store/shops")?.query.get("limit")
    ).toBe("12")
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

  it("shows the city's running campaigns, with a link to where they lead", async () => {
    fakeBackend({
      "GET /store/shops": { status: 200, body: { shops: [], count: 0, offset: 0, limit: 12 } },
      "GET /store/campaign-banners": {
        status: 200,
        body: {
          banners: [
            {
              campaign_id: "camp_noel",
              title: "Noël à Miramas",
              text: "Des idées de cadeaux chez vos commerçants.",
              image_url: null,
              image_alt: "",
              link: "/recherche?q=noel",
              starts_at: "2026-12-01T00:00:00Z",
              ends_at: "2026-12-24T23:00:00Z",
            },
          ],
        },
      },
    })
    renderApp("/")

    const link = await screen.findByRole("link", { name: "Noël à Miramas" })
    expect(link.getAttribute("href")).toBe("/recherche?q=noel")
    expect(screen.getByText("Des idées de cadeaux chez vos commerçants.")).toBeTruthy()
  })

  it("renders no banner, and the rest of the page, when the campaigns cannot be read", async () => {
    fakeBackend({
      "GET /store/shops": {
        status: 200,
        body: { shops: someShops(2), count: 2, offset: 0, limit: 12 },
      },
      "GET /store/campaign-banners": { status: 404 },
    })
    renderApp("/")

    expect(await screen.findByRole("list", { name: "Boutiques" })).toBeTruthy()
    expect(screen.queryByRole("heading", { name: "Les opérations de la ville" })).toBeNull()
    expect(screen.queryByRole("alert")).toBeNull()
  })
})
