export { OFFICE_RULES, officeRuleFor, type OfficeRule } from './officeRules'
export { parsePrefix, type PrefixParts } from './honorifics'
export {
  suggestAddressForm,
  type AddressGender,
  type AddressPerson,
  type SuggestedAddressForm,
} from './suggestAddressForms'
