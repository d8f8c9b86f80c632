import type { ProductPageImage } from "@mirashop/contract"
import { useTranslation } from "react-i18next"

/** Photos at their display size: the first large, the others as a row of small ones. */
export function ProductGallery({ title, images }: { title: string; images: ProductPageImage[] }) {
  const { t } = useTranslation()
  if (images.length === 0) return null
  const [first, ...others] = images
  return (
    <div className="gallery">
      <img
        className="gallery__main"
        src={first.url}
        alt={t("product.photo", { title, n: 1, count: images.length })}
        width={640}
        height={480}
        decoding="async"
      />
      {others.length > 0 ? (
        <ul role="list" className="gallery__others">
          {others.map((image, index) => (
            <li key={image.id}>
              <img
                src={image.url}
                alt={t("product.photo", { title, n: index + 2, count: images.length })}
                width={160}
                height={120}
                loading="lazy"
                decoding="async"
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
