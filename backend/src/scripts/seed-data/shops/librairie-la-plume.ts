import { fullDay, sameHours, splitDay, TUE_TO_SAT, week } from "../helpers"
import type { SeedShop } from "../types"

export const librairieLaPlume: SeedShop = {
  handle: "librairie-la-plume",
  name: "Librairie La Plume",
  trade: "librairie",
  description:
    "Librairie indépendante de la rue Jean Jaurès : romans, polars, jeunesse, bandes dessinées et un rayon Provence très fourni. Nous commandons tout titre disponible sous 48 heures et recevons un auteur un samedi par mois.",
  siret: "52317804400021",
  email: "contact@librairie-la-plume.mirashop.local",
  phone: "04 90 58 34 56",
  address_line1: "18 rue Jean Jaurès",
  latitude: 43.5809,
  longitude: 5.0018,
  pickup_instructions:
    "Vos livres sont réservés à votre nom dans le casier derrière la caisse, avec un marque-page offert.",
  preparation_minutes: 60,
  opening_hours: week({
    mon: fullDay("14:00", "19:00"),
    ...sameHours(TUE_TO_SAT, splitDay(["09:00", "12:00"], ["14:00", "19:00"])),
  }),
  closures: [{ from: "2027-01-05", to: "2027-01-05", reason: "Inventaire" }],
  accepts_pay_at_pickup: true,
  accepts_online_payment: true,
  owner: {
    email: "sophie@librairie-la-plume.mirashop.local",
    first_name: "Sophie",
    last_name: "Lambert",
  },
  products: [
    {
      title: "La Gloire de mon père",
      description:
        "Marcel Pagnol raconte son enfance entre Marseille et les collines de la Treille, et la fameuse partie de chasse aux bartavelles. Édition de poche.",
      category: "livres",
      vat: "reduced",
      prices: [8.4],
      stock: [9],
    },
    {
      title: "Le Château de ma mère",
      description:
        "Le deuxième tome des Souvenirs d'enfance de Pagnol : les vacances à la Bastide Neuve et le raccourci le long du canal. Édition de poche.",
      category: "livres",
      vat: "reduced",
      prices: [8.4],
      stock: [7],
    },
    {
      title: "Jean de Florette",
      description:
        "L'Eau des collines, tome 1 : le bossu venu de la ville face à l'avidité du Papet et d'Ugolin. Une tragédie provençale inoubliable.",
      category: "livres",
      vat: "reduced",
      prices: [8.4],
      stock: [5],
    },
    {
      title: "Manon des Sources",
      description:
        "L'Eau des collines, tome 2 : la fille de Jean de Florette prend sa revanche sur le village. À lire juste après le premier tome.",
      category: "livres",
      vat: "reduced",
      prices: [8.4],
      stock: [4],
    },
    {
      title: "Regain",
      description:
        "Jean Giono raconte la renaissance d'un village abandonné de Haute-Provence grâce à Panturle et Arsule. Un hymne à la terre.",
      category: "livres",
      vat: "reduced",
      prices: [7.6],
      stock: [4],
    },
    {
      title: "Le Hussard sur le toit",
      description:
        "Angelo Pardi traverse la Provence ravagée par le choléra de 1832. Le grand roman d'aventure de Jean Giono, en poche.",
      category: "livres",
      vat: "reduced",
      prices: [10.2],
      stock: [3],
    },
    {
      title: "L'Homme qui plantait des arbres",
      description:
        "Le court récit de Giono sur le berger Elzéard Bouffier, dans une édition illustrée à lire en famille dès 8 ans.",
      category: "livres",
      vat: "reduced",
      prices: [13.9],
      stock: [3],
    },
    {
      title: "Lettres de mon moulin",
      description:
        "Les contes d'Alphonse Daudet, de la chèvre de M. Seguin à l'élixir du révérend père Gaucher. Un classique de la Provence en poche.",
      category: "livres",
      vat: "reduced",
      prices: [4.5],
      stock: [10],
    },
    {
      title: "Tartarin de Tarascon",
      description:
        "Les aventures du chasseur de casquettes le plus vantard du Midi, par Alphonse Daudet. Drôle et tendre à la fois.",
      category: "livres",
      vat: "reduced",
      prices: [4.9],
      stock: [6],
    },
    {
      title: "Mirèio",
      description:
        "Le poème de Frédéric Mistral, prix Nobel de littérature, en édition bilingue provençal-français. L'amour de Mireille et Vincent en Crau et en Camargue.",
      category: "livres",
      vat: "reduced",
      prices: [9.9],
      stock: [2],
    },
    {
      title: "Total Khéops",
      description:
        "Le premier volet de la trilogie Fabio Montale de Jean-Claude Izzo : Marseille, ses quartiers, sa musique et ses règlements de comptes.",
      category: "livres",
      vat: "reduced",
      prices: [8.9],
      stock: [6],
    },
    {
      title: "Le Petit Prince",
      description:
        "Le conte poétique d'Antoine de Saint-Exupéry avec ses aquarelles originales. Un cadeau qui traverse les générations.",
      category: "livres",
      vat: "reduced",
      prices: [7.5],
      stock: [12],
    },
    {
      title: "L'Anomalie",
      description:
        "Le roman d'Hervé Le Tellier, prix Goncourt 2020 : les passagers d'un vol Paris-New York se retrouvent face à leurs doubles. Vertigineux.",
      category: "livres",
      vat: "reduced",
      prices: [9.2],
      stock: [1],
    },
    {
      title: "La Cuisinière provençale",
      description:
        "Le livre de recettes de J.-B. Reboul, bible des cuisinières marseillaises depuis 1897 : bouillabaisse, aïoli, daubes et treize desserts.",
      category: "livres",
      vat: "reduced",
      prices: [22],
      stock: [3],
    },
    {
      title: "Guide du Routard Provence",
      description:
        "Adresses, balades et visites de la Camargue aux Alpilles, avec cartes détaillées. Édition de l'année.",
      category: "livres",
      vat: "reduced",
      prices: [14.9],
      stock: [2],
    },
    {
      title: "Astérix – Le Tour de Gaule d'Astérix",
      description:
        "Astérix et Obélix font le tour des spécialités régionales, bouillabaisse de Massilia comprise. Album cartonné de Goscinny et Uderzo.",
      category: "livres",
      vat: "reduced",
      prices: [10.95],
      stock: [8],
    },
    {
      title: "Mortelle Adèle – Tome 1",
      description:
        "La petite peste préférée des 8-12 ans et son chat Ajax, en gags d'une page. Tellement demandé qu'il part dès qu'il arrive.",
      category: "livres",
      vat: "reduced",
      prices: [10.95],
      stock: [0],
    },
    {
      title: "Le Petit Nicolas",
      description:
        "Les histoires de Goscinny et Sempé sur Nicolas et sa bande de copains, Alceste, Clotaire et Agnan. À lire à voix haute, éclats de rire garantis.",
      category: "livres",
      vat: "reduced",
      prices: [7.9],
      stock: [5],
    },
    {
      title: "Le Loup qui voulait changer de couleur",
      description:
        "Album jeunesse d'Orianne Lallemand : chaque jour de la semaine, le loup essaie une nouvelle couleur. Pour apprendre les jours et les couleurs dès 3 ans.",
      category: "livres",
      vat: "reduced",
      prices: [5.95],
      stock: [11],
    },
    {
      title: "Bon appétit ! Monsieur Lapin",
      description:
        "L'album culte de Claude Boujon : un lapin qui n'aime plus les carottes part goûter le repas des autres. Format poche, dès 2 ans.",
      category: "livres",
      vat: "reduced",
      prices: [5.6],
      stock: [7],
    },
    {
      title: "Harry Potter à l'école des sorciers",
      description:
        "Le premier tome de la saga de J. K. Rowling dans sa traduction française de Jean-François Ménard. Édition poche jeunesse dès 9 ans.",
      category: "livres",
      vat: "reduced",
      prices: [8.9],
      stock: [6],
    },
    {
      title: "One Piece – Tome 1",
      description:
        "Le début des aventures de Luffy au chapeau de paille, qui rêve de devenir le roi des pirates. Manga d'Eiichirō Oda.",
      category: "livres",
      vat: "reduced",
      prices: [7.2],
      stock: [9],
    },
    {
      title: "L'Atelier des sorciers – Tome 1",
      description:
        "Coco découvre qu'on peut faire de la magie en dessinant. Un manga au trait somptueux de Kamome Shirahama, dès 10 ans.",
      category: "livres",
      vat: "reduced",
      prices: [7.95],
      stock: [4],
    },
    {
      title: "Larousse de poche",
      description:
        "Le dictionnaire de référence au format compact : définitions, conjugaisons et difficultés du français. Idéal pour le collège.",
      category: "livres",
      vat: "reduced",
      prices: [6.95],
      stock: [10],
    },
    {
      title: "Agenda semainier 2027",
      description:
        "Agenda relié, une semaine sur deux pages, illustré de paysages de la Crau par une aquarelliste de Miramas.",
      category: "livres",
      vat: "standard",
      prices: [15.9],
      stock: [10],
    },
    {
      title: "Carnet de notes en papier recyclé",
      description:
        "Carnet A5 de 192 pages lignées, couverture en toile de lin et papier recyclé épais qui ne bave pas à l'encre.",
      category: "livres",
      vat: "standard",
      prices: [12.9],
      stock: [15],
    },
    {
      title: "Marque-page en cuir",
      description:
        "Cuir tanné et repoussé en Provence d'un motif de branche d'olivier. Un petit cadeau qui accompagne bien un roman.",
      category: "livres",
      vat: "standard",
      prices: [6],
      stock: [25],
    },
  ],
}
