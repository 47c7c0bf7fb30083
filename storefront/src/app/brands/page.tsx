import type { Metadata } from "next"
import { connection } from "next/server"

import { hasPublishableKey } from "@/lib/config"
import { listBrands } from "@/lib/data/brands"
import BrandIndex from "@/modules/brands/components/brand-index"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Notice from "@/modules/common/components/notice"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"

export const metadata: Metadata = {
  title: "Brands A–Z",
  description: "Every supplement brand we carry, from A to Z, with the number of products each one makes.",
  alternates: { canonical: "/brands" },
}

export default async function BrandsPage() {
  await connection()
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const brands = await listBrands()
  const visible = brands.filter((brand) => brand.product_count > 0)

  return (
    <div>
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Brands", href: "/brands" },
        ]}
      />
      <PageHeading
        title="Brands A–Z"
        description="The makers behind our shelves: independent, quality-minded supplement brands."
        meta={`${visible.length} brands`}
      />
      {visible.length === 0 ? (
        <Notice title="No brands yet" headingLevel={2}>
          <p>Our brand directory is being stocked. Please check back soon.</p>
        </Notice>
      ) : (
        <BrandIndex brands={visible} />
      )}
    </div>
  )
}
