import { sameHours, splitDay, TUE_TO_SAT, week } from "../helpers"
import type { SeedShop } from "../types"

const RING = { title: "Tour de doigt", values: ["50", "52", "54", "56", "58"] }

export const eclatDeProvence: SeedShop = {
  handle: "eclat-de-provence",
  name: "Bijouterie Éclat de Provence",
  trade: "bijouterie",
  description:
    "Bijouterie et atelier de création de la rue Camille Desmoulins : bijoux en argent et en or, montres et pièces inspirées des paysages de Provence. Gravure offerte sur les médailles et les joncs, réparations faites à l'atelier.",
  siret: "53768219700026",
  email: "contact@eclat-de-provence.mirashop.local",
  phone: "04 90 58 01 23",
  address_line1: "7 rue Camille Desmoulins",
  latitude: 43.5803,
  longitude: 5.0009,
  pickup_instructions:
    "Le retrait se fait au comptoir sur présentation du code et d'une pièce d'identité ; les bijoux sont remis dans leur écrin.",
  preparation_minutes: 240,
  opening_hours: week(sameHours(TUE_TO_SAT, splitDay(["09:30", "12:00"], ["14:00", "19:00"]))),
  closures: [],
  accepts_pay_at_pickup: true,
  accepts_online_payment: true,
  owner: {
    email: "elodie@eclat-de-provence.mirashop.local",
    first_name: "Élodie",
    last_name: "Giraud",
  },
  products: [
    {
      title: "Bague cigale en argent",
      description:
        "Argent 925 martelé à la main et cigale ciselée à l'atelier. Un clin d'œil à l'été provençal qui se porte tous les jours.",
      category: "bijoux-accessoires",
      vat: "standard",
      option: RING,
      prices: [69, 69, 69, 69, 69],
      stock: [2, 3, 2, 1, 1],
    },
    {
      title: "Alliance or jaune 3 mm",
      description:
        "Jonc classique en or jaune 18 carats, confort intérieur arrondi. Gravure intérieure de vos prénoms et de la date offerte.",
      category: "bijoux-accessoires",
      vat: "standard",
      option: RING,
      prices: [420, 420, 420, 420, 420],
      stock: [1, 1, 1, 1, 0],
    },
    {
      title: "Solitaire or blanc et diamant",
      description:
        "Diamant de 0,20 carat serti six griffes sur un anneau en or blanc 18 carats. Livré avec son certificat et son écrin.",
      category: "bijoux-accessoires",
      vat: "standard",
      option: RING,
      prices: [890, 890, 890, 890, 890],
      stock: [1, 1, 1, 0, 0],
    },
    {
      title: "Bague feuille d'olivier",
      description:
        "Deux feuilles d'olivier en argent 925 qui s'enroulent autour du doigt, ouverture légèrement ajustable.",
      category: "bijoux-accessoires",
      vat: "standard",
      option: RING,
      prices: [59, 59, 59, 59, 59],
      stock: [3, 4, 3, 2, 1],
    },
    {
      title: "Chevalière en argent à graver",
      description:
        "Chevalière en argent massif à plateau ovale, à graver d'une initiale ou d'un blason. Comptez une semaine pour la gravure.",
      category: "bijoux-accessoires",
      vat: "standard",
      option: RING,
      prices: [119, 119, 119, 119, 119],
      stock: [1, 1, 2, 2, 1],
    },
    {
      title: "Collier brin de lavande",
      description:
        "Pendentif en argent émaillé de violet sur une chaîne fine de 42 cm. Un petit morceau de Valensole à porter au cou.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [59],
      stock: [5],
    },
    {
      title: "Collier feuilles d'olivier en or",
      description:
        "Trois feuilles d'olivier en or jaune 9 carats suspendues à une chaîne forçat. Délicat et lumineux.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [245],
      stock: [2],
    },
    {
      title: "Pendentif croix camarguaise",
      description:
        "La croix des gardians réunissant foi, espérance et charité, en or jaune 9 carats. Symbole de la Camargue voisine.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [139],
      stock: [2],
    },
    {
      title: "Médaille de baptême",
      description:
        "Médaille de la Vierge en or jaune 18 carats de 16 mm, gravure du prénom et de la date au dos offerte.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [159],
      stock: [2],
    },
    {
      title: "Chaîne maille forçat en argent",
      description:
        "Chaîne en argent 925 rhodié, maille forçat, fermoir mousqueton. Longueur 45 cm.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [39],
      stock: [9],
    },
    {
      title: "Créoles en argent",
      description:
        "Créoles en argent 925 de 25 mm de diamètre, fermoir à charnière discret. Le basique qui va avec tout.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [45],
      stock: [8],
    },
    {
      title: "Boucles d'oreilles perles d'eau douce",
      description:
        "Perles d'eau douce blanches de 7 mm sur tiges en or jaune 18 carats. Élégance classique pour une cérémonie.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [95],
      stock: [3],
    },
    {
      title: "Puces d'oreilles étoile",
      description:
        "Petites étoiles en or jaune 9 carats, discrètes et légères. Un premier bijou en or pour une adolescente.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [65],
      stock: [6],
    },
    {
      title: "Bracelet jonc gravé",
      description:
        "Jonc ouvert en argent 925 gravé à la main du prénom ou du mot de votre choix. Préparé en atelier sous quatre heures.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [79],
      stock: [4],
    },
    {
      title: "Bracelet cordon et médaille",
      description:
        "Cordon ciré réglable et médaille en argent de Notre-Dame-de-la-Garde. Porté par les petits comme par les grands.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [35],
      stock: [10],
    },
    {
      title: "Bracelet en améthyste",
      description:
        "Perles d'améthyste de 6 mm montées sur élastique avec une breloque en argent. Les teintes violettes rappellent les champs de lavande.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [32],
      stock: [7],
    },
    {
      title: "Gourmette bébé gravée",
      description:
        "Gourmette en argent 925 à plaque ovale, gravure du prénom incluse. Taille ajustable de la naissance à 3 ans.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [49],
      stock: [5],
    },
    {
      title: "Parure perles et argent",
      description:
        "Collier et boucles d'oreilles assortis en perles d'eau douce et argent, présentés dans un écrin de velours.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [129],
      stock: [2],
    },
    {
      title: "Pendentif santon",
      description:
        "Un santon miniature en argent massif, le ravi aux bras levés, sur sa chaîne de 40 cm. Édition limitée de l'atelier.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [55],
      stock: [0],
    },
    {
      title: "Broche cigale vintage",
      description:
        "Laiton doré et émail vert, dans le style des souvenirs de Provence des années 1950. Sur un manteau ou un chapeau.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [42],
      stock: [3],
    },
    {
      title: "Montre automatique homme",
      description:
        "Mouvement automatique visible par le fond, boîtier acier de 40 mm et bracelet cuir marron, assemblée à Besançon.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [349],
      stock: [1],
    },
    {
      title: "Montre femme cadran nacre",
      description:
        "Montre à quartz au boîtier doré de 30 mm, cadran en nacre et bracelet milanais réglable. Étanche 30 mètres.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [159],
      stock: [2],
    },
    {
      title: "Montre enfant pédagogique",
      description:
        "Cadran très lisible avec heures et minutes indiquées, bracelet tissu à scratch. Pour apprendre à lire l'heure dès 6 ans.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [39],
      stock: [6],
    },
    {
      title: "Porte-clés croix camarguaise",
      description:
        "Croix camarguaise en argent massif sur anneau brisé, un cadeau de souvenir qui dure.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [29],
      stock: [12],
    },
    {
      title: "Boîte à bijoux en olivier",
      description:
        "Coffret en bois d'olivier tourné par un artisan de Maussane, intérieur en velours gris avec compartiments pour bagues.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [49],
      stock: [4],
    },
    {
      title: "Bain nettoyant pour bijoux",
      description:
        "Bain nettoyant avec panier et pinceau, qui redonne leur éclat à l'argent et à l'or en deux minutes. Flacon de 150 ml.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [12],
      stock: [15],
    },
    {
      title: "Sac bandoulière en cuir",
      description:
        "Petit sac en cuir de vachette grainé, bandoulière réglable et fermoir aimanté, fabriqué dans un atelier d'Arles.",
      category: "bijoux-accessoires",
      vat: "standard",
      prices: [119],
      stock: [3],
    },
  ],
}
