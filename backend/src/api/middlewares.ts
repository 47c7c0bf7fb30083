import {
  authenticate,
  configureStoreSearch,
  type AuthenticatedMedusaRequest,
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import * as CartQueryConfig from "@medusajs/medusa/api/store/carts/query-config"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  AddAutoshipItemBody,
  AddToAutoshipBody,
  AUTOSHIP_LINE_METADATA_KEY,
  AutoshipLinkBody,
  SetCartLineIntervalBody,
  UpdateAutoshipBody,
  AdminAutoshipsQuery,
  AdminContentPerformanceQuery,
  AdminCreateArticleBody,
  AdminCreateAuthorBody,
  AdminCreateBrandBody,
  AdminCreatePageBody,
  AdminListContactMessagesQuery,
  AdminListPagesQuery,
  AdminUpdateContactMessageBody,
  AdminUpdatePageBody,
  CreateContactMessageBody,
  AdminCreateForumBanBody,
  AdminCreateForumBody,
  AdminDeleteForumContentBody,
  AdminListForumBansQuery,
  AdminListForumPostsQuery,
  AdminListForumThreadsQuery,
  AdminModerateForumPostBody,
  AdminModerateForumPostsBody,
  AdminReorderForumsBody,
  AdminUpdateForumBody,
  AdminUpdateForumThreadBody,
  AdminCreateTopicBody,
  AdminExportSubscribersQuery,
  AdminListArticlesQuery,
  AdminListCommentsQuery,
  AdminListReviewsQuery,
  AdminListSubscribersQuery,
  AdminModerateCommentBody,
  AdminModerateCommentsBody,
  AdminModerateReviewsBody,
  AdminProductSuggestionsBody,
  AdminSetProductBrandBody,
  AdminSupplementFactsBody,
  StoreProductFactsQuery,
  AdminStockDemandQuery,
  AdminUpcomingShipmentsQuery,
  AdminUpdateArticleBody,
  AdminUpdateReviewBody,
  ArticleQuery,
  AutoshipSettingsBody,
  ClubPricesQuery,
  CreateCommentBody,
  CreateForumPostBody,
  CreateForumReportBody,
  CreateForumThreadBody,
  CreateReviewBody,
  CreateStockAlertBody,
  CustomerNewsletterBody,
  ForumUnfollowTokenBody,
  HANDLE_PATTERN,
  ListArticlesQuery,
  ListCommentsQuery,
  ListForumThreadsQuery,
  ForumThreadPageQuery,
  ListReviewsQuery,
  NewsletterTokenBody,
  OwnReviewsQuery,
  RegisterIdentityBody,
  SearchBody,
  SetTopicsBody,
  StockAlertTokenBody,
  StoreArticleClickBody,
  StoreArticleReadBody,
  StoreCartAttributionBody,
  SubscribeBody,
  TrendingArticlesQuery,
  UpdateReviewBody,
} from "@supplement-store/contract"
import { z } from "@medusajs/framework/zod"
import { settings } from "../lib/config"
import { SUPPLEMENT_FACTS_MODULE } from "../modules/supplement-facts"
import type SupplementFactsModuleService from "../modules/supplement-facts/service"
import { admitCheckout } from "./utils/checkout-admission"
import { clientHash, saltedHash } from "./utils/client"
import { errorHandler } from "./utils/error-handler"
import { guardStoreQuery } from "./utils/guard-store-query"
import { rateLimit } from "./utils/rate-limit"
import { parse, validateBody, validateHandleParam, validateIdParam, validateQuery } from "./utils/validate"
import { acceptStripeWebhook, STRIPE_WEBHOOK_PATH } from "./utils/stripe-webhook"
import { knownVisitor } from "./utils/voter"

const BrandHandles = z.union([z.string(), z.array(z.string())]).transform((value) => [value].flat())

