import fc from 'fast-check'
import { BACKUP_FORMAT } from './format'

/**
 * Anything a user might pick in the open dialog: JSON of any shape, bytes of any kind (a photo, a
 * zip, a file in another encoding), and backup envelopes with random parts, which get past the
 * first checks and reach the checksum, migration and row validation.
 */
const anyJson = fc.jsonValue().map((value) => JSON.stringify(value))
const anyBytes = fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder().decode(bytes))
const envelope = fc
  .record(
    {
      format: fc.oneof(fc.constant(BACKUP_FORMAT), fc.jsonValue()),
      formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      exportedAt: fc.oneof(fc.constant('2026-01-01T00:00:00.000Z'), fc.jsonValue()),
      app: fc.oneof(fc.constant({ version: '1.0.0' }), fc.jsonValue()),
      checksum: fc.oneof(fc.constant(`sha256:${'0'.repeat(64)}`), fc.jsonValue()),
      payload: fc.oneof(
        fc.record({
          schemaVersion: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.jsonValue()),
          tables: fc.oneof(
            fc.dictionary(
              fc.constantFrom('contacts', 'visits', 'settings', 'gifts', 'bogus'),
              fc.oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.jsonValue()),
            ),
            fc.jsonValue(),
          ),
        }),
        fc.jsonValue(),
      ),
    },
    { requiredKeys: ['format'] },
  )
  .map((value) => JSON.stringify(value))

/** One input for a fuzz test of the importer. */
export const fuzzInput: fc.Arbitrary<string> = fc.oneof(anyJson, anyBytes, envelope)
