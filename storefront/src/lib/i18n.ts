import i18n from "i18next"
import { initReactI18next } from "react-i18next"
import fr from "@/locales/fr.json"

/** Interface languages, French first: Miramas is a French town. */
export const LANGUAGES = ["fr", "en"] as const

/** One of the interface languages. */
export type Language = (typeof LANGUAGES)[number]

/** Each language named in itself: a shopper must recognise their language whatever is shown. */
export const LANGUAGE_NAMES: Record<Language, string> = { fr: "Français", en: "English" }

/** Locale used to format prices, dates and durations in each language. */
export const LOCALES: Record<Language, string> = { fr: "fr-FR", en: "en-GB" }

export const DEFAULT_LANGUAGE: Language = "fr"
export const LANGUAGE_STORAGE_KEY = "mirashop_storefront_language"

/** A catalogue of every visible string; French is the reference. */
export type Catalogue = typeof fr

// French ships with the app shell; English (≈ 4 KB gzipped) is downloaded when chosen, so
// the French majority does not pay for it on first paint (ADR 0024).
const catalogues: Record<Language, () => Promise<Catalogue>> = {
  fr: () => Promise.resolve(fr),
  en: async () => (await import("@/locales/en.json")).default,
}

/** The catalogue of a language, downloading it if needed. */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  return catalogues[language]()
}

async function showLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, "translation")) {
    i18n.addResourceBundle(language, "translation", await loadCatalogue(language))
  }
  await i18n.changeLanguage(language)
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value)
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE
  } catch {
    // Storage can be blocked (private mode, strict settings): fall back to French.
    return DEFAULT_LANGUAGE
  }
}

/** The language currently shown. */
export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE
}

/** Switches the interface language and remembers the choice on this device. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Not remembered across visits, still switched now.
  }
  await showLanguage(language)
}

// Screen readers pick their voice from <html lang>: keep it in step with the interface.
i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language
})

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
})

/** Resolves once the language chosen on an earlier visit is shown (French shows at once). */
export const languageReady: Promise<void> = showLanguage(storedLanguage()).catch(() => {
  // English could not be downloaded (offline): the page stays in French, still usable.
})

export { i18n }
