import { screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LANGUAGE_STORAGE_KEY } from "@/lib/i18n"
import { fakeBackend } from "@/test/fake-backend"
import { someShops } from "@/test/fixtures"
import { renderApp } from "@/test/render-app"

describe("language switch", () => {
  it("switches every string to English, and back to French", async () => {
    fakeBackend({
      "GET /store/shops": {
        status: 200,
        body: { shops: someShops(1), count: 1, offset: 0, limit: 12 },
      },
    })
    const { user } = renderApp("/")
    await screen.findByRole("list", { name: "Boutiques" })
    const switcher = screen.getByRole("group", { name: "Langue du site" })
    const french = within(switcher).getByRole("button", { name: "Français" })
    const english = within(switcher).getByRole("button", { name: "English" })
    expect(french.getAttribute("aria-pressed")).toBe("true")
    expect(english.getAttribute("aria-pressed")).toBe("false")

    await user.click(english)

    // English is its own chunk, downloaded on the first switch.
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "The shops of Miramas, click and collect",
      })
    ).toBeTruthy()
    expect(screen.getByRole("list", { name: "Shops" })).toBeTruthy()
    expect(screen.getByText("Open now")).toBeTruthy()
    expect(screen.getByRole("navigation", { name: "Main navigation" })).toBeTruthy()
    await waitFor(() => expect(document.title).toBe("Mirashop – the shops of Miramas"))
    expect(document.documentElement.lang).toBe("en")
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en")
    expect(english.getAttribute("aria-pressed")).toBe("true")
    expect(english.getAttribute("lang")).toBe("en")

    await user.click(screen.getByRole("button", { name: "Français" }))

    expect(screen.getByRole("list", { name: "Boutiques" })).toBeTruthy()
    expect(document.documentElement.lang).toBe("fr")
  })
})
