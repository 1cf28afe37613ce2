import { useState, type ReactElement, type SyntheticEvent } from 'react'
import {
  Button,
  Menu,
  MenuDivider,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
} from '@fluentui/react-components'
import {
  ArrowUndoRegular,
  DocumentRegular,
  MergeRegular,
  PersonDeleteRegular,
  ShieldPersonRegular,
} from '@fluentui/react-icons'
import type { Contact } from '@shared/model/contact'
import { useBusyRun, useT } from '@renderer/components'
import { useLastMerge } from '@renderer/db/useLastMerge'
import { EraseContactDialog } from './EraseContactDialog'
import { MergeContactDialog } from './MergeContactDialog'
import { usePersonReport } from './usePersonReport'
import { useUndoLastMerge } from './useUndoLastMerge'

const stopBubbling = (event: SyntheticEvent): void => event.stopPropagation()

/** The contact page's merge, data report and erasure actions, in one menu. */
export function ContactPrivacyMenu({ contact }: { contact: Contact }): ReactElement {
  const { t } = useT()
  const [open, setOpen] = useState<'merge' | 'erase' | null>(null)
  const lastMerge = useLastMerge()
  const undo = useUndoLastMerge()
  const report = usePersonReport()
  const { busy, showSpinner, run } = useBusyRun()
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button
            icon={showSpinner ? <Spinner size="tiny" /> : <ShieldPersonRegular />}
            disabled={busy}
          >
            {t('privacy.menu')}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<MergeRegular />} onClick={() => setOpen('merge')}>
              {t('privacy.mergeWith')}
            </MenuItem>
            <MenuItem
              icon={<ArrowUndoRegular />}
              disabled={lastMerge === null}
              onClick={() => void undo()}
            >
              {t('privacy.undoLastMerge')}
            </MenuItem>
            <MenuDivider />
            <MenuItem
              icon={<DocumentRegular />}
              onClick={() => void run(() => report(contact, 'docx'))}
            >
              {t('privacy.reportDocx')}
            </MenuItem>
            <MenuItem
              icon={<DocumentRegular />}
              onClick={() => void run(() => report(contact, 'json'))}
            >
              {t('privacy.reportJson')}
            </MenuItem>
            <MenuDivider />
            <MenuItem icon={<PersonDeleteRegular />} onClick={() => setOpen('erase')}>
              {t('privacy.eraseMenu')}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {/* React events bubble out of a portal along the component tree: without this, the
          dialog's submit or Escape would also save or cancel the contact form around the menu. */}
      <span onSubmit={stopBubbling} onKeyDown={(e) => e.key === 'Escape' && stopBubbling(e)}>
        {open === 'merge' ? (
          <MergeContactDialog contact={contact} onClose={() => setOpen(null)} />
        ) : null}
        {open === 'erase' ? (
          <EraseContactDialog contact={contact} onClose={() => setOpen(null)} />
        ) : null}
      </span>
    </>
  )
}
