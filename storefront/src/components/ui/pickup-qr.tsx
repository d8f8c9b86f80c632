import { useMemo } from "react"

/**
 * The QR code of a pickup code, drawn from the backend's SVG. It is shown as an image (not
 * inlined), so nothing in it can run, and it carries a text alternative.
 */
export function PickupQr({ svg, alt, size = 160 }: { svg: string; alt: string; size?: number }) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, [svg])
  return <img className="pickup-qr" src={src} alt={alt} width={size} height={size} />
}
