<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContactPrivacyDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="36"/>
        <source>Data protection: contact persons</source>
        <translation>Data protection: contact persons</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="39"/>
        <source>Choose a contact person of this partner:</source>
        <translation>Choose a contact person of this partner:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="44"/>
        <source>Information…</source>
        <translation>Information…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="45"/>
        <source>Erase (Art. 17)…</source>
        <translation>Erase (Art. 17)…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="46"/>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="47"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="74"/>
        <source>consent given</source>
        <translation>consent given</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/contacts_dialog.py" line="76"/>
        <source>no consent</source>
        <translation>no consent</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="95"/>
        <source>Change history: %1</source>
        <translation>Change history: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="97"/>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="104"/>
        <source>Search field or value</source>
        <translation>Search field or value</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="105"/>
        <source>Search field or value…</source>
        <translation>Search field or value…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="120"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="121"/>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="122"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="123"/>
        <source>Record type:</source>
        <translation>Record type:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="141"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="176"/>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="179"/>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="190"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="182"/>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="184"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="185"/>
        <source>last 7 days</source>
        <translation>last 7 days</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="186"/>
        <source>last 30 days</source>
        <translation>last 30 days</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="187"/>
        <source>last 12 months</source>
        <translation>last 12 months</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="230"/>
        <source>The newest %1 changes are shown; narrow the filter to see older ones.</source>
        <translation>The newest %1 changes are shown; narrow the filter to see older ones.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="233"/>
        <source>Changes: %1</source>
        <translation>Changes: %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="43"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="44"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="45"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="46"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="47"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="48"/>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/history_dialog.py" line="49"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="51"/>
        <source>Information on stored data (Art. 15 GDPR)</source>
        <translation>Information on stored data (Art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="75"/>
        <source>The information on %1 was written to %2.</source>
        <translation>The information on %1 was written to %2.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="91"/>
        <source>Anonymise person (Art. 17 GDPR)</source>
        <translation>Anonymise person (Art. 17 GDPR)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="92"/>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="94"/>
        <source>Erase person (Art. 17 GDPR)</source>
        <translation>Erase person (Art. 17 GDPR)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="95"/>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/actions.py" line="100"/>
        <source>The file is open read-only: nothing can be changed.</source>
        <translation>The file is open read-only: nothing can be changed.</translation>
    </message>
</context>
<context>
    <name>PrivacyArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="42"/>
        <source>Change history…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="88"/>
        <source>Information…</source>
        <translation>Information…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="93"/>
        <source>Erase (Art. 17)…</source>
        <translation>Erase (Art. 17)…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="98"/>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="108"/>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="155"/>
        <source>Contact persons: data protection…</source>
        <translation>Contact persons: data protection…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="114"/>
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="119"/>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="130"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/__init__.py" line="156"/>
        <source>Please save or discard the changes to this partner first.</source>
        <translation>Please save or discard the changes to this partner first.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/dialogs.py" line="62"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/dialogs.py" line="63"/>
        <source>JSON file, machine-readable (*.json)</source>
        <translation>JSON file, machine-readable (*.json)</translation>
    </message>
</context>
<context>
    <name>PrivacyOverviewBox</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="73"/>
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="89"/>
        <source>Volunteers to anonymise</source>
        <translation>Volunteers to anonymise</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="93"/>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="95"/>
        <source>Anonymise the selected volunteer</source>
        <translation>Anonymise the selected volunteer</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="98"/>
        <source>Offer after</source>
        <translation>Offer after</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="104"/>
        <source>Retention period in years</source>
        <translation>Retention period in years</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="110"/>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="113"/>
        <source>Contact persons without consent</source>
        <translation>Contact persons without consent</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="170"/>
        <source>Nobody is due for anonymisation.</source>
        <translation>Nobody is due for anonymisation.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="178"/>
        <source>Consent is recorded for every contact person.</source>
        <translation>Consent is recorded for every contact person.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="183"/>
        <source> year</source>
        <translation> year</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="183"/>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="188"/>
        <source>Volunteers who have left: offer anonymisation</source>
        <translation>Volunteers who have left: offer anonymisation</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="190"/>
        <source>Volunteers who left more than a year ago: offer anonymisation</source>
        <translation>Volunteers who left more than a year ago: offer anonymisation</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="191"/>
        <source>Volunteers who left more than %1 years ago: offer anonymisation</source>
        <translation>Volunteers who left more than %1 years ago: offer anonymisation</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="207"/>
        <source>Double-click to open</source>
        <translation>Double-click to open</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/overview_box.py" line="211"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>PrivacyStartup</name>
    <message>
        <location filename="../../../nfg_desktop/gui/privacy/startup.py" line="35"/>
        <source>Police clearance records of %1 volunteers who left three months ago or longer have been deleted, as the law requires (§ 72a SGB VIII).</source>
        <translation>Police clearance records of %1 volunteers who left three months ago or longer have been deleted, as the law requires (§ 72a SGB VIII).</translation>
    </message>
</context>
</TS>
