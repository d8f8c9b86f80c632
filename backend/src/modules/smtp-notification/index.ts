import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

/** Notification provider sending real e-mails over SMTP (production). */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationService] })
