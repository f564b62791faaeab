<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="609"/>
        <source>Confirm the import</source>
        <translation>Import bestätigen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="610"/>
        <source>Nothing has been stored yet.</source>
        <translation>Noch ist nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="638"/>
        <source>There is nothing to import from „%1“: of its %2 rows none is new or an update (invalid rows and skipped duplicates are not stored). Go back to choose what happens with the duplicates, or cancel.</source>
        <translation>Nichts einzulesen aus „%1“: Von den %2 Zeilen ist keine neu oder eine Aktualisierung (ungültige Zeilen und übersprungene Duplikate werden nicht gespeichert). Gehen Sie zurück, um zu wählen, was mit den Duplikaten geschieht, oder brechen Sie ab.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="648"/>
        <source>From „%1“:</source>
        <translation>Aus „%1“:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="649"/>
        <source>• created: %1</source>
        <translation>• neu angelegt: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="650"/>
        <source>• updated: %1</source>
        <translation>• aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="651"/>
        <source>• skipped as duplicates: %1</source>
        <translation>• als Duplikat übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="652"/>
        <source>• invalid rows, not imported: %1</source>
        <translation>• ungültige Zeilen, nicht eingelesen: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="657"/>
        <source>Before the import a backup copy of the data file is made. Everything is stored in one step: if anything goes wrong, nothing is changed.</source>
        <translation>Vor dem Import wird eine Sicherungskopie der Datendatei angelegt. Alles wird in einem Schritt gespeichert: Geht etwas schief, bleibt alles unverändert.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="669"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde eingelesen: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="675"/>
        <source>Nothing was imported: an unexpected error occurred (see the log file).</source>
        <translation>Nichts wurde eingelesen: Ein unerwarteter Fehler ist aufgetreten (siehe Protokolldatei).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="68"/>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="127"/>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="262"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="71"/>
        <source>Partner organisations</source>
        <translation>Netzwerkpartner</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="72"/>
        <source>Contact persons</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="73"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="74"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="75"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="76"/>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="79"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="80"/>
        <source>CSV for Excel (.csv, semicolon, UTF-8)</source>
        <translation>CSV für Excel (.csv, Semikolon, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="81"/>
        <source>Address cards (.vcf, vCard)</source>
        <translation>Adresskarten (.vcf, vCard)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="82"/>
        <source>Calendar (.ics, iCalendar for Outlook)</source>
        <translation>Kalender (.ics, iCalendar für Outlook)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="105"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="106"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="113"/>
        <source>Contact data of volunteers and contact persons is only exported where their consent covers it.</source>
        <translation>Kontaktdaten von Ehrenamtlichen und Ansprechpersonen werden nur exportiert, soweit ihre Einwilligung sie abdeckt.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="128"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="133"/>
        <source>List:</source>
        <translation>Liste:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="134"/>
        <source>Which entries:</source>
        <translation>Welche Einträge:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="135"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="136"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="174"/>
        <source>The whole list</source>
        <translation>Die ganze Liste</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="177"/>
        <source>The contact persons of the selected partners (%1)</source>
        <translation>Die Ansprechpersonen der ausgewählten Partner (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="178"/>
        <source>The contact persons of the partners shown (%1)</source>
        <translation>Die Ansprechpersonen der gezeigten Partner (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="180"/>
        <source>The selected entries (%1)</source>
        <translation>Die ausgewählten Einträge (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="181"/>
        <source>The entries shown with the current search and filter (%1)</source>
        <translation>Die mit der aktuellen Suche und dem Filter gezeigten Einträge (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="224"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="243"/>
        <source>Choose a file to export to.</source>
        <translation>Bitte eine Zieldatei wählen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="263"/>
        <source>„%1“ already exists in this folder. Replace it?</source>
        <translation>„%1“ gibt es in diesem Ordner schon. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="177"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="180"/>
        <source>An Excel workbook (.xlsx) or a CSV file as Excel saves it. Nothing is stored before you confirm the import.</source>
        <translation>Eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei, wie Excel sie speichert. Gespeichert wird erst, wenn Sie den Import bestätigen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="186"/>
        <source>Partner organisations (with contact person)</source>
        <translation>Netzwerkpartner (mit Ansprechperson)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="188"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="195"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="196"/>
        <source>Path of the file</source>
        <translation>Pfad der Datei</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="197"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="201"/>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="214"/>
        <source>What is imported:</source>
        <translation>Was wird eingelesen:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="215"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="241"/>
        <source>Choose the file to import</source>
        <translation>Datei zum Einlesen wählen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="243"/>
        <source>Excel and CSV files (%1);;All files (*)</source>
        <translation>Excel- und CSV-Dateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="273"/>
        <source>Choose another sheet above: %1.</source>
        <translation>Wählen Sie oben ein anderes Tabellenblatt: %1.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="287"/>
        <source>The table has headers but no rows.</source>
        <translation>Die Tabelle hat Überschriften, aber keine Zeilen.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="114"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="118"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="119"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="120"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="121"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="122"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>KindsPage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="421"/>
        <source>Assign the kinds</source>
        <translation>Arten zuordnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="424"/>
        <source>These kinds of organisation are not known yet. Assign each to a known kind, or keep it as a new kind. The choice is remembered for later imports.</source>
        <translation>Diese Arten von Organisationen gibt es noch nicht. Ordnen Sie jede einer bekannten Art zu oder übernehmen Sie sie als neue Art. Die Wahl wird für spätere Importe gemerkt.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="431"/>
        <source>Kind in the file</source>
        <translation>Art in der Datei</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="431"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="431"/>
        <source>Imported as</source>
        <translation>Wird eingelesen als</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="456"/>
        <source>Kind for „%1“</source>
        <translation>Art für „%1“</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="457"/>
        <source>keep as a new kind</source>
        <translation>als neue Art übernehmen</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="303"/>
        <source>Assign the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="307"/>
        <source>Which column of the file holds what? Columns set to „(not imported)“ are left out.</source>
        <translation>Welche Spalte der Datei enthält was? Spalten mit „(nicht eingelesen)“ werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="315"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="315"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="315"/>
        <source>Imported as</source>
        <translation>Wird eingelesen als</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="342"/>
        <source>Read: %1. The assignment you chose last time for these headers is set; correct it where needed.</source>
        <translation>Gelesen: %1. Die Zuordnung, die Sie beim letzten Mal für diese Überschriften gewählt haben, ist eingestellt; korrigieren Sie sie bei Bedarf.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="349"/>
        <source>Read: %1. The columns were assigned from their headers; correct the assignment where needed. It is remembered for files with the same headers.</source>
        <translation>Gelesen: %1. Die Spalten wurden nach ihren Überschriften zugeordnet; korrigieren Sie die Zuordnung bei Bedarf. Sie wird für Dateien mit denselben Überschriften gemerkt.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="368"/>
        <source>(not imported)</source>
        <translation>(nicht einlesen)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="387"/>
        <source>Assign at least one column.</source>
        <translation>Bitte mindestens eine Spalte zuordnen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="393"/>
        <source>Each field can only come from one column: %1</source>
        <translation>Jedes Feld kann nur aus einer Spalte kommen: %1</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/preview_model.py" line="33"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/preview_model.py" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/preview_model.py" line="35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/preview_model.py" line="36"/>
        <source>If duplicate</source>
        <translation>Bei Duplikat</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/preview_model.py" line="37"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="486"/>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="489"/>
        <source>Every row is checked like the form. Invalid rows are not imported; for duplicates choose what happens, for all or row by row (double-click).</source>
        <translation>Jede Zeile wird wie im Formular geprüft. Ungültige Zeilen werden nicht eingelesen; bei Duplikaten wählen Sie, was geschieht – für alle oder Zeile für Zeile (Doppelklick).</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="522"/>
        <source>Duplicates, for all:</source>
        <translation>Duplikate, für alle:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="525"/>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="555"/>
        <source>Click a row to read its whole reason here.</source>
        <translation>Zeile anklicken, um hier den ganzen Grund zu lesen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="534"/>
        <source>No row can be imported. Check on the previous page (&lt; Back) which column holds the name.</source>
        <translation>Keine Zeile kann eingelesen werden. Prüfen Sie auf der vorigen Seite (&lt; Zurück), welche Spalte den Namen enthält.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="571"/>
        <source>no remarks</source>
        <translation>keine Hinweise</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="573"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="586"/>
        <source>Rows: %1 · new: %2 · updates: %3 · duplicates: %4 · invalid: %5</source>
        <translation>Zeilen: %1 · neu: %2 · Aktualisierungen: %3 · Duplikate: %4 · ungültig: %5</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="689"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="690"/>
        <source>What was stored, and why rows were left out.</source>
        <translation>Was gespeichert wurde und warum Zeilen ausgelassen wurden.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="694"/>
        <source>Save error list…</source>
        <translation>Fehlerliste speichern…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="710"/>
        <source>Backup before the import: %1</source>
        <translation>Sicherung vor dem Import: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="725"/>
        <source>Save error list</source>
        <translation>Fehlerliste speichern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="727"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="740"/>
        <source>Could not save: %1</source>
        <translation>Konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="743"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>TransferArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="44"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="48"/>
        <source>Read partner organisations or volunteers from Excel or CSV</source>
        <translation>Netzwerkpartner oder Ehrenamtliche aus Excel oder CSV einlesen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="51"/>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="61"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="55"/>
        <source>Save a list as Excel, CSV, address cards or calendar</source>
        <translation>Eine Liste als Excel, CSV, Adresskarten oder Kalender speichern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="65"/>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="190"/>
        <source>E-mail to selection</source>
        <translation>E-Mail an Auswahl</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="67"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="68"/>
        <source>Opens your mail program with the selected addresses in BCC</source>
        <translation>Öffnet Ihr Mailprogramm mit den ausgewählten Adressen in BCC</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="71"/>
        <source>Copy addresses</source>
        <translation>Adressen kopieren</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="72"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="74"/>
        <source>Puts the e-mail addresses of the selection on the clipboard, for Outlook</source>
        <translation>Legt die E-Mail-Adressen der Auswahl in die Zwischenablage, für Outlook</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="112"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="113"/>
        <source>The file is open read-only: nothing can be imported.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet: Es kann nichts eingelesen werden.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="121"/>
        <source>Import: %1 created, %2 updated, %3 skipped, %4 invalid</source>
        <translation>Import: %1 angelegt, %2 aktualisiert, %3 übersprungen, %4 ungültig</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="153"/>
        <source>Exported to %2 (entries: %1)</source>
        <translation>Exportiert nach %2 (Einträge: %1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="201"/>
        <source>Addresses handed to the mail program (BCC): %1.</source>
        <translation>An das Mailprogramm übergebene Adressen (BCC): %1.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="219"/>
        <source>Addresses copied: %1. Paste them into the BCC field.</source>
        <translation>Adressen kopiert: %1. Fügen Sie sie in das BCC-Feld ein.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="167"/>
        <source>Select the entries first (Ctrl+A selects all shown).</source>
        <translation>Bitte zuerst Einträge auswählen (Strg+A wählt alle gezeigten).</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="176"/>
        <source>%1 without e-mail address or consent: %2</source>
        <translation>%1 ohne E-Mail-Adresse oder Einwilligung: %2</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="185"/>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="212"/>
        <source>None of the selected has a usable e-mail address.</source>
        <translation>Keiner der ausgewählten Einträge hat eine verwendbare E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="192"/>
        <source>%1 addresses are too many for the mail program&apos;s link. Copy them to the clipboard instead, to paste them into the BCC field?</source>
        <translation>%1 Adressen sind zu viele für die Übergabe an das Mailprogramm. Stattdessen in die Zwischenablage kopieren, um sie in das BCC-Feld einzufügen?</translation>
    </message>
</context>
</TS>
