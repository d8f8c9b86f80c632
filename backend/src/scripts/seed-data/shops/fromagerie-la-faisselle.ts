import { sameHours, SIZES, splitDay, TUE_TO_FRI, week, WEIGHTS } from "../helpers"
import type { SeedShop } from "../types"

const CUT = WEIGHTS(["250 g", "500 g", "1 kg"])
const HALF = WEIGHTS(["250 g", "500 g"])

export const fromagerieLaFaisselle: SeedShop = {
  handle: "fromagerie-la-faisselle",
  name: "Fromagerie La Faisselle",
  trade: "fromagerie",
  description:
    "Fromagère affineuse sur l'avenue Falabrègues : chèvres de Provence, tommes de montagne et grands fromages de France affinés dans notre cave. Coupe à la demande, conseils d'accords et plateaux pour vos repas.",
  siret: "83176540900014",
  email: "contact@fromagerie-la-faisselle.mirashop.local",
  phone: "04 90 50 67 89",
  address_line1: "27 avenue Falabrègues",
  latitude: 43.5792,
  longitude: 5.0047,
  pickup_instructions:
    "Votre commande est gardée en chambre froide : donnez votre code au comptoir et prévoyez un sac isotherme l'été.",
  preparation_minutes: 60,
  opening_hours: week({
    ...sameHours(TUE_TO_FRI, splitDay(["08:30", "12:30"], ["15:30", "19:00"])),
    sat: splitDay(["08:00", "12:30"], ["15:00", "19:00"]),
  }),
  closures: [],
  accepts_pay_at_pickup: true,
  accepts_online_payment: true,
  owner: {
    email: "helene@fromagerie-la-faisselle.mirashop.local",
    first_name: "Hélène",
    last_name: "Bonnet",
  },
  products: [
    {
      title: "Banon AOP",
      description:
        "Chèvre de Haute-Provence trempé dans l'eau-de-vie et enveloppé de feuilles de châtaignier nouées de raphia. Crémeux, avec une pointe de noisette.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [7.9],
      stock: [10],
    },
    {
      title: "Picodon AOP",
      description:
        "Petit palet de chèvre de la Drôme, à la pâte fine et au goût de noisette qui s'affirme avec l'affinage. Nous le proposons demi-sec.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [3.6],
      stock: [16],
    },
    {
      title: "Brousse du Rove AOP",
      description:
        "Fromage frais de chèvre du Rove moulé en cornet, léger et délicat. À déguster sucré avec du miel ou salé avec de l'huile d'olive.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [4.8],
      stock: [1],
    },
    {
      title: "Pélardon AOP",
      description:
        "Chèvre au lait cru des Cévennes, à croûte fleurie et pâte dense. Délicieux chaud sur une salade de mesclun.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [3.9],
      stock: [12],
    },
    {
      title: "Tomme de brebis de Provence",
      description:
        "Tomme au lait de brebis d'un berger de la Crau, affinée trois mois dans notre cave. Pâte souple, goût doux et légèrement fruité.",
      category: "fromages-cremerie",
      vat: "reduced",
      option: CUT,
      prices: [6.9, 13.5, 26],
      stock: [8, 5, 2],
    },
    {
      title: "Comté AOP 18 mois",
      description:
        "Fruité, long en bouche et parsemé de petits cristaux croquants, affiné dix-huit mois dans le Jura. Le fromage préféré des enfants comme des grands.",
      category: "fromages-cremerie",
      vat: "reduced",
      option: CUT,
      prices: [8.9, 17.5, 34],
      stock: [10, 6, 3],
    },
    {
      title: "Beaufort d'alpage",
      description:
        "Fabriqué au lait d'été dans les chalets d'alpage, le prince des gruyères : fleuri, beurré, aux notes de foin. Parfait pour une fondue d'exception.",
      category: "fromages-cremerie",
      vat: "reduced",
      option: CUT,
      prices: [9.9, 19.5, 38],
      stock: [6, 4, 1],
    },
    {
      title: "Roquefort AOP",
      description:
        "Brebis persillé affiné dans les caves du Combalou, puissant et fondant. Superbe avec une poire ou un verre de muscat.",
      category: "fromages-cremerie",
      vat: "reduced",
      option: HALF,
      prices: [7.5, 14.5],
      stock: [7, 3],
    },
    {
      title: "Brie de Meaux AOP",
      description:
        "Coulant à cœur, aux arômes de champignon et de noisette, coupé à la demande dans la meule.",
      category: "fromages-cremerie",
      vat: "reduced",
      option: HALF,
      prices: [6.5, 12.5],
      stock: [6, 3],
    },
    {
      title: "Camembert de Normandie AOP",
      description:
        "Au lait cru, moulé à la louche en cinq passages. Nous le choisissons à point : à consommer dans les trois jours.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [6.2],
      stock: [12],
    },
    {
      title: "Saint-Marcellin IGP",
      description:
        "Petit fromage fondant du Dauphiné servi dans sa coupelle en terre. Il se mange à la cuillère quand il est bien coulant.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [3.9],
      stock: [14],
    },
    {
      title: "Reblochon de Savoie AOP",
      description:
        "Reblochon fermier à la pastille verte, onctueux et noisetté. La base d'une vraie tartiflette.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [9.5],
      stock: [8],
    },
    {
      title: "Mont d'Or AOP",
      description:
        "Le fromage d'hiver du Haut-Doubs cerclé d'épicéa, à passer au four avec un trait de vin blanc. Disponible de septembre à mai.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [16.9],
      stock: [2],
    },
    {
      title: "Morbier AOP",
      description:
        "Pâte souple traversée de sa raie de charbon végétal, au goût lacté et fruité. Excellent fondu sur des pommes de terre.",
      category: "fromages-cremerie",
      vat: "reduced",
      option: HALF,
      prices: [5.9, 11.5],
      stock: [6, 3],
    },
    {
      title: "Époisses AOP",
      description:
        "Lavé au marc de Bourgogne, à la croûte orangée et à la pâte coulante. Puissant, pour les amateurs avertis.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [9.9],
      stock: [0],
    },
    {
      title: "Tome fraîche de l'Aubrac",
      description:
        "La tome fraîche indispensable à l'aligot : filante et légèrement acidulée. Comptez 200 g par personne.",
      category: "fromages-cremerie",
      vat: "reduced",
      option: WEIGHTS(["500 g", "1 kg"]),
      prices: [7.2, 13.9],
      stock: [5, 3],
    },
    {
      title: "Parmigiano Reggiano 24 mois",
      description:
        "Affiné deux ans, granuleux et riche en umami. À râper sur des pâtes ou à croquer en éclats avec un vin rouge.",
      category: "fromages-cremerie",
      vat: "reduced",
      option: HALF,
      prices: [8.5, 16.5],
      stock: [9, 4],
    },
    {
      title: "Mozzarella di bufala campana",
      description:
        "Mozzarella au lait de bufflonne arrivée de Campanie deux fois par semaine, fondante et lactée. Pour une vraie salade caprese.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [4.5],
      stock: [15],
    },
    {
      title: "Feta AOP",
      description:
        "Feta grecque au lait de brebis et de chèvre, conservée en saumure. Salée et crémeuse, pour les salades et les tartes.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [5.2],
      stock: [11],
    },
    {
      title: "Selles-sur-Cher AOP",
      description:
        "Chèvre du Berry cendré à la croûte bleutée, pâte fine et légèrement acidulée. On mange la croûte, c'est la tradition.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [5.8],
      stock: [9],
    },
    {
      title: "Raclette au lait cru",
      description:
        "Raclette de Savoie tranchée à la commande, prête pour l'appareil. Comptez 200 à 250 g par personne.",
      category: "fromages-cremerie",
      vat: "reduced",
      option: WEIGHTS(["500 g", "1 kg"]),
      prices: [9.5, 18],
      stock: [7, 4],
    },
    {
      title: "Mélange pour fondue savoyarde",
      description:
        "Beaufort, comté et emmental de Savoie râpés en proportions égales, pour trois personnes. Ajoutez un vin blanc de Savoie et une gousse d'ail.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [14.9],
      stock: [6],
    },
    {
      title: "Plateau de fromages",
      description:
        "Cinq fromages de saison choisis et disposés par Hélène sur un plateau en bois, avec les conseils de dégustation et d'accords.",
      category: "fromages-cremerie",
      vat: "reduced",
      option: SIZES(["4 personnes", "8 personnes"]),
      prices: [25, 45],
      stock: [4, 2],
    },
    {
      title: "Beurre de baratte demi-sel",
      description:
        "Beurre cru baratté à l'ancienne en Bretagne, parsemé de cristaux de sel. Une motte de 250 g qui change les tartines.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [4.9],
      stock: [18],
    },
    {
      title: "Crème fraîche épaisse d'Isigny",
      description:
        "Crème AOP d'Isigny, épaisse et légèrement acidulée, en pot de 40 cl. Elle tient à la cuisson sans trancher.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [3.8],
      stock: [12],
    },
    {
      title: "Yaourts au lait de brebis",
      description:
        "Quatre pots de yaourt nature fermes et doux, d'une bergerie des Alpilles. Bien plus digestes que ceux au lait de vache.",
      category: "fromages-cremerie",
      vat: "reduced",
      prices: [4.5],
      stock: [10],
    },
    {
      title: "Œufs frais de plein air",
      description:
        "Pondus par des poules élevées en plein air à Saint-Martin-de-Crau, livrés deux fois par semaine. Jaunes bien orangés.",
      category: "fromages-cremerie",
      vat: "reduced",
      option: { title: "Boîte", values: ["6 œufs", "12 œufs"] },
      prices: [2.9, 5.5],
      stock: [15, 8],
    },
    {
      title: "Confiture de cerises noires",
      description:
        "L'accompagnement idéal des fromages de brebis, comme au Pays basque. Pot de 220 g.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [5.5],
      stock: [8],
    },
    {
      title: "Crackers au romarin",
      description:
        "Biscuits salés fins et croustillants au romarin et à l'huile d'olive, pour accompagner le plateau de fromages.",
      category: "epicerie-salee",
      vat: "reduced",
      prices: [4.5],
      stock: [12],
    },
  ],
}
