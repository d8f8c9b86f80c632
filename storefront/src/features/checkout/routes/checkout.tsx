import type { ShopPickup } from "@mirashop/contract"
import { type FormEvent, useEffect, useId, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { type CartIdentity, useCartPickup, useSetPickupSlots } from "@/lib/cart"
import { useCustomer } from "@/lib/customer"
import { useDocumentTitle } from "@/lib/document-title"
import { usePlaceCheckout } from "../api/place-checkout"
import { CheckoutReview } from "../components/checkout-review"
import { ErrorSummary, type FormProblem } from "../components/error-summary"
import { IdentityFields, identityInputId } from "../components/identity-fields"
import { PromoCode } from "../components/promo-code"
import { PaymentChoice, everyShopAcceptsPayAtPickup } from "../components/payment-choice"
import { SlotPicker, slotInputId } from "../components/slot-picker"
import {
  IDENTITY_FIELDS,
  type IdentityErrors,
  validateIdentity,
} from "../components/validate-identity"

/** `/commande`: who collects, when at each shop, how to pay, a last look, and place the order. */
export function CheckoutRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("checkout.title"))
  const pickup = useCartPickup()

  if (pickup.id === null || (pickup.isSuccess && pickup.data.pickups.length === 0)) {
    return (
      <div className="narrow stack">
        <h1 tabIndex={-1}>{t("checkout.heading")}</h1>
        <p>{t("checkout.emptyCart")}</p>
        <p>
          <Link to="/boutiques">{t("cart.browse")}</Link>
        </p>
      </div>
    )
  }
  if (pickup.isPending) return <Loading label={t("checkout.loading")} />
  if (pickup.isError) {
    return (
      <div className="narrow stack">
        <h1 tabIndex={-1}>{t("checkout.heading")}</h1>
        <Alert message={t("cart.error")}>
          <Button
            variant="secondary"
            pending={pickup.isFetching}
            onClick={() => void pickup.refetch()}
          >
            {t("app.retry")}
          </Button>
        </Alert>
      </div>
    )
  }
  return <CheckoutForm cartId={pickup.id} pickups={pickup.data.pickups} />
}

const EMPTY_IDENTITY: CartIdentity = { email: "", first_name: "", last_name: "", phone: "" }

