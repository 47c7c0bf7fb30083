import { logout } from "@/lib/data/customer"
import SubmitButton from "@/modules/checkout/components/submit-button"

/** Log out; a plain form so it works without JavaScript. */
export default function LogoutButton() {
  return (
    <form action={logout}>
      <SubmitButton variant="secondary" pendingText="Logging out…">
        Log out
      </SubmitButton>
    </form>
  )
}
