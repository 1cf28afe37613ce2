import type { FollowUp, FollowUpInput } from '@shared/model/gift'
import { blankToNull, nullToBlank } from '@renderer/components/form/converters'

export type FollowUpFormValues = {
  what: string
  owner: string
  dueDate: string
  status: FollowUp['status']
}

export function emptyFollowUpForm(): FollowUpFormValues {
  return { what: '', owner: '', dueDate: '', status: 'open' }
}

export function followUpToFormValues(followUp: FollowUp): FollowUpFormValues {
  return {
    what: followUp.what,
    owner: followUp.owner,
    dueDate: nullToBlank(followUp.dueDate),
    status: followUp.status,
  }
}

/**
 * `doneAt` is kept when an item was already done, set to today (home zone) when it becomes done,
 * and cleared when it is reopened or dropped: the strategy report measures "done on time" by it.
 */
export function followUpFormToInput(
  values: FollowUpFormValues,
  context: { visitId: string; today: string; previousDoneAt: string | null },
): FollowUpInput {
  return {
    visitId: context.visitId,
    what: values.what,
    owner: values.owner,
    dueDate: blankToNull(values.dueDate),
    status: values.status,
    doneAt: values.status === 'done' ? (context.previousDoneAt ?? context.today) : null,
  }
}
