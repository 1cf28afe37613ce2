/**
 * Shared UI kit of the renderer. Features import from here, never from Fluent directly for these.
 *
 * - useT(): { t, lang } — translator and UI language (lang feeds src/shared/dates.ts).
 * - Page({ fill?, narrow? }) — padded screen area; `fill` lets a list scroll inside.
 * - PageHeader({ title, subtitle?, above?, actions? }) — the page's h1 and its buttons.
 * - EmptyState({ title, body?, icon?, action? }) — empty list with a call to action.
 * - ListEmptyState({ kind, trashed, empty, onOpenTrash, renderNewButton }) — an empty list that
 *   says when everything lies in the trash; db/aggregateHooks' useTrashedCount(repo, enabled)
 *   counts it.
 * - LoadingState() — spinner while a live query is undefined.
 * - ConfirmDialog({ open, title, confirmLabel, danger?, requireWord?, onConfirm, onCancel }).
 * - AppToaster (in the shell) + useNotify()/useToast() → notify({ intent?, title, body? }); how
 *   long a toast stays is one rule for all (noticeTimeout).
 * - useDeletionUndo() → deleteWithUndo(kind, name, action): every delete goes through it, so
 *   the toast offers Undo (and Ctrl+Z) and restores exactly what went (db/changeJournal.ts).
 * - VirtualTable({ items, columns: Column[], getKey, onOpen?, ariaLabel }) — virtualised,
 *   keyboard navigable (arrows, Page Up/Down, Home/End, Enter).
 * - Forms: useEntityForm({ schema, toCandidate, defaultValues }) → react-hook-form validated by
 *   a model input schema; EntityFormView({ form, onSubmit, onCancel, ariaLabel }) renders the
 *   error summary, Save/Cancel, Esc to cancel, and maps a thrown ValidationError to fields.
 *   Fields (all take control, name, label, required?, hint?): TextField, TextAreaField,
 *   SelectField (options, emptyLabel?), ComboField (options, freeform?, emptyLabel?),
 *   SwitchField, MultiComboField (options, allowFree?: several values as tags).
 *   FormSection / FullWidth lay them out.
 *   FormDialog({ open, title, form, onSubmit, onCancel, wide? }) — the same form in a modal;
 *   EntityFormDialog({ title, schema, toCandidate, defaultValues, onSave, onClose, children })
 *   owns its form (children: form => fields) and is mounted only while open.
 *   useRowEditor(store, { toValues, newTitle, editTitle }) → { dialog, row, startNew,
 *   startEdit }: the create-or-edit cycle of a row in such a dialog, "Saved" notice included.
 * - FilterBar({ count? }) with SearchField({ label, value, onChange }) and
 *   FilterSelect({ label, value, allLabel, options, onChange, shrink? }) — list filters ('' =
 *   all); `shrink` fits it into a grid cell.
 * - TrashTable({ items, nameOf, onRestore, onDeleteForever, ariaLabel, timeZone }).
 * - Record screens with a trash: EntityListPage (filters, virtual list, New, Trash),
 *   TrashableEditPage (new/edit frame: not found, in-trash notice, move to trash) and
 *   EntityTrashPage (the trashed rows with restore and delete for good).
 * - RouteLink({ to }) / BackLink({ to }) — Fluent links to routes.
 * - Unsaved edits: EntityFormView reports its form's isDirty to the shell's guard
 *   (UnsavedChangesContext), which asks DiscardChangesDialog before a page is left or the window
 *   closed; FormDialog asks the same on Esc or Cancel. useLeaveWithoutAsking() lets one leave
 *   through that the user already agreed to (e.g. after moving the record to the trash).
 * - errorText(error, t, lang): any thrown value as a sentence (db.* keys, field names).
 * - DateField / TimeField / DateTimeField (control, name, label …): every date and time field; they show the UI
 *   language's format ("22.12.2026" / "22/12/2026", 24-hour "09:30"), take quick typing
 *   (shared/domain/dateEntry, timeEntry) and store ISO "YYYY-MM-DD" / "HH:MM".
 * - TimeZoneField (control, name, label …): an IANA zone picked by city and country in the UI
 *   language ("Peking (China)"), the IANA name underneath; every zone field uses it.
 * - useNow(ms): a ticking Date.
 * - useBusyRun() → { busy, showSpinner, run }: an async user action; disable its button while
 *   busy, show a spinner only after 300 ms (useDelayedBusy). docs/progress.md lists every one.
 * - Converters for form strings: listFromText, textFromList, blankToNull, nullToBlank,
 *   optionalNumber, requiredNumber.
 */
export { useT, type TFunction } from './useT'
export { Page } from './Page'
export { PageHeader, type PageHeaderProps } from './PageHeader'
export { EmptyState, EmptyStateActions, type EmptyStateProps } from './EmptyState'
export { ListEmptyState, type ListEmptyStateProps } from './ListEmptyState'
export { LoadingState } from './LoadingState'
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog'
export { AppToaster, useNotify, useToast, type Notice } from './notify'
export { VirtualTable, type Column, type VirtualTableProps } from './VirtualTable'
export { FormSection, FullWidth } from './FormGrid'
export { useEntityForm, type EntityForm, type EntityFormOptions } from './form/useEntityForm'
export { EntityFormView, type EntityFormViewProps } from './form/EntityFormView'
export { FormDialog, type FormDialogProps } from './form/FormDialog'
export { EntityFormDialog, type EntityFormDialogProps } from './form/EntityFormDialog'
export {
  useRowEditor,
  type RowDialogProps,
  type RowEditor,
  type RowStore,
} from './form/useRowEditor'
export { MultiComboField, type MultiComboFieldProps } from './form/MultiComboField'
export { RadioGroupField } from './form/RadioGroupField'
export {
  ComboField,
  SelectField,
  SwitchField,
  TextAreaField,
  TextField,
  type FieldOption,
  type TextFieldProps,
} from './form/fields'
export type { BaseFieldProps } from './form/useFieldBinding'
export {
  blankToNull,
  listFromText,
  nullToBlank,
  optionalNumber,
  requiredNumber,
  textFromList,
} from './form/converters'
export { errorText } from './errorText'
export { TimeZoneField } from './form/TimeZoneField'
export { DateField } from './form/DateField'
export { DateTimeField } from './form/DateTimeField'
export { TimeField, timeEntryMessage, type TimeFieldProps } from './form/TimeField'
export { useNow } from './useNow'
export { BUSY_DELAY_MS, useBusyRun, useDelayedBusy, type BusyRun } from './useDelayedBusy'
export { FilterBar, FilterSelect, SearchField, type FilterSelectProps } from './FilterBar'
export { TrashTable, type TrashTableProps } from './TrashTable'
export { EntityListPage, type EntityListPageProps } from './EntityListPage'
export { EntityTrashPage, type EntityTrashPageProps } from './EntityTrashPage'
export { TrashableEditPage, type TrashableEditPageProps } from './TrashableEditPage'
export { BackLink, RouteLink } from './RouteLink'
export {
  DiscardChangesDialog,
  type DiscardChangesDialogProps,
} from './unsaved/DiscardChangesDialog'
export {
  UnsavedChangesContext,
  useLeaveWithoutAsking,
  useReportUnsaved,
  type UnsavedReport,
} from './unsaved/unsavedContext'
export { createUnsavedRegistry, type UnsavedRegistry } from './unsaved/unsavedRegistry'
export { DeletionUndoProvider, useDeletionUndo, type DeletionKind } from './DeletionUndo'
export { useShortcutHint } from './useShortcutHint'
