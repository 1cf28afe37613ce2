export { buildLetters, closingOf, salutationOf, type LetterOptions } from './buildLetters'
export {
  LETTER_KINDS,
  loadLettersData,
  LettersDataError,
  type LetterKind,
  type LettersData,
} from './lettersData'
export {
  followUpsTickedByThanks,
  isThankYouFollowUp,
  offersThankYouFollowUp,
  thankYouFollowUpInput,
  thankYouFollowUpText,
} from './thankYouFollowUp'
