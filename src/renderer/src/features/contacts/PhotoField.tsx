import { useRef, useState, type DragEvent, type ReactElement } from 'react'
import { useController, type Control } from 'react-hook-form'
import {
  Avatar,
  Button,
  Field,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components'
import { DeleteRegular, ImageAddRegular } from '@fluentui/react-icons'
import { useT } from '@renderer/components'
import { labelledMessage } from '@renderer/components/form/issueText'
import { useRegisterLabel } from '@renderer/components/form/FormLabels'
import type { ContactFormValues } from './contactFormValues'
import { PHOTO_TYPES, photoFileProblem, sniffPhotoType } from './photoFile'
import { photoDataUrl } from './photoResize'

const useStyles = makeStyles({
  drop: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    border: `1px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: 'none' },
})

/**
 * A portrait for the briefing book, dropped onto the field or chosen from a file: JPEG, PNG or
 * WebP only (checked by the file's bytes, not its name), stored at most 512 px on the long side.
 */
export function PhotoField<O>(props: {
  control: Control<ContactFormValues, unknown, O>
  name: string
}): ReactElement {
  const { t } = useT()
  const styles = useStyles()
  const label = t('fields.photo')
  useRegisterLabel('photo', label)
  const { field, fieldState } = useController({ control: props.control, name: 'photo' })
  const input = useRef<HTMLInputElement>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [over, setOver] = useState(false)
  const message = problem ?? fieldState.error?.message

  const take = async (file: File | undefined): Promise<void> => {
    if (!file) return
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer())
    const refused = photoFileProblem(file, head)
    if (refused) {
      setProblem(
        refused.key === 'contactForm.photoWrongType'
          ? t(refused.key, { name: file.name, type: refused.type })
          : t(refused.key, { name: file.name }),
      )
      return
    }
    const type = sniffPhotoType(head)
    if (!type) return
    try {
      field.onChange(await photoDataUrl(file, type))
      setProblem(null)
    } catch {
      setProblem(t('contactForm.photoUnreadable', { name: file.name }))
    }
  }

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault()
    setOver(false)
    void take(event.dataTransfer.files[0])
  }

  return (
    <Field
      label={label}
      hint={t('contactForm.photoHint')}
      validationState={message ? 'error' : 'none'}
      validationMessage={message ? labelledMessage(label, message, t) : undefined}
    >
      <div
        className={mergeClasses(styles.drop, over && styles.over)}
        data-testid="photo-drop"
        onDragOver={(event) => {
          event.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Avatar
          size={72}
          shape="square"
          name={props.name || undefined}
          aria-label={props.name ? t('contacts.photoOf', { name: props.name }) : label}
          image={field.value ? { src: field.value, alt: '' } : undefined}
        />
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept={PHOTO_TYPES.join(',')}
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            void take(file)
          }}
          data-testid="photo-input"
        />
        <Button ref={field.ref} icon={<ImageAddRegular />} onClick={() => input.current?.click()}>
          {field.value ? t('contacts.photoReplace') : t('contacts.photoChoose')}
        </Button>
        {field.value ? (
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            onClick={() => {
              setProblem(null)
              field.onChange('')
            }}
          >
            {t('contacts.photoRemove')}
          </Button>
        ) : null}
        <Text size={200}>{t('contactForm.photoDrop')}</Text>
      </div>
    </Field>
  )
}
