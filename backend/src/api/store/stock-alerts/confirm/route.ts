import { stockAlertLinkRoutes } from "../link"

/** GET, POST /store/stock-alerts/confirm: a guest's double opt-in; the alert then waits in line. */
export const { GET, POST } = stockAlertLinkRoutes("confirm")
