import { fullDay, sameHours, TUE_TO_SAT, week, WEIGHTS } from "../helpers"
import type { SeedShop } from "../types"

const BAG = WEIGHTS(["250 g", "500 g", "1 kg"])
const TEA = WEIGHTS(["100 g", "250 g"])

export const brulerieSaintSuspi: SeedShop = {
  handle: "brulerie-saint-suspi",
  name: "Brûlerie Saint-Suspi",
  trade: "torrefacteur",
  description:
    "Torréfacteur artisanal installé chemin de Saint-Suspi : cafés de spécialité torréfiés chaque mardi dans un petit brûloir de 15 kg et moulus à la demande. Thés, infusions de Provence et tout le matériel pour bien préparer votre tasse.",
  siret: "85571036400016",
  email: "contact@brulerie-saint-suspi.mirashop.local",
  phone: "04 90 17 34 56",
  address_line1: "30 chemin de Saint-Suspi",
  latitude: 43.5764,
  longitude: 5.0102,
  pickup_instructions:
    "Précisez au retrait si vous voulez votre café moulu (espresso, filtre ou piston) : c'est fait devant vous en une minute.",
  preparation_minutes: 45,
  opening_hours: week(sameHours(TUE_TO_SAT, fullDay("09:00", "18:30"))),
  closures: [],
  accepts_pay_at_pickup: true,
  accepts_online_payment: true,
  owner: {
    email: "nicolas@brulerie-saint-suspi.mirashop.local",
    first_name: "Nicolas",
    last_name: "Perrin",
  },
  products: [
    {
      title: "Café Éthiopie Yirgacheffe",
      description:
        "Café lavé des hauts plateaux éthiopiens, aux notes de jasmin, de bergamote et de pêche. Torréfaction claire, sublime en filtre.",
      category: "cafes-thes",
      vat: "reduced",
      option: BAG,
      prices: [8.9, 16.9, 32],
      stock: [12, 8, 3],
    },
    {
      title: "Café Colombie Huila",
      description:
        "Rond et chocolaté avec une acidité douce de pomme rouge, cultivé à 1 700 mètres. Un café facile qui plaît à toute la famille.",
      category: "cafes-thes",
      vat: "reduced",
      option: BAG,
      prices: [7.9, 14.9, 28],
      stock: [15, 9, 4],
    },
    {
      title: "Café Brésil Cerrado",
      description:
        "Notes de noisette grillée et de caramel, corps généreux et faible acidité. Parfait en espresso ou avec un nuage de lait.",
      category: "cafes-thes",
      vat: "reduced",
      option: BAG,
      prices: [7.5, 13.9, 26],
      stock: [14, 8, 4],
    },
    {
      title: "Café Guatemala Antigua",
      description:
        "Grains cultivés sur les pentes volcaniques d'Antigua : cacao, épices douces et une pointe fumée. Corsé et long en bouche.",
      category: "cafes-thes",
      vat: "reduced",
      option: BAG,
      prices: [8.5, 15.9, 30],
      stock: [10, 6, 2],
    },
    {
      title: "Café Kenya AA",
      description:
        "Cassis, groseille et pamplemousse : un café éclatant et très aromatique pour les amateurs de caractère. Récolte limitée.",
      category: "cafes-thes",
      vat: "reduced",
      option: BAG,
      prices: [9.9, 18.9, 36],
      stock: [6, 2, 0],
    },
    {
      title: "Café Sumatra Mandheling",
      description:
        "Corps épais, notes de terre, de cèdre et de chocolat noir, très peu d'acidité. Idéal à la cafetière à piston.",
      category: "cafes-thes",
      vat: "reduced",
      option: BAG,
      prices: [8.7, 16.5, 31],
      stock: [8, 5, 2],
    },
    {
      title: "Assemblage maison Mistral",
      description:
        "Notre espresso signature, Brésil et Éthiopie torréfiés séparément puis assemblés : crème épaisse, chocolat et fruits secs. Celui qu'on sert au comptoir.",
      category: "cafes-thes",
      vat: "reduced",
      option: BAG,
      prices: [7.2, 13.5, 25],
      stock: [20, 12, 6],
    },
    {
      title: "Café décaféiné Pérou",
      description:
        "Décaféiné par procédé à l'eau, sans solvant, qui garde ses notes de biscuit et d'amande. Pour le café de 22 heures sans nuit blanche.",
      category: "cafes-thes",
      vat: "reduced",
      option: WEIGHTS(["250 g", "500 g"]),
      prices: [8.2, 15.5],
      stock: [8, 4],
    },
    {
      title: "Capsules compostables Mistral",
      description:
        "Dix capsules compatibles avec les machines les plus courantes, remplies de notre assemblage maison. Elles vont au compost avec le marc.",
      category: "cafes-thes",
      vat: "reduced",
      prices: [4.9],
      stock: [30],
    },
    {
      title: "Coffret découverte trois origines",
      description:
        "Trois cafés de 100 g choisis selon les arrivages et une carte de dégustation pour comparer les terroirs. Un beau cadeau pour un curieux.",
      category: "cafes-thes",
      vat: "reduced",
      prices: [21],
      stock: [5],
    },
    {
      title: "Thé vert à la menthe",
      description:
        "Thé vert gunpowder de Chine et feuilles de menthe nanah séchées, pour un thé à la marocaine bien sucré.",
      category: "cafes-thes",
      vat: "reduced",
      option: TEA,
      prices: [6.5, 14.5],
      stock: [10, 5],
    },
    {
      title: "Thé noir Earl Grey",
      description:
        "Thé noir de Ceylan parfumé à l'huile essentielle de bergamote de Calabre. Le thé de l'après-midi, avec ou sans nuage de lait.",
      category: "cafes-thes",
      vat: "reduced",
      option: TEA,
      prices: [7.5, 16.9],
      stock: [9, 4],
    },
    {
      title: "Thé noir Darjeeling",
      description:
        "Second flush d'un jardin de l'Himalaya, aux notes muscatées et boisées. Délicat, à infuser trois minutes.",
      category: "cafes-thes",
      vat: "reduced",
      prices: [11.9],
      stock: [4],
    },
    {
      title: "Thé blanc Pai Mu Tan",
      description:
        "Bourgeons et jeunes feuilles du Fujian séchés au soleil, doux et légèrement fruité. Peu de théine, beaucoup de finesse.",
      category: "cafes-thes",
      vat: "reduced",
      prices: [11.5],
      stock: [3],
    },
    {
      title: "Rooibos vanille et amande",
      description:
        "Rooibos d'Afrique du Sud, éclats d'amande et vanille, naturellement sans théine. Une tasse réconfortante pour le soir.",
      category: "cafes-thes",
      vat: "reduced",
      prices: [6.9],
      stock: [8],
    },
    {
      title: "Infusion verveine de Provence",
      description:
        "Feuilles entières de verveine odorante cueillies dans le Luberon. Citronnée et apaisante, après le dîner.",
      category: "cafes-thes",
      vat: "reduced",
      prices: [6.2],
      stock: [11],
    },
    {
      title: "Infusion tilleul de Carpentras",
      description:
        "Bractées et fleurs de tilleul officinal du Vaucluse, au parfum de miel. La tisane de nos grands-mères, toujours aussi douce.",
      category: "cafes-thes",
      vat: "reduced",
      prices: [6.5],
      stock: [7],
    },
    {
      title: "Tisane des Alpilles",
      description:
        "Thym, romarin, lavande et citronnelle, un mélange maison qui sent la garrigue. Aussi bonne glacée en été.",
      category: "cafes-thes",
      vat: "reduced",
      prices: [6.8],
      stock: [2],
    },
    {
      title: "Chocolat chaud à l'ancienne",
      description:
        "Cacao pur à 70 % finement râpé, à fondre dans du lait entier pour un chocolat épais comme à Bayonne. Boîte de 250 g.",
      category: "cafes-thes",
      vat: "reduced",
      prices: [8.9],
      stock: [6],
    },
    {
      title: "Sirop de lavande",
      description:
        "Sirop artisanal à la lavande fine de Haute-Provence, pour un latte parfumé ou une limonade d'été. Bouteille de 25 cl.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [7.9],
      stock: [7],
    },
    {
      title: "Croquants amandes et café",
      description:
        "Biscuits croquants aux amandes de Provence et aux éclats de café torréfié maison, à tremper dans votre tasse.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [5.5],
      stock: [9],
    },
    {
      title: "Cafetière à piston",
      description:
        "Cafetière de huit tasses en verre borosilicate et acier inoxydable, filtre à maille fine. Révèle le corps des cafés d'Indonésie.",
      category: "cafes-thes",
      vat: "standard",
      prices: [32],
      stock: [4],
    },
    {
      title: "Cafetière italienne six tasses",
      description:
        "La moka en aluminium fabriquée en Italie, pour un café corsé à la manière napolitaine. Compatible gaz et vitrocéramique.",
      category: "cafes-thes",
      vat: "standard",
      prices: [29],
      stock: [5],
    },
    {
      title: "Moulin à café manuel",
      description:
        "Meules coniques en céramique réglables de l'espresso au piston, manivelle amovible. Le moulin idéal pour voyager.",
      category: "cafes-thes",
      vat: "standard",
      prices: [49],
      stock: [2],
    },
    {
      title: "Dripper et filtres papier",
      description:
        "Dripper en céramique blanche et cent filtres non blanchis pour le café filtre à la main. Révèle les cafés floraux.",
      category: "cafes-thes",
      vat: "standard",
      prices: [27],
      stock: [3],
    },
    {
      title: "Tasses à espresso en grès",
      description:
        "Coffret de deux tasses et soucoupes en grès émaillé, tournées par une potière de Dieulefit. Chaque pièce est unique.",
      category: "cafes-thes",
      vat: "standard",
      prices: [24],
      stock: [0],
    },
    {
      title: "Boîte hermétique à café",
      description:
        "Boîte en inox à valve de dégazage et couvercle à levier, qui garde l'arôme de 500 g de grains pendant des semaines.",
      category: "cafes-thes",
      vat: "standard",
      prices: [19.5],
      stock: [6],
    },
  ],
}
