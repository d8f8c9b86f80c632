import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { publicFileUrl, reencodeImage } from "./images"

describe("reencodeImage", () => {
  it("re-encodes a large PNG as WebP no wider than 1600 px", async () => {
    const png = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: "#c0392b" } }).png().toBuffer()
    const { content, width, height } = await reencodeImage(png)
    expect((await sharp(content).metadata()).format).toBe("webp")
    expect([width, height]).toEqual([1600, 800])
  })

  it("refuses a file that only pretends to be an image", async () => {
    await expect(reencodeImage(Buffer.from("<script>alert(1)</script>"))).rejects.toThrow(/pas une image/)
  })

  it("refuses files over 8 MB before decoding them", async () => {
    await expect(reencodeImage(Buffer.alloc(8 * 1024 * 1024 + 1))).rejects.toThrow(/8 Mo/)
  })
})

describe("publicFileUrl", () => {
  it("serves our own uploads from the same origin and leaves other URLs alone", () => {
    expect(publicFileUrl("http://localhost:9000/static/a.webp", "http://localhost:9000/static")).toBe("/static/a.webp")
    expect(publicFileUrl("https://cdn.example/a.webp", "http://localhost:9000/static")).toBe("https://cdn.example/a.webp")
    expect(publicFileUrl(null, "http://localhost:9000/static")).toBeNull()
  })
})
