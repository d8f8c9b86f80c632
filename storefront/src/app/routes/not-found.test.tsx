import { screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { fakeBackend } from "@/test/fake-backend"
import { renderApp } from "@/test/render-app"

describe("unknown page", () => {
  it("says the page does not exist, inside the site's frame", async () => {
    const backend = fakeBackend({})
    renderApp("/introuvable?q=pain")

    expect(await screen.findByRole("heading", { level: 1, name: "Page introuvable" })).toBeTruthy()
    expect(screen.getByRole("link", { name: "Retour à l'accueil" }).getAttribute("href")).toBe("/")
    await waitFor(() => expect(document.title).toBe("Page introuvable – Mirashop"))
    expect(backend.fetch).not.toHaveBeenCalled()

    // The frame every page shares: skip link first, then the landmarks.
    expect(screen.getByRole("link", { name: "Aller au contenu" }).getAttribute("href")).toBe(
      "#contenu"
    )
    expect(screen.getByRole("main").id).toBe("contenu")
    expect(screen.getByRole("banner")).toBeTruthy()
    expect(screen.getByRole("contentinfo")).toBeTruthy()
    const nav = screen.getByRole("navigation", { name: "Navigation principale" })
    expect(within(nav).getByRole("link", { name: "Boutiques" }).getAttribute("href")).toBe(
      "/boutiques"
    )
    const search = screen.getByRole("search", { name: "Recherche de produits" })
    expect(within(search).getByLabelText("Rechercher un produit")).toBeTruthy()
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1)
  })
})
