import type { StoreShopListResponse } from "@mirashop/contract"
import { act, screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { fakeBackend, type SeenRequest } from "@/test/fake-backend"
import { aShop, someShops } from "@/test/fixtures"
import { renderApp } from "@/test/render-app"

/** `GET /store/shops` answering from a list of shops, paginated like the backend. */
function shopsEndpoint(all: ReturnType<typeof someShops>) {
  return (request: SeenRequest) => {
    const limit = Number(request.query.get("limit"))
    const offset = Number(request.query.get("offset"))
    const body: StoreShopListResponse = {
      shops: all.slice(offset, offset + limit),
      count: all.length,
      offset,
      limit,
    }
    return { status: 200, body }
  }
}

describe("shop directory", () => {
  it("opens a map of the listed shops on demand, the list staying in place", async () => {
    fakeBackend({ "GET /store/shops": shopsEndpoint(someShops(3)) })
    const { user } = renderApp("/boutiques")

    await screen.findByRole("list", { name: "Boutiques" })
    // No map, and so no Leaflet nor tiles, until asked for.
    expect(screen.queryByRole("region", { name: "Carte des boutiques" })).toBeNull()
    const toggle = screen.getByRole("button", { name: "Afficher la carte" })
    expect(toggle.getAttribute("aria-expanded")).toBe("false")

    await user.click(toggle)

    const map = await screen.findByRole("region", { name: "Carte des boutiques" })
    expect(toggle.getAttribute("aria-expanded")).toBe("true")
    expect(toggle.textContent).toBe("Masquer la carte")
    await waitFor(() => expect(map.querySelectorAll("path.leaflet-interactive")).toHaveLength(3))
    expect(within(map).getByRole("button", { name: "Zoomer" })).toBeTruthy()
    expect(screen.getByRole("list", { name: "Boutiques" })).toBeTruthy()

    await user.click(toggle)
    expect(screen.queryByRole("region", { name: "Carte des boutiques" })).toBeNull()
  })

  it("shows each shop of the response as a card: name linking to its page, trade, address, open or not", async () => {
    const backend = fakeBackend({
      "GET /store/shops": {
        status: 200,
        body: {
          shops: [
            aShop(),
            aShop({
              id: "shop_fleurs",
              handle: "au-jardin-de-provence",
              name: "Au jardin de Provence",
              trade: "fleuriste",
              address: { line1: "3 avenue Falabrègues", postal_code: "13140", city: "Miramas" },
              is_open_now: false,
            }),
          ],
          count: 2,
          offset: 0,
          limit: 24,
        } satisfies StoreShopListResponse,
      },
    })
    renderApp("/boutiques")

    const list = await screen.findByRole("list", { name: "Boutiques" })
    const cards = within(list).getAllByRole("listitem")
    expect(cards).toHaveLength(2)

    const [bakery, florist] = cards
    expect(within(bakery).getByRole("link").getAttribute("href")).toBe(
      "/boutiques/boulangerie-du-marche"
    )
    expect(within(bakery).getByRole("heading", { level: 3 }).textContent).toBe(
      "Boulangerie du Marché"
    )
    expect(within(bakery).getByText("Boulangerie")).toBeTruthy()
    expect(within(bakery).getByText("12 place Jean Jaurès, 13140 Miramas")).toBeTruthy()
    expect(within(bakery).getByText("Ouvert maintenant")).toBeTruthy()

    expect(within(florist).getByRole("link", { name: "Au jardin de Provence" })).toBeTruthy()
    expect(within(florist).getByText("Fleuriste")).toBeTruthy()
    expect(within(florist).getByText("Fermé actuellement")).toBeTruthy()

    expect(screen.getByRole("status").textContent).toBe("2 boutiques")
    await waitFor(() => expect(document.title).toBe("Boutiques – Mirashop"))
    expect(backend.requests).toHaveLength(1)
    expect(Object.fromEntries(backend.requests[0].query)).toEqual({ limit: "12", offset: "0" })
  })

  it("reads its filters from the address and shows them in the form", async () => {
    const backend = fakeBackend({ "GET /store/shops": shopsEndpoint([]) })
    renderApp("/boutiques?trade=fleuriste&open_now=true&q=jardin")

    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        "Aucune boutique ne correspond à votre recherche."
      )
    )
    expect(Object.fromEntries(backend.requests[0].query)).toEqual({
      trade: "fleuriste",
      open_now: "true",
      q: "jardin",
      limit: "12",
      offset: "0",
    })
    expect(screen.getByLabelText<HTMLSelectElement>("Métier").value).toBe("fleuriste")
    expect(screen.getByLabelText<HTMLInputElement>("Ouvert maintenant").checked).toBe(true)
    expect(screen.getByLabelText<HTMLInputElement>("Nom de la boutique").value).toBe("jardin")
    await waitFor(() => expect(document.title).toBe("Boutiques : Fleuriste – Mirashop"))
    expect(screen.queryByRole("list", { name: "Boutiques" })).toBeNull()
  })

  it("applies the filters on submit, through the address", async () => {
    const backend = fakeBackend({ "GET /store/shops": shopsEndpoint(someShops(3)) })
    const { user, router } = renderApp("/boutiques")
    await screen.findByRole("list", { name: "Boutiques" })

    await user.selectOptions(screen.getByLabelText("Métier"), "Librairie")
    await user.click(screen.getByLabelText("Ouvert maintenant"))
    await user.type(screen.getByLabelText("Nom de la boutique"), "  page ")
    expect(backend.requests).toHaveLength(1) // nothing changes before the shopper submits
    const submit = screen.getByRole("button", { name: "Filtrer" })
    await user.click(submit)

    expect(router.state.location.search).toBe("?q=page&trade=librairie&open_now=true")
    await waitFor(() => expect(backend.requests).toHaveLength(2))
    expect(Object.fromEntries(backend.requests[1].query)).toMatchObject({
      trade: "librairie",
      open_now: "true",
      q: "page",
    })
    expect(document.activeElement).toBe(submit) // the form was not rebuilt under the shopper

    await user.click(screen.getByRole("button", { name: "Effacer les filtres" }))
    expect(router.state.location.search).toBe("")
    expect(screen.getByLabelText<HTMLSelectElement>("Métier").value).toBe("")
    expect(document.activeElement).toBe(screen.getByLabelText("Nom de la boutique"))
  })

  it("shows in its fields the filters of a link followed from elsewhere", async () => {
    fakeBackend({ "GET /store/shops": shopsEndpoint(someShops(2)) })
    const { router } = renderApp("/boutiques?trade=caviste")
    await screen.findByRole("list", { name: "Boutiques" })
    expect(screen.getByLabelText<HTMLSelectElement>("Métier").value).toBe("caviste")

    await act(() => router.navigate("/boutiques?trade=fromagerie&open_now=true"))

    expect(screen.getByLabelText<HTMLSelectElement>("Métier").value).toBe("fromagerie")
    expect(screen.getByLabelText<HTMLInputElement>("Ouvert maintenant").checked).toBe(true)
  })

  it("loads 12 more shops on « Voir plus » and moves focus to the first new one", async () => {
    const backend = fakeBackend({ "GET /store/shops": shopsEndpoint(someShops(18)) })
    const { user } = renderApp("/boutiques")
    const list = await screen.findByRole("list", { name: "Boutiques" })
    expect(within(list).getAllByRole("listitem")).toHaveLength(12)
    expect(screen.getByText("12 affichées sur 18")).toBeTruthy()

    await user.click(screen.getByRole("button", { name: "Voir plus de boutiques" }))

    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(18))
    expect(backend.requests.at(-1)?.query.get("offset")).toBe("12")
    expect(document.activeElement).toBe(within(list).getByRole("link", { name: "Boutique 13" }))
    expect(screen.queryByRole("button", { name: "Voir plus de boutiques" })).toBeNull()
  })

  it("says when the shops cannot be loaded, and loads them on retry", async () => {
    let down = true
    fakeBackend({
      "GET /store/shops": (request) =>
        down ? { status: 503 } : shopsEndpoint(someShops(1))(request),
    })
    const { user } = renderApp("/boutiques")

    const alert = await screen.findByRole("alert", {}, { timeout: 3000 })
    await waitFor(() => expect(alert.textContent).toMatch(/^Impossible de charger les boutiques/))
    down = false
    await user.click(within(alert).getByRole("button", { name: "Réessayer" }))

    expect(await screen.findByRole("link", { name: "Boutique 1" })).toBeTruthy()
  })
})
