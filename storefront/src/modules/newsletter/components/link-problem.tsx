import Link from "next/link"

/** The page an expired or altered email link leads to: what went wrong and how to get a fresh link. */
export default function LinkProblem({ message }: { message: string }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="font-serif text-3xl font-semibold text-bark-900">This link didn&apos;t work</h1>
      <p role="alert" className="text-bark-700">
        {message}
      </p>
      <p>
        <Link href="#newsletter-signup" className="font-semibold text-leaf-700 hover:underline">
          Sign up again
        </Link>{" "}
        and we&apos;ll email you a fresh link.
      </p>
    </div>
  )
}
