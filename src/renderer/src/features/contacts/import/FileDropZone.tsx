import { useState, type DragEvent, type ReactElement } from 'react'
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components'
import { DocumentArrowUpRegular } from '@fluentui/react-icons'
import { useT } from '@renderer/components'

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center',
  },
  over: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  icon: { fontSize: '40px', color: tokens.colorBrandForeground1 },
  hint: { color: tokens.colorNeutralForeground2, maxWidth: '640px' },
})

export type FileDropZoneProps = {
  onChoose: () => void
  onDropFile: (file: File) => void
  disabled: boolean
}

/** Where a file is dropped or chosen through the platform's open dialog. */
export function FileDropZone({ onChoose, onDropFile, disabled }: FileDropZoneProps): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const [over, setOver] = useState(false)
  const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault()
    setOver(true)
  }
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file && !disabled) onDropFile(file)
  }
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="import-drop-zone"
    >
      <DocumentArrowUpRegular className={styles.icon} aria-hidden />
      <Text size={400} weight="semibold">
        {t('addressBook.import.drop')}
      </Text>
      <Button appearance="primary" onClick={onChoose} disabled={disabled}>
        {t('addressBook.import.choose')}
      </Button>
      <Text className={styles.hint}>{t('addressBook.import.formats')}</Text>
    </div>
  )
}
