import type { ReactElement } from 'react'
import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { PreviewExample } from '@shared/backup'
import { useT } from '@renderer/components'

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
})

/** A few of the contacts, visits … an import adds, changes or deletes, by name. */
export function PreviewExampleList({
  examples,
}: {
  examples: PreviewExample[]
}): ReactElement | null {
  const { t, lang } = useT()
  const styles = useStyles()
  if (examples.length === 0) return null
  return (
    <div data-testid="merge-examples">
      <Text size={200}>{t('backupMerge.examples')}</Text>
      <ul className={styles.list}>
        {examples.map(({ table, change, names, more }) => {
          const listed = names.join(', ')
          return (
            <li key={`${table}-${change}`}>
              <Text size={200}>
                {t('backupMerge.exampleLine', {
                  table: t(`settings.tables.${table}`),
                  change: t(`backupMerge.change.${change}`),
                  names:
                    more > 0
                      ? t('backupMerge.andMore', {
                          names: listed,
                          count: more,
                          shown: new Intl.NumberFormat(lang).format(more),
                        })
                      : listed,
                })}
              </Text>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
