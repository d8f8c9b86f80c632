import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCampaign, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useEffect, useId, useState, type FormEvent } from "react"
import { deleteBanner, readBanner, saveBanner, type CampaignBannerForm } from "../lib/campaign-banner-api"

const EMPTY: CampaignBannerForm = { title: "", text: "", image_url: null, image_alt: "", link: null }

/** On a campaign's page, the banner the storefront's home page shows while the campaign runs. */
function CampaignBannerWidget({ data: campaign }: DetailWidgetProps<AdminCampaign>) {
  const [form, setForm] = useState<CampaignBannerForm>(EMPTY)
  const [saved, setSaved] = useState(false)
  const [status, setStatus] = useState("")
  const [error, setError] = useState("")
  const id = useId()

  useEffect(() => {
    readBanner(campaign.id)
      .then(({ banner }) => {
        if (banner) setForm({ title: banner.title, text: banner.text, image_url: banner.image_url, image_alt: banner.image_alt, link: banner.link })
        setSaved(Boolean(banner))
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
  }, [campaign.id])

  const field = (key: keyof CampaignBannerForm) => ({
    id: `${id}-${key}`,
    value: form[key] ?? "",
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value
      setForm((current) => ({ ...current, [key]: (key === "image_url" || key === "link") && value.trim() === "" ? null : value }))
    },
  })

  async function submit(event: FormEvent) {
    event.preventDefault()
    setError("")
    setStatus("")
    try {
      await saveBanner(campaign.id, form)
      setSaved(true)
      setStatus("Bannière enregistrée : elle s'affiche sur l'accueil pendant la campagne.")
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  async function remove() {
    setError("")
    try {
      await deleteBanner(campaign.id)
      setForm(EMPTY)
      setSaved(false)
      setStatus("Bannière retirée de la vitrine.")
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  return (
    <Container className="px-6 py-4">
      <form onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
        <Heading level="h2" id={`${id}-heading`}>
          Bannière de la vitrine
        </Heading>
        <Text size="small">Affichée sur l'accueil de Mirashop entre la date de début et la date de fin de la campagne.</Text>
        <Label htmlFor={`${id}-title`}>Titre</Label>
        <Input {...field("title")} required maxLength={80} />
        <Label htmlFor={`${id}-text`}>Texte</Label>
        <Textarea {...field("text")} required maxLength={280} />
        <Label htmlFor={`${id}-link`}>Lien (chemin du site, par exemple /recherche?campagne=noel)</Label>
        <Input {...field("link")} />
        <Label htmlFor={`${id}-image_url`}>Image (fichier déposé sur Mirashop, /static/…)</Label>
        <Input {...field("image_url")} />
        <Label htmlFor={`${id}-image_alt`}>Texte alternatif de l'image (vide si elle est décorative)</Label>
        <Input {...field("image_alt")} maxLength={200} />
        {error ? (
          <Text role="alert" className="text-ui-fg-error">
            {error}
          </Text>
        ) : null}
        <Text role="status">{status}</Text>
        <div className="flex gap-2">
          <Button type="submit">Enregistrer la bannière</Button>
          {saved ? (
            <Button type="button" variant="secondary" onClick={() => void remove()}>
              Retirer la bannière
            </Button>
          ) : null}
        </div>
      </form>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "campaign.details.after" })

export default CampaignBannerWidget
