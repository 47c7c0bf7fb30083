import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sharp from "sharp"
import { adminHeaders, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { seedDemoStore } from "../../src/scripts/seed-data/seed-store"
import { articles } from "../../src/scripts/seed-data/articles"
import { brands, products } from "../../src/scripts/seed-data/catalog"
import { PICTURE_WIDTHS } from "../../src/scripts/seed-data/seed-pictures"
import { NEWS_MODULE } from "../../src/modules/news"
import type NewsModuleService from "../../src/modules/news/service"

jest.setTimeout(600_000)

type Api = { get: Function; post: Function }
const anyStatus = { validateStatus: () => true }

/** Fetches a stored file through this backend (its URL names the configured BACKEND_URL's host). */
async function fetchPicture(api: Api, url: string) {
  const { status, headers, data } = await api.get(new URL(url).pathname, { responseType: "arraybuffer", ...anyStatus })
  const meta = status === 200 ? await sharp(Buffer.from(data)).metadata() : null
  return { status, type: headers["content-type"], width: meta?.width, height: meta?.height, format: meta?.format }
}

async function productPictures(api: Api, store: object) {
  const { data } = await api.get(`/store/products?limit=200&fields=handle,thumbnail,images.url`, store)
  return data.products as { id: string; handle: string; thumbnail: string | null; images: { url: string }[] }[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    it("gives every seeded product a packshot the backend serves as a square WebP", async () => {
      const listed = await productPictures(api, store)
      expect(listed).toHaveLength(products.length)
      for (const product of listed) {
        expect({ handle: product.handle, images: product.images.map((i) => i.url) }).toEqual({ handle: product.handle, images: [product.thumbnail] })
      }
      // Every file is distinct; a sample is fetched and decoded.
      expect(new Set(listed.map((p) => p.thumbnail)).size).toBe(listed.length)
      for (const product of listed.slice(0, 5)) {
        expect(await fetchPicture(api, product.thumbnail!)).toEqual({
          status: 200,
          type: "image/webp",
          width: PICTURE_WIDTHS.packshot,
          height: PICTURE_WIDTHS.packshot,
          format: "webp",
        })
      }
    })

    it("gives every brand a logo and every article a hero", async () => {
      const { data } = await api.get("/store/brands", store)
      expect(data.brands).toHaveLength(brands.length)
      expect(data.brands.every((b: { logo_url: string | null }) => b.logo_url)).toBe(true)
      expect(await fetchPicture(api, data.brands[0].logo_url)).toMatchObject({ status: 200, type: "image/webp", width: PICTURE_WIDTHS.logo })

      const news = getContainer().resolve<NewsModuleService>(NEWS_MODULE)
      const seeded = await news.listArticles({}, { take: null })
      expect(seeded).toHaveLength(articles.length)
      expect(seeded.every((a) => a.hero_image)).toBe(true)
      expect(await fetchPicture(api, seeded[0].hero_image!)).toMatchObject({
        status: 200,
        type: "image/webp",
        width: PICTURE_WIDTHS.hero,
        height: (PICTURE_WIDTHS.hero * 9) / 16,
      })
    })

    it("adds no picture on a second seed", async () => {
      const before = await productPictures(api, store)
      const { data: brandsBefore } = await api.get("/store/brands", store)
      await seedDemoStore(getContainer())
      expect(await productPictures(api, store)).toEqual(before)
      expect((await api.get("/store/brands", store)).data).toEqual(brandsBefore)
    })

    it("lets a photo staff upload replace the generated packshot, and keeps it on re-seed", async () => {
      const admin = await adminHeaders(api)
      const photo = await sharp({ create: { width: 640, height: 640, channels: 3, background: "#c0ffee" } }).jpeg().toBuffer()
      const form = new FormData()
      form.append("files", new Blob([photo], { type: "image/jpeg" }), "studio photo.jpg")
      const { data: uploaded } = await api.post("/admin/uploads", form, admin)
      const photoUrl: string = uploaded.files[0].url
      expect(await fetchPicture(api, photoUrl)).toMatchObject({ status: 200, type: "image/jpeg", width: 640 })

      // What the admin's media editor sends: the existing images plus the new one.
      const [product] = await productPictures(api, store)
      await api.post(`/admin/products/${product.id}`, { images: [{ url: product.thumbnail }, { url: photoUrl }] }, admin)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const pictures = async () => {
        const { data } = await query.graph({ entity: "product", fields: ["thumbnail", "images.url"], filters: { id: product.id } })
        return { thumbnail: data[0].thumbnail, images: data[0].images.map((i: { url: string }) => i.url) }
      }
      const deadline = Date.now() + 15_000
      while ((await pictures()).thumbnail !== photoUrl && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      expect(await pictures()).toEqual({ thumbnail: photoUrl, images: [photoUrl] })

      await seedDemoStore(getContainer())
      expect(await pictures()).toEqual({ thumbnail: photoUrl, images: [photoUrl] })
    })

    it("serves only stored public files", async () => {
      for (const path of ["/uploads/..%2F..%2Fpackage.json", "/uploads/.env", "/uploads/nothing-here.webp"]) {
        expect((await api.get(path, anyStatus)).status).toBe(404)
      }
    })
  },
})
