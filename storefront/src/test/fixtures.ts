import type { ShopPickup, StoreProductCard, StoreShop } from "@mirashop/contract"
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

/** What the bakery prepares for a cart: two loaves, with the week's slots. */
export function aPickup(overrides: Partial<ShopPickup> = {}): ShopPickup {
  return {
    shop: {
      id: "shop_boulangerie",
      handle: "boulangerie-du-marche",
      name: "Boulangerie du Marché",
      address: { line1: "12 place Jean Jaurès", postal_code: "13140", city: "Miramas" },
      pickup_instructions: "Comptoir de gauche.",
      accepts_pay_at_pickup: true,
      accepts_online_payment: false,
    },
    items: [
      {
        id: "li_levain",
        title: "Pain au levain",
        variant_title: "1 kg",
        quantity: 2,
        unit_price: 5.9,
        thumbnail: null,
      },
    ],
    subtotal: { amount: 11.8, currency_code: "eur" },
    slots: [
      {
        start: "2026-12-01T08:00:00.000Z",
        end: "2026-12-01T08:30:00.000Z",
        date: "2026-12-01",
        label: "09:00",
        remaining: 4,
      },
      {
        start: "2026-12-01T08:30:00.000Z",
        end: "2026-12-01T09:00:00.000Z",
        date: "2026-12-01",
        label: "09:30",
        remaining: 4,
      },
    ],
    selected_slot: null,
    ...overrides,
  }
}

/** The florist's part of the same cart: one bouquet. */
export function aFloristPickup(overrides: Partial<ShopPickup> = {}): ShopPickup {
  const bakery = aPickup()
  return aPickup({
    shop: {
      ...bakery.shop,
      id: "shop_fleurs",
      handle: "atelier-des-fleurs",
      name: "L'Atelier des Fleurs",
      address: { line1: "3 rue Pasteur", postal_code: "13140", city: "Miramas" },
    },
    items: [
      {
        id: "li_bouquet",
        title: "Bouquet du marché",
        variant_title: null,
        quantity: 1,
        unit_price: 25,
        thumbnail: null,
      },
    ],
    subtotal: { amount: 25, currency_code: "eur" },
    ...overrides,
  })
}
