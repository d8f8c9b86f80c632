import type { MerchantTeamMember } from "@mirashop/contract"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Alert } from "@/components/ui/alert"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { StatusMessage } from "@/components/ui/status-message"
import { TextField } from "@/components/ui/text-field"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { useMe } from "@/lib/session"
import { type InviteInput, useInviteColleague, useRemoveColleague, useTeam } from "../api/team"

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function InviteForm() {
  const { t } = useTranslation()
  const invite = useInviteColleague()
  const [values, setValues] = useState<InviteInput>({ email: "", first_name: "", last_name: "" })
  const [errors, setErrors] = useState<Partial<Record<keyof InviteInput, string>>>({})

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: typeof errors = {}
    if (!values.first_name.trim()) found.first_name = t("signUp.errors.firstName")
    if (!EMAIL_SHAPE.test(values.email.trim())) found.email = t("login.errors.emailInvalid")
    setErrors(found)
    if (Object.keys(found).length) return
    invite.mutate({ ...values, email: values.email.trim() }, { onSuccess: () => setValues({ email: "", first_name: "", last_name: "" }) })
  }

  return (
    <form className="card stack" noValidate onSubmit={submit} aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("team.inviteTitle")}</h2>
      <p>{t("team.inviteIntro")}</p>
      <TextField label={t("signUp.firstName")} value={values.first_name} error={errors.first_name} required onChange={(e) => setValues({ ...values, first_name: e.target.value })} />
      <TextField label={t("signUp.lastName")} value={values.last_name} onChange={(e) => setValues({ ...values, last_name: e.target.value })} />
      <TextField label={t("login.email")} type="email" autoCapitalize="none" value={values.email} error={errors.email} required onChange={(e) => setValues({ ...values, email: e.target.value })} />
      <Alert message={apiErrorMessage(invite.error, t("orders.actionError"))} />
      <StatusMessage message={invite.isSuccess ? t("team.invited", { email: invite.data.email }) : null} />
      <div>
        <Button type="submit" pending={invite.isPending}>
          {t("team.inviteSubmit")}
        </Button>
      </div>
    </form>
  )
}

function MemberRow({ member, canRemove }: { member: MerchantTeamMember; canRemove: boolean }) {
  const { t } = useTranslation()
  const remove = useRemoveColleague()
  const name = `${member.first_name} ${member.last_name}`.trim() || member.email
  return (
    <tr>
      <td>
        {name}
        <br />
        <span className="hint">{member.email}</span>
      </td>
      <td data-label={t("team.columns.role")}>{t(`team.roles.${member.role}`)}</td>
      <td>{member.joined_at ? <Badge tone="success">{t("team.joined")}</Badge> : <Badge tone="warning">{t("team.pending")}</Badge>}</td>
      <td>
        {canRemove && member.role === "staff" ? (
          <>
            <Button variant="secondary" pending={remove.isPending} onClick={() => remove.mutate(member.id)}>
              {t("team.remove")}
              <span className="visually-hidden"> {name}</span>
            </Button>
            <Alert message={apiErrorMessage(remove.error, t("orders.actionError"))} />
          </>
        ) : null}
      </td>
    </tr>
  )
}

/** `/equipe`: who works in the shop; the owner invites and removes colleagues (staff only see the list). */
export function TeamRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("team.title"))
  const me = useMe()
  const team = useTeam()
  const isOwner = me.data?.merchant_user.role === "owner"

  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t("team.title")}</h1>
      <p>{t(isOwner ? "team.introOwner" : "team.introStaff")}</p>
      {team.isPending ? <Loading /> : null}
      <Alert message={team.isError ? t("form.loadError") : null} />
      {team.data ? (
        <div className="table-wrap">
          <table className="table table--cards">
            <caption className="visually-hidden">{t("team.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("team.columns.person")}</th>
                <th scope="col">{t("team.columns.role")}</th>
                <th scope="col">{t("team.columns.state")}</th>
                <th scope="col">{t("team.columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {team.data.map((member) => (
                <MemberRow key={member.id} member={member} canRemove={isOwner} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {isOwner ? <InviteForm /> : null}
    </div>
  )
}