/**
 * Narrows the store product list's `id` filter (Medusa's own) to `productIds`, keeping only ids an
 * earlier filter allowed. An id no product has keeps an empty match an empty page rather than "no
 * filter at all".
 */
function narrowProductIds(req: MedusaRequest, productIds: string[]) {
  const requestedIds = req.query.id === undefined ? undefined : [req.query.id].flat().map(String)
  const ids = requestedIds ? productIds.filter((id) => requestedIds.includes(id)) : productIds
  req.query.id = ids.length ? ids : ["prod_none"]
}

/**
 * Lets the store's product list filter by brand (`/store/products?brand=a&brand=b`): the handles are
 * turned into the product `id` filter that Medusa's own route already understands.
 */
async function filterProductsByBrand(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const raw = req.query.brand
  if (raw === undefined) {
    return next()
  }
  delete req.query.brand
  const parsed = BrandHandles.safeParse(raw)
  if (!parsed.success || parsed.data.length > 50 || !parsed.data.every((h) => HANDLE_PATTERN.test(h))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "brand must be one or more brand handles, like brand=northridge-botanicals")
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "brand", fields: ["products.id"], filters: { handle: parsed.data } })
  const brandProductIds = data.flatMap((brand) => (brand.products ?? []).map((p: { id: string } | null) => p!.id))
  narrowProductIds(req, brandProductIds)
  next()
}

/**
 * Lets the store's product list filter by label (`?form=capsule&diet=vegan&ingredient=Magnesium`): the
 * matching products become the `id` filter Medusa's route understands, as with brands.
 */
async function filterProductsByFacts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { form, diet, ingredient } = req.query
  if (form === undefined && diet === undefined && ingredient === undefined) {
    return next()
  }
  delete req.query.form
  delete req.query.diet
  delete req.query.ingredient
  const filter = parse(StoreProductFactsQuery, { form, diet, ingredient }, "product filter") as z.output<typeof StoreProductFactsQuery>
  const matching = await req.scope
    .resolve<SupplementFactsModuleService>(SUPPLEMENT_FACTS_MODULE)
    .listProductIdsMatching({ forms: filter.form, diets: filter.diet, ingredients: filter.ingredient })
  narrowProductIds(req, matching)
  next()
}

/**
 * Lets storefronts ask for what our links add to a product on Medusa's store product routes: its brand
 * (`fields=+brand.*`), its rating summary (`fields=+review_summary.*`, stars on cards) and its label
 * (`fields=+supplement_facts.*`).
 */
function allowLinkedProductFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), "brand", "review_summary", "supplement_facts"]
  next()
}

/**
 * Checks a search request against the contract's stricter schema before Medusa's route (which
 * validates again with its own) sees it, so hostile or oversized queries get a 400 that says what is
 * wrong.
 */
const guardSearchRequest = validateBody(SearchBody, "search request")

// Every keystroke of the header box is a search, so the limit is generous; the benchmark raises it.
const searchLimits = rateLimit({
  name: "search-client",
  points: settings.search.rateLimitPerMinute,
  duration: 60,
  key: (req) => clientHash(req),
})

const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

