import { type DragEvent, useId, useState } from "react"
import { useTranslation } from "react-i18next"

const ACCEPT = "image/jpeg,image/png,image/webp,image/avif"

/** Keeps only image files (a folder or a PDF dropped by mistake is ignored). */
export function imagesOnly(files: Iterable<File>): File[] {
  return Array.from(files).filter((file) => file.type.startsWith("image/"))
}

/**
 * Photos by drag-and-drop or with the file picker (the keyboard and phone path: a real,
 * labelled file input). Chosen files are handed to `onFiles` at once.
 */
export function ImageDropZone({ onFiles, busy }: { onFiles: (files: File[]) => void; busy?: boolean }) {
  const { t } = useTranslation()
  const id = useId()
  const [over, setOver] = useState(false)

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setOver(false)
    const files = imagesOnly(event.dataTransfer.files)
    if (files.length) onFiles(files)
  }

  return (
    <div
      className={`drop-zone${over ? " drop-zone--over" : ""}`}
      onDragOver={(event) => {
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="drop-zone"
    >
      <label className="field__label" htmlFor={id}>
        {t("products.images.choose")}
      </label>
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        multiple
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const files = imagesOnly(event.target.files ?? [])
          if (files.length) onFiles(files)
          event.target.value = ""
        }}
      />
      <p className="hint" id={`${id}-hint`}>
        {busy ? t("products.images.uploading") : t("products.images.hint")}
      </p>
    </div>
  )
}
