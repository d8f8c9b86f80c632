import { FORMATS, fullDay, sameHours, splitDay, week } from "../helpers"
import type { SeedShop } from "../types"

const BOTTLE = FORMATS(["75 cl", "150 cl"])

export const caveDuVieuxMiramas: SeedShop = {
  handle: "cave-du-vieux-miramas",
  name: "La Cave du Vieux Miramas",
  trade: "caviste",
  description:
    "Caviste indépendant au pied des remparts du Vieux Miramas : vins de Provence, des Baux et de la vallée du Rhône choisis chez les vignerons, bières artisanales et spiritueux. Dégustation commentée le vendredi soir.",
  siret: "49812376900016",
  email: "contact@cave-du-vieux-miramas.mirashop.local",
  phone: "04 90 58 56 78",
  address_line1: "1 rue du Château, Le Vieux Miramas",
  latitude: 43.5912,
  longitude: 5.0168,
  pickup_instructions:
    "Une pièce d'identité est demandée au retrait de toute commande d'alcool ; garez-vous sur le parking en bas du village.",
  preparation_minutes: 60,
  opening_hours: week({
    ...sameHours(["tue", "wed", "thu"], splitDay(["10:00", "12:30"], ["15:00", "19:30"])),
    fri: fullDay("10:00", "20:00"),
    sat: fullDay("09:30", "20:00"),
  }),
  closures: [],
  accepts_pay_at_pickup: true,
  accepts_online_payment: true,
  owner: {
    email: "antoine@cave-du-vieux-miramas.mirashop.local",
    first_name: "Antoine",
    last_name: "Roche",
  },
  products: [
    {
      title: "Côtes de Provence rosé",
      description:
        "Rosé pâle et frais aux arômes de pêche blanche et d'agrumes, issu d'un domaine de Pierrefeu. Le compagnon des soirées d'été et des grillades.",
      category: "vins-spiritueux",
      vat: "standard",
      option: BOTTLE,
      prices: [11.5, 24],
      stock: [24, 6],
    },
    {
      title: "Coteaux d'Aix-en-Provence rouge",
      description:
        "Grenache et syrah élevés en cuve, fruits noirs et notes de garrigue. Un rouge gourmand pour une daube ou un gigot.",
      category: "vins-spiritueux",
      vat: "standard",
      option: BOTTLE,
      prices: [13.9, 29],
      stock: [12, 3],
    },
    {
      title: "Les Baux-de-Provence rouge bio",
      description:
        "Domaine en biodynamie au pied des Alpilles, assemblage de grenache, syrah et cabernet. Profond, épicé, à carafer une heure.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [22],
      stock: [8],
    },
    {
      title: "Bandol rouge",
      description:
        "Mourvèdre majoritaire élevé dix-huit mois en foudre : cuir, épices et fruits noirs. Un vin de garde à ouvrir dans cinq ans ou sur un civet.",
      category: "vins-spiritueux",
      vat: "standard",
      option: BOTTLE,
      prices: [27.5, 58],
      stock: [5, 1],
    },
    {
      title: "Bandol rosé",
      description:
        "Un rosé de gastronomie, ample et salin, qui tient tête à une bouillabaisse. Bien plus qu'un vin d'apéritif.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [21],
      stock: [7],
    },
    {
      title: "Cassis blanc",
      description:
        "Marsanne et clairette plantées face à la mer : un blanc iodé, floral et tendu. L'accord parfait avec les oursins et les poissons grillés.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [21],
      stock: [6],
    },
    {
      title: "Palette rouge",
      description:
        "Une des plus petites appellations de France, aux portes d'Aix. Rouge fin et long, aux arômes de pin et de fruits confits.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [39],
      stock: [2],
    },
    {
      title: "Châteauneuf-du-Pape rouge",
      description:
        "Le grand vin de la vallée du Rhône, sur les galets roulés : puissant, soyeux, aux notes de kirsch et de réglisse.",
      category: "vins-spiritueux",
      vat: "standard",
      option: BOTTLE,
      prices: [38, 79],
      stock: [4, 1],
    },
    {
      title: "Gigondas",
      description:
        "Rouge généreux des Dentelles de Montmirail, cerise noire et poivre. Superbe avec un taureau de Camargue en gardiane.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [24.5],
      stock: [6],
    },
    {
      title: "Côtes-du-Rhône Villages rouge",
      description:
        "Le rouge de tous les jours de la cave, souple et fruité, d'un vigneron de Cairanne. Un excellent rapport qualité-prix.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [10.9],
      stock: [18],
    },
    {
      title: "IGP Alpilles rouge",
      description:
        "Vin de pays des Alpilles à boire jeune et légèrement frais. Idéal pour une pizza ou un barbecue entre amis.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [8.9],
      stock: [30],
    },
    {
      title: "Rosé IGP Sable de Camargue",
      description:
        "Gris de gris cultivé sur les dunes de Camargue, léger et gourmand aux notes de groseille. Un rosé de plage à petit prix.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [8.5],
      stock: [20],
    },
    {
      title: "Muscat de Beaumes-de-Venise",
      description:
        "Vin doux naturel aux arômes de raisin frais, d'abricot et de fleur d'oranger. À servir très frais avec un dessert aux fruits.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [16.9],
      stock: [5],
    },
    {
      title: "Clairette de Die tradition",
      description:
        "Bulles fines et légères au muscat, peu alcoolisées et délicieusement fruitées. Pour l'apéritif ou la galette des rois.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [13.5],
      stock: [9],
    },
    {
      title: "Champagne brut de vigneron",
      description:
        "Champagne récoltant-manipulant de la Montagne de Reims, assemblage de pinot noir et de chardonnay. Bulles crémeuses, finale de brioche.",
      category: "vins-spiritueux",
      vat: "standard",
      option: BOTTLE,
      prices: [34, 72],
      stock: [10, 2],
    },
    {
      title: "Vin cuit de Provence",
      description:
        "Moût de raisin longuement chauffé puis fermenté, servi avec les treize desserts de Noël. Victime de son succès avant les fêtes.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [18],
      stock: [0],
    },
    {
      title: "Pastis artisanal de Provence",
      description:
        "Anis étoilé, réglisse et plantes de garrigue macérées par une distillerie de Forcalquier. Un pastis trouble et aromatique, à allonger de cinq volumes d'eau.",
      category: "vins-spiritueux",
      vat: "standard",
      option: FORMATS(["70 cl", "1 L"]),
      prices: [24, 33],
      stock: [8, 3],
    },
    {
      title: "Génépi des Alpes",
      description:
        "Liqueur de plantes de montagne cueillies au-dessus de 2 000 mètres. En digestif, après une raclette.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [29],
      stock: [2],
    },
    {
      title: "Whisky français single malt",
      description:
        "Single malt breton vieilli en fût de chêne, notes de miel, de poire et de vanille. Une belle découverte pour les amateurs.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [49],
      stock: [3],
    },
    {
      title: "Rhum arrangé vanille",
      description:
        "Rhum agricole macéré avec des gousses de vanille de La Réunion et un bâton de cannelle. Doux, rond et parfumé.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [32],
      stock: [1],
    },
    {
      title: "Bière blonde artisanale de Provence",
      description:
        "Brassée à Salon-de-Provence, légère et désaltérante avec une pointe d'agrumes. Bouteille de 33 cl.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [3.9],
      stock: [40],
    },
    {
      title: "Bière ambrée au miel",
      description:
        "Ambrée ronde d'une brasserie des Alpilles, au miel de lavande et aux notes de caramel. Bouteille de 33 cl.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [4.2],
      stock: [36],
    },
    {
      title: "Bière IPA de la Crau",
      description:
        "India Pale Ale aux houblons aromatiques, fruits exotiques et amertume franche. Bouteille de 33 cl.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [4.5],
      stock: [24],
    },
    {
      title: "Coffret trois bières et son verre",
      description:
        "La blonde, l'ambrée et l'IPA de nos brasseurs provençaux avec un verre gravé. Un cadeau tout trouvé pour la fête des pères.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [19.9],
      stock: [6],
    },
    {
      title: "Coffret découverte de Provence",
      description:
        "Un rosé, un rouge et un blanc de Provence choisis par Antoine, avec leurs fiches de dégustation, dans un coffret bois.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [45],
      stock: [5],
    },
    {
      title: "Tire-bouchon sommelier en olivier",
      description:
        "Tire-bouchon à double levier, lame coupe-capsule et manche en bois d'olivier. L'outil de poche de tout amateur de vin.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [24],
      stock: [4],
    },
    {
      title: "Carafe à décanter",
      description:
        "Carafe en verre soufflé à large base pour aérer les rouges jeunes et décanter les vieux millésimes. Contenance 1,5 litre.",
      category: "vins-spiritueux",
      vat: "standard",
      prices: [35],
      stock: [2],
    },
  ],
}
