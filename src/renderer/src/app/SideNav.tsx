import { useEffect, type ReactElement } from 'react'
import { NavLink, useNavigate } from 'react-router'
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import {
  BuildingRegular,
  CalendarLtrRegular,
  DataBarVerticalRegular,
  GlobeRegular,
  PeopleRegular,
  SettingsRegular,
} from '@fluentui/react-icons'
import { useT } from '../components'
import { FollowUpsNavEntry } from './FollowUpsNavEntry'
import { isMac, SECTIONS, sectionForShortcut, type Section } from './shortcuts'

const ICONS: Record<Section['key'], ReactElement> = {
  visits: <CalendarLtrRegular />,
  contacts: <PeopleRegular />,
  organizations: <BuildingRegular />,
  cities: <GlobeRegular />,
  reports: <DataBarVerticalRegular />,
  settings: <SettingsRegular />,
}

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'contents' },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    textDecoration: 'none',
    fontSize: tokens.fontSizeBase300,
    position: 'relative',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      color: tokens.colorNeutralForeground1,
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::before': {
      content: '""',
      position: 'absolute',
      left: 0,
      top: '8px',
      bottom: '8px',
      width: '3px',
      borderRadius: '2px',
      backgroundColor: tokens.colorBrandBackground,
    },
  },
  icon: { fontSize: '20px', display: 'flex' },
  // The follow-ups page belongs to the visits: indented under them.
  sub: { marginTop: tokens.spacingVerticalXXS, paddingLeft: tokens.spacingHorizontalXXL },
  shortcut: {
    marginLeft: 'auto',
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
})

/** The app's sections as real links (aria-current on the open one); Ctrl/Cmd+1…6 jump. */
export function SideNav(): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const navigate = useNavigate()
  const mac = isMac()

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const section = sectionForShortcut(event, mac)
      if (!section) return
      event.preventDefault()
      void navigate(section.path)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate, mac])

  return (
    <nav className={styles.nav} aria-label={t('nav.main')}>
      <ul className={styles.list}>
        {SECTIONS.map((section, index) => (
          <li key={section.key}>
            <NavLink
              to={section.path}
              className={({ isActive }) => mergeClasses(styles.link, isActive && styles.current)}
              aria-keyshortcuts={`${mac ? 'Meta' : 'Control'}+${index + 1}`}
            >
              <span className={styles.icon} aria-hidden>
                {ICONS[section.key]}
              </span>
              {t(`nav.${section.key}`)}
              <span className={styles.shortcut} aria-hidden>
                {mac ? '⌘' : t('keys.ctrlPlus')}
                {index + 1}
              </span>
            </NavLink>
            {section.key === 'visits' ? (
              <FollowUpsNavEntry
                linkClass={mergeClasses(styles.link, styles.sub)}
                currentClass={styles.current}
                iconClass={styles.icon}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  )
}
