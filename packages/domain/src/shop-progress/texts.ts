import type { CoachingItemId, OnboardingStepId } from "./progress.types"

/**
 * French title and reason of every item, sent with the API for readers that have no
 * translations of their own (the city's follow-up page). The merchant admin translates by id.
 */
export const PROGRESS_TEXTS: Record<OnboardingStepId | CoachingItemId, { title: string; why: string }> = {
  profile: {
    title: "Présentez votre boutique",
    why: "Une description, un téléphone et un logo rassurent les habitants qui ne vous connaissent pas encore.",
  },
  address: {
    title: "Placez votre boutique sur la carte",
    why: "Les clients doivent trouver sans hésiter où retirer leur commande.",
  },
  hours: {
    title: "Indiquez vos horaires et fermetures",
    why: "Les créneaux de retrait proposés aux clients sont calculés à partir de vos horaires.",
  },
  pickup: {
    title: "Réglez le retrait en boutique",
    why: "Le temps de préparation et la capacité des créneaux évitent d'être débordé au comptoir.",
  },
  payments: {
    title: "Choisissez vos moyens de paiement",
    why: "Un client qui peut payer comme il le souhaite commande plus volontiers.",
  },
  first_product: {
    title: "Ajoutez un premier produit avec photo, prix et stock",
    why: "Une boutique sans produit disponible ne peut recevoir aucune commande.",
  },
  approval: {
    title: "Validation par la mairie",
    why: "La mairie vérifie chaque boutique avant sa mise en ligne, pour la confiance de tous.",
  },
  ten_products: {
    title: "Proposez au moins 10 produits",
    why: "Un catalogue fourni donne envie de revenir et de commander plusieurs articles.",
  },
  photos: {
    title: "Une photo sur chaque produit",
    why: "Un produit sans photo se vend beaucoup moins en ligne.",
  },
  descriptions: {
    title: "Des descriptions d'au moins 100 caractères",
    why: "Une bonne description répond aux questions du client avant qu'il ne les pose.",
  },
  stock_fresh: {
    title: "Un stock à jour",
    why: "Un produit affiché mais épuisé depuis une semaine déçoit et fait perdre des clients.",
  },
  fast_acceptance: {
    title: "Acceptez les commandes en moins de 2 heures",
    why: "Un client rassuré rapidement revient ; sur 30 jours, visez 9 commandes sur 10 acceptées en moins de 2 heures.",
  },
  campaign: {
    title: "Participez à la campagne de la ville",
    why: "Les campagnes de la mairie (Noël, été, chèques commerce local) amènent de nouveaux clients.",
  },
  shop_complete: {
    title: "Une fiche boutique complète",
    why: "Une description détaillée et des horaires à jour donnent confiance aux habitants.",
  },
}
