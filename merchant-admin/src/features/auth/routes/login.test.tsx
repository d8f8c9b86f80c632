import { screen, waitFor } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { aMerchant, fakeBackend, storedToken, storeToken, UNAUTHORIZED } from "@/test/fake-backend"
import { renderApp } from "@/test/render-app"

async function openLogin() {
  const app = renderApp("/connexion")
  await screen.findByRole("heading", { level: 1, name: "Connexion à votre espace commerçant" })
  return app
}

describe("/connexion", () => {
  it("shows an error on each empty field, focuses the first, and sends nothing", async () => {
    const backend = fakeBackend({})
    const { user } = await openLogin()

    await user.click(screen.getByRole("button", { name: "Se connecter" }))

    const email = screen.getByLabelText("Adresse e-mail")
    const password = screen.getByLabelText("Mot de passe")
    expect(email.getAttribute("aria-invalid")).toBe("true")
    expect(password.getAttribute("aria-invalid")).toBe("true")
    expect(screen.getByText("Saisissez votre adresse e-mail.").id).toBe(
      email.getAttribute("aria-describedby")
    )
    expect(screen.getByText("Saisissez votre mot de passe.").id).toBe(
      password.getAttribute("aria-describedby")
    )
    expect(document.activeElement).toBe(email)
    expect(backend.fetch).not.toHaveBeenCalled()
  })

  it("rejects an e-mail without a domain before asking the backend", async () => {
    const backend = fakeBackend({})
    const { user } = await openLogin()

    await user.type(screen.getByLabelText("Adresse e-mail"), "boulangerie")
    await user.type(screen.getByLabelText("Mot de passe"), "Miramas2026!")
    await user.click(screen.getByRole("button", { name: "Se connecter" }))

    expect(
      screen.getByText("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.")
    ).toBeTruthy()
    expect(screen.getByLabelText("Mot de passe").getAttribute("aria-invalid")).toBeNull()
    expect(backend.fetch).not.toHaveBeenCalled()
  })

  it("announces wrong credentials and keeps what was typed", async () => {
    const backend = fakeBackend({ "POST /auth/merchant/emailpass": UNAUTHORIZED })
    const { user } = await openLogin()

    await user.type(screen.getByLabelText("Adresse e-mail"), "boulangerie@mirashop.local")
    await user.type(screen.getByLabelText("Mot de passe"), "mauvais")
    await user.click(screen.getByRole("button", { name: "Se connecter" }))

    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "Adresse e-mail ou mot de passe incorrect."
      )
    )
    expect(screen.getByLabelText<HTMLInputElement>("Adresse e-mail").value).toBe(
      "boulangerie@mirashop.local"
    )
    expect(screen.getByLabelText<HTMLInputElement>("Mot de passe").value).toBe("mauvais")
    expect(backend.requests).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/auth/merchant/emailpass",
        body: { email: "boulangerie@mirashop.local", password: "mauvais" },
      }),
    ])
    expect(storedToken()).toBeNull()
  })

  it("signs in, keeps the token and opens the home page on the shop", async () => {
    const backend = fakeBackend({
      "POST /auth/merchant/emailpass": { status: 200, body: { token: "jwt-camille" } },
      "GET /merchant/me": { status: 200, body: aMerchant() },
    })
    const { user, router } = await openLogin()

    await user.type(screen.getByLabelText("Adresse e-mail"), "  boulangerie@mirashop.local ")
    await user.type(screen.getByLabelText("Mot de passe"), "Miramas2026!")
    await user.click(screen.getByRole("button", { name: "Se connecter" }))

    const greeting = await screen.findByRole("heading", { level: 1, name: "Bonjour Camille" })
    expect(screen.getByRole("heading", { name: /Boulangerie du Marché/ })).toBeTruthy()
    expect(router.state.location.pathname).toBe("/")
    await waitFor(() => expect(document.activeElement).toBe(greeting))
    expect(storedToken()).toBe("jwt-camille")
    expect(backend.requests[0]?.body).toEqual({
      email: "boulangerie@mirashop.local",
      password: "Miramas2026!",
    })
    const me = backend.requests.find((request) => request.path === "/merchant/me")
    expect(me?.headers.get("authorization")).toBe("Bearer jwt-camille")
  })

  it("refuses an account that is not a merchant's and forgets its token", async () => {
    fakeBackend({
      "POST /auth/merchant/emailpass": { status: 200, body: { token: "jwt-shopper" } },
      "GET /merchant/me": { status: 401, body: { type: "unauthorized", message: "Unauthorized" } },
    })
    const { user } = await openLogin()

    await user.type(screen.getByLabelText("Adresse e-mail"), "camille@mirashop.local")
    await user.type(screen.getByLabelText("Mot de passe"), "Miramas2026!")
    await user.click(screen.getByRole("button", { name: "Se connecter" }))

    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "Ce compte n'a pas accès à l'espace commerçant."
      )
    )
    expect(storedToken()).toBeNull()
  })

  it("says the service is unavailable when the backend fails", async () => {
    fakeBackend({
      "POST /auth/merchant/emailpass": { status: 503, body: { message: "Service Unavailable" } },
    })
    const { user } = await openLogin()

    await user.type(screen.getByLabelText("Adresse e-mail"), "boulangerie@mirashop.local")
    await user.type(screen.getByLabelText("Mot de passe"), "Miramas2026!")
    await user.click(screen.getByRole("button", { name: "Se connecter" }))

    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toMatch(/^Connexion impossible pour le moment/)
    )
  })

  it("sends a merchant who is already signed in to the home page", async () => {
    storeToken()
    fakeBackend({ "GET /merchant/me": { status: 200, body: aMerchant() } })
    const { router } = renderApp("/connexion")

    await screen.findByRole("heading", { level: 1, name: "Bonjour Camille" })
    expect(router.state.location.pathname).toBe("/")
  })

  it("switches to English, remembers it and updates <html lang>", async () => {
    fakeBackend({})
    const { user } = await openLogin()

    await user.click(screen.getByRole("button", { name: "Changer de langue\u00a0: English" }))

    expect(
      await screen.findByRole("heading", { level: 1, name: "Log in to your merchant area" })
    ).toBeTruthy()
    expect(screen.getByLabelText("Email address")).toBeTruthy()
    expect(document.documentElement.lang).toBe("en")
    expect(window.localStorage.getItem("mirashop_merchant_language")).toBe("en")
    expect(screen.getByRole("button", { name: "Change language: Français" })).toBeTruthy()
  })
})
