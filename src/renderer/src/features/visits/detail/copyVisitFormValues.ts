import { z } from 'zod'
import { dateSchema, requiredText } from '@shared/model/common'

/** The "copy as template" dialog's fields; the same title rules as a visit's. */
export const copyVisitFormSchema = z.object({
  title: requiredText(200),
  startDate: dateSchema,
  keepPeople: z.boolean(),
  copyLogistics: z.boolean(),
})
export type CopyVisitFormValues = z.infer<typeof copyVisitFormSchema>
