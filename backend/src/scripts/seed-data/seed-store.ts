import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createCustomerGroupsWorkflow,
  createInventoryLevelsWorkflow,
  createPriceListsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { AUTOSHIP_SHIPPING_RULE } from "../../lib/autoship/cart"
import { BRAND_MODULE } from "../../modules/brand"
import type BrandModuleService from "../../modules/brand/service"
import { NEWS_MODULE } from "../../modules/news"
import type NewsModuleService from "../../modules/news/service"
import { createArticleWorkflow } from "../../workflows/news/create-article"
import { articles } from "./articles"
import { brands, categories, products, type SeedProduct } from "./catalog"
import { authors, topics } from "./newsroom"
import { ensureSupplementFacts } from "./seed-supplement-facts"
import { ensureForums } from "./seed-forums"
import { ensurePictures, uploadHeroes, uploadPackshots } from "./seed-pictures"
import { ensureReviews } from "./seed-reviews"
import { ensurePages, ensureStoreContact } from "./seed-pages"
import { COLLECTIONS, DEMO_STORE, discounted } from "./store-setup"

type Ctx = {
  container: MedusaContainer
  log: (message: string) => void
}

/**
 * Builds the demo store. Every step looks up what already exists (by handle, name or SKU) and creates
 * only what is missing, so running it twice changes nothing.
 */
export async function seedDemoStore(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ctx: Ctx = { container, log: (message) => logger.info(`[seed] ${message}`) }

  await ensureSearchIndexes(ctx)
  const salesChannelId = await ensureSalesChannel(ctx)
  const regionId = await ensureRegion(ctx)
  await ensureRegionPaymentProviders(ctx, regionId)
  await ensureTaxRegion(ctx)
  const locationId = await ensureWarehouse(ctx, salesChannelId)
  await ensureShipping(ctx, locationId, regionId)
  await ensureAutoshipShipping(container)
  await ensurePublishableKey(ctx, salesChannelId)
  const categoryIds = await ensureCategories(ctx)
  const brandIds = await ensureBrands(ctx)
  const collectionIds = await ensureCollections(ctx)
  await ensureProducts(ctx, { salesChannelId, categoryIds, collectionIds })
  await ensureBrandLinks(ctx, brandIds)
  await ensureSupplementFacts(ctx)
  await ensureStock(ctx, locationId)
  await ensureDealsPriceList(ctx)
  await ensureClub(ctx)
  await ensureWelcomePromotion(ctx)
  await ensureAdminUser(ctx)
  await ensureNewsroom(ctx)
  // After the products, brands and articles it draws for.
  await ensurePictures(ctx)
  await ensureReviews({ ...ctx, regionId, salesChannelId })
  // After the reviews: the reviewer customers are the forums' first members.
  await ensureForums(ctx)
  await ensureStoreContact(ctx)
  await ensurePages(ctx)
  ctx.log("done")
}

/**
 * A new database's search indexes have no active version until their first build, and every product
 * or article event would fail to be indexed until then: build them (empty) before writing anything.
 */
async function ensureSearchIndexes({ container, log }: Ctx) {
  const search = container.resolve(Modules.SEARCH)
  const unbuilt = (await search.listIndexes()).filter((index) => index.status === "pending").map((index) => index.name)
  if (unbuilt.length) {
    await search.reindex({ index: unbuilt })
    log(`search indexes ${unbuilt.join(", ")} built`)
  }
}

async function ensureSalesChannel({ container, log }: Ctx): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  let [channel] = await salesChannels.listSalesChannels({ name: DEMO_STORE.salesChannel })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: DEMO_STORE.salesChannel }] },
    })
    channel = result[0]
    log(`sales channel "${channel.name}" created`)
  }

  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  const hasUsd = store.supported_currencies?.some((c) => c.currency_code === "usd" && c.is_default)
  if (!hasUsd || store.default_sales_channel_id !== channel.id || store.name !== "Verdant Health Store") {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Verdant Health Store",
          supported_currencies: [{ currency_code: "usd", is_default: true }],
          default_sales_channel_id: channel.id,
        },
      },
    })
    log("store set to USD with the default sales channel")
  }
  return channel.id
}

