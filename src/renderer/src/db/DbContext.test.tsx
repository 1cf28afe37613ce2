import type { ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppDB } from './AppDB'
import { DbProvider, useDb, useRepos } from './DbContext'
import { useContacts, useSettings, useVisit, useVisitChildren } from './hooks'
import { freshDb } from './testSupport'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

function withDb(children: ReactNode): string {
  const db = freshDb()
  opened.push(db)
  return renderToString(<DbProvider db={db}>{children}</DbProvider>)
}

function Probe(): ReactNode {
  const db = useDb()
  const repos = useRepos()
  return `${db.name.startsWith('test-')} ${typeof repos.contacts.create}`
}

function Loading(): ReactNode {
  const contacts = useContacts()
  const settings = useSettings()
  const visit = useVisit('5f0c1c38-5f7c-4a8e-9c1f-3c1d2b0a9e11')
  const agenda = useVisitChildren('agendaItems', undefined)
  return [contacts, settings, visit, agenda].map((v) => String(v)).join(',')
}

describe('DbProvider', () => {
  it('gives the database and its repositories to the components below it', () => {
    expect(withDb(<Probe />)).toBe('true function')
  })

  it('makes hooks report undefined while their first query is loading', () => {
    expect(withDb(<Loading />)).toBe('undefined,undefined,undefined,undefined')
  })

  it('says clearly when a component is used outside it', () => {
    expect(() => renderToString(<Probe />)).toThrow(/inside <DbProvider>/)
  })
})
