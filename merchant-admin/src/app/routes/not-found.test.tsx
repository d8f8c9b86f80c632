import { screen, waitFor } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { fakeBackend } from "@/test/fake-backend"
import { renderApp } from "@/test/render-app"

describe("unknown page", () => {
  it("says the page does not exist and links back home", async () => {
    fakeBackend({})
    renderApp("/page-inexistante")

    expect(await screen.findByRole("heading", { level: 1, name: "Page introuvable" })).toBeTruthy()
    expect(screen.getByRole("link", { name: "Retour à l'accueil" }).getAttribute("href")).toBe("/")
    expect(screen.getByRole("main")).toBeTruthy()
    await waitFor(() =>
      expect(document.title).toBe("Page introuvable – Espace commerçant Mirashop")
    )
  })
})
