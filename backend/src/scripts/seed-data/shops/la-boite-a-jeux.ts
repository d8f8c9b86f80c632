import { FORMATS, fullDay, sameHours, splitDay, week } from "../helpers"
import type { SeedShop } from "../types"

export const laBoiteAJeux: SeedShop = {
  handle: "la-boite-a-jeux",
  name: "La Boîte à Jeux",
  trade: "jouets",
  description:
    "Magasin de jouets et de jeux de société de l'allée des Arts : jouets en bois, jeux de plateau pour toute la famille et loisirs créatifs. Le samedi après-midi, on vous fait tester les nouveautés sur la grande table du fond.",
  siret: "88420761400030",
  email: "contact@la-boite-a-jeux.mirashop.local",
  phone: "04 90 17 89 01",
  address_line1: "9 allée des Arts",
  latitude: 43.5781,
  longitude: 5.0065,
  pickup_instructions:
    "Donnez votre code en caisse ; l'emballage cadeau est offert, dites-le simplement au retrait.",
  preparation_minutes: 90,
  opening_hours: week({
    mon: fullDay("14:00", "19:00"),
    ...sameHours(["tue", "thu", "fri", "sat"], splitDay(["09:30", "12:30"], ["14:00", "19:00"])),
    wed: fullDay("09:30", "19:00"),
  }),
  closures: [],
  accepts_pay_at_pickup: true,
  accepts_online_payment: true,
  owner: {
    email: "karim@la-boite-a-jeux.mirashop.local",
    first_name: "Karim",
    last_name: "Haddad",
  },
  products: [
    {
      title: "Les Aventuriers du Rail – Europe",
      description:
        "Construisez vos lignes de chemin de fer d'Édimbourg à Constantinople en collectionnant les wagons. Un classique familial, de 2 à 5 joueurs dès 8 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [44.9],
      stock: [5],
    },
    {
      title: "Dixit",
      description:
        "Un jeu d'imagination autour de cartes illustrées oniriques : faites deviner la vôtre sans être trop évident. De 3 à 8 joueurs dès 8 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [32.9],
      stock: [4],
    },
    {
      title: "Azul",
      description:
        "Décorez les murs du palais royal avec de superbes tuiles en résine colorées. Facile à expliquer, difficile à lâcher, de 2 à 4 joueurs.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [39.9],
      stock: [3],
    },
    {
      title: "Carcassonne",
      description:
        "Posez des tuiles pour bâtir villes, routes et abbayes du Midi, et placez vos partisans au bon moment. Le jeu de tuiles de référence.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [35],
      stock: [4],
    },
    {
      title: "Skyjo",
      description:
        "Le jeu de cartes qui a conquis les familles : retournez, échangez et faites le moins de points possible. Parties rapides, fous rires assurés.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [14.9],
      stock: [18],
    },
    {
      title: "Dobble",
      description:
        "Un seul symbole en commun entre deux cartes : soyez le plus rapide à le trouver. Dans sa boîte métal, il part en vacances partout.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [15.9],
      stock: [11],
    },
    {
      title: "Time's Up! Family",
      description:
        "Faites deviner des personnages et des objets en trois manches : description, un seul mot, puis mime. Le jeu d'ambiance des repas de famille.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [29.9],
      stock: [0],
    },
    {
      title: "Mölkky",
      description:
        "Le jeu de quilles finlandais en bois de bouleau, qui fait de l'ombre à la pétanque sur les places de Provence. Dans son sac de transport.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [34.9],
      stock: [6],
    },
    {
      title: "Jeu de pétanque enfant",
      description:
        "Six boules légères en plastique et un cochonnet dans une sacoche, pour initier les petits dès 3 ans sans risque pour les orteils.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [14.9],
      stock: [10],
    },
    {
      title: "Puzzle Vieux-Port de Marseille",
      description:
        "Le Vieux-Port et Notre-Dame-de-la-Garde illustrés façon affiche ancienne, en pièces de carton épais qui s'emboîtent parfaitement.",
      category: "jouets-jeux",
      vat: "standard",
      option: FORMATS(["500 pièces", "1000 pièces"]),
      prices: [14.9, 22.9],
      stock: [6, 4],
    },
    {
      title: "Puzzle en bois animaux de la ferme",
      description:
        "Douze pièces épaisses avec boutons de préhension, pour les mains des tout-petits dès 18 mois. Peintures à l'eau.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [16.5],
      stock: [8],
    },
    {
      title: "Train en bois et ses wagons",
      description:
        "Une locomotive et trois wagons aimantés en hêtre, compatibles avec les grands circuits en bois. Dès 2 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [29.9],
      stock: [3],
    },
    {
      title: "Circuit de billes en bois",
      description:
        "Cinquante pièces à assembler en tours, toboggans et spirales, avec vingt billes en verre. De quoi bâtir pendant des heures dès 4 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [39],
      stock: [2],
    },
    {
      title: "Jeu de construction 200 planchettes",
      description:
        "Des planchettes en pin toutes identiques pour bâtir tours, ponts et châteaux en équilibre. Stimule la patience et la créativité dès 4 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [34.5],
      stock: [5],
    },
    {
      title: "Doudou cigale",
      description:
        "Une peluche toute douce en forme de cigale, au ventre en velours côtelé. Lavable en machine à 30 °C.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [19.9],
      stock: [12],
    },
    {
      title: "Poupée de chiffon provençale",
      description:
        "Poupée en coton biologique habillée d'une robe en tissu provençal et d'un fichu. Cousue en France, dès la naissance.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [27.5],
      stock: [5],
    },
    {
      title: "Cube d'activités en bois",
      description:
        "Cinq faces d'éveil : boulier, labyrinthe, formes à encastrer, engrenages et horloge. Le cadeau de naissance qui sert longtemps.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [45],
      stock: [1],
    },
    {
      title: "Dînette en bois",
      description:
        "Service à thé, gâteaux et cuillères en bois peint, rangés dans une caisse à poignée. Pour les goûters imaginaires dès 3 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [32],
      stock: [3],
    },
    {
      title: "Loto des animaux",
      description:
        "Un premier jeu de loto illustré avec quatre planches et jetons en bois, pour apprendre à observer et à nommer les animaux dès 3 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [13.9],
      stock: [6],
    },
    {
      title: "Coffret d'aquarelle pour enfants",
      description:
        "Douze pastilles de couleurs vives, deux pinceaux et un bloc de papier épais. Tout pour peindre les paysages de la Crau dès 6 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [18.9],
      stock: [7],
    },
    {
      title: "Pâte à modeler naturelle",
      description:
        "Six couleurs à base de farine et de colorants alimentaires, souple et parfumée. Se conserve longtemps dans ses pots.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [12.5],
      stock: [9],
    },
    {
      title: "Santons à peindre",
      description:
        "Cinq santons en argile crue (berger, meunière, ravi…), peintures et pinceau fin. Pour préparer la crèche en famille dès 7 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [24.9],
      stock: [4],
    },
    {
      title: "Maquette du moulin de Daudet",
      description:
        "Le moulin de Fontvieille à construire en bois prédécoupé, avec ailes qui tournent. Environ deux heures de montage dès 10 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [26.9],
      stock: [0],
    },
    {
      title: "Coffret de magie",
      description:
        "Cinquante tours de magie expliqués pas à pas, baguette et accessoires compris. De quoi épater la famille au réveillon dès 7 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [29.9],
      stock: [4],
    },
    {
      title: "Jeu d'échecs en bois",
      description:
        "Plateau pliant en noyer et érable qui sert de coffret, pièces lestées et feutrées. Idéal pour apprendre comme pour jouer en voyage.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [29.5],
      stock: [3],
    },
    {
      title: "Cerf-volant pilotable",
      description:
        "Cerf-volant à deux lignes en toile ripstop, 1,2 mètre d'envergure. Le mistral des plages de la Côte Bleue fera le reste.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [22],
      stock: [6],
    },
    {
      title: "Trottinette pliable",
      description:
        "Trottinette à trois positions de guidon, roues lumineuses et frein arrière, pliable pour le coffre. De 5 à 10 ans.",
      category: "jouets-jeux",
      vat: "standard",
      prices: [59.9],
      stock: [2],
    },
  ],
}
