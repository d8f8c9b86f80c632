import { email, type RenderedEmail } from "../layout"

/** Data of the shop approval / suspension e-mails. */
export interface ShopStatusEmailData {
  shop_name: string
  first_name: string
  reason?: string | null
}

/** Tells the owner their shop is now visible to shoppers. */
export function shopApprovedEmail(data: ShopStatusEmailData): RenderedEmail {
  return email(`${data.shop_name} est en ligne sur Mirashop`, [
    `Bonjour ${data.first_name},`,
    `La mairie de Miramas a validé votre boutique « ${data.shop_name} ». Vos produits publiés sont désormais visibles par les habitants, qui peuvent commander et venir retirer en boutique.`,
    "Pensez à garder vos stocks et vos horaires à jour : c'est ce qui donne confiance aux clients.",
  ])
}

/** Tells the owner their shop is hidden from shoppers, and why. */
export function shopSuspendedEmail(data: ShopStatusEmailData): RenderedEmail {
  return email(`${data.shop_name} est suspendue sur Mirashop`, [
    `Bonjour ${data.first_name},`,
    `La mairie de Miramas a suspendu votre boutique « ${data.shop_name} ». Vos produits ne sont plus visibles par les clients ; rien n'a été supprimé.`,
    `Motif : ${data.reason ?? "non précisé"}.`,
    "Pour en parler, répondez à ce message ou contactez le service commerce de la mairie.",
  ])
}
