import type { CoachingItemId, MerchantProgressResponse, OnboardingStepId, ProgressItem, ShopProgress } from "@mirashop/contract"
import { screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { i18n } from "@/lib/i18n"
import { aMerchant, fakeBackend, storeToken } from "@/test/fake-backend"
import { renderApp } from "@/test/render-app"

function item<Id extends string>(id: Id, overrides: Partial<ProgressItem<Id>> = {}): ProgressItem<Id> {
  return {
    id,
    state: "todo",
    value: 0,
    target: 1,
    unit: "criteria",
    progress: 0,
    missing: [],
    route: "/boutique",
    lesson: "profil-boutique",
    title: "titre",
    why: "raison",
    ...overrides,
  }
}

function progress(phase: ShopProgress["phase"], onboarding: ProgressItem<OnboardingStepId>[], coaching: ProgressItem<CoachingItemId>[] = []): MerchantProgressResponse {
  const list = <Id extends string>(items: ProgressItem<Id>[]) => {
    const done = items.filter((i) => i.state === "done").length
    return { items, done, total: items.length, progress: items.length ? done / items.length : 0 }
  }
  return { progress: { phase, onboarding: list(onboarding), coaching: list(coaching), measured_at: "2026-11-28T12:00:00.000Z" } }
}

function open(me: ReturnType<typeof aMerchant>, body: MerchantProgressResponse) {
  storeToken()
  fakeBackend({ "GET /merchant/me": { status: 200, body: me }, "GET /merchant/progress": { status: 200, body } })
  return renderApp("/")
}

describe("home checklist", () => {
  it("shows onboarding with a progress bar, what is missing and a link to the screen that completes each step", async () => {
    open(
      aMerchant({ shop: { status: "pending" } }),
      progress("onboarding", [
        item("profile", { value: 2, target: 3, missing: ["logo"], progress: 0.67 }),
        item("hours", { state: "done", value: 1, progress: 1, route: "/horaires", lesson: "horaires" }),
        item("approval", { state: "waiting", route: null, lesson: "validation" }),
      ])
    )

    const list = await screen.findByRole("region", { name: "Mettre votre boutique en ligne" })
    expect(within(list).getByText("1 sur 3 faits")).toBeTruthy()
    expect(within(list).getByRole("progressbar").getAttribute("aria-valuenow")).toBe("33")
    const profile = within(list).getByRole("listitem", { name: "Présentez votre boutique" })
    expect(profile.textContent).toContain("À faire")
    expect(profile.textContent).toContain("2 élément(s) sur 3")
    expect(profile.textContent).toContain("Il manque : un logo.")
    expect(within(profile).getByRole("link", { name: "Compléter : Présentez votre boutique" }).getAttribute("href")).toBe("/boutique")
    expect(within(profile).getByRole("link", { name: "Lire la leçon : Présentez votre boutique" }).getAttribute("href")).toBe("/lecons/profil-boutique")
    const hours = within(list).getByRole("listitem", { name: "Indiquez vos horaires et fermetures" })
    expect(hours.textContent).toContain("Fait")
    expect(within(hours).queryByRole("link", { name: /Compléter/ })).toBeNull()
    expect(within(list).getByRole("listitem", { name: "Validation par la mairie" }).textContent).toContain("En attente")
  })

  it("switches to coaching once the shop is live, with measures and targets", async () => {
    open(
      aMerchant(),
      progress(
        "coaching",
        [item("approval", { state: "done" })],
        [
          item("ten_products", { value: 4, target: 10, unit: "products", route: "/produits/nouveau", lesson: "catalogue" }),
          item("stock_fresh", { value: 2, target: 0, unit: "products", route: "/stock", lesson: "stock-a-jour" }),
          item("campaign", { state: "unavailable", value: null, route: null, lesson: "campagnes" }),
        ]
      )
    )

    const list = await screen.findByRole("region", { name: "Faire grandir votre boutique" })
    expect(within(list).getByRole("listitem", { name: "Proposez au moins 10 produits" }).textContent).toContain("4 produit(s) sur 10")
    expect(within(list).getByRole("listitem", { name: "Un stock à jour" }).textContent).toContain(
      "2 produit(s) en ligne en rupture depuis 7 jours ou plus"
    )
    expect(within(list).getByRole("listitem", { name: "Participez à la campagne de la ville" }).textContent).toContain(
      "Pas encore disponible"
    )
    expect(screen.queryByRole("region", { name: "Mettre votre boutique en ligne" })).toBeNull()
  })

  it("speaks English when the merchant chose it", async () => {
    await i18n.changeLanguage("en")
    open(aMerchant({ shop: { status: "pending" } }), progress("onboarding", [item("first_product", { missing: ["photo", "stock"] })]))

    const list = await screen.findByRole("region", { name: "Get your shop online" })
    expect(list.textContent).toContain("Still missing: a photo, stock.")
  })
})
