/** A rendered e-mail: plain text first (read everywhere), light HTML second. */
export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/** Escapes text for HTML bodies (every value that comes from data goes through it). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char])
}

/** An image of an e-mail, inlined as a data URL (a pickup QR code; never a remote, tracking image). */
export interface EmailImage {
  src: string
  alt: string
}

/** Wraps paragraphs (and inline images, such as pickup QR codes) in the light Mirashop HTML layout. */
export function emailHtml(title: string, paragraphs: string[], images: EmailImage[] = []): string {
  const body =
    paragraphs.map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`).join("") +
    images.map((image) => `<p><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}" width="160" height="160"></p>`).join("")
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;color:#1d2b24;max-width:560px;margin:auto;padding:16px"><h1 style="font-size:20px">${escapeHtml(title)}</h1>${body}<p style="color:#4a5a52;font-size:13px">Mirashop — le marché en ligne des commerces de Miramas</p></body></html>`
}

/** Builds the three parts of an e-mail from a subject and plain paragraphs. */
export function email(subject: string, paragraphs: string[], images: EmailImage[] = []): RenderedEmail {
  return {
    subject,
    text: `${paragraphs.join("\n\n")}\n\n— Mirashop, le marché en ligne des commerces de Miramas\n`,
    html: emailHtml(subject, paragraphs, images),
  }
}
