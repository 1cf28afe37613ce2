type Translate = (key: string) => string

/**
 * A contact field's name for people: the form's label where there is one (fields.*), a label of
 * its own for fields the form shows differently (privacy.field.*), the raw name as the last resort.
 */
export function contactFieldLabel(t: Translate, field: string): string {
  for (const key of [`privacy.field.${field}`, `fields.${field}`]) {
    const label = t(key)
    if (label !== key) return label
  }
  return field
}
