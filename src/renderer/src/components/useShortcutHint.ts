import { formatShortcut, type ShortcutId } from '@shared/keyboard/shortcuts'
import { useT } from './useT'

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform)

/**
 * A button's tooltip with its shortcut, "Neuer Besuch (Strg+N)", from the shortcut registry, and
 * the attribute the key handler finds the button by (src/renderer/src/app/keyboardTargets.ts).
 */
export function useShortcutHint(): (
  label: string,
  id: ShortcutId,
) => { title: string; 'data-shortcut': ShortcutId } {
  const { t } = useT()
  return (label, id) => ({
    title: t('keyboard.withHint', { label, keys: formatShortcut(id, isMac(), t('keys.ctrlPlus')) }),
    'data-shortcut': id,
  })
}
