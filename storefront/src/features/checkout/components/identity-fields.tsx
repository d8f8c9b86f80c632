import { useTranslation } from "react-i18next"
import type { CartIdentity } from "@/lib/cart"
import { IDENTITY_FIELDS, type IdentityErrors, type IdentityField } from "./validate-identity"

const INPUT: Record<IdentityField, { type: string; autoComplete: string }> = {
  email: { type: "email", autoComplete: "email" },
  first_name: { type: "text", autoComplete: "given-name" },
  last_name: { type: "text", autoComplete: "family-name" },
  phone: { type: "tel", autoComplete: "tel" },
}

/** Id of a field's input, so the error summary can link to it. */
export const identityInputId = (field: IdentityField) => `identite-${field}`

/** E-mail, first and last name, phone; each error is tied to its field (aria-describedby). */
export function IdentityFields({
  values,
  errors,
  readOnlyEmail,
  onChange,
}: {
  values: CartIdentity
  errors: IdentityErrors
  readOnlyEmail: boolean
  onChange: (values: CartIdentity) => void
}) {
  const { t } = useTranslation()
  return (
    <div className="form-grid">
      {IDENTITY_FIELDS.map((field) => {
        const id = identityInputId(field)
        const problem = errors[field]
        const errorId = `${id}-erreur`
        const hintId = `${id}-aide`
        const hint = field === "phone" ? t("checkout.identity.phoneHint") : null
        return (
          <div className="field" key={field}>
            <label className="field__label" htmlFor={id}>
              {t(`checkout.identity.${field}`)}{" "}
              <span className="hint">{t("checkout.required")}</span>
            </label>
            {hint ? (
              <span id={hintId} className="hint">
                {hint}
              </span>
            ) : null}
            <input
              id={id}
              className="field__input"
              name={field}
              type={INPUT[field].type}
              autoComplete={INPUT[field].autoComplete}
              required
              readOnly={field === "email" && readOnlyEmail}
              value={values[field]}
              aria-invalid={problem ? true : undefined}
              aria-describedby={
                [hint ? hintId : null, problem ? errorId : null].filter(Boolean).join(" ") ||
                undefined
              }
              onChange={(event) => onChange({ ...values, [field]: event.target.value })}
            />
            {problem ? (
              <span id={errorId} className="field__error">
                {t(`checkout.errors.${problem}`, { field: t(`checkout.identity.${field}`) })}
              </span>
            ) : null}
          </div>
        )
      })}
    </div>
  )
}
