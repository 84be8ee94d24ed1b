-- name: check
SELECT PostGIS_Lib_Version() AS postgis
