import { logout } from "@/modules/account/actions"
import SubmitButton from "@/modules/common/components/form/submit-button"

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
