import { cancelAutoshipWorkflow } from "../../../../../workflows/autoship/cancel-autoship"
import { autoshipActionRoute } from "../action"

/** POST /admin/autoships/:id/cancel: cancels the autoship on the customer's behalf. */
export const POST = autoshipActionRoute(cancelAutoshipWorkflow)
