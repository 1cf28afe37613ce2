// With a large office, IndexedDB's backing store takes most of a cold start to open (600 ms on
// the bench machine), and it opens on the first request. Asking here, a classic script that runs
// before the app's modules are even fetched, lets that overlap their compile and evaluation;
// the answer itself is not needed (the start asks again, then at once). No database is created.
if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
  indexedDB.databases().catch(function () {})
}
