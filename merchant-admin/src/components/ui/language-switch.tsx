import { useTranslation } from "react-i18next"
import { LANGUAGE_NAMES, LANGUAGES, type Language, currentLanguage, setLanguage } from "@/lib/i18n"

/** Switches between the two interface languages; the other language is named in itself. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const current = currentLanguage()
  const other: Language = LANGUAGES.find((language) => language !== current) ?? "fr"
  return (
    <button type="button" className="button button--ghost" onClick={() => void setLanguage(other)}>
      <span className="visually-hidden">{t("language.switchLabel")} </span>
      <span lang={other}>{LANGUAGE_NAMES[other]}</span>
    </button>
  )
}
