import ContentPage, { contentPageMetadata } from "@/modules/pages/templates/content-page"

// Cached like articles: regenerated within a minute, or at once when staff edit the page (see /api/revalidate).
export const revalidate = 60

export const generateMetadata = () => contentPageMetadata("privacy")

export default function Page() {
  return <ContentPage handle="privacy" />
}
