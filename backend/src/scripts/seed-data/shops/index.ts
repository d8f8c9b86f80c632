import type { SeedShop } from "../types"
import { atelierDesFleurs } from "./atelier-des-fleurs"
import { boucherieMartin } from "./boucherie-martin"
import { boutiqueMistral } from "./boutique-mistral"
import { brulerieSaintSuspi } from "./brulerie-saint-suspi"
import { caveDuVieuxMiramas } from "./cave-du-vieux-miramas"
import { eclatDeProvence } from "./eclat-de-provence"
import { fromagerieLaFaisselle } from "./fromagerie-la-faisselle"
import { laBoiteAJeux } from "./la-boite-a-jeux"
import { leFournilDeMiramas } from "./le-fournil-de-miramas"
import { librairieLaPlume } from "./librairie-la-plume"
import { quincaillerieFalabregues } from "./quincaillerie-falabregues"
import { saveursDeLaCrau } from "./saveurs-de-la-crau"

/**
 * The twelve demo shops of Miramas, one per trade, in seeding order. The first two owners
 * (bakery, then florist) are the printed demo merchant logins.
 */
export const SEED_SHOPS: SeedShop[] = [
  leFournilDeMiramas,
  atelierDesFleurs,
  librairieLaPlume,
  saveursDeLaCrau,
  caveDuVieuxMiramas,
  fromagerieLaFaisselle,
  boucherieMartin,
  laBoiteAJeux,
  boutiqueMistral,
  eclatDeProvence,
  quincaillerieFalabregues,
  brulerieSaintSuspi,
]
