import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

/** Largest accepted upload (before re-encoding). */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024

/** Widest side kept for product photos: enough for a product page, light for shoppers. */
const MAX_SIDE = 1600

const ACCEPTED = new Set(["jpeg", "png", "webp", "avif", "gif", "heif"])

/**
 * Checks an uploaded image by its content (not its name or declared type) and re-encodes
 * it as WebP, at most 1600 px wide, metadata stripped. Anything else is refused.
 */
export async function reencodeImage(buffer: Buffer): Promise<{ content: Buffer; width: number; height: number }> {
  if (buffer.length > MAX_IMAGE_BYTES) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cette image dépasse 8 Mo.")
  }
  let format: string | undefined
  try {
    format = (await sharp(buffer).metadata()).format
  } catch {
    format = undefined
  }
  if (!format || !ACCEPTED.has(format)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ce fichier n'est pas une image (JPEG, PNG, WebP ou AVIF).")
  }
  const { data, info } = await sharp(buffer)
    .rotate()
    .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true })
  return { content: data, width: info.width, height: info.height }
}

/**
 * Turns a stored file URL of our own backend into a same-origin path (`/static/…`): the apps
 * reach the backend through their own origin, and their CSP only allows same-origin images.
 */
export function publicFileUrl(url: string | null, fileBaseUrl: string): string | null {
  if (!url) return url
  const base = fileBaseUrl.replace(/\/$/, "")
  return url.startsWith(`${base}/`) ? `/static/${url.slice(base.length + 1)}` : url
}
