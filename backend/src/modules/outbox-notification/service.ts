import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"

/** Options of the outbox provider. */
export interface OutboxOptions {
  directory: string
  from: string
}

/**
 * Delivers e-mails as JSON files in a folder (the demo's and the tests' mailbox):
 * one file per message, with the rendered subject, text and HTML.
 */
export class OutboxNotificationService extends AbstractNotificationProviderService {
  static override identifier = "outbox"
  private readonly options: OutboxOptions
  private readonly logger: Logger

  constructor({ logger }: { logger: Logger }, options: OutboxOptions) {
    super()
    this.options = options
    this.logger = logger
  }

  static override validateOptions(options: Record<string, unknown>): void {
    if (typeof options.directory !== "string" || !options.directory) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The outbox provider needs a directory")
    }
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const id = randomUUID()
    await mkdir(this.options.directory, { recursive: true })
    const file = path.join(this.options.directory, `${Date.now()}-${notification.template}-${id}.json`)
    const message = {
      id,
      from: notification.from ?? this.options.from,
      to: notification.to,
      template: notification.template,
      subject: notification.content?.subject ?? "",
      text: notification.content?.text ?? "",
      html: notification.content?.html ?? "",
      data: notification.data ?? {},
    }
    await writeFile(file, JSON.stringify(message, null, 2))
    this.logger.info(`E-mail « ${message.subject} » déposé dans la boîte locale`)
    return { id }
  }
}
