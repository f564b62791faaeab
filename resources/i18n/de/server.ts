<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="37"/>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="41"/>
        <source>Several coordinators can work on one network at the same time when it lives on a PostgreSQL server. Your IT tells you what to enter here.</source>
        <translation>Mehrere Koordinierende können gleichzeitig an einem Netzwerk arbeiten, wenn es auf einem PostgreSQL-Server liegt. Was hier einzutragen ist, sagt Ihnen Ihre IT.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="48"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="50"/>
        <source>Service name (pg_service.conf)</source>
        <translation>Dienstname (pg_service.conf)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="55"/>
        <source>e.g. rathaus-db.example.local</source>
        <translation>z. B. rathaus-db.example.local</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="68"/>
        <source>encrypted if the server offers it (prefer)</source>
        <translation>verschlüsselt, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="69"/>
        <source>never encrypted (disable)</source>
        <translation>nie verschlüsselt (disable)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="70"/>
        <source>always encrypted (require)</source>
        <translation>immer verschlüsselt (require)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="71"/>
        <source>encrypted, certificate checked (verify-full)</source>
        <translation>verschlüsselt, Zertifikat geprüft (verify-full)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="80"/>
        <source>empty: from pgpass, or asked when needed</source>
        <translation>leer: aus pgpass, oder Abfrage bei Bedarf</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="82"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="83"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="84"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="85"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="86"/>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="88"/>
        <source>Service name:</source>
        <translation>Dienstname:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="89"/>
        <source>Password:</source>
        <translation>Kennwort:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="91"/>
        <source>The password is not stored by NFG Desktop.</source>
        <translation>Das Kennwort wird von NFG Desktop nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="98"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="57"/>
        <source>Connection to the server lost – retrying</source>
        <translation>Verbindung zum Server unterbrochen – wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="62"/>
        <source>You can keep reading what is shown and keep typing in a form; saving is possible again as soon as the connection is back.</source>
        <translation>Sie können weiter lesen, was angezeigt wird, und im Formular weiterschreiben; Speichern geht wieder, sobald die Verbindung zurück ist.</translation>
    </message>
</context>
<context>
    <name>ServerArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="75"/>
        <source>Connect to server…</source>
        <translation>Mit Server verbinden…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="78"/>
        <source>Open a network on the PostgreSQL server of your municipality</source>
        <translation>Ein Netzwerk auf dem PostgreSQL-Server Ihrer Gemeinde öffnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="162"/>
        <source>someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="165"/>
        <source>%1 has changed this entry meanwhile. Your input stays in the form; compare before you save.</source>
        <translation>%1 hat diesen Eintrag inzwischen geändert. Ihre Eingaben bleiben im Formular; bitte vergleichen Sie vor dem Speichern.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="181"/>
        <source>The entry shown was deleted by someone else.</source>
        <translation>Der angezeigte Eintrag wurde von jemand anderem gelöscht.</translation>
    </message>
</context>
</TS>
