import type { AdminCampaignBannerResponse, CampaignBannerListResponse } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch } from "../../support/clients"
import { bearer, cityToken, openShop } from "../../support/merchants"

const DAY = 24 * 3600 * 1000

describe("city campaign banners: written in the admin, shown on the storefront while the campaign runs", () => {
  let admin: string

  /** A campaign of Medusa's Promotion module, through its own admin route. */
  async function campaign(name: string, startsInDays: number | null, endsInDays: number | null): Promise<string> {
    const at = (days: number | null) => (days === null ? undefined : new Date(Date.now() + days * DAY).toISOString())
    const created = await rawFetch("/admin/campaigns", {
      method: "POST",
      headers: bearer(admin),
      body: JSON.stringify({ name, campaign_identifier: `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}`, starts_at: at(startsInDays), ends_at: at(endsInDays) }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(200)
    return (created.body.campaign as { id: string }).id
  }

  const saveBanner = (campaignId: string, body: unknown, token = admin) =>
    rawFetch(`/admin/campaigns/${campaignId}/banner`, { method: "POST", headers: bearer(token), body: JSON.stringify(body) })

  const storefrontBanners = async () => ((await rawFetch("/store/campaign-banners")).body as unknown as CampaignBannerListResponse).banners

  beforeAll(async () => {
    admin = await cityToken()
  })

  it("shows the banner of a running campaign with the campaign's dates, and neither a finished nor a future one", async () => {
    const noel = await campaign("Noël à Miramas", -1, 20)
    const summer = await campaign("Mes vacances à Miramas", 60, 90)
    const past = await campaign("Rentrée 2026", -40, -10)
    const banner = { title: "Noël à Miramas", text: "−10 % chez les commerçants participants jusqu'au 24 décembre.", image_url: "/static/noel.webp", image_alt: "Le marché de Noël place Jean-Jaurès", link: "/recherche?campagne=noel" }
    const saved = await saveBanner(noel, banner)
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    for (const id of [summer, past]) expect((await saveBanner(id, { ...banner, title: `Autre ${id.slice(-4)}` })).status).toBe(200)

    const shown = (await storefrontBanners()).filter((b) => [noel, summer, past].includes(b.campaign_id))
    expect(shown).toHaveLength(1)
    expect(shown[0]).toMatchObject({ ...banner, campaign_id: noel })
    expect(new Date(shown[0].ends_at).getTime()).toBeGreaterThan(Date.now() + 19 * DAY)

    const read = (await rawFetch(`/admin/campaigns/${noel}/banner`, { headers: bearer(admin) })).body as unknown as AdminCampaignBannerResponse
    expect(read.banner?.title).toBe("Noël à Miramas")
  })

  it("rewrites a banner in place and takes it off the storefront when deleted", async () => {
    const id = await campaign("Fête de la Saint-Éloi", -1, 5)
    expect((await saveBanner(id, { title: "Saint-Éloi", text: "Premier texte" })).status).toBe(200)
    expect((await saveBanner(id, { title: "Saint-Éloi", text: "Texte corrigé" })).status).toBe(200)
    const mine = (await storefrontBanners()).filter((b) => b.campaign_id === id)
    expect(mine.map((b) => [b.text, b.image_url, b.link])).toEqual([["Texte corrigé", null, null]])

    const removed = await rawFetch(`/admin/campaigns/${id}/banner`, { method: "DELETE", headers: bearer(admin) })
    expect(removed.status).toBe(200)
    expect((await storefrontBanners()).some((b) => b.campaign_id === id)).toBe(false)
  })

  it("refuses, in French, a link to another site, an outside image, a campaign without dates and an unknown campaign", async () => {
    const id = await campaign("Marché des producteurs", -1, 3)
    const offsite = await saveBanner(id, { title: "Marché", text: "Samedi", link: "//evil.example/phish" })
    expect(offsite.status).toBe(400)
    expect(String(offsite.body.message)).toMatch(/chemin du site/)
    const image = await saveBanner(id, { title: "Marché", text: "Samedi", image_url: "https://tracker.example/pixel.gif" })
    expect(image.status).toBe(400)
    expect(String(image.body.message)).toMatch(/déposé sur Mirashop/)

    const undated = await campaign("Sans dates", null, null)
    const refused = await saveBanner(undated, { title: "Sans dates", text: "…" })
    expect(refused.status).toBe(400)
    expect(String(refused.body.message)).toMatch(/date de début/)
    const unknown = await saveBanner("camp_inconnue", { title: "Inconnue", text: "…" })
    expect(unknown.status).toBe(404)
    expect(String(unknown.body.message)).toMatch(/n'existe pas/)
  })

  it("lets only the city write banners: a merchant and an anonymous caller are refused", async () => {
    const id = await campaign("Réservée à la ville", -1, 3)
    const merchant = await openShop("Bazar Bannière")
    expect((await saveBanner(id, { title: "Pirate", text: "…" }, merchant.token)).status).toBe(401)
    expect((await rawFetch(`/admin/campaigns/${id}/banner`, { method: "POST", body: JSON.stringify({ title: "Pirate", text: "…" }) })).status).toBe(401)
    expect((await storefrontBanners()).some((b) => b.campaign_id === id)).toBe(false)
  })
})
