/** Limits, patterns and header names that both apps must spell the same way. */

/** A handle: lowercase words joined by dashes (articles, topics, authors, brands). */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const MAX_HANDLE_LENGTH = 120
export const MAX_ARTICLE_HANDLE_LENGTH = 200

export const REGION_ID_PATTERN = /^reg_[A-Za-z0-9]+$/
export const PRODUCT_ID_PATTERN = /^prod_[A-Za-z0-9]+$/
/** Ids of our own records (comments, articles...) as they appear in forms and links. */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_]{1,100}$/

/** What no reader types: control characters (PostgreSQL also refuses NUL in text). */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/
/** The same, but tab and line breaks allowed (multi-line text). */
export const CONTROL_CHARACTERS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

export const MAX_EMAIL_LENGTH = 254
/** A commenter's name. */
export const MAX_NAME_LENGTH = 80
/** A comment's text, in UTF-16 code units (what a textarea's `maxLength` counts). */
export const MAX_COMMENT_LENGTH = 5000
/** Units of one product per autoship delivery (in limits so the change form reads it without zod). */
export const MAX_AUTOSHIP_QUANTITY = 20
/** A review's stars and lengths (in limits so the storefront's review form reads them without zod). */
export const MIN_REVIEW_RATING = 1
export const MAX_REVIEW_RATING = 5
export const MAX_REVIEW_TITLE_LENGTH = 120
export const MIN_REVIEW_BODY_LENGTH = 20
export const MAX_REVIEW_BODY_LENGTH = 5000
export const MAX_REVIEW_REPLY_LENGTH = 3000
/** Forum threads and posts, in UTF-16 code units. */
export const MIN_FORUM_THREAD_TITLE_LENGTH = 5
export const MAX_FORUM_THREAD_TITLE_LENGTH = 150
export const MAX_FORUM_POST_LENGTH = 10000
export const MAX_FORUM_REPORT_NOTE_LENGTH = 500
/** Posts per thread page, and threads per forum page. */
export const FORUM_POSTS_PER_PAGE = 20
export const FORUM_THREADS_PER_PAGE = 25
/** Why a reader reports a forum post. */
export const FORUM_REPORT_REASONS = ["spam", "abuse", "off_topic", "medical_misinformation", "other"] as const
export type ForumReportReason = (typeof FORUM_REPORT_REASONS)[number]
/** What a search box sends. */
export const MAX_SEARCH_TEXT_LENGTH = 200

/** The seconds a busy store asks for (`Retry-After` of its 409) before a checkout is tried again. */
export const BUSY_RETRY_SECONDS = 2

/** The header that proves a request comes from our storefront (value: STOREFRONT_PROXY_SECRET). */
export const STOREFRONT_PROOF_HEADER = "x-storefront-proof"
/** The header that carries an anonymous reader's signed visitor token (votes). */
export const VISITOR_TOKEN_HEADER = "x-visitor-token"

/**
 * Items total (in the store currency, major units) from which standard shipping is free: the seed's
 * shipping price rule, and the storefront's "away from free shipping" line, read this one number.
 */
export const FREE_SHIPPING_FROM = 49
