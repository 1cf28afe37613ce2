import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { translator } from '../i18n'
import { shortcutTableMarkdown } from './shortcutTable'

describe("the README's shortcut table", () => {
  it('is the one the registry makes, so the two cannot drift apart', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    const table = shortcutTableMarkdown(translator('en'))
    expect(table).toContain('| Ctrl+K | ⌘K |')
    expect(readme).toContain(table)
  })
})
