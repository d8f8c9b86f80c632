import { screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { sdk } from "@/lib/sdk"
import { sessionKeys } from "@/lib/session"
import { aMerchant, fakeBackend, storedToken, storeToken } from "@/test/fake-backend"
import { renderApp } from "@/test/render-app"

describe("protected layout", () => {
  it("sends the merchant to /connexion when /merchant/me answers 401, and forgets the token", async () => {
    storeToken("expired-token")
    const backend = fakeBackend({
      "GET /merchant/me": { status: 401, body: { type: "unauthorized", message: "Unauthorized" } },
    })
    const { router } = renderApp("/")

    await screen.findByRole("heading", { level: 1, name: "Connexion à votre espace commerçant" })
    expect(router.state.location.pathname).toBe("/connexion")
    expect(router.state.location.state).toEqual({ from: "/" })
    expect(backend.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /merchant/me"])
    expect(storedToken()).toBeNull()
  })

  it("sends a visitor without a token to /connexion without calling the backend", async () => {
    const backend = fakeBackend({})
    const { router } = renderApp("/")

    await screen.findByRole("heading", { level: 1, name: "Connexion à votre espace commerçant" })
    expect(router.state.location.pathname).toBe("/connexion")
    expect(backend.fetch).not.toHaveBeenCalled()
  })

  it("frames the page with a header, a navigation and the main content", async () => {
    storeToken()
    fakeBackend({ "GET /merchant/me": { status: 200, body: aMerchant() } })
    renderApp("/")

    await screen.findByRole("heading", { level: 1, name: "Bonjour Camille" })
    const banner = screen.getByRole("banner")
    expect(within(banner).getByText("Boutique : Boulangerie du Marché")).toBeTruthy()
    expect(within(banner).getByRole("button", { name: "Se déconnecter" })).toBeTruthy()
    const nav = screen.getByRole("navigation", { name: "Navigation principale" })
    expect(within(nav).getByRole("link", { name: "Accueil" }).getAttribute("aria-current")).toBe(
      "page"
    )
    expect(screen.getByRole("main").id).toBe("contenu")
    expect(screen.getByRole("link", { name: "Aller au contenu" }).getAttribute("href")).toBe(
      "#contenu"
    )
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1)
  })

  it("logs out: forgets the token, empties the cache and returns to /connexion", async () => {
    storeToken()
    fakeBackend({ "GET /merchant/me": { status: 200, body: aMerchant() } })
    const { user, router, queryClient } = renderApp("/")
    await screen.findByRole("heading", { level: 1, name: "Bonjour Camille" })
    queryClient.setQueryData(["orders"], ["commande de Camille"])

    await user.click(screen.getByRole("button", { name: "Se déconnecter" }))

    await screen.findByRole("heading", { level: 1, name: "Connexion à votre espace commerçant" })
    expect(router.state.location.pathname).toBe("/connexion")
    expect(storedToken()).toBeNull()
    // Only the (empty) session the login page asked for again is left.
    await waitFor(() => {
      const cached = queryClient.getQueryCache().getAll()
      expect(cached.map((query) => [query.queryKey, query.state.data])).toEqual([
        [sessionKeys.me(), null],
      ])
    })
  })

  it("offers to retry when the backend cannot be reached, then shows the page", async () => {
    storeToken()
    let down = true
    fakeBackend({
      "GET /merchant/me": () =>
        Promise.resolve(down ? { status: 503 } : { status: 200, body: aMerchant() }),
    })
    const { user } = renderApp("/")

    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toMatch(/^Impossible de charger votre espace/)
    )
    down = false
    await user.click(screen.getByRole("button", { name: "Réessayer" }))

    expect(await screen.findByRole("heading", { level: 1, name: "Bonjour Camille" })).toBeTruthy()
  })

  it("returns to /connexion when any later request finds the session expired", async () => {
    storeToken()
    fakeBackend({ "GET /merchant/me": { status: 200, body: aMerchant() } })
    const { queryClient, router } = renderApp("/")
    await screen.findByRole("heading", { level: 1, name: "Bonjour Camille" })

    // Any feature's query failing with 401, as the backend answers once the JWT has expired.
    fakeBackend({
      "GET /merchant/shop": {
        status: 401,
        body: { type: "unauthorized", message: "Unauthorized" },
      },
    })
    await queryClient
      .fetchQuery({
        queryKey: ["shop"],
        queryFn: () => sdk.client.fetch("/merchant/shop"),
      })
      .catch(() => undefined)

    await screen.findByRole("heading", { level: 1, name: "Connexion à votre espace commerçant" })
    expect(router.state.location.pathname).toBe("/connexion")
    expect(storedToken()).toBeNull()
  })
})
