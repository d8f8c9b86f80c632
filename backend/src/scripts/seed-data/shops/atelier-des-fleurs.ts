import { fullDay, sameHours, SIZES, splitDay, TUE_TO_FRI, week } from "../helpers"
import type { SeedShop } from "../types"

const BOUQUET = SIZES(["Petit", "Moyen", "Grand"])

export const atelierDesFleurs: SeedShop = {
  handle: "atelier-des-fleurs",
  name: "L'Atelier des Fleurs",
  trade: "fleuriste",
  description:
    "Fleuriste artisanale au cœur de Miramas : bouquets de saison composés à la main avec des fleurs de producteurs du Var, plantes d'intérieur robustes et compositions pour toutes les occasions. Fleurs françaises en priorité et emballages sans plastique.",
  siret: "84390215600010",
  email: "contact@atelier-des-fleurs.mirashop.local",
  phone: "04 90 50 23 45",
  address_line1: "5 boulevard de la République",
  latitude: 43.5818,
  longitude: 5.0029,
  pickup_instructions:
    "Les bouquets sont gardés en chambre froide : annoncez votre code au comptoir et nous vous les apportons.",
  preparation_minutes: 120,
  opening_hours: week({
    ...sameHours(TUE_TO_FRI, splitDay(["09:00", "12:30"], ["14:30", "19:00"])),
    sat: splitDay(["08:30", "12:30"], ["14:30", "19:00"]),
    sun: fullDay("09:00", "12:30"),
  }),
  closures: [],
  accepts_pay_at_pickup: true,
  accepts_online_payment: true,
  owner: { email: "fleuriste@mirashop.local", first_name: "Clara", last_name: "Fabre" },
  products: [
    {
      title: "Bouquet de saison",
      description:
        "La composition libre de la fleuriste avec les plus belles fleurs arrivées le matin. Chaque bouquet est unique, noué à la main et livré avec son sachet nutritif.",
      category: "fleurs-plantes",
      vat: "intermediate",
      option: BOUQUET,
      prices: [25, 40, 60],
      stock: [8, 6, 3],
    },
    {
      title: "Bouquet de roses rouges",
      description:
        "Roses rouges à longue tige du Var, relevées de feuillage d'eucalyptus. Pour dire je t'aime sans se tromper.",
      category: "fleurs-plantes",
      vat: "intermediate",
      option: BOUQUET,
      prices: [30, 45, 70],
      stock: [6, 4, 2],
    },
    {
      title: "Bouquet champêtre",
      description:
        "Fleurs des champs, graminées et brins de lavande séchée dans un esprit jardin de Provence. Léger, aérien et joyeux.",
      category: "fleurs-plantes",
      vat: "intermediate",
      option: BOUQUET,
      prices: [22, 35, 50],
      stock: [7, 5, 2],
    },
    {
      title: "Bouquet de renoncules",
      description:
        "Renoncules aux pétales de soie dans des tons pastel, cultivées sous serre à Hyères. Elles s'ouvrent pendant une semaine entière.",
      category: "fleurs-plantes",
      vat: "intermediate",
      option: BOUQUET,
      prices: [24, 38, 55],
      stock: [5, 4, 2],
    },
    {
      title: "Bouquet de pivoines",
      description:
        "Pivoines roses généreuses et parfumées, de producteurs du Var. De retour en boutique d'avril à juin.",
      category: "fleurs-plantes",
      vat: "intermediate",
      option: BOUQUET,
      prices: [35, 55, 80],
      stock: [0, 0, 0],
    },
    {
      title: "Brassée de mimosa",
      description:
        "Mimosa du massif du Tanneron aux pompons jaunes et au parfum de fin d'hiver. Les premières branches arrivent en décembre.",
      category: "fleurs-plantes",
      vat: "intermediate",
      option: BOUQUET,
      prices: [15, 25, 35],
      stock: [2, 1, 0],
    },
    {
      title: "Gerbe de condoléances",
      description:
        "Gerbe sobre de roses et de lys blancs, avec un ruban et un message de votre choix. Nous pouvons la déposer nous-mêmes au funérarium de Miramas.",
      category: "fleurs-plantes",
      vat: "intermediate",
      option: BOUQUET,
      prices: [60, 90, 130],
      stock: [3, 2, 1],
    },
    {
      title: "Bouquet de lavande séchée",
      description:
        "Lavande fine de Haute-Provence liée de raphia, qui parfume une pièce toute l'année. Se glisse aussi dans les armoires.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [12],
      stock: [15],
    },
    {
      title: "Bouquet de fleurs séchées",
      description:
        "Hortensias, statices, lagurus et eucalyptus stabilisés dans des tons sable et terracotta. Aucun entretien, il dure des mois.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [29],
      stock: [6],
    },
    {
      title: "Orchidée blanche",
      description:
        "Phalaenopsis à deux tiges fleuries en cache-pot céramique. Un arrosage tous les dix jours suffit pour des semaines de floraison.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [39],
      stock: [6],
    },
    {
      title: "Olivier en pot",
      description:
        "Jeune olivier de Provence de cinq ans en pot de terre cuite de 30 cm. Il supporte le mistral et le plein soleil d'un balcon.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [49],
      stock: [4],
    },
    {
      title: "Monstera deliciosa",
      description:
        "La plante tropicale aux grandes feuilles découpées, facile à vivre à la lumière indirecte. Hauteur environ 60 cm.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [35],
      stock: [3],
    },
    {
      title: "Ficus lyrata",
      description:
        "Figuier lyre d'intérieur aux larges feuilles vernissées, environ 80 cm. Il aime la lumière et déteste les courants d'air.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [55],
      stock: [2],
    },
    {
      title: "Trio de cactus",
      description:
        "Trois petits cactus différents dans leurs pots en terre cuite. Idéal pour un bureau ensoleillé ou un premier jardin d'intérieur.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [14],
      stock: [12],
    },
    {
      title: "Echeveria en pot",
      description:
        "Succulente en rosette aux reflets rosés, pot de 10 cm. Un arrosage par mois, et encore.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [8.5],
      stock: [20],
    },
    {
      title: "Bonsaï ficus",
      description:
        "Ficus retusa formé en bonsaï depuis huit ans, livré avec sa soucoupe et une fiche d'entretien.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [45],
      stock: [1],
    },
    {
      title: "Rosier buisson parfumé",
      description:
        "Rosier en conteneur de 4 litres à planter au jardin d'octobre à mars. Fleurs roses très parfumées de mai aux gelées.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [24],
      stock: [5],
    },
    {
      title: "Cyclamen d'hiver",
      description:
        "Cyclamen aux fleurs rouges, blanches ou roses selon l'arrivage, en pot de 13 cm. Il fleurit tout l'hiver sur un rebord frais.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [9.9],
      stock: [18],
    },
    {
      title: "Étoile de Noël",
      description:
        "Poinsettia aux bractées rouge vif, la plante des fêtes. Placez-le à la lumière, loin du radiateur.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [14.9],
      stock: [15],
    },
    {
      title: "Plant de romarin",
      description:
        "Romarin officinal en pot de 12 cm, pour la cuisine comme pour les abeilles. Il adore le soleil et le sol sec.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [5.5],
      stock: [20],
    },
    {
      title: "Sapin Nordmann",
      description:
        "Sapin coupé qui ne perd pas ses aiguilles, livré avec sa bûche support. Filet posé à la boutique pour le transport.",
      category: "fleurs-plantes",
      vat: "intermediate",
      option: SIZES(["1,25 m", "1,50 m", "1,75 m"]),
      prices: [39, 49, 65],
      stock: [12, 10, 5],
    },
    {
      title: "Composition de table",
      description:
        "Centre de table bas de fleurs de saison et de feuillages, pensé pour ne pas gêner la conversation. Parfait pour vos repas de fête.",
      category: "fleurs-plantes",
      vat: "intermediate",
      option: SIZES(["Moyen", "Grand"]),
      prices: [35, 55],
      stock: [3, 2],
    },
    {
      title: "Couronne de l'Avent",
      description:
        "Couronne de sapin garnie de pommes de pin, de baies et de quatre bougies ivoire. Fabriquée à l'atelier à partir de fin novembre.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [38],
      stock: [6],
    },
    {
      title: "Couronne de porte",
      description:
        "Eucalyptus, branches de pin et baies rouges nouées d'un ruban de velours. Elle tient tout l'hiver sur une porte à l'abri.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [42],
      stock: [4],
    },
    {
      title: "Bouquet de mariée",
      description:
        "Bouquet rond ou retombant composé sur mesure selon votre robe et vos couleurs. Prenez rendez-vous pour un essai avant le grand jour.",
      category: "fleurs-plantes",
      vat: "intermediate",
      prices: [120],
      stock: [2],
    },
    {
      title: "Vase en verre soufflé de Biot",
      description:
        "Vase artisanal aux fines bulles prises dans le verre, soufflé à la bouche à Biot. Hauteur 25 cm.",
      category: "fleurs-plantes",
      vat: "standard",
      prices: [32],
      stock: [3],
    },
    {
      title: "Cache-pot en céramique de Salernes",
      description:
        "Céramique émaillée à la main dans le Var, coloris sable. Fond étanche pour arroser sans souci.",
      category: "fleurs-plantes",
      vat: "standard",
      option: SIZES(["14 cm", "20 cm"]),
      prices: [18, 28],
      stock: [6, 3],
    },
  ],
}
