import { useId } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useCampaignBanners } from "../api/get-campaign-banners"

/** Size banner images are laid out at, so the page does not jump as they arrive. */
const BANNER_IMAGE = { width: 480, height: 240 }

/** The city's running campaigns, static (nothing autoplays); renders nothing without any. */
export function CampaignBanners() {
  const { t } = useTranslation()
  const headingId = useId()
  const { data } = useCampaignBanners()
  const banners = data?.banners ?? []
  if (banners.length === 0) return null
  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId} className="visually-hidden">
        {t("campaigns.heading")}
      </h2>
      <ul role="list" className="campaign-banners">
        {banners.map((banner) => (
          <li key={banner.campaign_id} className="campaign-banner">
            {banner.image_url ? (
              <img
                src={banner.image_url}
                alt={banner.image_alt}
                width={BANNER_IMAGE.width}
                height={BANNER_IMAGE.height}
                loading="lazy"
                decoding="async"
              />
            ) : null}
            <div className="stack">
              <h3>
                {/* Only same-site paths become links: the backend gives storefront paths. */}
                {banner.link?.startsWith("/") && !banner.link.startsWith("//") ? (
                  <Link to={banner.link}>{banner.title}</Link>
                ) : (
                  banner.title
                )}
              </h3>
              <p>{banner.text}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
