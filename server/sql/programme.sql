-- Programme facts (migration 003, data/programme.json), in the order each kind is published; a target oblast
-- takes its names from admin_units, so they match the regions the map shows.

-- name: facts
SELECT f.code, f.kind, f.ordinal,
       coalesce(f.name_ky, a.name_ky) AS name_ky,
       coalesce(f.name_ru, a.name_ru) AS name_ru,
       coalesce(f.name_en, a.name_en) AS name_en,
       f.short_ky, f.short_ru, f.short_en,
       f.instrument,
       f.amount::float8 AS amount,
       f.unit, f.comparator, f.measure, f.year, f.month,
       f.admin_unit_code, f.note, f.source_id, f.is_sample
  FROM programme_facts f
  LEFT JOIN admin_units a ON a.code = f.admin_unit_code
 ORDER BY f.kind, f.ordinal, f.code;
