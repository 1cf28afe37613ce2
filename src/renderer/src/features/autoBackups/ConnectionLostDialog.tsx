import type { ReactElement } from 'react'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components'
import { ArrowClockwiseRegular } from '@fluentui/react-icons'
import { useT } from '@renderer/components'
import { useConnectionLoss } from '@renderer/db/connectionWatch'

/**
 * Another window upgraded or deleted the database: this one closed its connection (see
 * db/connectionWatch.ts) and can only go on after a reload, so the dialog cannot be dismissed.
 */
export function ConnectionLostDialog(): ReactElement | null {
  const { t } = useT()
  const loss = useConnectionLoss()
  if (!loss) return null
  return (
    <Dialog open modalType="alert">
      <DialogSurface data-testid="connection-lost">
        <DialogBody>
          <DialogTitle>{t(`autoBackup.connection.title.${loss}`)}</DialogTitle>
          <DialogContent>{t(`autoBackup.connection.body.${loss}`)}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              icon={<ArrowClockwiseRegular />}
              onClick={() => window.location.reload()}
            >
              {t('autoBackup.connection.reload')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
