import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONTACT_MODULE } from "../../../modules/contact"
import type ContactModuleService from "../../../modules/contact/service"
import type { NewContactMessage } from "../types"

export const createContactMessageStep = createStep(
  "create-contact-message",
  async (input: NewContactMessage, { container }) => {
    const message = await container.resolve<ContactModuleService>(CONTACT_MODULE).createContactMessages(input)
    return new StepResponse(message, message.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ContactModuleService>(CONTACT_MODULE).deleteContactMessages(id)
    }
  }
)
