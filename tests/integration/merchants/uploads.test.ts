import { crc32, deflateSync } from "node:zlib"
import type { MerchantProductListResponse, MerchantProductResponse } from "@mirashop/contract"
import sharp from "sharp"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql, stack } from "../../support/clients"
import { bearer, login, openShop } from "../../support/merchants"
import { DEMO_PASSWORD } from "../../support/shopping"

async function upload(token: string, pathname: string, files: { body: Uint8Array; type: string; name: string }[]) {
  const form = new FormData()
  for (const file of files) form.append("files", new Blob([new Uint8Array(file.body)], { type: file.type }), file.name)
  const response = await fetch(`${stack().backendUrl}${pathname}`, { method: "POST", headers: bearer(token), body: form })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** A PNG whose header announces 100,000 × 100,000 pixels over a few bytes of data: a decompression bomb. */
function pixelBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, "ascii"), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(100_000, 0)
  header.writeUInt32BE(100_000, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(1024))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

async function imageRows(productId: string): Promise<number> {
  const [{ count }] = await sql<{ count: string }>("select count(*) as count from image where product_id = $1 and deleted_at is null", [productId])
  return Number(count)
}

describe("uploaded photos and logos: checked by content and size, re-encoded", () => {
  let token: string
  let productId: string

  beforeAll(async () => {
    token = await login("merchant", "boulangerie@mirashop.local", DEMO_PASSWORD)
    const list = await rawFetch("/merchant/products?limit=1", { headers: bearer(token) })
    productId = (list.body as unknown as MerchantProductListResponse).products[0].id
  })

  it("refuses a file over 8 MB, more than 10 files, and stores nothing", async () => {
    const before = await imageRows(productId)
    const big = await upload(token, `/merchant/products/${productId}/images`, [{ body: Buffer.alloc(8 * 1024 * 1024 + 1, 1), type: "image/jpeg", name: "grand.jpg" }])
    expect(big.status).toBe(400)
    expect(String(big.body.message)).toMatch(/8 Mo/)
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } }).png().toBuffer()
    const many = await upload(token, `/merchant/products/${productId}/images`, Array.from({ length: 11 }, (_, i) => ({ body: png, type: "image/png", name: `p${i}.png` })))
    expect(many.status).toBe(400)
    expect(String(many.body.message)).toMatch(/10 photos/)
    expect(await imageRows(productId)).toBe(before)
  })

  it("refuses what is not an image whatever its name and type: HTML, SVG with a script, a PDF", async () => {
    const before = await imageRows(productId)
    for (const file of [
      { body: Buffer.from("<html><script>alert(1)</script></html>"), type: "image/jpeg", name: "photo.jpg" },
      { body: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'), type: "image/svg+xml", name: "logo.svg" },
      { body: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"), type: "image/png", name: "menu.png" },
    ]) {
      const reply = await upload(token, `/merchant/products/${productId}/images`, [file])
      expect(reply.status, file.name).toBe(400)
      expect(String(reply.body.message)).toMatch(/pas une image/)
    }
    expect(await imageRows(productId)).toBe(before)
  })

  it("refuses a decompression bomb with a 400, not a 500", async () => {
    const reply = await upload(token, `/merchant/products/${productId}/images`, [{ body: pixelBomb(), type: "image/png", name: "bombe.png" }])
    expect(reply.status, JSON.stringify(reply.body)).toBe(400)
  })

  it("re-encodes what it keeps: EXIF and GPS dropped, bytes appended after the image gone", async () => {
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#c08552" } })
      .jpeg()
      .withExif({ IFD0: { Copyright: "Boulangerie secrète", Artist: "Camille" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "43/1 34/1 50/1" } })
      .toBuffer()
    const payload = Buffer.from("<script>alert('cache')</script>")
    const current = await rawFetch(`/merchant/products/${productId}`, { headers: bearer(token) })
    const known = new Set((current.body as unknown as MerchantProductResponse).product.images.map((image) => image.url))
    const reply = await upload(token, `/merchant/products/${productId}/images`, [{ body: Buffer.concat([jpeg, payload]), type: "image/jpeg", name: "four.jpg" }])
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const product = (reply.body as unknown as MerchantProductResponse).product
    const added = product.images.filter((image) => !known.has(image.url))
    expect(added).toHaveLength(1)
    expect(added[0].url).toMatch(/\.webp$/)
    const served = Buffer.from(await (await fetch(new URL(added[0].url, stack().backendUrl))).arrayBuffer())
    const meta = await sharp(served).metadata()
    expect(meta.format).toBe("webp")
    expect(meta.exif).toBeUndefined()
    expect(served.includes(payload)).toBe(false)
    expect(served.includes(Buffer.from("Boulangerie secrète"))).toBe(false)
  })

  it("checks a shop logo the same way", async () => {
    const shop = await openShop("Logo Essai Envois")
    const refused = await upload(shop.token, "/merchant/shop/logo", [{ body: Buffer.from("<svg onload=alert(1)>"), type: "image/png", name: "logo.png" }])
    expect(refused.status).toBe(400)
    const png = await sharp({ create: { width: 1200, height: 1200, channels: 4, background: "#0b5c4f" } }).png().toBuffer()
    const kept = await upload(shop.token, "/merchant/shop/logo", [{ body: png, type: "image/png", name: "logo.png" }])
    expect(kept.status, JSON.stringify(kept.body)).toBe(201)
    const logo = (kept.body.shop as { logo_url: string }).logo_url
    expect(logo).toMatch(/\.webp$/)
    const served = await sharp(Buffer.from(await (await fetch(new URL(logo, stack().backendUrl))).arrayBuffer())).metadata()
    expect(served.format).toBe("webp")
  })
})