// Writes that strangers can make: counted per client (hashed address) and per logged-in customer.
const commentLimits = rateLimit(
  { name: "comment-client", points: 5, duration: 600, key: (req) => clientHash(req) },
  { name: "comment-customer", points: 10, duration: 600, key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id }
)
// Reviews: written by customers only, so each account counts too; an edit counts like a new review.
const reviewLimits = rateLimit(
  { name: "review-client", points: 5, duration: 600, key: (req) => clientHash(req) },
  { name: "review-customer", points: 10, duration: 600, key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id }
)
const customerOnly = authenticate("customer", ["session", "bearer"])
// Forum threads and replies: customers only, counted per client and per account like comments.
const forumPostLimits = rateLimit(
  { name: "forum-client", points: 10, duration: 600, key: (req) => clientHash(req) },
  { name: "forum-customer", points: 10, duration: 600, key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id }
)
// Reports and follows change nothing readers see at once, so they may come more often.
const forumReaderLimits = rateLimit(
  { name: "forum-reader-client", points: 60, duration: 600, key: (req) => clientHash(req) },
  { name: "forum-reader-customer", points: 30, duration: 600, key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id }
)
const voteLimits = rateLimit({ name: "vote-client", points: 30, duration: 60, key: (req) => clientHash(req) })
const signupLimits = rateLimit({ name: "newsletter-client", points: 10, duration: 600, key: (req) => clientHash(req) })
const newsletterLinkLimits = rateLimit({ name: "newsletter-link-client", points: 30, duration: 60, key: (req) => clientHash(req) })
// Back-in-stock requests mail a stranger's address (guests): counted per client and per account or address.
const stockAlertLimits = rateLimit(
  { name: "stock-alert-client", points: 10, duration: 600, key: (req) => clientHash(req) },
  { name: "stock-alert-address", points: 10, duration: 3600, key: stockAlertAddressKey }
)
// Contact forms mail staff and the sender: counted per client, per account and per address given.
const contactLimits = rateLimit(
  { name: "contact-client", points: 5, duration: 600, key: (req) => clientHash(req) },
  { name: "contact-customer", points: 5, duration: 600, key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id },
  { name: "contact-address", points: 5, duration: 3600, key: (req) => bodyEmailKey(req, "contact") }
)
const stockAlertLinkLimits = rateLimit({ name: "stock-alert-link-client", points: 30, duration: 60, key: (req) => clientHash(req) })
// Unfollow links of forum digests: guessing tokens is pointless (signed), but each try costs a verify and a read.
const forumUnfollowLimits = rateLimit({ name: "forum-unfollow-client", points: 30, duration: 60, key: (req) => clientHash(req) })
// The store cart a cart route answers with, as Medusa's own cart routes choose its fields.
const cartQuery = validateAndTransformQuery(StoreGetCartsCart, CartQueryConfig.retrieveTransformQueryConfig)

/** Autoship lines come from our route, at the member price; metadata naming an interval is refused elsewhere. */
function refuseAutoshipMetadata(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = (req.body as { metadata?: Record<string, unknown> } | undefined)?.metadata
  if (metadata && typeof metadata === "object" && AUTOSHIP_LINE_METADATA_KEY in metadata) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Add autoship items through /store/carts/:id/autoship-items"))
  }
  next()
}

const autoshipLimits = rateLimit(
  { name: "autoship-client", points: 60, duration: 600, key: (req) => clientHash(req) },
  { name: "autoship-customer", points: 30, duration: 600, key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id }
)
const autoshipLinkLimits = rateLimit({ name: "autoship-link-client", points: 30, duration: 60, key: (req) => clientHash(req) })
// The article editor asks as the editor types (debounced); each ask is a search per salient term.
const suggestionLimits = rateLimit(
  { name: "suggestions-client", points: 240, duration: 60, key: (req) => clientHash(req) },
  { name: "suggestions-user", points: 120, duration: 60, key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id }
)
// Attribution: a write per article read, product click and add-to-cart, counted per client and per visitor token.
const attributionLimits = rateLimit(
  { name: "attribution-client", points: 120, duration: 60, key: (req) => clientHash(req) },
  { name: "attribution-visitor", points: 60, duration: 60, key: knownVisitor }
)
const viewLimits = rateLimit({ name: "view-client", points: 120, duration: 60, key: (req) => clientHash(req) })

/** The address a request's body gives (`email`), hashed for the counter named `purpose`. */
function bodyEmailKey(req: MedusaRequest, purpose: string): string | undefined {
  const email = (req.body as { email?: unknown } | undefined)?.email
  return typeof email === "string" && email.trim() ? saltedHash(req, purpose, email.trim().toLowerCase()) : undefined
}

