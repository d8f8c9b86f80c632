import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import { Button } from "@/components/ui/button"
import { useLogout } from "../api/logout"

/** Ends the session and goes back to the login page. */
export function LogoutButton() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const logout = useLogout()
  return (
    <Button
      variant="secondary"
      pending={logout.isPending}
      onClick={() =>
        logout.mutate(undefined, {
          onSuccess: () => void navigate("/connexion", { replace: true }),
        })
      }
    >
      {logout.isPending ? t("header.loggingOut") : t("header.logout")}
    </Button>
  )
}
