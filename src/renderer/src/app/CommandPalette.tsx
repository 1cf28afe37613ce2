import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react'
import { useLocation, useNavigate } from 'react-router'
import {
  Dialog,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Input,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components'
import { displayName } from '@shared/domain/personName'
import {
  paletteKey,
  searchPalette,
  type PaletteEntry,
  type PaletteGroup,
} from '@shared/keyboard/paletteSearch'
import { contactKeys } from '@shared/search/contactSearch'
import {
  VISIT_DOCUMENTS,
  visitDocumentLabelKey,
  visitDocumentPath,
  visitIdOfPath,
} from '@shared/documents/visitDocuments'
import { useT } from '../components'
import { useRepos } from '../db/DbContext'
import { useContacts, useOrganizations, usePartnerCities, useVisits } from '../db/hooks'
import { targetOfCommand, type MenuNavigationState } from './menuCommands'

const useStyles = makeStyles({
  surface: { maxWidth: '640px', alignSelf: 'start', marginTop: '10vh' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  input: { width: '100%' },
  list: { maxHeight: '50vh', overflowY: 'auto', marginTop: tokens.spacingVerticalS },
  heading: {
    display: 'block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3,
  },
  option: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
  },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `2px solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
  },
  empty: { display: 'block', padding: tokens.spacingVerticalS },
})

const LIST_ID = 'command-palette-list'

/**
 * Ctrl+K: jump to a visit, contact, partner city or organization by name, or run a command. An
 * ARIA combobox: the field keeps the focus, arrows move the active option, Enter runs it, Esc
 * closes, and the focus goes back where it was.
 */
export default function CommandPalette(props: {
  onClose: () => void
  onShowShortcuts: () => void
}): ReactElement {
  const { t, lang } = useT()
  const styles = useStyles()
  const navigate = useNavigate()
  const location = useLocation()
  const repos = useRepos()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  // Esc gives the focus back; a jump gives the new screen's start, so Tab begins at its top.
  const returnFocus = useRef<Element | null>(document.activeElement)
  useEffect(() => {
    const back = returnFocus
    return () => {
      const target = back.current
      if (target instanceof HTMLElement && target.isConnected) target.focus()
    }
  }, [])

  const contacts = useContacts()
  const visits = useVisits()
  const cities = usePartnerCities()
  const organizations = useOrganizations()
  const visitId = visitIdOfPath(location.pathname)

  const actions = useMemo(() => {
    const other = lang === 'de' ? 'en' : 'de'
    const list: { id: string; label?: string; run: () => void }[] = [
      { id: 'newVisit', run: () => void navigate('/visits/new') },
      { id: 'newContact', run: () => void navigate('/contacts/new') },
      {
        id: 'exportBackup',
        run: () => {
          const target = targetOfCommand('export-backup')
          const state: MenuNavigationState | null = target.focus
            ? { menuFocus: target.focus }
            : null
          void navigate(target.path, { state })
        },
      },
      { id: 'settings', run: () => void navigate('/settings') },
      { id: 'switchLanguage', run: () => void repos.settings.update({ uiLanguage: other }) },
      { id: 'shortcuts', run: props.onShowShortcuts },
      // The same list as File → Documents of this visit.
      ...(visitId
        ? VISIT_DOCUMENTS.map((document) => ({
            id: `document:${document}`,
            label: `${t('visitDocuments.palette')}: ${t(visitDocumentLabelKey(document))}`,
            run: () => void navigate(visitDocumentPath(visitId, document)),
          }))
        : []),
    ]
    return list
  }, [lang, navigate, repos, props.onShowShortcuts, visitId, t])

  // Keys are built when the data changes, not per keystroke; contacts' come from the app's cache.
  const sources = useMemo(
    () => ({
      actions: actions.map((a) => {
        const label = a.label ?? t(`keyboard.palette.action.${a.id}`)
        return { id: a.id, label, key: paletteKey(label) }
      }),
      visits: (visits ?? []).map((v) => ({ id: v.id, label: v.title, key: paletteKey(v.title) })),
      contacts: (contacts ?? []).map((c) => ({
        id: c.id,
        label: c.nativeName ? `${displayName(c)} (${c.nativeName})` : displayName(c),
        key: contactKeys.keyOf(c, [], []),
      })),
      cities: (cities ?? []).map((c) => ({
        id: c.id,
        label: c.name[lang] || c.name.de,
        key: paletteKey(c.name.de, c.name.en),
      })),
      organizations: (organizations ?? []).map((o) => ({
        id: o.id,
        label: o.name,
        key: paletteKey(o.name),
      })),
    }),
    [actions, visits, contacts, cities, organizations, t, lang],
  )
  const results = useMemo(() => searchPalette(sources, query), [sources, query])
  const flat = results.flatMap((r) => r.entries.map((entry) => ({ group: r.group, entry })))
  const current = Math.min(active, Math.max(flat.length - 1, 0))

  const open = (group: PaletteGroup, entry: PaletteEntry): void => {
    returnFocus.current = document.getElementById('main-content')
    props.onClose()
    switch (group) {
      case 'actions':
        actions.find((a) => a.id === entry.id)?.run()
        return
      case 'visits':
        void navigate(`/visits/${entry.id}`)
        return
      case 'contacts':
        void navigate(`/contacts/${entry.id}`)
        return
      case 'cities':
        void navigate(`/cities/${entry.id}`)
        return
      case 'organizations':
        void navigate(`/organizations/${entry.id}`)
        return
      default: {
        const never: never = group
        throw new Error(`unknown group ${String(never)}`)
      }
    }
  }

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (flat.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current + step + flat.length) % flat.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const hit = flat[current]
      if (hit) open(hit.group, hit.entry)
    }
  }

  const optionId = (i: number): string => `${LIST_ID}-${i}`
  let index = -1
  return (
    <Dialog open onOpenChange={(_, data) => (data.open ? undefined : props.onClose())}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        {/* Not DialogBody: its grid keeps the field and the list to a narrow column. */}
        <div className={styles.body}>
          <DialogTitle>{t('keyboard.palette.title')}</DialogTitle>
          <DialogContent>
            <Input
              className={styles.input}
              autoFocus
              value={query}
              placeholder={t('keyboard.palette.placeholder')}
              aria-label={t('keyboard.palette.label')}
              role="combobox"
              aria-expanded={flat.length > 0}
              aria-controls={LIST_ID}
              aria-autocomplete="list"
              aria-activedescendant={flat.length > 0 ? optionId(current) : undefined}
              onChange={(_, data) => {
                setQuery(data.value)
                setActive(0)
              }}
              onKeyDown={onKeyDown}
            />
            <div
              id={LIST_ID}
              role="listbox"
              aria-label={t('keyboard.palette.label')}
              className={styles.list}
            >
              {results.map((result) => (
                <div key={result.group} role="group" aria-labelledby={`${LIST_ID}-${result.group}`}>
                  <Text
                    id={`${LIST_ID}-${result.group}`}
                    size={200}
                    weight="semibold"
                    className={styles.heading}
                  >
                    {t(`keyboard.palette.group.${result.group}`)}
                  </Text>
                  {result.entries.map((entry) => {
                    index += 1
                    const i = index
                    return (
                      <div
                        key={entry.id}
                        id={optionId(i)}
                        role="option"
                        aria-selected={i === current}
                        className={mergeClasses(styles.option, i === current && styles.active)}
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={() => open(result.group, entry)}
                      >
                        {entry.label}
                      </div>
                    )
                  })}
                </div>
              ))}
            </div>
            {flat.length === 0 ? (
              <Text role="status" className={styles.empty}>
                {t('keyboard.palette.empty')}
              </Text>
            ) : null}
          </DialogContent>
        </div>
      </DialogSurface>
    </Dialog>
  )
}
