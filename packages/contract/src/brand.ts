import { z } from "zod"
import { Handle } from "./fields"

/** POST /admin/brands */
export const AdminCreateBrandBody = z
  .object({
    name: z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(120),
    handle: Handle(),
    description: z.string().max(2000).nullish(),
    logo_url: z.url("Enter a URL").max(2000).nullish(),
  })
  .strict()

/** POST /admin/products/:id/brand (null takes the brand away) */
export const AdminSetProductBrandBody = z.object({ brand_id: z.string().min(1).nullable() }).strict()
