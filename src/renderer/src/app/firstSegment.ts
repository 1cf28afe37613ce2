/** The first path segment of a hash route: '#/contacts/42?x=1' → 'contacts'; '' and '#/' → ''. */
export function firstSegment(hash: string): string {
  return /^#?\/?([^/?#]*)/.exec(hash)?.[1] ?? ''
}
