import { STORE_NAME } from "@/lib/site"

export default function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-sand-200 bg-sand-100 text-sm text-bark-600">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8">
        <p className="font-semibold text-bark-700">{STORE_NAME}</p>
        <p>
          These statements have not been evaluated by the Food and Drug Administration. Our
          products are not intended to diagnose, treat, cure or prevent any disease.
        </p>
      </div>
    </footer>
  )
}
