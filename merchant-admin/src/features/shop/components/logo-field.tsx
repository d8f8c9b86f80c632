import { useId } from "react"
import { useTranslation } from "react-i18next"
import { Alert } from "@/components/ui/alert"
import { apiErrorMessage } from "@/lib/api-error"
import { useUploadLogo } from "../api/shop"

/** Shows the current logo and replaces it with a chosen image (sent at once, re-encoded by the server). */
export function LogoField({ logoUrl }: { logoUrl: string | null }) {
  const { t } = useTranslation()
  const id = useId()
  const upload = useUploadLogo()
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t("shopForm.logo")}
      </label>
      {logoUrl ? <img className="logo-preview" src={logoUrl} alt={t("shopForm.logoCurrent")} width={96} height={96} /> : null}
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/avif"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (file) upload.mutate(file)
          event.target.value = ""
        }}
      />
      <p className="hint" id={`${id}-hint`}>
        {upload.isPending ? t("shopForm.logoUploading") : t("shopForm.logoHint")}
      </p>
      <Alert message={apiErrorMessage(upload.error, t("form.unavailable"))} />
    </div>
  )
}