/** Who a back-in-stock request is for: the logged-in customer, or the address a guest gives (hashed). */
function stockAlertAddressKey(req: MedusaRequest): string | undefined {
  return (req as AuthenticatedMedusaRequest).auth_context?.actor_id ?? bodyEmailKey(req, "stock-alert")
}

/** The account an auth or registration request names (`email`, or `identifier` for a reset), hashed. */
function accountKey(req: MedusaRequest): string | undefined {
  const { email, identifier } = (req.body ?? {}) as Record<string, unknown>
  const named = typeof email === "string" ? email : identifier
  return typeof named === "string" && named.trim() ? saltedHash(req, "account", named.trim().toLowerCase()) : undefined
}

/** An account route's limits: per client, and per email the request names (an attacker may spread either). */
function accountLimits(name: string, { duration, perClient, perAccount, failuresOnly = false }: {
  duration: number
  perClient: number
  perAccount: number
  /** Count only answers that failed (logins: a right password gives its attempt back). */
  failuresOnly?: boolean
}) {
  return rateLimit(
    { name: `${name}-client`, points: perClient, duration, key: (req) => clientHash(req), failuresOnly },
    { name: `${name}-account`, points: perAccount, duration, key: accountKey, failuresOnly }
  )
}

// Password guessing, registration and reset-mail floods (numbers in docs/security.md).
const FIFTEEN_MINUTES = 15 * 60
const HOUR = 60 * 60
const loginLimits = accountLimits("login", { duration: FIFTEEN_MINUTES, perClient: 30, perAccount: 10, failuresOnly: true })
const registerLimits = accountLimits("register", { duration: HOUR, perClient: 20, perAccount: 5 })
const customerCreateLimits = accountLimits("customer-create", { duration: HOUR, perClient: 20, perAccount: 5 })
// The same answer, 429, for an address with an account and one without: the cap says nothing about either.
const resetLimits = accountLimits("reset", { duration: HOUR, perClient: 10, perAccount: 3 })
// The account comes from the signed reset token, which cannot be guessed; an email in the body counts too.
const passwordUpdateLimits = accountLimits("password-update", { duration: FIFTEEN_MINUTES, perClient: 10, perAccount: 10 })

