/** Store routes name the customer, whose autoship it must be; staff (admin routes, jobs) do not. */
export type AutoshipActionInput = { autoship_id: string; customer_id?: string; now?: Date }
