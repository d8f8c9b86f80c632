import type { StoreShopDetailResponse } from "@mirashop/contract"
import { screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { fakeBackend, type SeenRequest } from "@/test/fake-backend"
import { aProduct, aShop } from "@/test/fixtures"
import { renderApp } from "@/test/render-app"

// Intl separates "4,50" from "€" with a narrow no-break space in French.
const spaces = (text: string | null) => text?.replace(/\s/g, " ")

describe("shop page", () => {
  it("shows the shop, how to reach and collect, and its products with prices", async () => {
    const backend = fakeBackend({
      "GET /store/shops/boulangerie-du-marche": {
        status: 200,
        body: {
          shop: aShop({ closures: [{ from: "2999-08-01", to: "2999-08-15", reason: "Congés" }] }),
          products: [
            aProduct({ thumbnail: "/static/levain.jpg" }),
            aProduct({
              id: "prod_croissant",
              title: "Croissant",
              price: { amount: 1.2, currency_code: "eur" },
              in_stock: false,
            }),
            aProduct({ id: "prod_gateau", title: "Gâteau sur commande", price: null }),
          ],
          count: 3,
          offset: 0,
          limit: 24,
        } satisfies StoreShopDetailResponse,
      },
    })
    renderApp("/boutiques/boulangerie-du-marche")

    expect(
      await screen.findByRole("heading", { level: 1, name: "Boulangerie du Marché" })
    ).toBeTruthy()
    await waitFor(() => expect(document.title).toBe("Boulangerie du Marché – Mirashop"))
    expect(Object.fromEntries(backend.requests[0].query)).toEqual({ limit: "12", offset: "0" })
    expect(screen.getByText("Pains au levain et viennoiseries maison.")).toBeTruthy()
    expect(screen.getByRole("link", { name: "04 90 58 00 00" }).getAttribute("href")).toBe(
      "tel:0490580000"
    )
    expect(screen.getByRole("table", { name: "Horaires d'ouverture" })).toBeTruthy()
    expect(screen.getByText("Du 1 août 2999 au 15 août 2999 : Congés")).toBeTruthy()
    expect(screen.getByText("Comptoir de gauche, donnez votre code de retrait.")).toBeTruthy()
    expect(
      screen.getByText("Votre commande est prête environ 30 minutes après sa validation.")
    ).toBeTruthy()

    const products = within(screen.getByRole("list", { name: "Produits" })).getAllByRole("listitem")
    expect(products).toHaveLength(3)
    const [levain, croissant, gateau] = products
    expect(spaces(within(levain).getByText(/€/).textContent)).toBe("4,50 €")
    expect(within(levain).getByText("En stock")).toBeTruthy()
    const photo = levain.querySelector("img")
    expect(photo?.getAttribute("src")).toBe("/static/levain.jpg")
    expect(photo?.getAttribute("width")).toBe("320")
    expect(photo?.getAttribute("height")).toBe("240")
    expect(photo?.getAttribute("loading")).toBe("lazy")
    expect(photo?.getAttribute("alt")).toBe("")
    expect(spaces(within(croissant).getByText(/€/).textContent)).toBe("1,20 €")
    expect(within(croissant).getByText("Épuisé")).toBeTruthy()
    expect(croissant.querySelector("img")).toBeNull()
    expect(within(gateau).getByText("Prix non communiqué")).toBeTruthy()

    const breadcrumb = screen.getByRole("navigation", { name: "Fil d'Ariane" })
    expect(within(breadcrumb).getByRole("link", { name: "Boutiques" }).getAttribute("href")).toBe(
      "/boutiques"
    )
  })

  it("hides closures that are over and instructions the shop has not written", async () => {
    fakeBackend({
      "GET /store/shops/boulangerie-du-marche": {
        status: 200,
        body: {
          shop: aShop({
            closures: [{ from: "2001-01-01", to: "2001-01-02" }],
            pickup_instructions: "",
            preparation_minutes: 0,
          }),
          products: [],
          count: 0,
          offset: 0,
          limit: 12,
        } satisfies StoreShopDetailResponse,
      },
    })
    renderApp("/boutiques/boulangerie-du-marche")

    await screen.findByRole("heading", { level: 1, name: "Boulangerie du Marché" })
    expect(screen.queryByRole("heading", { name: "Fermetures exceptionnelles" })).toBeNull()
    expect(screen.queryByRole("heading", { name: "Retrait en boutique" })).toBeNull()
    expect(screen.getByText("Cette boutique n'a pas encore de produit en ligne.")).toBeTruthy()
  })

  it("pages through the products with « Voir plus de produits »", async () => {
    const all = Array.from({ length: 18 }, (_, i) =>
      aProduct({ id: `prod_${i + 1}`, title: `Produit ${i + 1}` })
    )
    const backend = fakeBackend({
      "GET /store/shops/boulangerie-du-marche": (request: SeenRequest) => {
        const offset = Number(request.query.get("offset"))
        const limit = Number(request.query.get("limit"))
        const body: StoreShopDetailResponse = {
          shop: aShop(),
          products: all.slice(offset, offset + limit),
          count: all.length,
          offset,
          limit,
        }
        return { status: 200, body }
      },
    })
    const { user } = renderApp("/boutiques/boulangerie-du-marche")
    const list = await screen.findByRole("list", { name: "Produits" })
    expect(within(list).getAllByRole("listitem")).toHaveLength(12)

    await user.click(screen.getByRole("button", { name: "Voir plus de produits" }))

    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(18))
    expect(backend.requests.at(-1)?.query.get("offset")).toBe("12")
    expect(document.activeElement?.textContent).toMatch(/^Produit 13/)
    expect(screen.queryByRole("button", { name: "Voir plus de produits" })).toBeNull()
  })

  it("says so when the shop does not exist (or is no longer online)", async () => {
    const backend = fakeBackend({})
    renderApp("/boutiques/fermee-depuis-longtemps")

    expect(
      await screen.findByRole("heading", { level: 1, name: "Boutique introuvable" })
    ).toBeTruthy()
    expect(backend.requests).toHaveLength(1) // a 404 is final: no retry
    expect(screen.getByRole("link", { name: "Voir toutes les boutiques" })).toBeTruthy()
    await waitFor(() => expect(document.title).toBe("Boutique introuvable – Mirashop"))
  })
})
