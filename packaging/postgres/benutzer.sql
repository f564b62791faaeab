-- NFG Desktop on a PostgreSQL server: a login for one person, run by the IT with psql
-- after setup.sql, once per person.
--
--   psql -h SERVER -U postgres -v benutzer=anna.schaefer -v passwort='…' \
--        -v rolle=nfg_bearbeiten -f benutzer.sql
--
-- rolle: nfg_bearbeiten (reads and writes) or nfg_lesen (only reads; the program opens
-- read-only for this person). The password is never stored by NFG Desktop: the person types
-- it when connecting, or keeps it in their own pgpass file (%APPDATA%\postgresql\pgpass.conf).
--
-- Deutsch in Kürze: legt für eine Person eine eigene Anmeldung an und gibt ihr die Rolle
-- nfg_bearbeiten (Lesen und Schreiben) oder nfg_lesen (nur Lesen). Zum Entziehen:
-- DROP ROLE "anna.schaefer";

\set ON_ERROR_STOP on
-- INHERIT: the person has the rights of the role without SET ROLE.
CREATE ROLE :"benutzer" LOGIN INHERIT PASSWORD :'passwort' IN ROLE :"rolle";
