import { email, type RenderedEmail } from "../layout"

/** Data of the staff invitation e-mail. */
export interface StaffInviteEmailData {
  shop_name: string
  first_name: string
  inviter_name: string
  link: string
}

/** Invites a colleague to help run a shop from the merchant admin. */
export function staffInviteEmail(data: StaffInviteEmailData): RenderedEmail {
  return email(`Rejoignez ${data.shop_name} sur Mirashop`, [
    `Bonjour ${data.first_name},`,
    `${data.inviter_name} vous invite à l'aider à gérer la boutique « ${data.shop_name} » sur Mirashop : préparer les commandes, remettre les retraits, tenir le stock.`,
    `Créez votre accès avec ce lien (valable 7 jours) : ${data.link}`,
  ])
}
