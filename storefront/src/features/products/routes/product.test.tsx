import type { StoreProductPage, StoreProductPageResponse } from "@mirashop/contract"
import { screen, waitFor } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { CART_ID_STORAGE_KEY } from "@/lib/cart"
import { fakeBackend } from "@/test/fake-backend"
import { renderApp } from "@/test/render-app"

const spaces = (text: string | null | undefined) => text?.replace(/\s/g, " ")

function aProductPage(): StoreProductPage {
  return {
    id: "prod_levain",
    handle: "pain-au-levain",
    title: "Pain au levain",
    description: "Levain naturel, farine T80.",
    thumbnail: "/static/levain.webp",
    images: [{ id: "img_1", url: "/static/levain.webp" }],
    options: [{ id: "opt_poids", title: "Poids", values: ["500 g", "1 kg"] }],
    variants: [
      {
        id: "var_500",
        title: "500 g",
        options: { opt_poids: "500 g" },
        price: { amount: 3.2, currency_code: "eur" },
        stock: { status: "in_stock", remaining: null },
      },
      {
        id: "var_1kg",
        title: "1 kg",
        options: { opt_poids: "1 kg" },
        price: { amount: 5.9, currency_code: "eur" },
        stock: { status: "low_stock", remaining: 2 },
      },
    ],
    shop: {
      id: "shop_boulangerie",
      handle: "boulangerie-du-marche",
      name: "Boulangerie du Marché",
      address: { line1: "12 place Jean Jaurès", postal_code: "13140", city: "Miramas" },
      pickup_instructions: "Comptoir de gauche.",
      is_open_now: true,
    },
    ready: {
      preparation_minutes: 30,
      earliest_slot: {
        start: "2999-12-01T08:00:00.000Z",
        end: "2999-12-01T08:30:00.000Z",
        date: "2999-12-01",
        label: "09:00",
        remaining: 3,
      },
    },
  }
}

describe("product page", () => {
  it("shows the variant chosen with its price VAT included, its stock at the shop and the ready time", async () => {
    fakeBackend({
      "GET /store/shops/boulangerie-du-marche/products/pain-au-levain": {
        status: 200,
        body: { product: aProductPage() } satisfies StoreProductPageResponse,
      },
    })
    const { user } = renderApp("/boutiques/boulangerie-du-marche/pain-au-levain")

    expect(await screen.findByRole("heading", { level: 1, name: "Pain au levain" })).toBeTruthy()
    await waitFor(() =>
      expect(document.title).toBe("Pain au levain – Boulangerie du Marché – Mirashop")
    )
    expect(spaces(document.querySelector(".price--large")?.textContent)).toBe("3,20 € TTC")
    expect(screen.getByText("En stock chez Boulangerie du Marché")).toBeTruthy()
    expect(
      screen.getByText(/^Prête dès \S+ 1 décembre à 09:00 si vous commandez maintenant\.$/)
    ).toBeTruthy()
    expect(
      screen.getByText("La boutique prépare les commandes en 30 minutes environ.")
    ).toBeTruthy()
    expect(
      screen.getByRole("img", { name: "Pain au levain, photo 1 sur 1" }).getAttribute("src")
    ).toBe("/static/levain.webp")

    await user.click(screen.getByRole("radio", { name: "1 kg" }))
    expect(spaces(document.querySelector(".price--large")?.textContent)).toBe("5,90 € TTC")
    expect(screen.getByText("Plus que 2 chez Boulangerie du Marché")).toBeTruthy()
    expect(screen.getByRole("spinbutton", { name: "Quantité" }).getAttribute("max")).toBe("2")
  })

  it("adds the chosen variant to a new cart in region France and remembers the cart", async () => {
    const backend = fakeBackend({
      "GET /store/shops/boulangerie-du-marche/products/pain-au-levain": {
        status: 200,
        body: { product: aProductPage() },
      },
      "GET /store/regions": {
        status: 200,
        body: {
          regions: [
            { id: "reg_de", countries: [{ iso_2: "de" }] },
            { id: "reg_fr", countries: [{ iso_2: "fr" }] },
          ],
        },
      },
      "POST /store/carts": { status: 200, body: { cart: { id: "cart_new" } } },
      "POST /store/carts/cart_new/line-items": { status: 200, body: { cart: { id: "cart_new" } } },
      "GET /store/carts/cart_new": {
        status: 200,
        body: {
          cart: { id: "cart_new", completed_at: null, items: [{ id: "li_1", quantity: 1 }] },
        },
      },
    })
    const { user } = renderApp("/boutiques/boulangerie-du-marche/pain-au-levain")
    await user.click(await screen.findByRole("radio", { name: "1 kg" }))
    await user.click(screen.getByRole("button", { name: "Ajouter au panier" }))

    expect(await screen.findByText("Ajouté au panier.")).toBeTruthy()
    expect(
      backend.requests.find((r) => r.path === "/store/carts" && r.method === "POST")?.body
    ).toEqual({ region_id: "reg_fr" })
    expect(backend.requests.find((r) => r.path.endsWith("/line-items"))?.body).toEqual({
      variant_id: "var_1kg",
      quantity: 1,
    })
    expect(window.localStorage.getItem(CART_ID_STORAGE_KEY)).toBe("cart_new")
    await waitFor(() =>
      expect(screen.getByRole("link", { name: "Panier (1 article)" })).toBeTruthy()
    )
  })

  it("cannot add a sold-out variant", async () => {
    const page = aProductPage()
    page.options = []
    page.variants = [{ ...page.variants[0], stock: { status: "out_of_stock", remaining: 0 } }]
    fakeBackend({
      "GET /store/shops/boulangerie-du-marche/products/pain-au-levain": {
        status: 200,
        body: { product: page },
      },
    })
    renderApp("/boutiques/boulangerie-du-marche/pain-au-levain")
    expect(await screen.findByText("Épuisé")).toBeTruthy()
    expect(
      screen.getByRole<HTMLButtonElement>("button", { name: "Ajouter au panier" }).disabled
    ).toBe(true)
  })

  it("says « Produit introuvable » on a 404", async () => {
    fakeBackend({})
    renderApp("/boutiques/boulangerie-du-marche/inconnu")
    expect(
      await screen.findByRole("heading", { level: 1, name: "Produit introuvable" })
    ).toBeTruthy()
  })
})
