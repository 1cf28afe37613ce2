import { Packer } from 'docx'
import { buildDossier } from '@shared/documents/dossier/buildDossier'
import { loadDossierData } from '@shared/documents/dossier/dossierData'
import { isKeyedError } from '@shared/i18n/errorMessage'
import type { DossierFailure, DossierReply, DossierRequest } from './dossierProtocol'

/**
 * The dossier worker's whole job, apart from the worker itself so it runs in a test: the same
 * pure `loadDossierData` and `buildDossier` as the command line, then packed. Every step is
 * posted as it starts; the bytes go last.
 */
export async function runDossierJob(
  request: DossierRequest,
  post: (reply: DossierReply) => void,
): Promise<void> {
  try {
    post({ type: 'progress', progress: { step: 'loading' } })
    const data = loadDossierData(request.tables, request.cityId, new Date(request.now))
    const document = buildDossier(data, request.options, (section, index, total) =>
      post({ type: 'progress', progress: { step: 'section', section, index, total } }),
    )
    post({ type: 'progress', progress: { step: 'packing' } })
    const bytes = new Uint8Array(await Packer.toArrayBuffer(document))
    post({ type: 'done', bytes })
  } catch (error) {
    post({ type: 'failed', failure: failureOf(error) })
  }
}

function failureOf(error: unknown): DossierFailure {
  if (!isKeyedError(error)) {
    // The raw error stays in the worker's console, never on the screen.
    console.error(error)
    return null
  }
  const params = Object.fromEntries(
    Object.entries(error.params ?? {}).map(([key, value]) => [key, String(value)]),
  )
  return { messageKey: error.messageKey, params }
}
