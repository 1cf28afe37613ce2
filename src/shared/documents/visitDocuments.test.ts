import { describe, expect, it } from 'vitest'
import { translator } from '../i18n'
import {
  briefingVariantOf,
  VISIT_DOCUMENTS,
  visitDocumentFromParam,
  visitDocumentLabelKey,
  visitDocumentPath,
  visitIdOfPath,
} from './visitDocuments'

describe('visit documents', () => {
  it('has a label in German and English for every document', () => {
    for (const language of ['de', 'en'] as const) {
      const t = translator(language)
      for (const document of VISIT_DOCUMENTS) {
        const key = visitDocumentLabelKey(document)
        expect(t(key), `${language} ${key}`).not.toBe(key)
      }
    }
  })

  it('opens the Documents tab with the document named, and reads it back', () => {
    for (const document of VISIT_DOCUMENTS) {
      const path = visitDocumentPath('v 1', document)
      expect(path.startsWith('/visits/v%201?tab=documents&variant=')).toBe(true)
      const params = new URLSearchParams(path.split('?')[1])
      expect(visitDocumentFromParam(params.get('variant'))).toBe(document)
    }
    expect(visitDocumentFromParam('../../etc')).toBeNull()
    expect(visitDocumentFromParam(null)).toBeNull()
  })

  it('preselects a briefing variant only for the briefing documents', () => {
    expect(VISIT_DOCUMENTS.map(briefingVariantOf)).toEqual([
      'full',
      'read-ahead',
      'pocket',
      null,
      null,
    ])
  })

  it('finds the open visit in a route, not in the new-visit form', () => {
    expect(visitIdOfPath('/visits/v-tokyo')).toBe('v-tokyo')
    expect(visitIdOfPath('/visits/v-tokyo/seating/item-1')).toBe('v-tokyo')
    expect(visitIdOfPath('/visits/new')).toBeNull()
    expect(visitIdOfPath('/visits')).toBeNull()
    expect(visitIdOfPath('/contacts/c1')).toBeNull()
  })
})
