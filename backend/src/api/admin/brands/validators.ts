import { z } from "@medusajs/framework/zod"

export const AdminCreateBrand = z.object({
  name: z.string().trim().min(1, "name is required").max(120),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle must be lowercase words joined by dashes")
    .max(120),
  description: z.string().max(2000).nullish(),
})
export type AdminCreateBrandType = z.infer<typeof AdminCreateBrand>

export const AdminSetProductBrand = z.object({
  brand_id: z.string().min(1).nullable(),
})
export type AdminSetProductBrandType = z.infer<typeof AdminSetProductBrand>
