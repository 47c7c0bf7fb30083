import { permanentRedirect } from "next/navigation"

/** There is no separate product index: the store is it. */
export default function ProductsIndexPage() {
  permanentRedirect("/store")
}
