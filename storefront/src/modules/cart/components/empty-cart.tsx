import Link from "next/link"

export default function EmptyCart() {
  return (
    <section className="mx-auto my-12 max-w-xl rounded-lg border border-sand-200 bg-white p-8 text-center">
      <h2 className="mb-2 font-serif text-2xl font-semibold text-bark-900">Your cart is empty</h2>
      <p className="mb-6 text-bark-600">Find something good for you in our natural supplements.</p>
      <Link
        href="/store"
        className="inline-flex rounded-md bg-leaf-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-leaf-800"
      >
        Continue shopping
      </Link>
    </section>
  )
}
