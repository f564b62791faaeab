<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="37"/>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="41"/>
        <source>Several coordinators can work on one network at the same time when it lives on a PostgreSQL server. Your IT tells you what to enter here.</source>
        <translation>Several coordinators can work on one network at the same time when it lives on a PostgreSQL server. Your IT tells you what to enter here.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="48"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="50"/>
        <source>Service name (pg_service.conf)</source>
        <translation>Service name (pg_service.conf)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="55"/>
        <source>e.g. rathaus-db.example.local</source>
        <translation>e.g. rathaus-db.example.local</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="68"/>
        <source>encrypted if the server offers it (prefer)</source>
        <translation>encrypted if the server offers it (prefer)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="69"/>
        <source>never encrypted (disable)</source>
        <translation>never encrypted (disable)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="70"/>
        <source>always encrypted (require)</source>
        <translation>always encrypted (require)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="71"/>
        <source>encrypted, certificate checked (verify-full)</source>
        <translation>encrypted, certificate checked (verify-full)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="80"/>
        <source>empty: from pgpass, or asked when needed</source>
        <translation>empty: from pgpass, or asked when needed</translation>
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
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="85"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="86"/>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="88"/>
        <source>Service name:</source>
        <translation>Service name:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="89"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="91"/>
        <source>The password is not stored by NFG Desktop.</source>
        <translation>The password is not stored by NFG Desktop.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/connect_dialog.py" line="98"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="57"/>
        <source>Connection to the server lost – retrying</source>
        <translation>Connection to the server lost – retrying</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="62"/>
        <source>You can keep reading what is shown and keep typing in a form; saving is possible again as soon as the connection is back.</source>
        <translation>You can keep reading what is shown and keep typing in a form; saving is possible again as soon as the connection is back.</translation>
    </message>
</context>
<context>
    <name>ServerArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="75"/>
        <source>Connect to server…</source>
        <translation>Connect to server…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="78"/>
        <source>Open a network on the PostgreSQL server of your municipality</source>
        <translation>Open a network on the PostgreSQL server of your municipality</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="162"/>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="165"/>
        <source>%1 has changed this entry meanwhile. Your input stays in the form; compare before you save.</source>
        <translation>%1 has changed this entry meanwhile. Your input stays in the form; compare before you save.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/server/__init__.py" line="181"/>
        <source>The entry shown was deleted by someone else.</source>
        <translation>The entry shown was deleted by someone else.</translation>
    </message>
</context>
</TS>
