const CHECKSUM_PREFIX = 'sha256:'

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text`, with Web Crypto (browser, worker, Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * The checksum of a payload: `sha256:` + hex of `JSON.stringify(payload)`. A reader re-stringifies
 * the payload it parsed; that gives the same text because JSON.parse keeps the key order of the
 * file and JSON.stringify(JSON.parse(s)) === s for any s that JSON.stringify produced (numbers
 * print in their shortest round-trip form, lone surrogates are escaped). Whitespace and
 * indentation of the file therefore do not matter, but any change of a key, value or order does.
 */
export async function payloadChecksum(payload: unknown): Promise<string> {
  return CHECKSUM_PREFIX + (await sha256Hex(JSON.stringify(payload)))
}
