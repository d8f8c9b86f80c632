import { FORMATS, fullDay, sameHours, SIZES, splitDay, week } from "../helpers"
import type { SeedShop } from "../types"

const VOLUME = (values: string[]) => ({ title: "Contenance", values })

export const quincaillerieFalabregues: SeedShop = {
  handle: "quincaillerie-falabregues",
  name: "Quincaillerie Falabrègues",
  trade: "quincaillerie",
  description:
    "La quincaillerie de quartier de l'avenue Falabrègues : visserie au détail, outillage, jardin, droguerie et reproduction de clés. Gérard, ancien menuisier, vous conseille pour chaque petit chantier.",
  siret: "38210957700017",
  email: "contact@quincaillerie-falabregues.mirashop.local",
  phone: "04 90 58 23 45",
  address_line1: "58 avenue Falabrègues",
  latitude: 43.5771,
  longitude: 5.0071,
  pickup_instructions:
    "Les commandes encombrantes attendent dans la réserve côté cour : sonnez à la porte verte, à droite de la vitrine.",
  preparation_minutes: 90,
  opening_hours: week({
    ...sameHours(
      ["mon", "tue", "wed", "thu", "fri"],
      splitDay(["08:00", "12:00"], ["14:00", "18:30"])
    ),
    sat: fullDay("08:00", "12:30"),
  }),
  closures: [{ from: "2026-12-28", to: "2027-01-03", reason: "Congés annuels" }],
  accepts_pay_at_pickup: true,
  accepts_online_payment: false,
  owner: {
    email: "gerard@quincaillerie-falabregues.mirashop.local",
    first_name: "Gérard",
    last_name: "Blanc",
  },
  products: [
    {
      title: "Marteau de menuisier",
      description:
        "Tête forgée de 300 g et manche en frêne bien équilibré, celui qu'on garde toute une vie. Pour les clous comme pour les petits travaux.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [18.9],
      stock: [6],
    },
    {
      title: "Jeu de tournevis",
      description:
        "Six tournevis plats et cruciformes à lame chrome-vanadium et manche bi-matière. L'indispensable de la boîte à outils.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [22.5],
      stock: [8],
    },
    {
      title: "Perceuse-visseuse sans fil 18 V",
      description:
        "Deux batteries lithium, chargeur rapide et coffret, couple de 45 Nm pour percer le bois, le métal et visser sans effort.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [129],
      stock: [2],
    },
    {
      title: "Mètre ruban 5 m",
      description:
        "Ruban acier de 19 mm avec crochet magnétique et blocage, boîtier antichoc. Lecture claire des deux côtés.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [9.9],
      stock: [14],
    },
    {
      title: "Niveau à bulle 60 cm",
      description:
        "Profilé aluminium, trois fioles dont une à 45°, précision de 0,5 mm par mètre. Pour poser étagères et cadres bien droits.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [16.5],
      stock: [5],
    },
    {
      title: "Coffret de vis à bois",
      description:
        "Cinq cents vis tête fraisée de 3 à 6 mm rangées par taille dans un coffret à compartiments. Fini de chercher la bonne vis.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [14.9],
      stock: [10],
    },
    {
      title: "Chevilles universelles",
      description:
        "Sachet de cent chevilles en nylon avec leurs vis, pour béton, brique pleine ou creuse et plaque de plâtre.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [8.9],
      stock: [12],
    },
    {
      title: "Colle à bois prise rapide",
      description:
        "Colle vinylique blanche qui devient transparente, prise en vingt minutes. Pour réparer une chaise ou assembler un meuble.",
      category: "bricolage-maison",
      vat: "standard",
      option: VOLUME(["250 g", "750 g"]),
      prices: [5.9, 9.9],
      stock: [9, 4],
    },
    {
      title: "Peinture blanche mate murs et plafonds",
      description:
        "Acrylique en phase aqueuse, très couvrante et quasiment sans odeur. Une couche suffit souvent sur un fond clair.",
      category: "bricolage-maison",
      vat: "standard",
      option: VOLUME(["2,5 L", "10 L"]),
      prices: [24, 59],
      stock: [6, 3],
    },
    {
      title: "Rouleau de peinture microfibre",
      description:
        "Manchon microfibre de 180 mm et monture à cage, qui ne laisse pas de traces. Pour toutes les peintures acryliques.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [11.5],
      stock: [10],
    },
    {
      title: "Ruban de masquage",
      description:
        "Ruban de 25 mm sur 50 m qui s'enlève sans arracher la peinture, pour des finitions nettes autour des plinthes.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [4.5],
      stock: [20],
    },
    {
      title: "Cadenas à code en laiton",
      description:
        "Cadenas à quatre molettes, anse en acier trempé, code personnalisable. Pour le portail, le casier ou l'abri de jardin.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [12.9],
      stock: [7],
    },
    {
      title: "Boîte aux lettres normalisée",
      description:
        "Boîte en acier galvanisé laqué gris anthracite, conforme aux normes de La Poste, avec deux clés. Fixation murale.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [45],
      stock: [2],
    },
    {
      title: "Ampoule LED filament",
      description:
        "Culot E27, 8 W équivalent 60 W, lumière chaude 2 700 K dans un verre clair d'esprit rétro. Durée de vie de quinze ans.",
      category: "bricolage-maison",
      vat: "standard",
      option: FORMATS(["À l'unité", "Lot de 3"]),
      prices: [5.9, 15.5],
      stock: [30, 10],
    },
    {
      title: "Multiprise parafoudre",
      description:
        "Cinq prises avec terre, interrupteur lumineux et protection contre les surtensions des orages d'été. Câble de 1,5 m.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [19.9],
      stock: [6],
    },
    {
      title: "Tuyau d'arrosage anti-torsion",
      description:
        "Tuyau de 15 mm en quatre couches tressées qui ne plie pas, livré avec raccords rapides et lance multi-jets.",
      category: "bricolage-maison",
      vat: "standard",
      option: { title: "Longueur", values: ["15 m", "25 m"] },
      prices: [29, 45],
      stock: [4, 2],
    },
    {
      title: "Sécateur de jardin",
      description:
        "Lames en acier trempé à coupe franche, ressort et verrouillage à une main. Pour les rosiers, la vigne et les oliviers.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [24.9],
      stock: [5],
    },
    {
      title: "Arrosoir en zinc",
      description:
        "Arrosoir galvanisé de 10 litres à pomme amovible, qui vieillit joliment au jardin comme sur une terrasse.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [34],
      stock: [2],
    },
    {
      title: "Gants de jardinage en cuir",
      description:
        "Paume en cuir de chèvre souple et dos en tissu respirant. Protègent des épines sans gêner les gestes fins.",
      category: "bricolage-maison",
      vat: "standard",
      option: SIZES(["M", "L"]),
      prices: [8.9, 8.9],
      stock: [6, 5],
    },
    {
      title: "Savon noir à l'huile d'olive",
      description:
        "Savon noir liquide de Marseille d'un litre pour sols, carrelages, terrasses et même les pucerons du jardin.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [6.5],
      stock: [15],
    },
    {
      title: "Cube de savon de Marseille",
      description:
        "Cube de 600 g à 72 % d'huile d'olive, cuit au chaudron par une savonnerie marseillaise. Pour le linge et les mains.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [7.9],
      stock: [18],
    },
    {
      title: "Balai en paille de riz",
      description:
        "Le balai traditionnel de Provence à manche en bois, qui ramasse sable et poussière sur les tomettes sans les rayer.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [16],
      stock: [0],
    },
    {
      title: "Escabeau trois marches",
      description:
        "Aluminium léger, marches larges antidérapantes et arceau de sécurité, charge maximale 150 kg. Se plie à plat.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [49],
      stock: [1],
    },
    {
      title: "Caisse à outils métallique",
      description:
        "Caisse en tôle d'acier à deux plateaux cantilever qui s'ouvrent en escalier, verrouillable par cadenas.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [32],
      stock: [3],
    },
    {
      title: "Diffuseur anti-moustiques",
      description:
        "Appareil électrique silencieux avec recharge liquide de 45 nuits, indispensable l'été près de l'étang de Berre.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [12.5],
      stock: [8],
    },
    {
      title: "Lampe frontale rechargeable",
      description:
        "Lampe frontale LED de 300 lumens rechargeable en USB, avec mode rouge. Libère les deux mains pour bricoler sous un évier ou au compteur.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [24.9],
      stock: [7],
    },
    {
      title: "Joint silicone sanitaire",
      description:
        "Cartouche de 310 ml de silicone blanc anti-moisissures pour douches, baignoires et éviers. Un pistolet est prêté sur demande.",
      category: "bricolage-maison",
      vat: "standard",
      prices: [8.5],
      stock: [11],
    },
  ],
}
