import type { Metadata } from "next"
import { connection } from "next/server"

import { hasPublishableKey } from "@/lib/config"
import { listCategories } from "@/lib/data/categories"
import TopicTiles from "@/modules/categories/components/topic-tiles"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"

export const metadata: Metadata = {
  title: "Shop by health topic",
  description:
    "Supplements grouped by health topic: fibromyalgia, chronic fatigue, Lyme disease, sleep, energy, digestion, immunity and more.",
  alternates: { canonical: "/categories" },
}

export default async function CategoriesPage() {
  await connection()
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const categories = await listCategories()
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Health topics", href: "/categories" },
        ]}
      />
      <PageHeading title="Shop by health topic" description="Find supplements chosen for what matters to you." />
      <TopicTiles categories={categories} headingLevel={2} />
    </div>
  )
}
