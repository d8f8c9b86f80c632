import { FORMATS, fullDay, sameHours, splitDay, TUE_TO_FRI, week, WEIGHTS } from "../helpers"
import type { SeedShop } from "../types"

export const boucherieMartin: SeedShop = {
  handle: "boucherie-martin",
  name: "Boucherie Charcuterie Martin",
  trade: "boucherie",
  description:
    "Boucherie familiale depuis trois générations sur l'avenue Charles de Gaulle : taureau de Camargue AOP, agneau de Sisteron, volailles fermières et charcuterie faite maison. Les pièces sont découpées à la commande et le paiement se fait au retrait, au poids exact.",
  siret: "41958302600010",
  email: "contact@boucherie-martin.mirashop.local",
  phone: "04 90 58 78 90",
  address_line1: "41 avenue Charles de Gaulle",
  latitude: 43.5836,
  longitude: 5.0001,
  pickup_instructions:
    "Vos viandes sont prêtes dans la vitrine réfrigérée : donnez votre code au boucher, qui ajuste le prix au poids exact.",
  preparation_minutes: 60,
  opening_hours: week({
    ...sameHours(TUE_TO_FRI, splitDay(["07:30", "12:30"], ["15:30", "19:00"])),
    sat: splitDay(["07:00", "12:30"], ["15:00", "19:00"]),
    sun: fullDay("08:00", "12:00"),
  }),
  closures: [],
  accepts_pay_at_pickup: true,
  accepts_online_payment: false,
  owner: {
    email: "bernard@boucherie-martin.mirashop.local",
    first_name: "Bernard",
    last_name: "Martin",
  },
  products: [
    {
      title: "Gardiane de taureau AOP",
      description:
        "Taureau de Camargue AOP en morceaux, prêt à mijoter trois heures au vin rouge avec olives et écorce d'orange. Servez avec du riz de Camargue.",
      category: "viandes-charcuterie",
      vat: "reduced",
      option: WEIGHTS(["500 g", "1 kg"]),
      prices: [12.5, 24],
      stock: [10, 5],
    },
    {
      title: "Entrecôte de bœuf maturée",
      description:
        "Bœuf de race limousine maturé trois semaines en cave : persillée, tendre et au goût de noisette. À saisir à feu vif.",
      category: "viandes-charcuterie",
      vat: "reduced",
      option: WEIGHTS(["350 g", "700 g"]),
      prices: [14, 27],
      stock: [8, 4],
    },
    {
      title: "Côte de bœuf",
      description:
        "Une pièce d'environ 1,2 kg pour deux à trois personnes, à griller sur les sarments ou au four. Le boucher la prépare à température ambiante sur demande.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [42],
      stock: [3],
    },
    {
      title: "Steak haché frais",
      description:
        "Bœuf haché à la commande, 15 % de matière grasse, façonné à la main. Rien à voir avec l'industriel.",
      category: "viandes-charcuterie",
      vat: "reduced",
      option: FORMATS(["2 × 125 g", "4 × 125 g"]),
      prices: [6.5, 12.5],
      stock: [15, 8],
    },
    {
      title: "Bourguignon de bœuf",
      description:
        "Paleron et joue coupés en gros cubes, le mélange idéal pour un plat mijoté fondant. Prévoyez 250 g par personne.",
      category: "viandes-charcuterie",
      vat: "reduced",
      option: WEIGHTS(["1 kg", "2 kg"]),
      prices: [17.9, 34],
      stock: [6, 2],
    },
    {
      title: "Gigot d'agneau de Sisteron",
      description:
        "Agneau IGP élevé en Haute-Provence, gigot entier raccourci d'environ 2 kg. Piqué d'ail et de romarin, c'est le repas du dimanche.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [38],
      stock: [4],
    },
    {
      title: "Côtelettes d'agneau",
      description:
        "Côtes premières d'agneau de Sisteron, tendres et parfumées. Quelques minutes sur le barbecue avec des herbes de Provence.",
      category: "viandes-charcuterie",
      vat: "reduced",
      option: WEIGHTS(["500 g", "1 kg"]),
      prices: [11, 21],
      stock: [9, 4],
    },
    {
      title: "Poulet fermier Label Rouge",
      description:
        "Poulet jaune élevé 81 jours en plein air, effilé et prêt à cuire, environ 1,8 kg. La peau devient croustillante à souhait.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [16.5],
      stock: [7],
    },
    {
      title: "Paupiettes de veau",
      description:
        "Escalope de veau roulée autour d'une farce maison au porc et aux herbes, deux pièces ficelées. À braiser avec des champignons.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [9.9],
      stock: [6],
    },
    {
      title: "Rôti de porc aux herbes",
      description:
        "Échine de porc fermier ficelée avec thym, romarin et ail, moelleuse même cuite longtemps.",
      category: "viandes-charcuterie",
      vat: "reduced",
      option: WEIGHTS(["800 g", "1,5 kg"]),
      prices: [9.5, 18.5],
      stock: [6, 3],
    },
    {
      title: "Brochettes de volaille marinées",
      description:
        "Quatre brochettes de cuisse de poulet marinées au citron, au thym et à l'huile d'olive. Prêtes pour la plancha.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [10.5],
      stock: [8],
    },
    {
      title: "Saucisses de Toulouse",
      description:
        "Pur porc, hachage gros, embossées à la boutique chaque matin. Le kilo fait six belles saucisses.",
      category: "viandes-charcuterie",
      vat: "reduced",
      option: WEIGHTS(["500 g", "1 kg"]),
      prices: [8.9, 16.9],
      stock: [12, 6],
    },
    {
      title: "Chipolatas aux herbes",
      description:
        "Six chipolatas fines au porc et aux herbes de Provence, pour les grillades d'été comme pour les lentilles d'hiver.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [7.5],
      stock: [14],
    },
    {
      title: "Merguez maison",
      description:
        "Bœuf et mouton relevés d'harissa douce, de cumin et de paprika, embossées dans un boyau de mouton. Lot d'environ 500 g.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [9.2],
      stock: [10],
    },
    {
      title: "Saucisson sec d'Arles",
      description:
        "La recette arlésienne au porc et au bœuf, séchée deux mois dans notre séchoir. Une pièce de 250 g à trancher fin.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [9.8],
      stock: [11],
    },
    {
      title: "Saucisson aux figues",
      description:
        "Saucisson sec pur porc aux morceaux de figues séchées, une rencontre sucrée-salée qui fait sensation à l'apéritif.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [10.5],
      stock: [2],
    },
    {
      title: "Jambon cru de montagne",
      description:
        "Jambon affiné douze mois, tranché à la commande au plus fin. Fondant, pas trop salé.",
      category: "viandes-charcuterie",
      vat: "reduced",
      option: WEIGHTS(["150 g", "300 g"]),
      prices: [6.9, 13.5],
      stock: [9, 5],
    },
    {
      title: "Jambon blanc à l'os",
      description:
        "Cuit au torchon dans notre laboratoire avec un bouillon aux aromates, sans polyphosphates. Tranché devant vous.",
      category: "viandes-charcuterie",
      vat: "reduced",
      option: { title: "Tranches", values: ["4 tranches", "8 tranches"] },
      prices: [5.5, 10.5],
      stock: [10, 5],
    },
    {
      title: "Terrine de campagne",
      description:
        "Porc, foie de volaille, cognac et herbes, cuite au four dans sa terrine. Environ 300 g, avec des cornichons.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [6.9],
      stock: [8],
    },
    {
      title: "Pâté en croûte volaille et pistaches",
      description:
        "Farce de volaille et de porc aux pistaches dans une pâte dorée, gelée au porto. Vendu en tranche épaisse.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [5.9],
      stock: [1],
    },
    {
      title: "Caillettes provençales",
      description:
        "Boulettes de porc et de blettes enveloppées de crépine, spécialité du Vaucluse. À réchauffer au four ou à manger froides.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [4.8],
      stock: [9],
    },
    {
      title: "Daube provençale cuisinée",
      description:
        "Bœuf mijoté sept heures au vin rouge, à l'orange et aux clous de girofle, deux parts en barquette. Il ne reste qu'à réchauffer doucement.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [15.9],
      stock: [5],
    },
    {
      title: "Pieds paquets marseillais",
      description:
        "La spécialité marseillaise de tripes d'agneau farcies, cuites à la tomate et au vin blanc, deux parts. Préparés le jeudi pour le week-end.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [14.5],
      stock: [0],
    },
    {
      title: "Foie gras de canard mi-cuit",
      description:
        "Foie gras entier du Sud-Ouest, assaisonné au poivre et à la fleur de sel, cuit au torchon. À commander tôt pour les fêtes.",
      category: "viandes-charcuterie",
      vat: "reduced",
      option: WEIGHTS(["180 g", "350 g"]),
      prices: [24, 45],
      stock: [4, 2],
    },
    {
      title: "Chapon fermier",
      description:
        "Chapon des Landes élevé cinq mois, environ 3,5 kg, pour huit personnes. Réservez-le avant le 15 décembre.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [69],
      stock: [3],
    },
    {
      title: "Colis barbecue",
      description:
        "Merguez, chipolatas, brochettes de volaille et côtelettes d'agneau, tout prêt pour la grille. Assez pour un repas généreux.",
      category: "viandes-charcuterie",
      vat: "reduced",
      option: FORMATS(["4 personnes", "8 personnes"]),
      prices: [29, 55],
      stock: [5, 3],
    },
    {
      title: "Fond de veau maison",
      description:
        "Os de veau rôtis et légumes réduits des heures durant, en bocal de 25 cl. La base des sauces de restaurant.",
      category: "viandes-charcuterie",
      vat: "reduced",
      prices: [5.5],
      stock: [7],
    },
  ],
}
