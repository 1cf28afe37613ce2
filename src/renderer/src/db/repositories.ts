import type {
  Accommodation,
  Contact,
  FollowUp,
  Gift,
  Organization,
  Participant,
  PartnerCity,
  Programme,
  TravelSegment,
  Visit,
} from '@shared/model'
import type { AppDB } from './AppDB'
import {
  createBriefingSnapshotRepository,
  type BriefingSnapshotRepository,
} from './briefingSnapshotRepository'
import { createContactPhotoRepository, type ContactPhotoRepository } from './contactPhotoRepository'
import { createDataRepository, type DataRepository } from './dataRepository'
import {
  createEntityRepository,
  type Clock,
  type EntityRepository,
  type TrashableRepository,
} from './entityRepository'
import {
  assertCityUnused,
  CONTACT_REFERENCE_TABLES,
  detachContact,
  detachOrganization,
  detachParticipants,
  detachProgramme,
  PARTICIPANT_REFERENCE_TABLES,
  removeVisitChildren,
  VISIT_REMOVE_TABLES,
} from './referenceCleanup'
import { createSeatingPlanRepository, type SeatingPlanRepository } from './seatingPlanRepository'
import { createSettingsRepository, type SettingsRepository } from './settingsRepository'
import { createVisitFormWrites, type VisitFormWrites } from './visitPrincipals'
import {
  createAgendaRepository,
  createVisitChildRepository,
  type AgendaRepository,
  type VisitChildRepository,
} from './visitChildRepository'

export type {
  Clock,
  EntityRepository,
  ListOptions,
  NewRow,
  TrashableRepository,
} from './entityRepository'
export type { AgendaRepository, VisitChildRepository } from './visitChildRepository'
export type { BriefingSnapshotRepository } from './briefingSnapshotRepository'
export type { DataRepository } from './dataRepository'
export type { SettingsRepository } from './settingsRepository'

export interface ContactRepository extends TrashableRepository<Contact> {
  listByOrganization(
    organizationId: string,
    opts?: { includeDeleted?: boolean },
  ): Promise<Contact[]>
  listByCity(cityId: string, opts?: { includeDeleted?: boolean }): Promise<Contact[]>
}

export interface VisitRepository extends TrashableRepository<Visit>, VisitFormWrites {
  listByCity(cityId: string, opts?: { includeDeleted?: boolean }): Promise<Visit[]>
  listByProgramme(programmeId: string, opts?: { includeDeleted?: boolean }): Promise<Visit[]>
}

export interface ProgrammeRepository extends EntityRepository<Programme> {
  listByCity(cityId: string): Promise<Programme[]>
}

export interface Repositories {
  settings: SettingsRepository
  partnerCities: EntityRepository<PartnerCity>
  programmes: ProgrammeRepository
  organizations: TrashableRepository<Organization>
  contacts: ContactRepository
  contactPhotos: ContactPhotoRepository
  visits: VisitRepository
  participants: VisitChildRepository<Participant>
  agendaItems: AgendaRepository
  travelSegments: VisitChildRepository<TravelSegment>
  accommodations: VisitChildRepository<Accommodation>
  gifts: VisitChildRepository<Gift>
  followUps: VisitChildRepository<FollowUp>
  briefingSnapshots: BriefingSnapshotRepository
  seatingPlans: SeatingPlanRepository
  data: DataRepository
}

const systemClock: Clock = () => new Date()

/** The only way the app reads and writes its data. */
export function createRepositories(db: AppDB, clock: Clock = systemClock): Repositories {
  const live =
    (includeDeleted = false) =>
    (row: { deletedAt: string | null }): boolean =>
      includeDeleted || row.deletedAt === null

  const contacts = createEntityRepository(db, 'contacts', {
    trashable: true,
    clock,
    removeScope: CONTACT_REFERENCE_TABLES,
    beforeRemove: (id, stamp) => detachContact(db, id, stamp),
  })
  const visits = createEntityRepository(db, 'visits', {
    trashable: true,
    clock,
    removeScope: VISIT_REMOVE_TABLES,
    beforeRemove: (id, stamp) => removeVisitChildren(db, id, stamp),
  })
  const participants = createVisitChildRepository(db, 'participants', clock, {
    removeScope: PARTICIPANT_REFERENCE_TABLES,
    beforeRemove: (id, stamp) => detachParticipants(db, [id], stamp),
  })
  const programmes = createEntityRepository(db, 'programmes', {
    trashable: false,
    clock,
    removeScope: ['visits'],
    beforeRemove: (id, stamp) => detachProgramme(db, id, stamp),
  })

  return {
    settings: createSettingsRepository(db, clock),
    partnerCities: createEntityRepository(db, 'partnerCities', {
      trashable: false,
      clock,
      removeScope: ['programmes', 'visits', 'contacts', 'organizations'],
      beforeRemove: (id) => assertCityUnused(db, id),
    }),
    programmes: {
      ...programmes,
      listByCity: (cityId) => db.programmes.where('cityId').equals(cityId).toArray(),
    },
    organizations: createEntityRepository(db, 'organizations', {
      trashable: true,
      clock,
      removeScope: ['contacts'],
      beforeRemove: (id, stamp) => detachOrganization(db, id, stamp),
    }),
    contacts: {
      ...contacts,
      listByOrganization: async (organizationId, opts) =>
        (await db.contacts.where('organizationId').equals(organizationId).toArray()).filter(
          live(opts?.includeDeleted),
        ),
      listByCity: async (cityId, opts) =>
        (await db.contacts.where('cityId').equals(cityId).toArray()).filter(
          live(opts?.includeDeleted),
        ),
    },
    contactPhotos: createContactPhotoRepository(db, clock),
    visits: {
      ...visits,
      ...createVisitFormWrites(db, visits, participants),
      listByCity: async (cityId, opts) =>
        (await db.visits.where('cityId').equals(cityId).sortBy('startDate')).filter(
          live(opts?.includeDeleted),
        ),
      listByProgramme: async (programmeId, opts) =>
        (await db.visits.where('programmeId').equals(programmeId).sortBy('startDate')).filter(
          live(opts?.includeDeleted),
        ),
    },
    participants,
    agendaItems: createAgendaRepository(db, clock),
    travelSegments: createVisitChildRepository(db, 'travelSegments', clock),
    accommodations: createVisitChildRepository(db, 'accommodations', clock),
    gifts: createVisitChildRepository(db, 'gifts', clock),
    followUps: createVisitChildRepository(db, 'followUps', clock),
    briefingSnapshots: createBriefingSnapshotRepository(db, clock),
    seatingPlans: createSeatingPlanRepository(db, clock),
    data: createDataRepository(db),
  }
}
