import { fullDay, sameHours, SIZES, splitDay, TUE_TO_SAT, week, WEIGHTS } from "../helpers"
import type { SeedShop } from "../types"

const PARTS = SIZES(["4 parts", "6 parts"])

export const leFournilDeMiramas: SeedShop = {
  handle: "le-fournil-de-miramas",
  name: "Boulangerie Le Fournil de Miramas",
  trade: "boulangerie",
  description:
    "Boulangerie artisanale du centre-ville : pains au levain naturel, baguettes de tradition pétries chaque nuit et viennoiseries au beurre AOP. Les farines viennent de moulins provençaux et tout est façonné et cuit sur place, du premier croissant à la dernière fougasse.",
  siret: "81627453400014",
  email: "contact@le-fournil-de-miramas.mirashop.local",
  phone: "04 90 58 12 34",
  address_line1: "12 avenue Charles de Gaulle",
  latitude: 43.5822,
  longitude: 5.0012,
  pickup_instructions:
    "Présentez votre code au comptoir : votre commande vous attend dans un sac kraft à votre nom, derrière la caisse.",
  preparation_minutes: 30,
  opening_hours: week({
    ...sameHours(TUE_TO_SAT, splitDay(["06:30", "13:00"], ["15:30", "19:30"])),
    sun: fullDay("06:30", "12:30"),
  }),
  closures: [],
  accepts_pay_at_pickup: true,
  accepts_online_payment: true,
  owner: { email: "boulangerie@mirashop.local", first_name: "Mathieu", last_name: "Garnier" },
  products: [
    {
      title: "Baguette de tradition",
      description:
        "Pâte fermentée 24 heures au frais, croûte craquante et mie crème aux grandes alvéoles. Pétrie chaque nuit avec une farine Label Rouge, sans additif.",
      category: "pain-viennoiseries",
      vat: "reduced",
      prices: [1.3],
      stock: [40],
    },
    {
      title: "Pain au levain naturel",
      description:
        "Levain entretenu depuis dix ans et farine T80 d'un meunier provençal, cuit sur la sole du four. Mie dense et légèrement acidulée, il se garde quatre jours.",
      category: "pain-viennoiseries",
      vat: "reduced",
      option: WEIGHTS(["500 g", "1 kg"]),
      prices: [3.2, 5.9],
      stock: [12, 6],
    },
    {
      title: "Pain de campagne aux noix",
      description:
        "Une mie généreuse parsemée de cerneaux de noix de Grenoble. Parfait avec un chèvre frais ou en tartine beurrée au goûter.",
      category: "pain-viennoiseries",
      vat: "reduced",
      prices: [4.5],
      stock: [8],
    },
    {
      title: "Pain complet aux graines",
      description:
        "Farine complète, graines de lin, de tournesol et de courge toastées. Riche en fibres, délicieux grillé au petit-déjeuner.",
      category: "pain-viennoiseries",
      vat: "reduced",
      prices: [3.9],
      stock: [10],
    },
    {
      title: "Pain de seigle",
      description:
        "Seigle et levain pour une mie sombre au goût de noisette. Le compagnon idéal des huîtres, du fromage et du saumon fumé.",
      category: "pain-viennoiseries",
      vat: "reduced",
      prices: [3.8],
      stock: [5],
    },
    {
      title: "Fougasse aux olives",
      description:
        "La fougasse provençale à l'huile d'olive, garnie d'olives noires de Nyons. À partager à l'apéritif, tiède de préférence.",
      category: "pain-viennoiseries",
      vat: "reduced",
      prices: [3.6],
      stock: [9],
    },
    {
      title: "Fougasse aux lardons",
      description:
        "Pâte à pain moelleuse, lardons fumés dorés au four et une pointe de thym. Elle accompagne aussi bien une salade qu'un verre de rosé.",
      category: "pain-viennoiseries",
      vat: "reduced",
      prices: [3.8],
      stock: [6],
    },
    {
      title: "Croissant pur beurre",
      description:
        "Feuilletage au beurre AOP Charentes-Poitou, tourné à la main et cuit dès 6 heures. Croustillant dehors, fondant et légèrement caramélisé dedans.",
      category: "pain-viennoiseries",
      vat: "reduced",
      prices: [1.2],
      stock: [30],
    },
    {
      title: "Pain au chocolat",
      description:
        "Deux barres de chocolat noir dans un feuilletage pur beurre bien doré. Le classique des goûters de la sortie d'école.",
      category: "pain-viennoiseries",
      vat: "reduced",
      prices: [1.35],
      stock: [30],
    },
    {
      title: "Pain aux raisins",
      description:
        "Spirale de pâte feuilletée, crème pâtissière à la vanille et raisins macérés au rhum. Généreux et moelleux à cœur.",
      category: "pain-viennoiseries",
      vat: "reduced",
      prices: [1.6],
      stock: [14],
    },
    {
      title: "Chausson aux pommes",
      description:
        "Compotée maison de pommes de la Crau à peine sucrée, enfermée dans une pâte feuilletée croustillante.",
      category: "pain-viennoiseries",
      vat: "reduced",
      prices: [1.8],
      stock: [12],
    },
    {
      title: "Chouquettes",
      description:
        "Petits choux légers parsemés de sucre perlé, cuits plusieurs fois par jour. On en mange toujours une sur le chemin du retour.",
      category: "pain-viennoiseries",
      vat: "reduced",
      option: { title: "Sachet", values: ["10 pièces", "20 pièces"] },
      prices: [2.5, 4.8],
      stock: [20, 10],
    },
    {
      title: "Brioche tressée à la fleur d'oranger",
      description:
        "Brioche au beurre et aux œufs de plein air, parfumée à la fleur d'oranger et dorée au sucre perlé. Une belle tresse à partager le dimanche.",
      category: "pain-viennoiseries",
      vat: "reduced",
      prices: [6.5],
      stock: [4],
    },
    {
      title: "Pompe à l'huile",
      description:
        "Galette provençale à l'huile d'olive et à la fleur d'oranger, l'un des treize desserts de Noël. On la rompt à la main, jamais au couteau.",
      category: "patisseries",
      vat: "reduced",
      prices: [5.5],
      stock: [6],
    },
    {
      title: "Tarte Bourdaloue aux poires",
      description:
        "Pâte sablée, crème d'amande et poires Williams pochées à la vanille. Une tarte d'automne fondante, servie à température ambiante.",
      category: "patisseries",
      vat: "reduced",
      option: PARTS,
      prices: [17, 24],
      stock: [3, 2],
    },
    {
      title: "Tarte au citron meringuée",
      description:
        "Crème acidulée aux citrons de Menton sur une pâte sablée au beurre, coiffée d'une meringue italienne dorée au chalumeau.",
      category: "patisseries",
      vat: "reduced",
      option: PARTS,
      prices: [16, 24],
      stock: [3, 1],
    },
    {
      title: "Éclair au chocolat",
      description:
        "Pâte à choux croustillante garnie d'une crème onctueuse au chocolat noir 64 %, glaçage brillant.",
      category: "patisseries",
      vat: "reduced",
      prices: [3.2],
      stock: [10],
    },
    {
      title: "Éclair au café",
      description:
        "Crème au café préparée avec l'assemblage de la Brûlerie Saint-Suspi, glaçage fondant au café. Le préféré des habitués.",
      category: "patisseries",
      vat: "reduced",
      prices: [3.2],
      stock: [8],
    },
    {
      title: "Millefeuille à la vanille",
      description:
        "Trois couches de feuilletage caramélisé et une crème diplomate à la vanille de Madagascar. Monté le matin même pour rester croustillant.",
      category: "patisseries",
      vat: "reduced",
      prices: [3.9],
      stock: [7],
    },
    {
      title: "Tropézienne",
      description:
        "Brioche au sucre perlé garnie d'une crème légère à la vanille et à la fleur d'oranger. En part individuelle ou en grand format pour six.",
      category: "patisseries",
      vat: "reduced",
      option: SIZES(["Individuelle", "6 parts"]),
      prices: [4.2, 22],
      stock: [6, 1],
    },
    {
      title: "Flan pâtissier",
      description:
        "Flan épais à la vanille de Madagascar sur une pâte brisée croustillante, cuit à four doux. Vendu à la part.",
      category: "patisseries",
      vat: "reduced",
      prices: [3.1],
      stock: [0],
    },
    {
      title: "Navettes à la fleur d'oranger",
      description:
        "Les biscuits marseillais en forme de barque, croquants et parfumés, en sachet de 250 g. À tremper dans le café ou le vin cuit.",
      category: "patisseries",
      vat: "reduced",
      prices: [6.9],
      stock: [2],
    },
    {
      title: "Pain d'épices au miel de lavande",
      description:
        "Miel de lavande de Valensole, farine de seigle et épices douces. Moelleux plusieurs jours, délicieux toasté avec du beurre salé.",
      category: "patisseries",
      vat: "reduced",
      prices: [7.2],
      stock: [6],
    },
    {
      title: "Bûche de Noël praliné noisette",
      description:
        "Biscuit chocolat, croustillant feuilletine et mousse au praliné noisette maison. À commander jusqu'au 22 décembre pour vos fêtes.",
      category: "patisseries",
      vat: "reduced",
      option: SIZES(["6 parts", "8 parts"]),
      prices: [32, 42],
      stock: [4, 2],
    },
    {
      title: "Galette des rois frangipane",
      description:
        "Feuilletage pur beurre et frangipane aux amandes de Provence, avec sa fève et sa couronne. Disponible à partir du 2 janvier.",
      category: "patisseries",
      vat: "reduced",
      option: PARTS,
      prices: [19, 28],
      stock: [0, 0],
    },
    {
      title: "Sandwich jambon-beurre",
      description:
        "Baguette de tradition, jambon blanc cuit à l'os et beurre doux de baratte. Préparé à la commande pour la pause de midi.",
      category: "pain-viennoiseries",
      vat: "intermediate",
      prices: [4.9],
      stock: [15],
    },
    {
      title: "Pan bagnat",
      description:
        "Pain rond imbibé d'huile d'olive, thon, œuf dur, tomate, poivron, oignon rouge et olives. Le déjeuner niçois à emporter.",
      category: "pain-viennoiseries",
      vat: "intermediate",
      prices: [6.5],
      stock: [8],
    },
    {
      title: "Part de quiche lorraine",
      description:
        "Lardons fumés, crème fraîche et œufs de plein air dans une pâte brisée maison, servie tiède sur demande.",
      category: "pain-viennoiseries",
      vat: "intermediate",
      prices: [4.2],
      stock: [1],
    },
  ],
}
