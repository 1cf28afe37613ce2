import { useRef, useState, type ChangeEvent, type ReactElement } from 'react'
import { useController, type Control } from 'react-hook-form'
import { Avatar, Button, Field, makeStyles, tokens } from '@fluentui/react-components'
import { DeleteRegular, ImageAddRegular } from '@fluentui/react-icons'
import { useT } from '@renderer/components'
import { labelledMessage } from '@renderer/components/form/issueText'
import { useRegisterLabel } from '@renderer/components/form/FormLabels'
import { PHOTO_TYPES, photoFileProblem, type ContactFormValues } from './contactFormValues'

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  hidden: { display: 'none' },
})

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}

/** A portrait for the briefing book: picked from a file, checked for type and size first. */
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
  const message = problem ?? fieldState.error?.message

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const key = photoFileProblem(file.type, file.size)
    if (key) {
      setProblem(t(key))
      return
    }
    setProblem(null)
    field.onChange(await readAsDataUrl(file))
  }

  return (
    <Field
      label={label}
      hint={t('contacts.photoHint')}
      validationState={message ? 'error' : 'none'}
      validationMessage={message ? labelledMessage(label, message, t) : undefined}
    >
      <div className={styles.row}>
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
          onChange={(e) => void onFile(e)}
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
      </div>
    </Field>
  )
}
