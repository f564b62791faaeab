<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ContactPrivacyDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="36"/>
        <source>Data protection: contact persons</source>
        <translation>Datenschutz: Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="39"/>
        <source>Choose a contact person of this partner:</source>
        <translation>Wählen Sie eine Ansprechperson dieses Partners:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="44"/>
        <source>Information…</source>
        <translation>Auskunft…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="45"/>
        <source>Erase (Art. 17)…</source>
        <translation>Löschen (Art. 17)…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="46"/>
        <source>Anonymise…</source>
        <translation>Anonymisieren…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="47"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="74"/>
        <source>consent given</source>
        <translation>Einwilligung liegt vor</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="76"/>
        <source>no consent</source>
        <translation>keine Einwilligung</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="95"/>
        <source>Change history: %1</source>
        <translation>Änderungsverlauf: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="97"/>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="104"/>
        <source>Search field or value</source>
        <translation>Feld oder Wert suchen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="105"/>
        <source>Search field or value…</source>
        <translation>Feld oder Wert suchen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="120"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="121"/>
        <source>Action:</source>
        <translation>Vorgang:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="122"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="123"/>
        <source>Record type:</source>
        <translation>Art des Eintrags:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="141"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="176"/>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="179"/>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="190"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="182"/>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="184"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="185"/>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="186"/>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="187"/>
        <source>last 12 months</source>
        <translation>letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="230"/>
        <source>The newest %1 changes are shown; narrow the filter to see older ones.</source>
        <translation>Die neuesten %1 Änderungen werden gezeigt; schränken Sie den Filter ein, um ältere zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="233"/>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="43"/>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="44"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="45"/>
        <source>Action</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="46"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="47"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="48"/>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="49"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="51"/>
        <source>Information on stored data (Art. 15 GDPR)</source>
        <translation>Auskunft über gespeicherte Daten (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="75"/>
        <source>The information on %1 was written to %2.</source>
        <translation>Die Auskunft über %1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="91"/>
        <source>Anonymise person (Art. 17 GDPR)</source>
        <translation>Person anonymisieren (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="92"/>
        <source>Anonymise</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="94"/>
        <source>Erase person (Art. 17 GDPR)</source>
        <translation>Person löschen (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="95"/>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="100"/>
        <source>The file is open read-only: nothing can be changed.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet: Es kann nichts geändert werden.</translation>
    </message>
</context>
<context>
    <name>PrivacyArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="42"/>
        <source>Change history…</source>
        <translation>Änderungsverlauf…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="88"/>
        <source>Information…</source>
        <translation>Auskunft…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="93"/>
        <source>Erase (Art. 17)…</source>
        <translation>Löschen (Art. 17)…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="98"/>
        <source>Anonymise…</source>
        <translation>Anonymisieren…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="108"/>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="155"/>
        <source>Contact persons: data protection…</source>
        <translation>Ansprechpersonen: Datenschutz…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="114"/>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="119"/>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="130"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="156"/>
        <source>Please save or discard the changes to this partner first.</source>
        <translation>Bitte speichern oder verwerfen Sie zuerst die Änderungen an diesem Partner.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/dialogs.py" line="62"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/dialogs.py" line="63"/>
        <source>JSON file, machine-readable (*.json)</source>
        <translation>JSON-Datei, maschinenlesbar (*.json)</translation>
    </message>
</context>
<context>
    <name>PrivacyOverviewBox</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="73"/>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="89"/>
        <source>Volunteers to anonymise</source>
        <translation>Zu anonymisierende Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="93"/>
        <source>Anonymise…</source>
        <translation>Anonymisieren…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="95"/>
        <source>Anonymise the selected volunteer</source>
        <translation>Die ausgewählte Person anonymisieren</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="98"/>
        <source>Offer after</source>
        <translation>Anbieten nach</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="183"/>
        <source> years</source>
        <translation> Jahren</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="104"/>
        <source>Retention period in years</source>
        <translation>Aufbewahrungsfrist in Jahren</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="110"/>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="113"/>
        <source>Contact persons without consent</source>
        <translation>Ansprechpersonen ohne Einwilligung</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="191"/>
        <source>Volunteers who left more than %1 years ago: offer anonymisation</source>
        <translation>Vor mehr als %1 Jahren ausgeschiedene Ehrenamtliche: Anonymisierung anbieten</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="170"/>
        <source>Nobody is due for anonymisation.</source>
        <translation>Niemand steht zur Anonymisierung an.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="178"/>
        <source>Consent is recorded for every contact person.</source>
        <translation>Für alle Ansprechpersonen ist eine Einwilligung erfasst.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="183"/>
        <source> year</source>
        <translation> Jahr</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="188"/>
        <source>Volunteers who have left: offer anonymisation</source>
        <translation>Ausgeschiedene Ehrenamtliche: Anonymisierung anbieten</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="190"/>
        <source>Volunteers who left more than a year ago: offer anonymisation</source>
        <translation>Vor mehr als einem Jahr ausgeschiedene Ehrenamtliche: Anonymisierung anbieten</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="207"/>
        <source>Double-click to open</source>
        <translation>Doppelklick zum Öffnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="211"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>PrivacyStartup</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/startup.py" line="35"/>
        <source>Police clearance records of %1 volunteers who left three months ago or longer have been deleted, as the law requires (§ 72a SGB VIII).</source>
        <translation>Die Einträge zum Führungszeugnis von %1 Ehrenamtlichen, die vor drei Monaten oder länger ausgeschieden sind, wurden gelöscht, wie es das Gesetz verlangt (§ 72a SGB VIII).</translation>
    </message>
</context>
</TS>
