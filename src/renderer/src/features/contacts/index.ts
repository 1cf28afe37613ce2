export { ContactEditPage } from './ContactEditPage'
export { ContactsPage } from './ContactsPage'
export { ContactTrashPage } from './ContactTrashPage'
