import { FORMATS, sameHours, SIZES, splitDay, TUE_TO_SAT, week, WEIGHTS } from "../helpers"
import type { SeedShop } from "../types"

export const saveursDeLaCrau: SeedShop = {
  handle: "saveurs-de-la-crau",
  name: "Les Saveurs de la Crau",
  trade: "epicerie_fine",
  description:
    "Épicerie fine de producteurs provençaux sur la place Jean Jaurès : huiles d'olive de la vallée des Baux, confitures cuites au chaudron, miels de la Crau et tapenades préparées dans l'arrière-boutique. On vous fait goûter avant d'acheter.",
  siret: "79045128000016",
  email: "contact@saveurs-de-la-crau.mirashop.local",
  phone: "04 90 17 45 67",
  address_line1: "3 place Jean Jaurès",
  latitude: 43.5813,
  longitude: 5.0024,
  pickup_instructions:
    "Votre panier vous attend à l'entrée, sur l'étagère des commandes à côté des huiles d'olive.",
  preparation_minutes: 45,
  opening_hours: week(sameHours(TUE_TO_SAT, splitDay(["09:00", "12:30"], ["14:30", "19:00"]))),
  closures: [],
  accepts_pay_at_pickup: true,
  accepts_online_payment: true,
  owner: {
    email: "julien@saveurs-de-la-crau.mirashop.local",
    first_name: "Julien",
    last_name: "Arnaud",
  },
  products: [
    {
      title: "Bocaux de confiture de figues",
      description:
        "Figues violettes de Solliès cuites au chaudron en cuivre, peu sucrées et pleines de petits grains croquants. Bocal de 320 g, divin avec un chèvre frais ou un foie gras.",
      category: "epicerie-sucree",
      vat: "reduced",
      option: FORMATS(["1 bocal", "Lot de 3 bocaux"]),
      prices: [5.9, 16.5],
      stock: [14, 6],
    },
    {
      title: "Confiture d'abricots de Provence",
      description:
        "Abricots bergeron cueillis mûrs dans la vallée du Rhône, en gros morceaux fondants. Une confiture de petit-déjeuner comme chez la grand-mère.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [5.5],
      stock: [11],
    },
    {
      title: "Confiture de fraises de Carpentras",
      description:
        "Fraises de Carpentras et sucre de canne, cuites en petites quantités pour garder la couleur et le parfum du fruit.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [5.9],
      stock: [9],
    },
    {
      title: "Confiture extra de melon de Cavaillon",
      description:
        "Melon charentais de Cavaillon relevé de zestes de citron, une spécialité provençale peu connue et pourtant irrésistible.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [6.2],
      stock: [7],
    },
    {
      title: "Confiture de cerises noires et amandes",
      description:
        "Cerises noires du Ventoux et éclats d'amandes de Provence. Excellente sur une tranche de tomme de brebis.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [5.9],
      stock: [0],
    },
    {
      title: "Confiture de lait à la fleur de sel",
      description:
        "Lait entier caramélisé lentement pendant quatre heures, avec une pincée de fleur de sel de Camargue. À la cuillère ou sur une crêpe.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [6.5],
      stock: [2],
    },
    {
      title: "Miel de lavande",
      description:
        "Miel crémeux récolté sur le plateau de Valensole, au parfum floral délicat. Il sucre à merveille une infusion ou un yaourt.",
      category: "epicerie-sucree",
      vat: "reduced",
      option: WEIGHTS(["250 g", "500 g"]),
      prices: [8.5, 15],
      stock: [10, 5],
    },
    {
      title: "Miel de garrigue de la Crau",
      description:
        "Miel ambré au goût de thym et de romarin, récolté par un apiculteur de Saint-Martin-de-Crau. Corsé et aromatique.",
      category: "epicerie-sucree",
      vat: "reduced",
      option: WEIGHTS(["250 g", "500 g"]),
      prices: [9, 16],
      stock: [8, 4],
    },
    {
      title: "Nougat blanc de Provence",
      description:
        "Amandes de Provence, pistaches et miel de lavande pris dans un nougat tendre. Coupé à la main en barres.",
      category: "epicerie-sucree",
      vat: "reduced",
      option: WEIGHTS(["150 g", "300 g"]),
      prices: [7.5, 13.9],
      stock: [12, 6],
    },
    {
      title: "Nougat noir au miel",
      description:
        "Nougat croquant au miel caramélisé et aux amandes entières, l'un des treize desserts de Noël. Se casse en morceaux.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [7.2],
      stock: [5],
    },
    {
      title: "Calissons d'Aix",
      description:
        "Pâte d'amande et melon confit sur feuille d'hostie, glacés au sucre royal. Présentés dans leur boîte en losange.",
      category: "epicerie-sucree",
      vat: "reduced",
      option: WEIGHTS(["125 g", "250 g", "500 g"]),
      prices: [9.5, 17.9, 33],
      stock: [10, 6, 2],
    },
    {
      title: "Fruits confits d'Apt",
      description:
        "Clémentines, poires, cerises et melon confits lentement selon la tradition d'Apt. Un plateau qui fait son effet au dessert des fêtes.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [14.5],
      stock: [4],
    },
    {
      title: "Chocolats à l'huile d'olive",
      description:
        "Ganaches au chocolat noir et à l'huile d'olive AOP, enrobées à la main par un chocolatier de Salon-de-Provence. Boîte de 16.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [12.9],
      stock: [1],
    },
    {
      title: "Croquants aux amandes",
      description:
        "Biscuits secs aux amandes entières, cuits au four jusqu'à devenir bien croquants. À tremper dans un verre de muscat.",
      category: "epicerie-sucree",
      vat: "reduced",
      prices: [5.2],
      stock: [8],
    },
    {
      title: "Huile d'olive vierge extra Vallée des Baux",
      description:
        "AOP Vallée des Baux-de-Provence, fruité vert aux notes d'artichaut et d'herbe coupée. Pressée à froid dans un moulin familial de Maussane.",
      category: "epicerie-salee",
      vat: "reduced",
      option: { title: "Contenance", values: ["50 cl", "1 L"] },
      prices: [14.5, 26],
      stock: [15, 8],
    },
    {
      title: "Huile d'olive fruité noir",
      description:
        "Olives maturées quelques jours avant pression pour des notes de cacao, de champignon et de pain grillé. Idéale sur une brandade.",
      category: "epicerie-salee",
      vat: "reduced",
      prices: [16.9],
      stock: [6],
    },
    {
      title: "Tapenade noire maison",
      description:
        "Olives noires, câpres, anchois et huile d'olive, pilés dans notre arrière-boutique. Sur des toasts, à l'apéritif.",
      category: "epicerie-salee",
      vat: "reduced",
      prices: [5.9],
      stock: [12],
    },
    {
      title: "Tapenade verte aux amandes",
      description:
        "Olives vertes picholines et amandes grillées, plus douce que la noire. Délicieuse avec un poisson grillé.",
      category: "epicerie-salee",
      vat: "reduced",
      prices: [5.9],
      stock: [10],
    },
    {
      title: "Anchoïade",
      description:
        "Crème d'anchois à l'ail et à l'huile d'olive, pour tremper les légumes crus comme le veut la tradition provençale.",
      category: "epicerie-salee",
      vat: "reduced",
      prices: [6.2],
      stock: [7],
    },
    {
      title: "Olives de Nyons AOP",
      description:
        "Olives noires de variété tanche, ridées et fondantes, au goût fruité unique. Dénoyautez-les pour un cake ou une tapenade.",
      category: "epicerie-salee",
      vat: "reduced",
      option: WEIGHTS(["250 g", "500 g"]),
      prices: [6.5, 11.9],
      stock: [9, 4],
    },
    {
      title: "Olives cassées de la vallée des Baux",
      description:
        "Olives vertes cassées au maillet et saumurées au fenouil, disponibles seulement à l'automne. Croquantes et légèrement amères.",
      category: "epicerie-salee",
      vat: "reduced",
      prices: [5.8],
      stock: [6],
    },
    {
      title: "Herbes de Provence Label Rouge",
      description:
        "Thym, romarin, sarriette et origan cultivés en Provence, en sachet kraft refermable. Pour les grillades, les tians et les daubes.",
      category: "epicerie-salee",
      vat: "reduced",
      prices: [4.9],
      stock: [20],
    },
    {
      title: "Fleur de sel de Camargue",
      description:
        "Récoltée à la main à la surface des salins, à parsemer au dernier moment sur une viande ou une tomate. Pot de 125 g.",
      category: "epicerie-salee",
      vat: "reduced",
      prices: [5.5],
      stock: [18],
    },
    {
      title: "Riz rouge de Camargue IGP",
      description:
        "Riz complet au goût de noisette, cultivé en Camargue à quelques kilomètres de Miramas. Sachet de 500 g.",
      category: "epicerie-salee",
      vat: "reduced",
      prices: [4.2],
      stock: [14],
    },
    {
      title: "Soupe de poissons de roche",
      description:
        "Soupe traditionnelle de la Côte Bleue en bocal d'un litre, avec sa rouille et ses croûtons. Deux à trois assiettes généreuses.",
      category: "epicerie-salee",
      vat: "reduced",
      prices: [9.9],
      stock: [6],
    },
    {
      title: "Farine de pois chiches pour panisses",
      description:
        "Farine fine de pois chiches du Lauragais pour réussir panisses marseillaises et socca. Recette au dos du paquet de 500 g.",
      category: "epicerie-salee",
      vat: "reduced",
      prices: [3.9],
      stock: [10],
    },
    {
      title: "Panier gourmand de Provence",
      description:
        "Huile d'olive, tapenade, confiture de figues, nougat et miel réunis dans un panier en osier. Le cadeau qui plaît à tout le monde.",
      category: "epicerie-sucree",
      vat: "reduced",
      option: SIZES(["Petit", "Grand"]),
      prices: [39, 59],
      stock: [3, 2],
    },
  ],
}
