import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"

/** Options of the SMTP provider (`SMTP_URL`, `MAIL_FROM`). */
export interface SmtpOptions {
  url: string
  from: string
}

/** Delivers e-mails through an SMTP server with nodemailer. */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static override identifier = "smtp"
  private readonly transporter: Transporter
  private readonly from: string

  constructor(_deps: Record<string, unknown>, options: SmtpOptions) {
    super()
    this.transporter = nodemailer.createTransport(options.url)
    this.from = options.from
  }

  static override validateOptions(options: Record<string, unknown>): void {
    if (typeof options.url !== "string" || !options.url) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP provider needs SMTP_URL")
    }
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const info = (await this.transporter.sendMail({
      from: notification.from ?? this.from,
      to: notification.to,
      subject: notification.content?.subject ?? "",
      text: notification.content?.text ?? "",
      html: notification.content?.html ?? undefined,
    })) as { messageId?: string }
    return { id: info.messageId }
  }
}
