import { fullDay, sameHours, SIZES, splitDay, TUE_TO_FRI, week } from "../helpers"
import type { SeedShop } from "../types"

const CLOTHES = SIZES(["S", "M", "L", "XL"])
const SMALL_RANGE = SIZES(["S", "M", "L"])
const SHOES = { title: "Pointure", values: ["37", "38", "39", "40", "41", "42"] }

export const boutiqueMistral: SeedShop = {
  handle: "boutique-mistral",
  name: "Boutique Mistral",
  trade: "pret_a_porter",
  description:
    "Prêt-à-porter femme et homme aux couleurs du Sud sur le boulevard de la République : lin, coton bio et marques françaises, de la marinière à la robe d'été. Retouches simples offertes sur les pantalons.",
  siret: "90135874700011",
  email: "contact@boutique-mistral.mirashop.local",
  phone: "04 90 50 90 12",
  address_line1: "22 boulevard de la République",
  latitude: 43.5826,
  longitude: 5.0039,
  pickup_instructions:
    "Essayage possible au retrait : la cabine du fond vous est réservée, et l'échange se fait sur place si la taille ne va pas.",
  preparation_minutes: 120,
  opening_hours: week({
    ...sameHours(TUE_TO_FRI, splitDay(["09:30", "12:30"], ["14:00", "19:00"])),
    sat: fullDay("09:30", "19:00"),
  }),
  closures: [],
  accepts_pay_at_pickup: true,
  accepts_online_payment: true,
  owner: { email: "ines@boutique-mistral.mirashop.local", first_name: "Inès", last_name: "Morel" },
  products: [
    {
      title: "Marinière en coton bio",
      description:
        "La rayure bleu marine et écru, col bateau et manches longues, tricotée en Bretagne dans un jersey épais. Elle ne se déforme pas au lavage.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [49, 49, 49, 49],
      stock: [4, 6, 5, 2],
    },
    {
      title: "Chemise en lin blanc",
      description:
        "Lin lavé déjà assoupli, coupe droite et col officier. Fraîche sous le soleil de juillet, elle se porte aussi ouverte sur un t-shirt.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [59, 59, 59, 59],
      stock: [3, 5, 4, 1],
    },
    {
      title: "Robe d'été fleurie",
      description:
        "Robe mi-longue en viscose fluide imprimée de brins de lavande, taille smockée et bretelles réglables.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [65, 65, 65, 65],
      stock: [2, 4, 3, 1],
    },
    {
      title: "Robe pull côtelée",
      description:
        "Maille côtelée douce et chaude, longueur genou, coloris camel. Avec des bottes, la tenue d'hiver sans effort.",
      category: "vetements",
      vat: "standard",
      option: SMALL_RANGE,
      prices: [75, 75, 75],
      stock: [1, 2, 0],
    },
    {
      title: "Pantalon en lin",
      description:
        "Taille élastiquée et cordon, jambe large, coloris sable. Le pantalon des vacances qu'on ne quitte plus.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [55, 55, 55, 55],
      stock: [3, 4, 4, 2],
    },
    {
      title: "Jean droit brut",
      description:
        "Denim brut selvedge, coupe droite intemporelle, qui se patine à votre morphologie. Ourlet fait gratuitement sur place.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [89, 89, 89, 89],
      stock: [2, 3, 3, 1],
    },
    {
      title: "Jupe plissée",
      description:
        "Jupe mi-longue plissée soleil, coloris olive, qui tourne joliment à chaque pas. Taille élastiquée au dos.",
      category: "vetements",
      vat: "standard",
      option: SMALL_RANGE,
      prices: [58, 58, 58],
      stock: [2, 3, 2],
    },
    {
      title: "T-shirt Vieux Miramas",
      description:
        "Coton bio épais, sérigraphie du village perché du Vieux Miramas par un atelier de Salon-de-Provence. Coupe unisexe.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [25, 25, 25, 25],
      stock: [8, 10, 8, 4],
    },
    {
      title: "Polo en coton piqué",
      description:
        "Polo homme en piqué de coton, col côtelé et boutons nacre, coloris bleu ciel. Élégant sans être guindé.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [45, 45, 45, 45],
      stock: [3, 5, 4, 2],
    },
    {
      title: "Chemise à carreaux en flanelle",
      description:
        "Flanelle de coton brossée, douce comme un plaid, à carreaux rouge et vert. Se porte en surchemise quand le mistral souffle.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [55, 55, 55, 55],
      stock: [2, 3, 3, 1],
    },
    {
      title: "Pull en laine mérinos",
      description:
        "Maille fine en mérinos extra-doux, col rond, chaud sans être lourd et qui ne gratte pas. Coloris bleu nuit.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [79, 79, 79, 79],
      stock: [2, 3, 2, 1],
    },
    {
      title: "Gilet en maille terracotta",
      description:
        "Gilet long boutonné en laine et coton, poches plaquées, dans une chaude teinte terracotta.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [69, 69, 69, 69],
      stock: [2, 2, 2, 0],
    },
    {
      title: "Sweat à capuche",
      description:
        "Molleton de coton bio gratté à l'intérieur, capuche doublée et poche kangourou. Le confort des dimanches.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [59, 59, 59, 59],
      stock: [3, 4, 3, 2],
    },
    {
      title: "Veste en jean",
      description:
        "Veste en denim délavé, coupe classique légèrement ajustée. La pièce de mi-saison qui va avec tout.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [95, 95, 95, 95],
      stock: [1, 2, 2, 1],
    },
    {
      title: "Trench imperméable",
      description:
        "Trench en coton déperlant, ceinturé, avec rabat tempête. Pour les jours de pluie et de mistral qui vont souvent ensemble.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [129, 129, 129, 129],
      stock: [1, 2, 1, 1],
    },
    {
      title: "Doudoune légère sans manches",
      description:
        "Garnissage synthétique recyclé, très compressible, qui se range dans sa propre poche. Parfaite sous une veste en hiver.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [69, 69, 69, 69],
      stock: [2, 3, 2, 2],
    },
    {
      title: "Short chino",
      description:
        "Short en coton stretch à mi-cuisse, coloris kaki, ceinture à passants. Pour les beaux jours dès avril.",
      category: "vetements",
      vat: "standard",
      option: CLOTHES,
      prices: [39, 39, 39, 39],
      stock: [3, 4, 4, 2],
    },
    {
      title: "Kimono léger",
      description:
        "Voile de coton imprimé de fleurs d'amandier, à porter sur un maillot ou un jean. Taille unique ample.",
      category: "vetements",
      vat: "standard",
      prices: [62],
      stock: [3],
    },
    {
      title: "Pyjama en coton",
      description:
        "Pyjama deux pièces en popeline de coton imprimée d'étoiles, pantalon à cordon. Doux dès la première nuit.",
      category: "vetements",
      vat: "standard",
      option: SMALL_RANGE,
      prices: [49, 49, 49],
      stock: [2, 3, 2],
    },
    {
      title: "Espadrilles en toile",
      description:
        "Fabriquées à Mauléon, semelle en corde de jute cousue main et toile de coton rayée. Elles se font à votre pied en quelques jours.",
      category: "vetements",
      vat: "standard",
      option: SHOES,
      prices: [35, 35, 35, 35, 35, 35],
      stock: [2, 3, 3, 2, 2, 1],
    },
    {
      title: "Chapeau de paille",
      description:
        "Paille naturelle tressée à larges bords et ruban noir, pour les marchés de l'été. Se roule dans une valise sans se casser.",
      category: "vetements",
      vat: "standard",
      prices: [32],
      stock: [6],
    },
    {
      title: "Foulard en soie imprimé cigales",
      description:
        "Carré de soie de 70 cm imprimé de cigales et de rameaux d'olivier, ourlets roulottés à la main.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [45],
      stock: [5],
    },
    {
      title: "Écharpe en laine moutarde",
      description:
        "Grande écharpe en laine d'agneau tissée en France, chaude et légère, coloris moutarde qui réveille un manteau sombre.",
      category: "vetements",
      vat: "standard",
      prices: [39],
      stock: [4],
    },
    {
      title: "Bonnet en laine côtelé",
      description: "Bonnet en laine mérinos côtelée à revers, coloris gris chiné. Taille unique.",
      category: "vetements",
      vat: "standard",
      prices: [29],
      stock: [7],
    },
    {
      title: "Ceinture en cuir",
      description:
        "Cuir pleine fleur tanné végétal et boucle en laiton massif, fabriquée par un sellier d'Arles.",
      category: "bijoux-accessoires",
      vat: "standard",
      option: { title: "Tour de taille", values: ["85 cm", "95 cm", "105 cm"] },
      prices: [42, 42, 42],
      stock: [2, 3, 1],
    },
    {
      title: "Chaussettes en coton bio",
      description:
        "Lot de trois paires côtelées aux couleurs assorties, renforcées au talon et à la pointe, tricotées dans les Vosges.",
      category: "vetements",
      vat: "standard",
      option: { title: "Pointure", values: ["36-40", "41-45"] },
      prices: [15, 15],
      stock: [10, 8],
    },
    {
      title: "Cabas en toile brodé",
      description:
        "Grand sac cabas en toile de coton épaisse brodé d'un rameau d'olivier, avec poche intérieure. Idéal pour le marché du samedi.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [18],
      stock: [15],
    },
  ],
}
