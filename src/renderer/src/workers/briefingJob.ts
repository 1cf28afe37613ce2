import { briefingSnapshot, withPreviousVersion } from '@shared/documents/briefingChanges'
import { loadBriefingData } from '@shared/documents/briefingData'
import { buildBriefing } from '@shared/documents/buildBriefing'
import { packDocx } from '@shared/documents/packDocx'
import {
  countPhotosToShrink,
  shrinkPhotos,
  type PhotoShrinker,
} from '@shared/documents/shrinkPhotos'
import { isKeyedError } from '@shared/i18n/errorMessage'
import type { BriefingFailure, BriefingReply, BriefingRequest } from './briefingProtocol'

/**
 * The worker's whole job, apart from the worker itself so it runs in a test: the same pure
 * `loadBriefingData`, `shrinkPhotos` and `buildBriefing` as the command line, then packed; only
 * WebP photos, which nothing but the browser decodes, are redrawn by `shrinkWebp` (a canvas).
 * Every step is posted as it starts; the result goes last, as bytes with the snapshot the page
 * stores once the file is saved.
 */
export async function runBriefingJob(
  request: BriefingRequest,
  post: (reply: BriefingReply) => void,
  shrinkWebp: PhotoShrinker,
): Promise<void> {
  try {
    post({ type: 'progress', progress: { step: 'loading' } })
    const loaded = loadBriefingData(request.tables, request.visitId, new Date(request.now))
    const count = countPhotosToShrink(loaded, true)
    if (count > 0) post({ type: 'progress', progress: { step: 'photos', count } })
    const data = await shrinkPhotos(loaded, shrinkWebp)
    post({ type: 'progress', progress: { step: 'building' } })
    const { options, tables, visitId } = request
    const document = buildBriefing(
      data,
      withPreviousVersion(options, tables.briefingSnapshots, visitId),
      (section, index, total) =>
        post({ type: 'progress', progress: { step: 'section', section, index, total } }),
    )
    post({ type: 'progress', progress: { step: 'packing' } })
    const bytes = await packDocx(document)
    post({ type: 'done', bytes, snapshot: briefingSnapshot(loaded) })
  } catch (error) {
    post({ type: 'failed', failure: failureOf(error) })
  }
}

/** The i18n key of a known error (unknown visit, person not in the delegation); null otherwise. */
export function failureOf(error: unknown): BriefingFailure {
  if (!isKeyedError(error)) {
    // The raw error stays in the worker's console, never on the screen.
    console.error(error)
    return null
  }
  const { visitId, personId } = error as { visitId?: unknown; personId?: unknown }
  const id = typeof personId === 'string' ? personId : typeof visitId === 'string' ? visitId : ''
  return { messageKey: error.messageKey, params: { id } }
}