async function ensureRegion({ container, log }: Ctx): Promise<string> {
  const [existing] = await container.resolve(Modules.REGION).listRegions({ name: DEMO_STORE.region.name })
  if (existing) {
    return existing.id
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: DEMO_STORE.region.name,
          currency_code: DEMO_STORE.region.currency,
          countries: [...DEMO_STORE.region.countries],
          payment_providers: [DEMO_STORE.paymentProviders.system],
          automatic_taxes: true,
        },
      ],
    },
  })
  log(`region "${DEMO_STORE.region.name}" created`)
  return result[0].id
}

/**
 * The system provider always; Stripe as well when the backend runs with Stripe configured (Medusa
 * registers `pp_stripe_stripe` then). Existing regions get Stripe added, so seeding again after
 * setting the Stripe keys enables card payments.
 */
async function ensureRegionPaymentProviders({ container, log }: Ctx, regionId: string) {
  const { system, stripe } = DEMO_STORE.paymentProviders
  const enabled = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: [system, stripe], is_enabled: true })
  const wanted = enabled.map((provider) => provider.id)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["payment_providers.id"],
    filters: { id: regionId },
  })
  const current = (data[0]?.payment_providers ?? []).map((provider: { id: string } | null) => provider!.id)
  const missing = wanted.filter((id) => !current.includes(id))
  if (!missing.length) {
    return
  }
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: regionId }, update: { payment_providers: [...current, ...missing] } },
  })
  log(`payment providers enabled in "${DEMO_STORE.region.name}": ${missing.join(", ")}`)
}

async function ensureTaxRegion({ container, log }: Ctx) {
  const existing = await container.resolve(Modules.TAX).listTaxRegions({ country_code: "us" })
  if (existing.length) {
    return
  }
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "us", provider_id: "tp_system", default_tax_rate: { ...DEMO_STORE.taxRate } }],
  })
  log(`US tax region created (${DEMO_STORE.taxRate.rate}%)`)
}

async function ensureWarehouse({ container, log }: Ctx, salesChannelId: string): Promise<string> {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await stockLocations.listStockLocations({ name: DEMO_STORE.warehouse.name })
  if (existing) {
    return existing.id
  }
  const { result } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: DEMO_STORE.warehouse.name, address: { ...DEMO_STORE.warehouse.address } }] },
  })
  const location = result[0]
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  log(`warehouse "${location.name}" created`)
  return location.id
}

async function ensureShipping({ container, log }: Ctx, locationId: string, regionId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existingSet] = await fulfillment.listFulfillmentSets({ name: DEMO_STORE.fulfillmentSet })
  if (existingSet) {
    return
  }

  let [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }

  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: DEMO_STORE.fulfillmentSet,
    type: "shipping",
    service_zones: [{ name: "United States", geo_zones: [{ country_code: "us", type: "country" }] }],
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const { standard, express } = DEMO_STORE.shipping
  const storeRules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  const base = {
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: fulfillmentSet.service_zones[0].id,
    shipping_profile_id: profile.id,
    rules: storeRules,
  }
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        ...base,
        name: standard.name,
        type: { label: "Standard", description: `3-5 business days, free from $${standard.freeFrom}`, code: standard.code },
        prices: [
          { currency_code: "usd", amount: standard.amount },
          { region_id: regionId, amount: standard.amount },
          // Free shipping once the cart's items reach the threshold.
          {
            region_id: regionId,
            amount: 0,
            rules: [{ attribute: "item_total", operator: "gte", value: standard.freeFrom }],
          },
        ],
      },
      {
        ...base,
        name: express.name,
        type: { label: "Express", description: "1-2 business days", code: express.code },
        prices: [
          { currency_code: "usd", amount: express.amount },
          { region_id: regionId, amount: express.amount },
        ],
      },
    ],
  })
  log(`shipping options created (standard, free from $${standard.freeFrom}; express)`)
}

/**
 * The free standard delivery of orders with autoship lines: a 0-priced option that only carts holding
 * an autoship line are offered (rule `autoship = true`, set by src/workflows/hooks/autoship-shipping.ts).
 * Also run by the autoship-club migration script for stores seeded before autoship existed.
 */
