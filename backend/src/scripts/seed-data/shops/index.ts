import type { SeedShop } from "../types"
import { bijouterie } from "./bijouterie"
import { boucherie } from "./boucherie"
import { boulangerie } from "./boulangerie"
import { caviste } from "./caviste"
import { epicerieFine } from "./epicerie-fine"
import { fleuriste } from "./fleuriste"
import { fromagerie } from "./fromagerie"
import { jouets } from "./jouets"
import { librairie } from "./librairie"
import { pretAPorter } from "./pret-a-porter"
import { quincaillerie } from "./quincaillerie"
import { torrefacteur } from "./torrefacteur"

/** The twelve demo shops of Miramas; the first two owners are the printed demo merchants. */
export const SEED_SHOPS: SeedShop[] = [
  boulangerie,
  fleuriste,
  librairie,
  epicerieFine,
  caviste,
  fromagerie,
  boucherie,
  jouets,
  pretAPorter,
  bijouterie,
  quincaillerie,
  torrefacteur,
]
