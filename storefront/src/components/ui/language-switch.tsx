import { useTranslation } from "react-i18next"
import { LANGUAGE_NAMES, LANGUAGES, currentLanguage, setLanguage } from "@/lib/i18n"

/** One toggle button per language, each named in its own language; the pressed one is shown. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const current = currentLanguage()
  return (
    <div role="group" aria-label={t("language.label")} className="language-switch">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={language === current}
          onClick={() => void setLanguage(language)}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  )
}
