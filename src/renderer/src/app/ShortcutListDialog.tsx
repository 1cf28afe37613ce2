import type { ReactElement } from 'react'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components'
import { formatShortcut, SHORTCUTS } from '@shared/keyboard/shortcuts'
import { useT } from '../components'
import { isMac } from './shortcuts'

const useStyles = makeStyles({
  keys: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  hint: { display: 'block', marginTop: tokens.spacingVerticalM },
})

/** F1 or ?: every shortcut of the registry, with this platform's keys in the UI language. */
export function ShortcutListDialog(props: { open: boolean; onClose: () => void }): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const mac = isMac()
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => (data.open ? undefined : props.onClose())}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t('keyboard.listTitle')}</DialogTitle>
          <DialogContent>
            <Table size="small" aria-label={t('keyboard.listTitle')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('keyboard.keysColumn')}</TableHeaderCell>
                  <TableHeaderCell>{t('keyboard.actionColumn')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {SHORTCUTS.map((shortcut) => (
                  <TableRow key={shortcut.id}>
                    <TableCell>
                      <kbd className={styles.keys}>
                        {formatShortcut(shortcut.id, mac, t('keys.ctrlPlus'))}
                      </kbd>
                    </TableCell>
                    <TableCell>{t(shortcut.labelKey)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Text className={styles.hint}>{t('keyboard.listHint')}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onClose}>
              {t('keyboard.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
