/**
 * `sameKeysAs<English>()(table)` returns `table` unchanged, and compiles only when the table has
 * exactly the keys of `English`: a missing key is reported as missing, and an extra one (a
 * misspelling, or a key English dropped) as "not assignable to never" at that key.
 * A `Record<Key, string>` annotation alone lets extra keys through a spread.
 */
export function sameKeysAs<English>() {
  return <Table extends Record<keyof English, string>>(table: Table & Record<Exclude<keyof Table, keyof English>, never>): Table => table;
}
