import { useTranslation } from "react-i18next"
import { TextField } from "@/components/ui/text-field"

/** Shortest password accepted by the forms (the backend hashes whatever it gets). */
export const MIN_PASSWORD = 10

/** A new-password field with its rule in the label, so the rule is read before typing. */
export function NewPasswordField({ value, error, onChange }: { value: string; error?: string; onChange: (value: string) => void }) {
  const { t } = useTranslation()
  return (
    <TextField
      label={t("account.newPassword", { count: MIN_PASSWORD })}
      type="password"
      autoComplete="new-password"
      required
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}
