<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/language.py" line="35"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/language.py" line="36"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/language.py" line="37"/>
        <source>Printout language</source>
        <translation>Sprache des Ausdrucks</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/language.py" line="39"/>
        <source>Printouts are German by default; English for partners who read English.</source>
        <translation>Ausdrucke sind normalerweise deutsch; englisch für Partner, die Englisch lesen.</translation>
    </message>
</context>
<context>
    <name>PrintChooser</name>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="36"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="38"/>
        <source>Which report do you want to print?</source>
        <translation>Welchen Bericht möchten Sie drucken?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="51"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="54"/>
        <source>the selected entries (%1)</source>
        <translation>die markierten Einträge (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="58"/>
        <source>all entries shown in the list (%1)</source>
        <translation>alle Einträge, die die Liste zeigt (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="69"/>
        <source>Printout language:</source>
        <translation>Sprache des Ausdrucks:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="75"/>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="78"/>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="91"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="95"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="98"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="100"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="102"/>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="106"/>
        <source>Pages: %1</source>
        <translation>Seiten: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="107"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="127"/>
        <source>Pages of the printout</source>
        <translation>Seiten des Ausdrucks</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="161"/>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="172"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="173"/>
        <source>The printer could not be started. Please check it and try again.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Bitte prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="180"/>
        <source>Save report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="180"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="193"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="194"/>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/__init__.py" line="76"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/__init__.py" line="64"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/__init__.py" line="133"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/__init__.py" line="134"/>
        <source>Please select a meeting first.</source>
        <translation>Bitte wählen Sie zuerst einen Termin aus.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="108"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="127"/>
        <source>Options</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="132"/>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="141"/>
        <source>Tip: in a list, Ctrl+P prints the selected or the filtered entries with the reports that fit them.</source>
        <translation>Tipp: In einer Liste druckt Strg+P die markierten oder die gefilterten Einträge mit den passenden Berichten.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="168"/>
        <source>by kind</source>
        <translation>nach Art</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="169"/>
        <source>by focus area</source>
        <translation>nach Schwerpunkt</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="174"/>
        <source>all focus areas</source>
        <translation>alle Schwerpunkte</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="177"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="179"/>
        <source>Phone column (only with consent)</source>
        <translation>Spalte Telefon (nur mit Einwilligung)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="189"/>
        <source>Position of the first free label on the sheet (1 = top left, row by row)</source>
        <translation>Position des ersten freien Etiketts auf dem Bogen (1 = oben links, zeilenweise)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="204"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="205"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="206"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="207"/>
        <source>Group</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="208"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="209"/>
        <source>Focus area</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="210"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="211"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="212"/>
        <source>Blank rows for walk-ins</source>
        <translation>Leerzeilen für Spontangäste</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="213"/>
        <source>Start at label</source>
        <translation>Beginnen bei Etikett</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="219"/>
        <source>Printout language</source>
        <translation>Sprache des Ausdrucks</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="228"/>
        <source>all projects</source>
        <translation>alle Projekte</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="276"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="311"/>
        <source>There is no meeting yet to print a list for.</source>
        <translation>Es gibt noch keinen Termin, für den eine Liste gedruckt werden kann.</translation>
    </message>
</context>
</TS>
