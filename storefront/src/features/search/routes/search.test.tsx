import type { StoreCatalogResponse } from "@mirashop/contract"
import { screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { fakeBackend } from "@/test/fake-backend"
import { aProduct } from "@/test/fixtures"
import { renderApp } from "@/test/render-app"

function catalogPage(overrides: Partial<StoreCatalogResponse> = {}): StoreCatalogResponse {
  return {
    products: [
      aProduct(),
      aProduct({
        id: "prod_confiture",
        handle: "bocal-confiture-abricot",
        title: "Bocal de confiture d'abricot",
        shop: { id: "shop_epicerie", handle: "epicerie-fine", name: "Épicerie Fine" },
      }),
    ],
    count: 2,
    offset: 0,
    limit: 24,
    facets: {
      trade: [
        { value: "boulangerie", count: 1 },
        { value: "epicerie_fine", count: 1 },
      ],
      shop: [
        { handle: "boulangerie-du-marche", name: "Boulangerie du Marché", count: 1 },
        { handle: "epicerie-fine", name: "Épicerie Fine", count: 1 },
      ],
      category: [],
      price: [
        { key: "moins-de-10", min: null, max: 10, count: 2 },
        { key: "10-20", min: 10, max: 20, count: 0 },
        { key: "20-50", min: 20, max: 50, count: 0 },
        { key: "50-et-plus", min: 50, max: null, count: 0 },
      ],
      in_stock: { in_stock: 2, out_of_stock: 0 },
    },
    ...overrides,
  }
}

describe("search page", () => {
  it("shows the results with their shop and announces how many were found", async () => {
    const backend = fakeBackend({ "GET /store/catalog": { status: 200, body: catalogPage() } })
    renderApp("/recherche?q=bocal%20confiure")

    const status = await screen.findByText("2 produits trouvés")
    expect(status.getAttribute("role")).toBe("status")
    const list = screen.getByRole("list", { name: "Produits" })
    expect(within(list).getByText("Chez Épicerie Fine")).toBeTruthy()
    expect(
      within(list).getByRole("link", { name: "Bocal de confiture d'abricot" }).getAttribute("href")
    ).toBe("/boutiques/epicerie-fine/bocal-confiture-abricot")
    expect(backend.requests[0].query.get("q")).toBe("bocal confiure")
    expect(backend.requests[0].query.get("limit")).toBe("12")
    await waitFor(() => expect(document.title).toBe("Recherche « bocal confiure » – Mirashop"))
  })

  it("applies facets only on submit, through the URL", async () => {
    const backend = fakeBackend({ "GET /store/catalog": { status: 200, body: catalogPage() } })
    const { user, router } = renderApp("/recherche?q=confiture")

    await screen.findByText("2 produits trouvés")
    const shops = screen.getByRole("group", { name: "Boutique" })
    await user.click(within(shops).getByLabelText("Épicerie Fine (1 produit)"))
    await user.click(screen.getByLabelText("En stock uniquement (2 produits)"))
    expect(router.state.location.search).toBe("?q=confiture")

    await user.click(screen.getByRole("button", { name: "Appliquer" }))
    expect(router.state.location.search).toBe("?q=confiture&boutique=epicerie-fine&en_stock=oui")
    await waitFor(() => expect(backend.requests.at(-1)?.query.get("shop")).toBe("epicerie-fine"))
    expect(backend.requests.at(-1)?.query.get("in_stock")).toBe("true")
    expect(screen.getByRole("link", { name: "Retirer les filtres" }).getAttribute("href")).toBe(
      "/recherche?q=confiture"
    )
  })

  it("shows the first five values of a long facet, the rest on demand, and always the chosen one", async () => {
    const manyShops = Array.from({ length: 8 }, (_, index) => ({
      handle: `boutique-${index + 1}`,
      name: `Boutique ${index + 1}`,
      count: 8 - index,
    }))
    fakeBackend({
      "GET /store/catalog": {
        status: 200,
        body: catalogPage({ facets: { ...catalogPage().facets, shop: manyShops } }),
      },
    })
    const { user } = renderApp("/recherche?q=confiture&boutique=boutique-7")

    await screen.findByText("2 produits trouvés")
    const shops = screen.getByRole("group", { name: "Boutique" })
    // "All shops", the first five, and the chosen seventh.
    expect(within(shops).getAllByRole("radio")).toHaveLength(7)
    expect(within(shops).getByRole("radio", { name: "Boutique 7 (2 produits)" })).toHaveProperty(
      "checked",
      true
    )
    expect(within(shops).queryByRole("radio", { name: /^Boutique 6 / })).toBeNull()
    const more = within(shops).getByRole("button", { name: "Voir 2 autres valeurs" })
    expect(more.getAttribute("aria-expanded")).toBe("false")

    await user.click(more)

    expect(within(shops).getAllByRole("radio")).toHaveLength(9)
    expect(within(shops).getByRole("radio", { name: "Boutique 6 (3 produits)" })).toBeTruthy()
    const fewer = within(shops).getByRole("button", { name: "Voir moins" })
    expect(fewer.getAttribute("aria-expanded")).toBe("true")
    expect(document.activeElement).toBe(fewer)
    // Short facets have no button.
    expect(within(screen.getByRole("group", { name: "Métier" })).queryByRole("button")).toBeNull()
  })

  it("paginates with links that keep the search", async () => {
    const backend = fakeBackend({
      "GET /store/catalog": { status: 200, body: catalogPage({ count: 30, offset: 12 }) },
    })
    renderApp("/recherche?q=pain&page=2")

    const pages = await screen.findByRole("navigation", { name: "Pages de résultats" })
    expect(within(pages).getByRole("link", { name: "Page 2" }).getAttribute("aria-current")).toBe(
      "page"
    )
    expect(within(pages).getByRole("link", { name: "Page suivante" }).getAttribute("href")).toBe(
      "/recherche?q=pain&page=3"
    )
    expect(within(pages).getByRole("link", { name: "Page précédente" }).getAttribute("href")).toBe(
      "/recherche?q=pain"
    )
    expect(backend.requests[0].query.get("offset")).toBe("12")
  })

  it("says so when nothing matches", async () => {
    fakeBackend({
      "GET /store/catalog": { status: 200, body: catalogPage({ products: [], count: 0 }) },
    })
    renderApp("/recherche?q=zzz")
    expect(await screen.findByText(/^Aucun produit ne correspond/)).toBeTruthy()
  })
})
