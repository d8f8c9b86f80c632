import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reencodeImage } from "../../../lib/images"

export const reencodeImagesStepId = "reencode-images"

/** Uploaded photos, base64 encoded. */
export interface ReencodeImagesInput {
  files: { filename: string; content: string }[]
}

/** Checks each upload is a real image and turns it into a light WebP ready for the file module. */
export const reencodeImagesStep = createStep(reencodeImagesStepId, async (input: ReencodeImagesInput) => {
  const files = await Promise.all(
    input.files.map(async (file, index) => {
      const { content } = await reencodeImage(Buffer.from(file.content, "base64"))
      const base = file.filename.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 60) || `photo-${index + 1}`
      return {
        filename: `${base}.webp`,
        mimeType: "image/webp",
        content: content.toString("base64"),
        access: "public" as const,
      }
    })
  )
  return new StepResponse(files)
})