function CheckoutForm({ cartId, pickups }: { cartId: string; pickups: ShopPickup[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const customer = useCustomer()
  const signedIn = Boolean(customer.data)
  const [identity, setIdentity] = useState<CartIdentity>(EMPTY_IDENTITY)
  const [identityErrors, setIdentityErrors] = useState<IdentityErrors>({})
  const [missingSlots, setMissingSlots] = useState<string[]>([])
  const [slotErrors, setSlotErrors] = useState<Record<string, string>>({})
  const [savingShop, setSavingShop] = useState<string | null>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const [showSummary, setShowSummary] = useState(0)
  const setSlots = useSetPickupSlots(cartId)
  const place = usePlaceCheckout(cartId, (checkoutId) => void navigate(`/commande/${checkoutId}`))
  const ids = { identity: useId(), slots: useId(), payment: useId(), review: useId() }

  // A signed-in shopper's details come from their account (they can still correct name and phone).
  const account = customer.data
  useEffect(() => {
    if (!account) return
    setIdentity((current) => ({
      email: account.email,
      first_name: current.first_name || account.first_name || "",
      last_name: current.last_name || account.last_name || "",
      phone: current.phone || account.phone || "",
    }))
  }, [account])

  useEffect(() => {
    if (showSummary) summaryRef.current?.focus()
  }, [showSummary])

  const total = pickups.reduce((cents, p) => cents + Math.round(p.subtotal.amount * 100), 0)
  const problems: FormProblem[] = [
    ...IDENTITY_FIELDS.flatMap((field) => {
      const problem = identityErrors[field]
      return problem
        ? [
            {
              fieldId: identityInputId(field),
              message: t(`checkout.errors.${problem}`, { field: t(`checkout.identity.${field}`) }),
            },
          ]
        : []
    }),
    ...pickups.flatMap((pickup) =>
      missingSlots.includes(pickup.shop.id)
        ? [
            {
              fieldId: slotInputId(pickup.shop.id),
              message: t("checkout.errors.slot", { shop: pickup.shop.name }),
            },
          ]
        : []
    ),
  ]

  function chooseSlot(shopId: string, start: string) {
    setSavingShop(shopId)
    setMissingSlots((missing) => missing.filter((id) => id !== shopId))
    setSlots.mutate(
      { slots: [{ shop_id: shopId, start }] },
      {
        onSuccess: () => setSlotErrors(({ [shopId]: _, ...rest }) => rest),
        onError: () =>
          setSlotErrors((errors) => ({ ...errors, [shopId]: t("checkout.slots.saveError") })),
        onSettled: () => setSavingShop(null),
      }
    )
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (place.isPending) return
    const errors = validateIdentity(identity)
    const missing = pickups.filter((p) => !p.selected_slot).map((p) => p.shop.id)
    setIdentityErrors(errors)
    setMissingSlots(missing)
    if (Object.keys(errors).length > 0 || missing.length > 0) {
      setShowSummary((n) => n + 1)
      return
    }
    place.mutate({
      identity: {
        email: identity.email.trim(),
        first_name: identity.first_name.trim(),
        last_name: identity.last_name.trim(),
        phone: identity.phone.trim(),
      },
      signedIn,
      request: { payment_mode: "pay_at_pickup" },
    })
  }

  const canPay = everyShopAcceptsPayAtPickup(pickups)
  return (
    <div className="stack-lg checkout">
      <div className="stack">
        <h1 tabIndex={-1}>{t("checkout.heading")}</h1>
        <p className="hint">{t("checkout.intro")}</p>
      </div>
      <ErrorSummary ref={summaryRef} problems={showSummary ? problems : []} />
      <form className="stack-lg" onSubmit={submit} noValidate>
        <section aria-labelledby={ids.identity} className="stack">
          <h2 id={ids.identity}>{t("checkout.identity.heading")}</h2>
          {signedIn ? (
            <p className="hint">{t("checkout.identity.signedIn", { email: account?.email })}</p>
          ) : (
            <p className="hint">
              {t("checkout.identity.guest")}{" "}
              <Link to="/compte/connexion?retour=/commande">{t("checkout.identity.signIn")}</Link>
            </p>
          )}
          <IdentityFields
            values={identity}
            errors={identityErrors}
            readOnlyEmail={signedIn}
            onChange={setIdentity}
          />
        </section>

        <section aria-labelledby={ids.slots} className="stack">
          <h2 id={ids.slots}>{t("checkout.slots.heading")}</h2>
          {pickups.map((pickup) => (
            <div key={pickup.shop.id} className="stack-sm">
              <SlotPicker
                pickup={pickup}
                saving={savingShop === pickup.shop.id}
                error={
                  slotErrors[pickup.shop.id] ??
                  (missingSlots.includes(pickup.shop.id)
                    ? t("checkout.errors.slot", { shop: pickup.shop.name })
                    : null)
                }
                onChoose={(start) => chooseSlot(pickup.shop.id, start)}
              />
              <p className="hint">
                {t("cart.collectAt", {
                  address: `${pickup.shop.address.line1}, ${pickup.shop.address.postal_code} ${pickup.shop.address.city}`,
                })}
              </p>
            </div>
          ))}
        </section>

        <section aria-labelledby={ids.payment} className="stack">
          <h2 id={ids.payment}>{t("checkout.payment.heading")}</h2>
          <PaymentChoice pickups={pickups} />
        </section>

        <section aria-labelledby={ids.review} className="stack">
          <h2 id={ids.review}>{t("checkout.review.heading")}</h2>
          <CheckoutReview
            pickups={pickups}
            total={{ amount: total / 100, currency_code: pickups[0].subtotal.currency_code }}
          />
          <PromoCode cartId={cartId} />
        </section>

        <Alert message={place.isError ? t("checkout.placeError") : null} />
        <div>
          <Button type="submit" pending={place.isPending} disabled={!canPay}>
            {place.isPending ? t("checkout.placing") : t("checkout.place")}
          </Button>
        </div>
      </form>
    </div>
  )
}
