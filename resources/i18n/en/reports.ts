<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/language.py" line="35"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/language.py" line="36"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/language.py" line="37"/>
        <source>Printout language</source>
        <translation>Printout language</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/language.py" line="39"/>
        <source>Printouts are German by default; English for partners who read English.</source>
        <translation>Printouts are German by default; English for partners who read English.</translation>
    </message>
</context>
<context>
    <name>PrintChooser</name>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="36"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="38"/>
        <source>Which report do you want to print?</source>
        <translation>Which report do you want to print?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="51"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="54"/>
        <source>the selected entries (%1)</source>
        <translation>the selected entries (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="58"/>
        <source>all entries shown in the list (%1)</source>
        <translation>all entries shown in the list (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="69"/>
        <source>Printout language:</source>
        <translation>Printout language:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/chooser.py" line="75"/>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="78"/>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="91"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="95"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="98"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="100"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="102"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="106"/>
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="107"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="127"/>
        <source>Pages of the printout</source>
        <translation>Pages of the printout</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="161"/>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="172"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="173"/>
        <source>The printer could not be started. Please check it and try again.</source>
        <translation>The printer could not be started. Please check it and try again.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="180"/>
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="180"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="193"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/preview.py" line="194"/>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/__init__.py" line="64"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/__init__.py" line="76"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/__init__.py" line="133"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/__init__.py" line="134"/>
        <source>Please select a meeting first.</source>
        <translation>Please select a meeting first.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="108"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="127"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="132"/>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="141"/>
        <source>Tip: in a list, Ctrl+P prints the selected or the filtered entries with the reports that fit them.</source>
        <translation>Tip: in a list, Ctrl+P prints the selected or the filtered entries with the reports that fit them.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="168"/>
        <source>by kind</source>
        <translation>by kind</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="169"/>
        <source>by focus area</source>
        <translation>by focus area</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="174"/>
        <source>all focus areas</source>
        <translation>all focus areas</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="177"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="179"/>
        <source>Phone column (only with consent)</source>
        <translation>Phone column (only with consent)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="189"/>
        <source>Position of the first free label on the sheet (1 = top left, row by row)</source>
        <translation>Position of the first free label on the sheet (1 = top left, row by row)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="204"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="205"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="206"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="207"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="208"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="209"/>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="210"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="211"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="212"/>
        <source>Blank rows for walk-ins</source>
        <translation>Blank rows for walk-ins</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="213"/>
        <source>Start at label</source>
        <translation>Start at label</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="219"/>
        <source>Printout language</source>
        <translation>Printout language</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="228"/>
        <source>all projects</source>
        <translation>all projects</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="276"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/reports/view.py" line="311"/>
        <source>There is no meeting yet to print a list for.</source>
        <translation>There is no meeting yet to print a list for.</translation>
    </message>
</context>
</TS>
