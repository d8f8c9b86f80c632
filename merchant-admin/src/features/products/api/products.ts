import type {
  CategoryListResponse,
  MerchantProduct,
  MerchantProductListResponse,
  MerchantProductResponse,
  VatCategory,
} from "@mirashop/contract"
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"

/** Filters of the product list. */
export interface ProductFilters {
  q: string
  status: "" | "draft" | "published"
  offset: number
}

/** A variant as the create form sends it. */
export interface NewVariant {
  title: string
  price: number
  stock: number
}

/** Body of `POST /merchant/products`. */
export interface NewProduct {
  title: string
  description: string
  status: "draft" | "published"
  vat_category: VatCategory
  category_ids: string[]
  variants: NewVariant[]
}

/** Body of `POST /merchant/products/:id`. */
export type ProductUpdate = Partial<Omit<NewProduct, "variants">>

/** Products shown per page. */
export const PAGE_SIZE = 20

/** Query keys of the catalogue. */
export const productKeys = {
  all: ["products"] as const,
  lists: () => [...productKeys.all, "list"] as const,
  list: (filters: ProductFilters) => [...productKeys.lists(), filters] as const,
  detail: (id: string) => [...productKeys.all, "detail", id] as const,
  categories: () => [...productKeys.all, "categories"] as const,
}

export async function listProducts(filters: ProductFilters): Promise<MerchantProductListResponse> {
  return sdk.client.fetch<MerchantProductListResponse>("/merchant/products", {
    query: {
      limit: PAGE_SIZE,
      offset: filters.offset,
      ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
      ...(filters.status ? { status: filters.status } : {}),
    },
  })
}

export async function getProduct(id: string): Promise<MerchantProduct> {
  return (await sdk.client.fetch<MerchantProductResponse>(`/merchant/products/${id}`)).product
}

export async function listCategories(): Promise<CategoryListResponse["categories"]> {
  return (await sdk.client.fetch<CategoryListResponse>("/merchant/categories")).categories
}

export async function createProduct(body: NewProduct): Promise<MerchantProduct> {
  return (await sdk.client.fetch<MerchantProductResponse>("/merchant/products", { method: "POST", body })).product
}

export async function updateProduct({ id, ...body }: ProductUpdate & { id: string }): Promise<MerchantProduct> {
  return (await sdk.client.fetch<MerchantProductResponse>(`/merchant/products/${id}`, { method: "POST", body })).product
}

/** `POST /merchant/products/:id/images` (multipart): the server checks and re-encodes each photo. */
export async function addProductImages({ id, files }: { id: string; files: File[] }): Promise<MerchantProduct> {
  const form = new FormData()
  for (const file of files) form.append("files", file, file.name)
  const response = await sdk.client.fetch<MerchantProductResponse>(`/merchant/products/${id}/images`, {
    method: "POST",
    headers: { "content-type": null },
    body: form,
  })
  return response.product
}

export function productListQueryOptions(filters: ProductFilters) {
  return queryOptions({ queryKey: productKeys.list(filters), queryFn: () => listProducts(filters), placeholderData: keepPreviousData })
}

export function useProducts(filters: ProductFilters) {
  return useQuery(productListQueryOptions(filters))
}

export function useProduct(id: string) {
  return useQuery({ queryKey: productKeys.detail(id), queryFn: () => getProduct(id) })
}

/** Categories change rarely: kept for the session. */
export function useCategories() {
  return useQuery({ queryKey: productKeys.categories(), queryFn: listCategories, staleTime: Infinity })
}

/** After any change to a product: its detail is replaced and every list refetched. */
function useProductMutation<Input>(mutationFn: (input: Input) => Promise<MerchantProduct>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: async (product) => {
      queryClient.setQueryData(productKeys.detail(product.id), product)
      await queryClient.invalidateQueries({ queryKey: productKeys.lists() })
    },
  })
}

export const useCreateProduct = () => useProductMutation(createProduct)
export const useUpdateProduct = () => useProductMutation(updateProduct)
export const useAddProductImages = () => useProductMutation(addProductImages)
