import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OutboxNotificationService } from "./service"

/** Notification provider writing e-mails to files (used when no SMTP server is configured). */
export default ModuleProvider(Modules.NOTIFICATION, { services: [OutboxNotificationService] })