export default defineMiddlewares({
  errorHandler,
  routes: [
    // Regex matchers run before the core routes' own middlewares (see Medusa's RoutesSorter).
    { matcher: /^\/store\//, method: ["GET"], middlewares: [guardStoreQuery] },
    // A regex matcher runs before the core route's strict query validation, which would refuse `brand`.
    { matcher: /^\/store\/products\/?$/, method: ["GET"], middlewares: [filterProductsByFacts, filterProductsByBrand] },
    {
      // Products (published, this sales channel: applied by Medusa's route), published articles and shown forum threads.
      matcher: /^\/store\/search\/?$/,
      method: ["POST"],
      middlewares: [
        searchLimits,
        guardSearchRequest,
        configureStoreSearch({ allowed_indexes: { product: true, article: true, forum_thread: true } }),
      ],
    },
    { matcher: /^\/store\/products(\/[^/]+)?\/?$/, method: ["GET"], middlewares: [allowLinkedProductFields] },
    // Medusa's emailpass routes for every actor (customer and admin user), and customer registration.
    { matcher: /^\/auth\/[^/]+\/emailpass\/?$/, method: ["POST"], middlewares: [loginLimits] },
    { matcher: /^\/auth\/[^/]+\/emailpass\/register\/?$/, method: ["POST"], middlewares: [registerLimits] },
    // A customer's registration is checked with the storefront's own schema, so a refusal names its field.
    { matcher: "/auth/customer/emailpass/register", method: ["POST"], middlewares: [validateBody(RegisterIdentityBody)] },
    { matcher: /^\/auth\/[^/]+\/emailpass\/reset-password\/?$/, method: ["POST"], middlewares: [resetLimits] },
    { matcher: /^\/auth\/[^/]+\/emailpass\/update\/?$/, method: ["POST"], middlewares: [passwordUpdateLimits] },
    { matcher: /^\/store\/customers\/?$/, method: ["POST"], middlewares: [customerCreateLimits] },
    // A sold-out cart is refused before it queues for Medusa's inventory lock.
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [admitCheckout] },
    {
      matcher: "/store/customers/me/autoships/payment-methods",
      method: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    {
      matcher: "/store/customers/me/club",
      method: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    // Autoship: only our route makes autoship lines (at the member price), never Medusa's own.
    { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [refuseAutoshipMetadata] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: ["POST"], middlewares: [refuseAutoshipMetadata] },
    {
      matcher: "/store/carts/:id/autoship-items",
      method: ["POST"],
      middlewares: [optionalCustomer, autoshipLimits, validateBody(AddAutoshipItemBody), cartQuery],
    },
    {
      matcher: "/store/carts/:id/autoship-items/:line_id",
      method: ["POST"],
      middlewares: [optionalCustomer, autoshipLimits, validateBody(SetCartLineIntervalBody), cartQuery],
    },
    { matcher: "/store/customers/me/autoships*", method: ["GET", "POST"], middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/customers/me/autoships*", method: ["POST"], middlewares: [autoshipLimits] },
    { matcher: "/store/customers/me/autoships/items", method: ["POST"], middlewares: [validateBody(AddToAutoshipBody)] },
    { matcher: /^\/store\/customers\/me\/autoships\/(?!items\/?$)[^/]+\/?$/, method: ["POST"], middlewares: [validateBody(UpdateAutoshipBody)] },
    { matcher: "/store/autoships/skip", method: ["POST"], middlewares: [autoshipLinkLimits, validateBody(AutoshipLinkBody)] },
    {
      matcher: "/store/club/prices",
      method: ["GET"],
      middlewares: [validateQuery(ClubPricesQuery)],
    },
    { matcher: "/store/articles", method: ["GET"], middlewares: [validateQuery(ListArticlesQuery)] },
    {
      matcher: "/store/articles/trending",
      method: ["GET"],
      middlewares: [validateQuery(TrendingArticlesQuery)],
    },
    {
      // Every article handle but "trending", which has its own route and parameters.
      matcher: /^\/store\/articles\/(?!trending\/?$)[^/]+\/?$/,
      method: ["GET"],
      middlewares: [validateQuery(ArticleQuery)],
    },
    {
      matcher: "/store/articles/:handle/comments",
      method: ["GET"],
      middlewares: [validateQuery(ListCommentsQuery)],
    },
    {
      matcher: "/store/articles/:handle/comments",
      method: ["POST"],
      middlewares: [optionalCustomer, commentLimits, validateBody(CreateCommentBody)],
    },
    // Public reads, but each one is a search per salient term: counted with the search box's searches.
    {
      matcher: "/store/articles/:handle/suggested-products",
      method: ["GET"],
      middlewares: [validateHandleParam("article"), searchLimits],
    },
    {
      matcher: "/store/products/:id/related-articles",
      method: ["GET"],
      middlewares: [validateIdParam("product"), searchLimits],
    },
    { matcher: "/store/articles/:handle/votes", method: ["GET"], middlewares: [optionalCustomer] },
    { matcher: "/store/articles/:handle/votes", method: ["POST"], middlewares: [optionalCustomer, voteLimits] },
    { matcher: "/store/articles/:handle/views", method: ["POST"], middlewares: [viewLimits] },
    { matcher: "/store/attribution/reads", method: ["POST"], middlewares: [attributionLimits, validateBody(StoreArticleReadBody)] },
    { matcher: "/store/attribution/clicks", method: ["POST"], middlewares: [attributionLimits, validateBody(StoreArticleClickBody)] },
    {
      matcher: "/store/carts/:id/attribution",
      method: ["POST"],
      middlewares: [validateIdParam("cart"), attributionLimits, validateBody(StoreCartAttributionBody)],
    },
    // Forums: readers' threads (the community domain's rules: customers write, a first post waits).
    { matcher: "/store/forums/:handle", method: ["GET"], middlewares: [validateHandleParam("forum"), validateQuery(ListForumThreadsQuery)] },
    {
      matcher: "/store/forums/:handle/threads",
      method: ["POST"],
      middlewares: [customerOnly, validateHandleParam("forum"), forumPostLimits, validateBody(CreateForumThreadBody, "thread")],
    },
    {
      matcher: "/store/forum-threads/:handle",
      method: ["GET"],
      middlewares: [validateHandleParam("thread"), validateQuery(ForumThreadPageQuery)],
    },
    {
      matcher: "/store/forum-threads/:handle/posts",
      method: ["POST"],
      middlewares: [customerOnly, validateHandleParam("thread"), forumPostLimits, validateBody(CreateForumPostBody, "post")],
    },
    { matcher: "/store/forum-threads/:handle/follow", method: ["GET"], middlewares: [customerOnly, validateHandleParam("thread")] },
    {
      matcher: "/store/forum-threads/:handle/follow",
      method: ["POST", "DELETE"],
      middlewares: [customerOnly, validateHandleParam("thread"), forumReaderLimits],
    },
    {
      matcher: "/store/forum-posts/:id/reports",
      method: ["POST"],
      middlewares: [customerOnly, validateIdParam("post"), forumReaderLimits, validateBody(CreateForumReportBody, "report")],
    },
    { matcher: "/store/products/:id/reviews", method: ["GET"], middlewares: [validateQuery(ListReviewsQuery)] },
    {
      matcher: "/store/products/:id/reviews",
      method: ["POST"],
      middlewares: [customerOnly, reviewLimits, validateBody(CreateReviewBody, "review")],
    },
    { matcher: "/store/customers/me/reviews", method: ["GET"], middlewares: [customerOnly, validateQuery(OwnReviewsQuery)] },
    {
      matcher: "/store/customers/me/reviews/:id",
      method: ["POST"],
      middlewares: [customerOnly, validateIdParam("review"), reviewLimits, validateBody(UpdateReviewBody, "review")],
    },
    // Helpful votes count readers exactly as article votes do, under the same limit.
    { matcher: "/store/reviews/:id/helpful", method: ["POST"], middlewares: [optionalCustomer, validateIdParam("review"), voteLimits] },
    { matcher: "/store/newsletter", method: ["POST"], middlewares: [optionalCustomer, signupLimits, validateBody(SubscribeBody)] },
    {
      matcher: /^\/store\/newsletter\/(confirm|unsubscribe)\/?$/,
      method: ["POST"],
      middlewares: [newsletterLinkLimits, validateBody(NewsletterTokenBody)],
    },
    {
      // Both only read: confirming takes the POST of the page's button.
      matcher: /^\/store\/newsletter\/(confirm|preferences)\/?$/,
      method: ["GET"],
      middlewares: [newsletterLinkLimits, validateQuery(NewsletterTokenBody)],
    },
    {
      matcher: "/store/newsletter/preferences",
      method: ["POST"],
      middlewares: [newsletterLinkLimits, validateBody(SetTopicsBody)],
    },
    {
      matcher: "/store/customers/me/newsletter",
      method: ["GET", "POST"],
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    {
      matcher: "/store/customers/me/newsletter",
      method: ["POST"],
      middlewares: [signupLimits, validateBody(CustomerNewsletterBody)],
    },
    {
      matcher: "/admin/newsletter/subscribers",
      method: ["GET"],
      middlewares: [validateQuery(AdminListSubscribersQuery)],
    },
    {
      matcher: "/admin/newsletter/subscribers/export",
      method: ["GET"],
      middlewares: [validateQuery(AdminExportSubscribersQuery)],
    },
    { matcher: "/store/stock-alerts", method: ["POST"], middlewares: [optionalCustomer, stockAlertLimits, validateBody(CreateStockAlertBody)] },
    { matcher: /^\/store\/stock-alerts\/(confirm|cancel)\/?$/, method: ["POST"], middlewares: [stockAlertLinkLimits, validateBody(StockAlertTokenBody)] },
    { matcher: /^\/store\/stock-alerts\/(confirm|cancel)\/?$/, method: ["GET"], middlewares: [stockAlertLinkLimits, validateQuery(StockAlertTokenBody)] },
    { matcher: "/admin/stock-alerts", method: ["GET"], middlewares: [validateQuery(AdminStockDemandQuery)] },
    { matcher: "/store/forum-follows/unsubscribe", method: ["POST"], middlewares: [forumUnfollowLimits, validateBody(ForumUnfollowTokenBody)] },
    { matcher: "/admin/comments", method: ["GET"], middlewares: [validateQuery(AdminListCommentsQuery)] },
    { matcher: "/admin/comments/batch", method: ["POST"], middlewares: [validateBody(AdminModerateCommentsBody)] },
    { matcher: /^\/admin\/comments\/(?!batch\/?$)[^/]+\/?$/, method: ["POST"], middlewares: [validateBody(AdminModerateCommentBody)] },
    { matcher: "/admin/reviews", method: ["GET"], middlewares: [validateQuery(AdminListReviewsQuery)] },
    { matcher: "/admin/reviews/batch", method: ["POST"], middlewares: [validateBody(AdminModerateReviewsBody)] },
    { matcher: "/admin/reviews/:id", method: ["POST"], middlewares: [validateIdParam("review")] },
    { matcher: /^\/admin\/reviews\/(?!batch\/?$)[^/]+\/?$/, method: ["POST"], middlewares: [validateBody(AdminUpdateReviewBody)] },
    // Forums (staff). Regular expressions carry no `:id`, so ids are checked by the string matchers; `batch`
    // and `order` are routes of their own, not ids, and take their own bodies.
    { matcher: "/admin/forums", method: ["POST"], middlewares: [validateBody(AdminCreateForumBody, "forum")] },
    { matcher: "/admin/forums/order", method: ["POST"], middlewares: [validateBody(AdminReorderForumsBody)] },
    { matcher: "/admin/forums/:id", method: ["POST"], middlewares: [validateIdParam("forum")] },
    { matcher: /^\/admin\/forums\/(?!order\/?$)[^/]+\/?$/, method: ["POST"], middlewares: [validateBody(AdminUpdateForumBody, "forum")] },
    { matcher: "/admin/forum-posts", method: ["GET"], middlewares: [validateQuery(AdminListForumPostsQuery)] },
    { matcher: "/admin/forum-posts/batch", method: ["POST"], middlewares: [validateBody(AdminModerateForumPostsBody)] },
    { matcher: "/admin/forum-posts/:id", method: ["POST"], middlewares: [validateIdParam("forum post")] },
    { matcher: /^\/admin\/forum-posts\/(?!batch\/?$)[^/]+\/?$/, method: ["POST"], middlewares: [validateBody(AdminModerateForumPostBody)] },
    {
      matcher: "/admin/forum-posts/:id/delete",
      method: ["POST"],
      middlewares: [validateIdParam("forum post"), validateBody(AdminDeleteForumContentBody)],
    },
    { matcher: "/admin/forum-threads", method: ["GET"], middlewares: [validateQuery(AdminListForumThreadsQuery)] },
    {
      matcher: "/admin/forum-threads/:id",
      method: ["POST"],
      middlewares: [validateIdParam("forum thread"), validateBody(AdminUpdateForumThreadBody, "thread")],
    },
    {
      matcher: "/admin/forum-threads/:id/delete",
      method: ["POST"],
      middlewares: [validateIdParam("forum thread"), validateBody(AdminDeleteForumContentBody)],
    },
    { matcher: "/admin/forum-bans", method: ["GET"], middlewares: [validateQuery(AdminListForumBansQuery)] },
    { matcher: "/admin/forum-bans", method: ["POST"], middlewares: [validateBody(AdminCreateForumBanBody, "ban")] },
    { matcher: "/admin/forum-bans/:customer_id", method: ["DELETE"], middlewares: [validateIdParam("ban", "customer_id")] },
    { matcher: "/admin/articles", method: ["GET"], middlewares: [validateQuery(AdminListArticlesQuery)] },
    { matcher: "/admin/articles", method: ["POST"], middlewares: [validateBody(AdminCreateArticleBody)] },
    { matcher: "/admin/articles/:id", method: ["POST"], middlewares: [validateBody(AdminUpdateArticleBody)] },
    {
      matcher: "/admin/product-suggestions",
      method: ["POST"],
      middlewares: [suggestionLimits, validateBody(AdminProductSuggestionsBody, "suggestion request")],
    },
    { matcher: "/admin/articles/:id/performance", method: ["GET"], middlewares: [validateIdParam("article"), validateQuery(AdminContentPerformanceQuery)] },
    { matcher: /^\/admin\/content-performance(\/export)?\/?$/, method: ["GET"], middlewares: [validateQuery(AdminContentPerformanceQuery)] },
    { matcher: "/admin/orders/:id/attribution", method: ["GET"], middlewares: [validateIdParam("order")] },
    { matcher: "/admin/topics", method: ["POST"], middlewares: [validateBody(AdminCreateTopicBody)] },
    { matcher: "/admin/authors", method: ["POST"], middlewares: [validateBody(AdminCreateAuthorBody)] },
    { matcher: "/admin/brands", method: ["POST"], middlewares: [validateBody(AdminCreateBrandBody)] },
    { matcher: "/store/contact-messages", method: ["POST"], middlewares: [optionalCustomer, contactLimits, validateBody(CreateContactMessageBody, "message")] },
    { matcher: "/store/pages/:handle", method: ["GET"], middlewares: [validateHandleParam("page")] },
    { matcher: "/admin/contact-messages", method: ["GET"], middlewares: [validateQuery(AdminListContactMessagesQuery)] },
    { matcher: "/admin/contact-messages/:id", method: ["GET", "POST"], middlewares: [validateIdParam("message")] },
    { matcher: "/admin/contact-messages/:id", method: ["POST"], middlewares: [validateBody(AdminUpdateContactMessageBody)] },
    { matcher: "/admin/pages", method: ["GET"], middlewares: [validateQuery(AdminListPagesQuery)] },
    { matcher: "/admin/pages", method: ["POST"], middlewares: [validateBody(AdminCreatePageBody, "page")] },
    { matcher: "/admin/pages/:id", method: ["GET", "POST", "DELETE"], middlewares: [validateIdParam("page")] },
    { matcher: "/admin/pages/:id", method: ["POST"], middlewares: [validateBody(AdminUpdatePageBody, "page")] },
    {
      matcher: "/admin/products/:id/supplement-facts",
      method: ["POST"],
      middlewares: [validateBody(AdminSupplementFactsBody, "supplement facts")],
    },
    {
      matcher: "/admin/products/:id/brand",
      method: ["POST"],
      middlewares: [validateBody(AdminSetProductBrandBody)],
    },
    { matcher: "/admin/autoships", method: ["GET"], middlewares: [validateQuery(AdminAutoshipsQuery)] },
    { matcher: "/admin/autoships/upcoming", method: ["GET"], middlewares: [validateQuery(AdminUpcomingShipmentsQuery)] },
    { matcher: "/admin/autoships/settings", method: ["POST"], middlewares: [validateBody(AutoshipSettingsBody, "autoship settings")] },
    // The signature is checked against the exact bytes Stripe signed.
    {
      matcher: STRIPE_WEBHOOK_PATH,
      method: ["POST"],
      bodyParser: { preserveRawBody: true },
      middlewares: [acceptStripeWebhook],
    },
  ],
})
