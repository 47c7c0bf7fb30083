import { z } from "zod"
import { Handle, Page as Paging } from "./fields"

/** The store's own pages (Our Story, Help, Guarantee, Terms, Privacy): Markdown that staff edit. */

/** POST /admin/pages */
export const AdminCreatePageBody = z
  .object({
    handle: Handle(100),
    title: z.string({ error: "Enter a title" }).trim().min(1, "Enter a title").max(200, "At most 200 characters"),
    summary: z.string().trim().max(500, "At most 500 characters").default(""),
    /** Markdown; rendered and sanitised by the storefront. */
    body: z.string({ error: "Enter the page's text" }).min(1, "Enter the page's text").max(100_000, "At most 100000 characters"),
    published: z.boolean().default(false),
  })
  .strict()

/** POST /admin/pages/:id */
export const AdminUpdatePageBody = AdminCreatePageBody.partial().strict()

/** GET /admin/pages */
export const AdminListPagesQuery = z.object(Paging({ maxLimit: 100, defaultLimit: 50 })).strict()

export type StorePage = {
  id: string
  handle: string
  title: string
  summary: string
  body: string
  updated_at: string
}

/** GET /store/pages/:handle */
export type StorePageResponse = { page: StorePage }
