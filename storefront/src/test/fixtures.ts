import type { StoreProductCard, StoreShop } from "@mirashop/contract"
import type { WeeklyHours } from "@mirashop/domain"

const bakerHours: WeeklyHours = {
  mon: [],
  tue: [
    { open: "07:00", close: "13:00" },
    { open: "15:30", close: "19:30" },
  ],
  wed: [{ open: "07:00", close: "13:00" }],
  thu: [
    { open: "07:00", close: "13:00" },
    { open: "15:30", close: "19:30" },
  ],
  fri: [
    { open: "07:00", close: "13:00" },
    { open: "15:30", close: "19:30" },
  ],
  sat: [{ open: "07:00", close: "19:00" }],
  sun: [{ open: "07:30", close: "12:30" }],
}

/** A bakery of Miramas, open now; override what the test is about. */
export function aShop(overrides: Partial<StoreShop> = {}): StoreShop {
  return {
    id: "shop_boulangerie",
    handle: "boulangerie-du-marche",
    name: "Boulangerie du Marché",
    trade: "boulangerie",
    description: "Pains au levain et viennoiseries maison.",
    email: "contact@boulangerie-du-marche.fr",
    phone: "04 90 58 00 00",
    address: { line1: "12 place Jean Jaurès", postal_code: "13140", city: "Miramas" },
    latitude: 43.5836,
    longitude: 5.0016,
    logo_url: null,
    pickup_instructions: "Comptoir de gauche, donnez votre code de retrait.",
    preparation_minutes: 30,
    opening_hours: bakerHours,
    closures: [],
    accepts_pay_at_pickup: true,
    accepts_online_payment: false,
    is_open_now: true,
    ...overrides,
  }
}

/** A product of the bakery, in stock at 4,50 €. */
export function aProduct(overrides: Partial<StoreProductCard> = {}): StoreProductCard {
  return {
    id: "prod_levain",
    handle: "pain-au-levain",
    title: "Pain au levain",
    thumbnail: null,
    shop: {
      id: "shop_boulangerie",
      handle: "boulangerie-du-marche",
      name: "Boulangerie du Marché",
    },
    price: { amount: 4.5, currency_code: "eur" },
    in_stock: true,
    ...overrides,
  }
}

/** `count` distinct shops, named "Boutique 1", "Boutique 2"… from `from`. */
export function someShops(count: number, from = 1): StoreShop[] {
  return Array.from({ length: count }, (_, index) => {
    const n = from + index
    return aShop({ id: `shop_${n}`, handle: `boutique-${n}`, name: `Boutique ${n}` })
  })
}