export async function ensureAutoshipShipping(container: MedusaContainer) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [fulfillmentSet] = await fulfillment.listFulfillmentSets({ name: DEMO_STORE.fulfillmentSet }, { relations: ["service_zones"] })
  const [existing] = await fulfillment.listShippingOptions({ name: DEMO_STORE.shipping.autoship.name })
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!fulfillmentSet || existing || !profile) {
    return
  }
  const { autoship, standard } = DEMO_STORE.shipping
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: autoship.name,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
          { attribute: AUTOSHIP_SHIPPING_RULE, value: "true", operator: "eq" },
        ],
        type: { label: "Free autoship delivery", description: `Standard, 3-5 business days, free with autoship (${standard.name})`, code: autoship.code },
        prices: [{ currency_code: DEMO_STORE.region.currency, amount: 0 }],
      },
    ],
  })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`[seed] shipping option "${autoship.name}" created`)
}

async function ensurePublishableKey({ container, log }: Ctx, salesChannelId: string) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const [existing] = await apiKeys.listApiKeys({ title: DEMO_STORE.publishableKeyTitle, type: "publishable" })
  if (existing) {
    return
  }
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: DEMO_STORE.publishableKeyTitle, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  log("publishable API key created for the storefront")
}

async function ensureCategories({ container, log }: Ctx): Promise<Map<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const handles = categories.map((c) => c.handle)
  const existing = await productModule.listProductCategories({ handle: handles })
  const missing = categories.filter((c) => !existing.some((e) => e.handle === c.handle))
  if (missing.length) {
    await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missing.map((c) => ({ ...c, is_active: true })) },
    })
    log(`${missing.length} categories created`)
  }
  const all = await productModule.listProductCategories({ handle: handles })
  return new Map(all.map((c) => [c.handle, c.id]))
}

async function ensureBrands({ container, log }: Ctx): Promise<Map<string, string>> {
  const brandService: BrandModuleService = container.resolve(BRAND_MODULE)
  const handles = brands.map((b) => b.handle)
  const existing = await brandService.listBrands({ handle: handles })
  const missing = brands.filter((b) => !existing.some((e) => e.handle === b.handle))
  if (missing.length) {
    await brandService.createBrands(missing)
    log(`${missing.length} brands created`)
  }
  const all = await brandService.listBrands({ handle: handles })
  return new Map(all.map((b) => [b.handle, b.id]))
}

async function ensureCollections({ container, log }: Ctx): Promise<Map<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const handles = COLLECTIONS.map((c) => c.handle)
  const existing = await productModule.listProductCollections({ handle: handles })
  const missing = COLLECTIONS.filter((c) => !existing.some((e) => e.handle === c.handle))
  if (missing.length) {
    await createCollectionsWorkflow(container).run({
      input: { collections: missing.map((c) => ({ ...c })) },
    })
    log(`${missing.length} collections created`)
  }
  const all = await productModule.listProductCollections({ handle: handles })
  return new Map(all.map((c) => [c.handle, c.id]))
}

/** A product belongs to one collection in Medusa; deals win, since they carry the sale price. */
function primaryCollection(product: SeedProduct): string | undefined {
  return product.collections.includes("deals") ? "deals" : product.collections[0]
}

