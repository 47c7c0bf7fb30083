"use client"

import type { AutoshipPlanResponse } from "@supplement-store/contract"
import Link from "next/link"
import { useState } from "react"

import { VARIANT_PARAM } from "@/lib/routes"
import { formatAmount } from "@/lib/util/money"
import type { StockState } from "@/lib/util/product"
import { addToCartOrAutoship } from "@/modules/autoship/actions"
import PurchaseChoice from "@/modules/autoship/components/purchase-choice"
import AddToCart from "@/modules/cart/components/add-to-cart"
import StickyAddToCart from "@/modules/products/components/sticky-add-to-cart"
import BackInStockForm from "@/modules/reviews/components/back-in-stock-form"

/** What the picker needs to know about one variant (serialisable, prepared on the server). */
export type VariantChoice = {
  id: string
  title: string
  sku: string | null
  price: { amount: number; originalAmount: number; onSale: boolean } | null
  clubPrice: number | null
  stock: StockState
  purchasable: boolean
  /** Units on hand when inventory is managed (the most one can add). */
  maxQuantity?: number
}

type ProductActionsProps = {
  /** The product's name, for the sticky bar on small screens. */
  productTitle: string
  variants: VariantChoice[]
  initialVariantId: string | null
  currencyCode: string
  /** The option's name, e.g. "Size". */
  optionLabel: string
  /** What autoship offers (null: one-time purchases only). */
  autoshipPlan: AutoshipPlanResponse | null
}

function StockLine({ stock }: { stock: StockState }) {
  if (stock.kind === "out") {
    return <p className="font-semibold text-clay-700">Out of stock</p>
  }
  if (stock.kind === "low") {
    return <p className="font-semibold text-clay-700">{`Only ${stock.quantity} left`}</p>
  }
  return <p className="font-semibold text-leaf-700">In stock</p>
}

/** Variant picker, price, club price, stock state and add-to-cart (one-time or autoship) for the selected variant; a back-in-stock alert when it is sold out. */
export default function ProductActions({
  productTitle,
  variants,
  initialVariantId,
  currencyCode,
  optionLabel,
  autoshipPlan,
}: ProductActionsProps) {
  const [selectedId, setSelectedId] = useState<string | null>(initialVariantId ?? variants[0]?.id ?? null)
  const selected = variants.find((v) => v.id === selectedId) ?? variants[0] ?? null
  // State, not a ref: the bar observes whichever element is mounted now.
  const [anchor, setAnchor] = useState<HTMLDivElement | null>(null)

  function select(id: string) {
    setSelectedId(id)
    // Keep the choice in the URL (shareable, survives reloads) without a navigation.
    const url = new URL(window.location.href)
    url.searchParams.set(VARIANT_PARAM, id)
    window.history.replaceState(window.history.state, "", url)
  }

  if (!selected) {
    return <p className="text-bark-600">This product is not available right now.</p>
  }

  return (
    <div className="flex flex-col gap-5">
      {variants.length > 1 ? (
        // A GET form so that, without JavaScript, choosing reloads the page with ?variant=.
        <form method="get" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend className="mb-2 text-sm font-semibold text-bark-900">{optionLabel}</legend>
            <div className="flex flex-wrap gap-2">
              {variants.map((variant) => {
                const checked = variant.id === selected.id
                return (
                  <label
                    key={variant.id}
                    className={`cursor-pointer rounded-md border px-4 py-2 text-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-leaf-600 ${
                      checked
                        ? "border-leaf-600 bg-leaf-50 font-semibold text-leaf-800"
                        : "border-sand-300 bg-white text-bark-900 hover:border-leaf-400"
                    } ${variant.purchasable ? "" : "text-bark-500 line-through decoration-bark-400"}`}
                  >
                    <input
                      type="radio"
                      name={VARIANT_PARAM}
                      value={variant.id}
                      checked={checked}
                      onChange={() => select(variant.id)}
                      className="sr-only"
                    />
                    {variant.title}
                    {variant.purchasable ? null : <span className="sr-only"> (out of stock)</span>}
                  </label>
                )
              })}
            </div>
            <noscript>
              <button type="submit" className="mt-3 rounded-md border border-leaf-600 px-4 py-1.5 text-sm font-semibold text-leaf-700">
                Show price and stock
              </button>
            </noscript>
          </fieldset>
        </form>
      ) : (
        <p className="text-sm text-bark-700">
          <span className="font-semibold text-bark-900">{optionLabel}:</span> {selected.title}
        </p>
      )}

      <div aria-live="polite" className="flex flex-col gap-2">
        {selected.price ? (
          <p className="flex flex-wrap items-baseline gap-x-3 text-2xl">
            <span className={`font-semibold ${selected.price.onSale ? "text-clay-700" : "text-leaf-800"}`}>
              {selected.price.onSale ? <span className="sr-only">Sale price </span> : null}
              {formatAmount(selected.price.amount, currencyCode)}
            </span>
            {selected.price.onSale ? (
              <s className="text-lg text-bark-500">
                <span className="sr-only">Regular price </span>
                {formatAmount(selected.price.originalAmount, currencyCode)}
              </s>
            ) : null}
            {selected.price.onSale ? (
              <span className="rounded-full bg-clay-100 px-2 py-0.5 text-xs font-semibold text-clay-700 uppercase">
                {`Save ${Math.round((1 - selected.price.amount / selected.price.originalAmount) * 100)}%`}
              </span>
            ) : null}
          </p>
        ) : (
          <p className="text-bark-600">Price unavailable</p>
        )}

        {selected.clubPrice !== null ? (
          <p className="text-sm text-bark-700">
            <span className="font-semibold text-leaf-800">{`Club price ${formatAmount(selected.clubPrice, currencyCode)}`}</span>{" "}
            <Link href="/account/club" className="text-leaf-700 underline hover:text-leaf-800">
              for SmartSavings Club members (with an autoship)
            </Link>
          </p>
        ) : null}

        <StockLine stock={selected.stock} />
        {selected.sku ? <p className="text-xs text-bark-500">SKU {selected.sku}</p> : null}
      </div>

      <div ref={setAnchor}>
        {autoshipPlan ? (
          <AddToCart
            key={selected.id}
            variantId={selected.id}
            disabled={!selected.purchasable}
            maxQuantity={selected.maxQuantity}
            action={addToCartOrAutoship}
          >
            <PurchaseChoice
              intervals={autoshipPlan.intervals}
              percentOff={autoshipPlan.percent_off}
              memberPrice={selected.clubPrice !== null ? formatAmount(selected.clubPrice, currencyCode) : null}
            />
          </AddToCart>
        ) : (
          <AddToCart
            key={selected.id}
            variantId={selected.id}
            disabled={!selected.purchasable}
            maxQuantity={selected.maxQuantity}
          />
        )}
      </div>

      {selected.purchasable ? (
        <StickyAddToCart
          anchor={anchor}
          title={productTitle}
          price={selected.price ? formatAmount(selected.price.amount, currencyCode) : null}
        />
      ) : null}

      {selected.stock.kind === "out" ? <BackInStockForm key={selected.id} variantId={selected.id} /> : null}
    </div>
  )
}
