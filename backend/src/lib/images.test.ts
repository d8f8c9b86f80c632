import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { reencodeImage } from "./images"

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
