-- Titles of the sources, for the source_title column of CSV exports.

-- name: sourceTitles
SELECT id, title FROM sources ORDER BY id;
