import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { brandColour, heroSvg, logoSvg, packshotSvg, shapeFor } from "../../lib/packshots/svg"
import { packshotFilename } from "../../lib/packshots/names"
import { svgToWebp } from "../../lib/packshots/raster"
import { BRAND_MODULE } from "../../modules/brand"
import type BrandModuleService from "../../modules/brand/service"
import { NEWS_MODULE } from "../../modules/news"
import type NewsModuleService from "../../modules/news/service"
import { updateArticleWorkflow } from "../../workflows/news/update-article"
import { brands, products, type SeedProduct } from "./catalog"
import { supplementFacts } from "./supplement-facts"

type Ctx = { container: MedusaContainer; log: (message: string) => void }

/** Widths the pictures are stored at: the largest each is shown at (2x screens); next/image scales down. */
export const PICTURE_WIDTHS = { packshot: 1000, logo: 400, hero: 1280 } as const

async function upload(container: MedusaContainer, files: { filename: string; svg: string; width: number }[]) {
  const contents = await Promise.all(files.map(({ svg, width }) => svgToWebp(svg, width)))
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: files.map((file, i) => ({
        filename: file.filename,
        mimeType: "image/webp",
        content: contents[i].toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return result.map((file) => file.url)
}

/**
 * Original pictures for the seeded catalogue and newsroom: a packshot per product, a logo per brand,
 * a hero per article. New products and articles are created with theirs (seed-store.ts), so no
 * update event reaches search before it is indexed; this step gives one to what still has none (a
 * store seeded before pictures existed). A photo staff uploaded is never replaced, and running the
 * seed again adds nothing.
 */
export async function ensurePictures(ctx: Ctx) {
  const started = Date.now()
  const counts = [await ensurePackshots(ctx), await ensureBrandLogos(ctx), await ensureArticleHeroes(ctx)]
  if (counts.some(Boolean)) {
    ctx.log(`pictures generated: ${counts[0]} packshots, ${counts[1]} logos, ${counts[2]} article heroes in ${Date.now() - started} ms`)
  }
}

/** Uploads a packshot per seed product; answers the URLs in the same order. */
export async function uploadPackshots(container: MedusaContainer, seeds: SeedProduct[]): Promise<string[]> {
  const brandNames = new Map(brands.map((b) => [b.handle, b.name]))
  return upload(
    container,
    seeds.map((seed) => ({
      filename: packshotFilename(seed.handle),
      svg: packshotSvg({
        title: seed.title,
        brand: brandNames.get(seed.brand) ?? "Verdant",
        colour: brandColour(seed.brand),
        shape: shapeFor({ form: supplementFacts[seed.handle]?.form, variants: seed.variants.map((v) => v.title), title: seed.title }),
        detail: seed.variants[0]?.title,
      }),
      width: PICTURE_WIDTHS.packshot,
    }))
  )
}

/** Uploads a hero per article; answers the URLs in the same order. */
export async function uploadHeroes(container: MedusaContainer, items: { handle: string; title: string; topic: { handle: string; name: string } | null }[]) {
  return upload(
    container,
    items.map((article) => ({
      filename: `hero-${article.handle}.webp`,
      svg: heroSvg({ title: article.title, topic: article.topic?.name ?? "News", colour: brandColour(article.topic?.handle ?? article.handle) }),
      width: PICTURE_WIDTHS.hero,
    }))
  )
}

async function ensurePackshots({ container }: Ctx): Promise<number> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "handle", "thumbnail", "images.id"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const bare = data.filter((p) => !p.thumbnail && !p.images?.length)
  if (!bare.length) {
    return 0
  }
  const seedOf = new Map(products.map((p) => [p.handle, p]))
  const urls = await uploadPackshots(container, bare.map((product) => seedOf.get(product.handle)!))
  await updateProductsWorkflow(container).run({
    input: { products: bare.map((product, i) => ({ id: product.id, thumbnail: urls[i], images: [{ url: urls[i] }] })) },
  })
  return bare.length
}

async function ensureBrandLogos({ container }: Ctx): Promise<number> {
  const brandService: BrandModuleService = container.resolve(BRAND_MODULE)
  const bare = (await brandService.listBrands({ logo_url: null })).filter((brand) => !brand.logo_url)
  if (!bare.length) {
    return 0
  }
  const urls = await upload(
    container,
    bare.map((brand) => ({
      filename: `logo-${brand.handle}.webp`,
      svg: logoSvg({ name: brand.name, colour: brandColour(brand.handle) }),
      width: PICTURE_WIDTHS.logo,
    }))
  )
  await brandService.updateBrands(bare.map((brand, i) => ({ id: brand.id, logo_url: urls[i] })))
  return bare.length
}

async function ensureArticleHeroes({ container }: Ctx): Promise<number> {
  const news: NewsModuleService = container.resolve(NEWS_MODULE)
  const bare = (await news.listArticles({ hero_image: null }, { relations: ["topic"] })).filter((a) => !a.hero_image)
  if (!bare.length) {
    return 0
  }
  const urls = await uploadHeroes(container, bare)
  for (const [i, article] of bare.entries()) {
    await updateArticleWorkflow(container).run({ input: { id: article.id, data: { hero_image: urls[i] } } })
  }
  return bare.length
}
