import "i18next"
import type fr from "@/locales/fr.json"

// French is the reference catalogue: `t()` rejects keys it does not hold.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation"
    resources: { translation: typeof fr }
  }
}
