import { formatShortcut, SHORTCUTS } from './shortcuts'

/**
 * The README's table of shortcuts, from the registry: Windows/Linux keys, macOS keys and what
 * each does, in the given language's words. A test keeps the README's copy equal to this.
 */
export function shortcutTableMarkdown(t: (key: string) => string): string {
  const rows = SHORTCUTS.map(
    (s) =>
      `| ${formatShortcut(s.id, false, t('keys.ctrlPlus'))} | ${formatShortcut(s.id, true, '')} | ${t(s.labelKey)} |`,
  )
  return ['| Windows, Linux | macOS | Does |', '| --- | --- | --- |', ...rows].join('\n')
}
