import type { CategoryKey } from "./types"

/** The platform-wide product categories, in display order. */
export const CATEGORIES: Record<CategoryKey, { name: string; description: string }> = {
  "pain-viennoiseries": {
    name: "Pain et viennoiseries",
    description: "Pains au levain, baguettes de tradition, croissants et brioches du matin.",
  },
  patisseries: {
    name: "Pâtisseries",
    description: "Tartes, entremets et douceurs des pâtissiers de Miramas.",
  },
  "fleurs-plantes": {
    name: "Fleurs et plantes",
    description: "Bouquets de saison, plantes vertes et compositions.",
  },
  livres: { name: "Livres", description: "Romans, jeunesse, bandes dessinées et régionalisme." },
  "epicerie-sucree": {
    name: "Épicerie sucrée",
    description: "Confitures, miels, calissons, chocolats et biscuits.",
  },
  "epicerie-salee": {
    name: "Épicerie salée",
    description: "Huiles d'olive, tapenades, conserves et condiments.",
  },
  "vins-spiritueux": {
    name: "Vins et spiritueux",
    description:
      "Vins de Provence et d'ailleurs, pastis, bières artisanales et accessoires du vin.",
  },
  "fromages-cremerie": {
    name: "Fromages et crèmerie",
    description: "Fromages affinés, chèvres de Provence, beurre et crème.",
  },
  "viandes-charcuterie": {
    name: "Viandes et charcuterie",
    description: "Viandes de la région, volailles, saucissons et terrines.",
  },
  "jouets-jeux": {
    name: "Jouets et jeux",
    description: "Jeux de société, jouets en bois, puzzles et loisirs créatifs.",
  },
  vetements: { name: "Vêtements", description: "Prêt-à-porter femme, homme et enfant." },
  "bijoux-accessoires": {
    name: "Bijoux et accessoires",
    description: "Bijoux en argent et en or, montres, sacs et foulards.",
  },
  "bricolage-maison": {
    name: "Bricolage et maison",
    description: "Outillage, quincaillerie, jardin et entretien de la maison.",
  },
  "cafes-thes": {
    name: "Cafés et thés",
    description: "Cafés torréfiés sur place, thés, infusions et matériel pour les préparer.",
  },
}
