import { type FormEvent, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { TextField } from "@/components/ui/text-field"
import { LoginError, type LoginInput, useLogin } from "../api/login"

type Field = keyof LoginInput
type FieldErrorKey =
  "login.errors.emailRequired" | "login.errors.emailInvalid" | "login.errors.passwordRequired"
type FieldErrors = Partial<Record<Field, FieldErrorKey>>

// Deliberately loose: the backend is the judge, this only catches slips of the finger.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function validate({ email, password }: LoginInput): FieldErrors {
  const errors: FieldErrors = {}
  if (!email.trim()) errors.email = "login.errors.emailRequired"
  else if (!EMAIL_SHAPE.test(email.trim())) errors.email = "login.errors.emailInvalid"
  if (!password) errors.password = "login.errors.passwordRequired"
  return errors
}

/** E-mail and password form; calls `onSuccess` once the session has started. */
export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation()
  const login = useLogin()
  const [values, setValues] = useState<LoginInput>({ email: "", password: "" })
  const [errors, setErrors] = useState<FieldErrors>({})
  const inputs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) }

  function change(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (login.isPending) return
    const found = validate(values)
    setErrors(found)
    // Focus lands on the first field to fix; its label and error are read together.
    const firstInvalid = (["email", "password"] as const).find((field) => found[field])
    if (firstInvalid) {
      inputs[firstInvalid].current?.focus()
      return
    }
    login.mutate({ email: values.email.trim(), password: values.password }, { onSuccess })
  }

  const failure = login.error
    ? t(
        login.error instanceof LoginError
          ? `login.errors.${login.error.reason}`
          : "login.errors.unavailable"
      )
    : null

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <Alert message={failure} />
      <p className="hint">{t("login.allRequired")}</p>
      <TextField
        ref={inputs.email}
        label={t("login.email")}
        type="email"
        name="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={values.email}
        onChange={(event) => change("email", event.target.value)}
        error={errors.email && t(errors.email)}
      />
      <TextField
        ref={inputs.password}
        label={t("login.password")}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={values.password}
        onChange={(event) => change("password", event.target.value)}
        error={errors.password && t(errors.password)}
      />
      <Button type="submit" pending={login.isPending}>
        {login.isPending ? t("login.submitting") : t("login.submit")}
      </Button>
    </form>
  )
}