async function ensureProducts(
  { container, log }: Ctx,
  ids: { salesChannelId: string; categoryIds: Map<string, string>; collectionIds: Map<string, string> }
) {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts({ handle: products.map((p) => p.handle) }, { select: ["handle"] })
  const existingHandles = new Set(existing.map((p) => p.handle))
  const missing = products.filter((p) => !existingHandles.has(p.handle))
  if (!missing.length) {
    return
  }
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })

  const packshots = new Map((await uploadPackshots(container, missing)).map((url, i) => [missing[i].handle, url]))

  const batchSize = 16
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing.slice(start, start + batchSize)
    await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p) => {
          const collection = primaryCollection(p)
          return {
            thumbnail: packshots.get(p.handle),
            images: [{ url: packshots.get(p.handle)! }],
            title: p.title,
            handle: p.handle,
            subtitle: p.subtitle,
            description: p.description,
            status: ProductStatus.PUBLISHED,
            shipping_profile_id: profile.id,
            category_ids: p.categories.map((handle) => ids.categoryIds.get(handle)!),
            collection_id: collection ? ids.collectionIds.get(collection) : undefined,
            options: [{ title: "Size", values: p.variants.map((v) => v.title) }],
            variants: p.variants.map((v) => ({
              title: v.title,
              sku: v.sku,
              options: { Size: v.title },
              manage_inventory: true,
              prices: [{ amount: v.price, currency_code: "usd" }],
            })),
            sales_channels: [{ id: ids.salesChannelId }],
          }
        }),
      },
    })
    log(`products ${start + batch.length}/${missing.length} created`)
  }
}

async function ensureBrandLinks({ container, log }: Ctx, brandIds: Map<string, string>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "brand.id"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const brandOf = new Map(products.map((p) => [p.handle, p.brand]))
  const unlinked = data.filter((p) => !p.brand)
  if (!unlinked.length) {
    return
  }
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    unlinked.map((p) => ({
      [Modules.PRODUCT]: { product_id: p.id },
      [BRAND_MODULE]: { brand_id: brandIds.get(brandOf.get(p.handle)!)! },
    }))
  )
  log(`${unlinked.length} products linked to their brands`)
}

async function ensureStock({ container, log }: Ctx, locationId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const items = await inventory.listInventoryItems({ sku: [...stockBySku.keys()] })
  const levels = await inventory.listInventoryLevels({
    location_id: locationId,
    inventory_item_id: items.map((i) => i.id),
  })
  const stocked = new Set(levels.map((l) => l.inventory_item_id))
  const missing = items.filter((i) => !stocked.has(i.id))
  if (!missing.length) {
    return
  }
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: missing.map((item) => ({
        inventory_item_id: item.id,
        location_id: locationId,
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      })),
    },
  })
  log(`stock set for ${missing.length} variants`)
}

/** Maps each seeded SKU to its variant id and regular price. */
async function seededVariants(container: MedusaContainer) {
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants(
    { sku: products.flatMap((p) => p.variants.map((v) => v.sku)) },
    { select: ["id", "sku"] }
  )
  const idBySku = new Map(variants.map((v) => [v.sku!, v.id]))
  return products.flatMap((p) =>
    p.variants.map((v) => ({ product: p, variant_id: idBySku.get(v.sku)!, price: v.price }))
  )
}

async function hasPriceList(container: MedusaContainer, title: string): Promise<boolean> {
  const lists = await container.resolve(Modules.PRICING).listPriceLists({}, { select: ["title"] })
  return lists.some((list) => list.title === title)
}

/** The regular price, or the deal price for products on sale. */
function sellingPrice(v: { product: SeedProduct; price: number }): number {
  return v.product.deal_percent_off ? discounted(v.price, v.product.deal_percent_off) : v.price
}

async function ensureDealsPriceList({ container, log }: Ctx) {
  if (await hasPriceList(container, DEMO_STORE.dealsPriceList)) {
    return
  }
  const deals = (await seededVariants(container)).filter((v) => v.product.deal_percent_off)
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: DEMO_STORE.dealsPriceList,
          description: "Sale prices for the Deals & Specials collection",
          status: "active",
          prices: deals.map((v) => ({
            variant_id: v.variant_id,
            currency_code: "usd",
            amount: sellingPrice(v),
          })),
        },
      ],
    },
  })
  log(`deals price list created (${deals.length} variants on sale)`)
}

