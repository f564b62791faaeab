<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="50"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="53"/>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="61"/>
        <source>Fields that differ: %1</source>
        <translation>Felder mit Unterschied: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="63"/>
        <source>Your input is the same as the stored version.</source>
        <translation>Ihre Eingaben stimmen mit der gespeicherten Fassung überein.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="72"/>
        <source>Both versions field by field</source>
        <translation>Beide Fassungen Feld für Feld</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="75"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="76"/>
        <source>Saved by %1</source>
        <translation>Gespeichert von %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="77"/>
        <source>Your input</source>
        <translation>Ihre Eingabe</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="78"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="92"/>
        <source>≠ different</source>
        <translation>≠ verschieden</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="105"/>
        <source>Compare field by field</source>
        <translation>Feld für Feld vergleichen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="110"/>
        <source>Take the version of %1</source>
        <translation>Fassung von %1 übernehmen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="113"/>
        <source>Show the stored version; your input is discarded</source>
        <translation>Die gespeicherte Fassung zeigen; Ihre Eingaben werden verworfen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="114"/>
        <source>Keep mine (overwrite)</source>
        <translation>Meine behalten (überschreiben)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="117"/>
        <source>Store your input over the other version; the history notes the overwrite</source>
        <translation>Ihre Eingaben über die andere Fassung speichern; der Änderungsverlauf vermerkt das Überschreiben</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="119"/>
        <source>Go on editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/details_pane.py" line="41"/>
        <source>Select an entry in the list to see its details here.</source>
        <translation>Wählen Sie einen Eintrag in der Liste, um ihn hier zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/details_pane.py" line="45"/>
        <source>Details of the entry</source>
        <translation>Details des Eintrags</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="265"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="266"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="495"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="526"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="267"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="268"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="445"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="496"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="269"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="446"/>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="272"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="449"/>
        <source>District</source>
        <translation>Ortsteil</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="275"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="452"/>
        <source>All districts</source>
        <translation>Alle Ortsteile</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="277"/>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="278"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="454"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="279"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="455"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="280"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="505"/>
        <source>Focus areas</source>
        <translation>Schwerpunkte</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="547"/>
        <source>Focus area</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="494"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="525"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="546"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="497"/>
        <source>Lead partner</source>
        <translation>Träger</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="498"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="527"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="499"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="500"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="502"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="504"/>
        <source>Needed</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="443"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="444"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="456"/>
        <source>Born</source>
        <translation>Jahrgang</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="457"/>
        <source>Skills and languages</source>
        <translation>Fähigkeiten und Sprachen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="458"/>
        <source>Police clearance</source>
        <translation>Führungszeugnis</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="524"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="545"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="528"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="529"/>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="548"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="549"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="142"/>
        <source>Search (Ctrl+F)…</source>
        <translation>Suchen (Strg+F) …</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="143"/>
        <source>Search in the list</source>
        <translation>In der Liste suchen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="151"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="151"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="153"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="154"/>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="156"/>
        <source>Any police clearance</source>
        <translation>Führungszeugnis: alle</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="157"/>
        <source>Filter by police clearance</source>
        <translation>Nach Führungszeugnis filtern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="160"/>
        <source>All focus areas</source>
        <translation>Alle Schwerpunkte</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="160"/>
        <source>Filter by focus area</source>
        <translation>Nach Schwerpunkt filtern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="177"/>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="186"/>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="622"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="188"/>
        <source>Create a new entry (Ctrl+N)</source>
        <translation>Neuen Eintrag anlegen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="207"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="238"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="303"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="328"/>
        <source>The list could not be loaded.</source>
        <translation>Die Liste konnte nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="441"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="443"/>
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag</numerusform>
            <numerusform>%1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="459"/>
        <source>No entry matches the search and the filters.</source>
        <translation>Kein Eintrag passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="462"/>
        <source>No partner organisations yet. Click „New“ to enter the first one, or import a list with File › Import…</source>
        <translation>Noch keine Partnerorganisationen. Mit „Neu“ legen Sie die erste an, oder Sie übernehmen eine Liste mit Datei › Importieren…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="466"/>
        <source>No projects yet. Click „New“ to describe the first project or offer.</source>
        <translation>Noch keine Projekte. Mit „Neu“ beschreiben Sie das erste Projekt oder Angebot.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="469"/>
        <source>No volunteers yet. Click „New“ to enter the first one, or import a list with File › Import…</source>
        <translation>Noch keine Ehrenamtlichen. Mit „Neu“ legen Sie die erste Person an, oder Sie übernehmen eine Liste mit Datei › Importieren…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="472"/>
        <source>No meetings yet. Click „New“ to plan the first one.</source>
        <translation>Noch keine Termine. Mit „Neu“ planen Sie den ersten.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="473"/>
        <source>No trainings yet. Click „New“ to record the first one.</source>
        <translation>Noch keine Qualifizierungen. Mit „Neu“ tragen Sie die erste ein.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="650"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="652"/>
        <source>The shown entry has unsaved changes. Save them?</source>
        <translation>Der angezeigte Eintrag hat ungespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="655"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="658"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="661"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ListsArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="33"/>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="35"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="37"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="39"/>
        <source>Delete entry…</source>
        <translation>Eintrag löschen …</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="40"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="57"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="58"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="59"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="60"/>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="61"/>
        <source>Trainings</source>
        <translation>Qualifizierungen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="145"/>
        <source>Read only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="149"/>
        <source>The file is open read-only: nothing can be changed.</source>
        <translation>Die Datei ist nur zum Lesen geöffnet: Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="215"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="228"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="238"/>
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="297"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="298"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="299"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="300"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="250"/>
        <source>New file…</source>
        <translation>Neue Datei …</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="252"/>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="255"/>
        <source>Recently opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="258"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="271"/>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="616"/>
        <source>Short help</source>
        <translation>Kurzhilfe</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="274"/>
        <source>About NFG Desktop</source>
        <translation>Über NFG Desktop</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="490"/>
        <source>DEMO (fictional data)</source>
        <translation>DEMO (erfundene Daten)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="493"/>
        <source>[read only]</source>
        <translation>[Nur lesen]</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="507"/>
        <source>New file</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="517"/>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="537"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="542"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="620"/>
        <source>&lt;h3&gt;Working with NFG Desktop&lt;/h3&gt;&lt;p&gt;Choose a list on the left: partners, projects, volunteers, meetings, trainings. Type in the search field to filter the list; the filters narrow it by status, kind or focus area. Click a column heading to sort.&lt;/p&gt;&lt;p&gt;Click an entry to see and edit it on the right. Save keeps the changes, Discard shows the stored data again.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new entry in the current list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;edit the selected entry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;discard changes&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Del&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delete the selected entry (in the list)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;switch between the views&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Everything is stored in one file on this computer, or for a team on the database server you connected to; the program connects to nothing else.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;So arbeiten Sie mit NFG Desktop&lt;/h3&gt;&lt;p&gt;Wählen Sie links eine Liste: Partner, Projekte, Ehrenamtliche, Termine, Qualifizierungen. Tippen Sie ins Suchfeld, um die Liste zu filtern; die Auswahlfelder schränken sie nach Status, Art oder Schwerpunkt ein. Ein Klick auf eine Spaltenüberschrift sortiert.&lt;/p&gt;&lt;p&gt;Klicken Sie auf einen Eintrag, um ihn rechts zu sehen und zu bearbeiten. „Speichern“ übernimmt die Änderungen, „Änderungen verwerfen“ zeigt wieder die gespeicherten Daten.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;neuer Eintrag in der aktuellen Liste&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Eingabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ausgewählten Eintrag bearbeiten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;speichern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Änderungen verwerfen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ausgewählten Eintrag löschen (in der Liste)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+1 … Strg+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zwischen den Ansichten wechseln&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Alles wird in einer Datei auf diesem Computer gespeichert, im Team auf dem Datenbankserver, mit dem Sie verbunden sind; mit nichts anderem verbindet sich das Programm.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="102"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="103"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="104"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="111"/>
        <source>Next meetings</source>
        <translation>Nächste Termine</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="113"/>
        <source>Projects that need volunteers</source>
        <translation>Projekte, die Ehrenamtliche suchen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="116"/>
        <source>Police clearances to look after</source>
        <translation>Führungszeugnisse, um die Sie sich kümmern sollten</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="119"/>
        <source>Volunteers without recorded consent</source>
        <translation>Ehrenamtliche ohne erfasste Einwilligung</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="123"/>
        <source>Coverage: focus areas × target groups</source>
        <translation>Abdeckung: Schwerpunkte × Zielgruppen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="83"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="127"/>
        <source>Active partners and running projects that serve both the focus area and the target group. Cells marked „Gap“ (red) are gaps of the network. Click a cell to open one of its entries.</source>
        <translation>Aktive Partner und laufende Projekte, die sowohl den Schwerpunkt als auch die Zielgruppe bedienen. Mit „Lücke“ (rot) markierte Felder sind Lücken im Netzwerk. Ein Klick auf ein Feld öffnet einen seiner Einträge.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="137"/>
        <source>Coverage matrix</source>
        <translation>Abdeckungsmatrix</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="196"/>
        <source>Loading the overview…</source>
        <translation>Die Übersicht wird geladen …</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="216"/>
        <source>The overview could not be loaded.</source>
        <translation>Die Übersicht konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="258"/>
        <source>No meetings planned.</source>
        <translation>Keine Termine geplant.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="264"/>
        <source>No project is looking for volunteers.</source>
        <translation>Kein Projekt sucht Ehrenamtliche.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="270"/>
        <source>All police clearances are in order.</source>
        <translation>Alle Führungszeugnisse sind in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="276"/>
        <source>Consent is recorded for every volunteer.</source>
        <translation>Für alle Ehrenamtlichen ist eine Einwilligung erfasst.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="291"/>
        <source>Click to open</source>
        <translation>Zum Öffnen klicken</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="295"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="312"/>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="314"/>
        <source>%n partners</source>
        <translation>
            <numerusform>%n Partner</numerusform>
            <numerusform>%n Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="316"/>
        <source>%n projects</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="321"/>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="329"/>
        <source>Gap: nobody serves this cell yet.</source>
        <translation>Lücke: Hier ist noch niemand aktiv.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="361"/>
        <source>Partner: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="361"/>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="112"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="114"/>
        <source>Delete this record (Del)</source>
        <translation>Diesen Eintrag löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="115"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="117"/>
        <source>Show the stored data again (Escape)</source>
        <translation>Wieder die gespeicherten Daten zeigen (Esc)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="118"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="120"/>
        <source>Store the changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="339"/>
        <source>The version saved by %1 is shown; your input was discarded.</source>
        <translation>Die von %1 gespeicherte Fassung wird gezeigt; Ihre Eingaben wurden verworfen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="340"/>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="365"/>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="378"/>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="394"/>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="404"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="367"/>
        <source>this record</source>
        <translation>diesen Eintrag</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="368"/>
        <source>Do you really want to delete %1?</source>
        <translation>Möchten Sie %1 wirklich löschen?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="372"/>
        <source>This also removes:</source>
        <translation>Damit wird auch entfernt:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="395"/>
        <source>Delete it anyway?</source>
        <translation>Trotzdem löschen?</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../../nfg_desktop/gui/opening.py" line="93"/>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>Die Datei „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/opening.py" line="137"/>
        <source>Password of %1 on the server %2:</source>
        <translation>Kennwort von %1 auf dem Server %2:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/opening.py" line="143"/>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
</context>
</TS>
