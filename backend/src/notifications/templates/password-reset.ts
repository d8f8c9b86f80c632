import { email, type RenderedEmail } from "../layout"

/** Data of the password reset e-mail. */
export interface PasswordResetEmailData {
  link: string
}

/** Sends the one-time link to choose a new password. */
export function passwordResetEmail(data: PasswordResetEmailData): RenderedEmail {
  return email("Choisissez un nouveau mot de passe Mirashop", [
    "Bonjour,",
    "Vous avez demandé à changer votre mot de passe. Ouvrez ce lien pour en choisir un nouveau (il expire dans 15 minutes) :",
    data.link,
    "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.",
  ])
}
