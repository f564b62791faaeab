-- NFG Desktop on a PostgreSQL server: run ONCE by the IT, as a superuser, with psql.
--
--   psql -h SERVER -U postgres -v datenbank=nfg -v bearbeiten=nfg_bearbeiten \
--        -v lesen=nfg_lesen -f setup.sql
--
-- It creates
--   * the database :datenbank (UTF-8), owned by the group role :bearbeiten;
--   * the group role :bearbeiten for the coordinators (read and write; the program creates
--     and later upgrades its tables itself, as this owner role);
--   * the group role :lesen for people who only read (e.g. the mayor's office): NFG Desktop
--     opens for them read-only, without errors.
-- Group roles cannot log in. Each person gets a login of their own (the change history shows
-- who changed what): see benutzer.sql in this folder.
--
-- Then, in pg_hba.conf, allow the people's computers to reach the database, for example
--   hostssl  nfg  +nfg_bearbeiten  10.1.0.0/16  scram-sha-256
--   hostssl  nfg  +nfg_lesen       10.1.0.0/16  scram-sha-256
-- (hostssl: only with TLS; the program connects with the sslmode given in its URL, e.g.
--  postgresql+psycopg://anna@server/nfg?sslmode=verify-full).
--
-- Deutsch in Kürze: Dieses Skript legt einmalig die Datenbank und zwei Gruppenrollen an
-- (Bearbeiten und Nur-Lesen). Personen bekommen danach je eine eigene Anmeldung mit
-- benutzer.sql. Zugriff im Netz regelt pg_hba.conf (am besten hostssl mit scram-sha-256).

\set ON_ERROR_STOP on
\if :{?datenbank}
\else
  \set datenbank nfg
\endif
\if :{?bearbeiten}
\else
  \set bearbeiten nfg_bearbeiten
\endif
\if :{?lesen}
\else
  \set lesen nfg_lesen
\endif

CREATE ROLE :"bearbeiten" NOLOGIN;
CREATE ROLE :"lesen" NOLOGIN;

CREATE DATABASE :"datenbank" OWNER :"bearbeiten" ENCODING 'UTF8' TEMPLATE template0;
-- Only our two roles may connect (PUBLIC may by default).
REVOKE ALL ON DATABASE :"datenbank" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"datenbank" TO :"bearbeiten", :"lesen";

\connect :"datenbank"

-- The tables live in the schema public. Nobody but the owner role creates objects there.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO :"bearbeiten";
GRANT USAGE ON SCHEMA public TO :"lesen";

-- NFG Desktop creates its tables as the database owner (:bearbeiten). Everything that role
-- creates, now or in a later upgrade, is readable by :lesen.
ALTER DEFAULT PRIVILEGES FOR ROLE :"bearbeiten" IN SCHEMA public
    GRANT SELECT ON TABLES TO :"lesen";
ALTER DEFAULT PRIVILEGES FOR ROLE :"bearbeiten" IN SCHEMA public
    GRANT SELECT ON SEQUENCES TO :"lesen";