async function ensureClub({ container, log }: Ctx) {
  const { club } = DEMO_STORE
  let [group] = await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: club.group })
  if (!group) {
    const { result } = await createCustomerGroupsWorkflow(container).run({
      input: { customersData: [{ name: club.group }] },
    })
    group = result[0]
    log(`customer group "${club.group}" created`)
  }

  if (await hasPriceList(container, club.priceList)) {
    return
  }
  const variants = await seededVariants(container)
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: club.priceList,
          description: `Member prices, ${club.percentOff}% off the regular price`,
          status: "active",
          rules: { "customer.groups.id": [group.id] },
          // Medusa lets the club list (it has a rule) win over the deals list, so a member's price is
          // taken off the price the product sells for: members never pay more than the deal price.
          prices: variants.map((v) => ({
            variant_id: v.variant_id,
            currency_code: "usd",
            amount: discounted(sellingPrice(v), club.percentOff),
          })),
        },
      ],
    },
  })
  log(`club price list created (${variants.length} member prices)`)
}

async function ensureWelcomePromotion({ container, log }: Ctx) {
  const { code, percentOff } = DEMO_STORE.welcomePromotion
  const [existing] = await container.resolve(Modules.PROMOTION).listPromotions({ code: [code] })
  if (existing) {
    return
  }
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code,
          type: "standard",
          status: "active",
          is_automatic: false,
          application_method: {
            type: "percentage",
            target_type: "order",
            allocation: "across",
            value: percentOff,
            currency_code: "usd",
          },
        },
      ],
    },
  })
  log(`promotion ${code} created (${percentOff}% off the order)`)
}

async function ensureAdminUser({ container, log }: Ctx) {
  const { email, password } = DEMO_STORE.admin
  const [existing] = await container.resolve(Modules.USER).listUsers({ email })
  if (existing) {
    return
  }
  const { result } = await createUsersWorkflow(container).run({ input: { users: [{ email }] } })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new Error(`could not create the demo admin login: ${error}`)
  }
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0].id } })
  log(`admin user ${email} created (demo password "${password}")`)
}

async function ensureNewsroom({ container, log }: Ctx) {
  const news: NewsModuleService = container.resolve(NEWS_MODULE)
  const ensureByHandle = async <T extends { handle: string }>(
    wanted: T[],
    list: (handles: string[]) => Promise<{ id: string; handle: string }[]>,
    create: (missing: T[]) => Promise<unknown>,
    label: string
  ) => {
    const handles = wanted.map((item) => item.handle)
    const existing = new Set((await list(handles)).map((item) => item.handle))
    const missing = wanted.filter((item) => !existing.has(item.handle))
    if (missing.length) {
      await create(missing)
      log(`${missing.length} ${label} created`)
    }
    return new Map((await list(handles)).map((item) => [item.handle, item.id]))
  }
  const topicIds = await ensureByHandle(topics, (handle) => news.listTopics({ handle }), (m) => news.createTopics(m), "news topics")
  const authorIds = await ensureByHandle(authors, (handle) => news.listAuthors({ handle }), (m) => news.createAuthors(m), "authors")

  const existing = new Set(
    (await news.listArticles({ handle: articles.map((a) => a.handle) }, { select: ["handle"] })).map((a) => a.handle)
  )
  const missing = articles.filter((article) => !existing.has(article.handle))
  if (!missing.length) {
    return
  }
  const { data: featured } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: [...new Set(missing.flatMap((a) => a.featured_products))] },
  })
  const productIds = new Map(featured.map((p: { id: string; handle: string }) => [p.handle, p.id]))
  const topicOf = new Map(topics.map((t) => [t.handle, t]))
  const heroes = await uploadHeroes(container, missing.map((a) => ({ handle: a.handle, title: a.title, topic: topicOf.get(a.topic) ?? null })))
  const day = 86_400_000
  for (const [position, article] of missing.entries()) {
    await createArticleWorkflow(container).run({
      input: {
        handle: article.handle,
        title: article.title,
        summary: article.summary,
        body: article.body,
        hero_image: heroes[position],
        status: article.status,
        published_at: article.status === "draft" ? null : new Date(Date.now() - article.published_days_ago * day),
        source_text: article.source?.text ?? null,
        source_url: article.source?.url ?? null,
        citations: article.citations ?? null,
        topic_id: topicIds.get(article.topic)!,
        author_id: authorIds.get(article.author)!,
        featured_product_ids: article.featured_products.map((handle) => productIds.get(handle)!),
      },
    })
    log(`articles ${position + 1}/${missing.length} created`)
  }
}
