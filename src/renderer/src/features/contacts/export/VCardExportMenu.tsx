import type { ReactElement } from 'react'
import { useNavigate } from 'react-router'
import {
  Button,
  Menu,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
} from '@fluentui/react-components'
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons'
import { fileStamp } from '@shared/dates'
import type { Contact } from '@shared/model/contact'
import {
  contactsToVCards,
  VCARD_VERSIONS,
  type VCardContext,
  type VCardVersion,
} from '@shared/vcard'
import { errorText, useBusyRun, useNotify, useT } from '@renderer/components'
import { useRepos } from '@renderer/db/DbContext'
import { useOrganizations, usePartnerCities } from '@renderer/db/hooks'
import { saveFile } from '@renderer/platform'

/** The organizations and cities a card names, from the live tables. */
/** Organizations and cities live; photos are read per export, for the contacts it writes. */
function useVCardContext(): (contacts: readonly Contact[]) => Promise<VCardContext> {
  const organizations = useOrganizations({ includeDeleted: true })
  const cities = usePartnerCities()
  const repos = useRepos()
  return async (contacts) => {
    const photos = await repos.contactPhotos.photosOf(contacts.map((c) => c.id))
    return {
      organizationOf: (id) => organizations?.find((o) => o.id === id),
      cityOf: (id) => cities?.find((c) => c.id === id),
      photoOf: (id) => photos.get(id),
    }
  }
}

type Selection = { key: 'all' | 'shown' | 'one'; contacts: readonly Contact[] }

function fileName(selection: Selection, version: VCardVersion): string {
  const [only] = selection.contacts
  const base =
    selection.key === 'one' && only
      ? [only.givenName, only.familyName]
          .filter(Boolean)
          .join('-')
          .replace(/[\\/:*?"<>|\s]+/g, '-')
      : `contacts-${fileStamp(new Date())}`
  return `${base || 'contact'}${version === '3.0' ? '-vcard3' : ''}.vcf`
}

export type VCardExportMenuProps = {
  /** What can be exported: all and the filtered list (contacts page) or one contact. */
  selections: Selection[]
}

/** "Export vCard": each selection in 4.0 and in 3.0 for older Outlook, saved where chosen. */
export function VCardExportMenu({ selections }: VCardExportMenuProps): ReactElement {
  const { t, lang } = useT()
  const notify = useNotify()
  const contextFor = useVCardContext()
  const { busy, showSpinner, run } = useBusyRun()

  const save = async (selection: Selection, version: VCardVersion): Promise<void> => {
    try {
      const context = await contextFor(selection.contacts)
      const content = contactsToVCards(selection.contacts, context, version)
      const saved = await saveFile({
        suggestedName: fileName(selection, version),
        filters: [{ name: 'vCard', extensions: ['vcf'] }],
        content,
      })
      if (saved.status !== 'saved') return
      notify({
        title: t('addressBook.export.saved'),
        body: t('addressBook.export.savedBody', {
          count: selection.contacts.length,
          path: saved.path,
        }),
      })
    } catch (error) {
      notify({
        intent: 'error',
        title: t('addressBook.export.failed', { reason: errorText(error, t, lang) }),
      })
    }
  }

  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          icon={showSpinner ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
          disabled={busy}
        >
          {t('addressBook.export.button')}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {VCARD_VERSIONS.map((version) => (
            <MenuGroup key={version}>
              <MenuGroupHeader>
                {t(`addressBook.export.version${version === '4.0' ? '4' : '3'}`)}
              </MenuGroupHeader>
              {selections.map((selection) => (
                <MenuItem
                  key={selection.key}
                  disabled={selection.contacts.length === 0}
                  onClick={() => void run(() => save(selection, version))}
                >
                  {t(`addressBook.export.${selection.key}`, { count: selection.contacts.length })}
                </MenuItem>
              ))}
            </MenuGroup>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  )
}

/** The contacts page's address-book buttons: import, and export of all or the shown contacts. */
export function AddressBookActions(props: {
  all: readonly Contact[] | undefined
  shown: readonly Contact[]
}): ReactElement {
  const { t } = useT()
  const navigate = useNavigate()
  return (
    <>
      <Button icon={<ArrowUploadRegular />} onClick={() => void navigate('/contacts/import')}>
        {t('addressBook.import.open')}
      </Button>
      <VCardExportMenu
        selections={[
          { key: 'all', contacts: props.all ?? [] },
          { key: 'shown', contacts: props.shown },
        ]}
      />
    </>
  )
}
