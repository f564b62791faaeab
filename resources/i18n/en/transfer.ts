<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="609"/>
        <source>Confirm the import</source>
        <translation>Confirm the import</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="610"/>
        <source>Nothing has been stored yet.</source>
        <translation>Nothing has been stored yet.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="638"/>
        <source>There is nothing to import from „%1“: of its %2 rows none is new or an update (invalid rows and skipped duplicates are not stored). Go back to choose what happens with the duplicates, or cancel.</source>
        <translation>There is nothing to import from “%1”: of its %2 rows none is new or an update (invalid rows and skipped duplicates are not stored). Go back to choose what happens with the duplicates, or cancel.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="648"/>
        <source>From „%1“:</source>
        <translation>From “%1”:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="649"/>
        <source>• created: %1</source>
        <translation>• created: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="650"/>
        <source>• updated: %1</source>
        <translation>• updated: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="651"/>
        <source>• skipped as duplicates: %1</source>
        <translation>• skipped as duplicates: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="652"/>
        <source>• invalid rows, not imported: %1</source>
        <translation>• invalid rows, not imported: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="657"/>
        <source>Before the import a backup copy of the data file is made. Everything is stored in one step: if anything goes wrong, nothing is changed.</source>
        <translation>Before the import a backup copy of the data file is made. Everything is stored in one step: if anything goes wrong, nothing is changed.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="669"/>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="675"/>
        <source>Nothing was imported: an unexpected error occurred (see the log file).</source>
        <translation>Nothing was imported: an unexpected error occurred (see the log file).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="68"/>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="127"/>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="262"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="71"/>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="72"/>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="73"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="74"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="75"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="76"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="79"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="80"/>
        <source>CSV for Excel (.csv, semicolon, UTF-8)</source>
        <translation>CSV for Excel (.csv, semicolon, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="81"/>
        <source>Address cards (.vcf, vCard)</source>
        <translation>Address cards (.vcf, vCard)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="82"/>
        <source>Calendar (.ics, iCalendar for Outlook)</source>
        <translation>Calendar (.ics, iCalendar for Outlook)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="105"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="106"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="113"/>
        <source>Contact data of volunteers and contact persons is only exported where their consent covers it.</source>
        <translation>Contact data of volunteers and contact persons is only exported where their consent covers it.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="128"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="133"/>
        <source>List:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="134"/>
        <source>Which entries:</source>
        <translation>Which entries:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="135"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="136"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="174"/>
        <source>The whole list</source>
        <translation>The whole list</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="177"/>
        <source>The contact persons of the selected partners (%1)</source>
        <translation>The contact persons of the selected partners (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="178"/>
        <source>The contact persons of the partners shown (%1)</source>
        <translation>The contact persons of the partners shown (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="180"/>
        <source>The selected entries (%1)</source>
        <translation>The selected entries (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="181"/>
        <source>The entries shown with the current search and filter (%1)</source>
        <translation>The entries shown with the current search and filter (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="224"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="243"/>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/export_dialog.py" line="263"/>
        <source>„%1“ already exists in this folder. Replace it?</source>
        <translation>“%1” already exists in this folder. Replace it?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="177"/>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="180"/>
        <source>An Excel workbook (.xlsx) or a CSV file as Excel saves it. Nothing is stored before you confirm the import.</source>
        <translation>An Excel workbook (.xlsx) or a CSV file as Excel saves it. Nothing is stored before you confirm the import.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="186"/>
        <source>Partner organisations (with contact person)</source>
        <translation>Partner organisations (with contact person)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="188"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="195"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="196"/>
        <source>Path of the file</source>
        <translation>Path of the file</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="197"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="201"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="214"/>
        <source>What is imported:</source>
        <translation>What is imported:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="215"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="241"/>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="243"/>
        <source>Excel and CSV files (%1);;All files (*)</source>
        <translation>Excel and CSV files (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="273"/>
        <source>Choose another sheet above: %1.</source>
        <translation>Choose another sheet above: %1.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="287"/>
        <source>The table has headers but no rows.</source>
        <translation>The table has headers but no rows.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="114"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="118"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="119"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="120"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="121"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="122"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>KindsPage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="421"/>
        <source>Assign the kinds</source>
        <translation>Assign the kinds</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="424"/>
        <source>These kinds of organisation are not known yet. Assign each to a known kind, or keep it as a new kind. The choice is remembered for later imports.</source>
        <translation>These kinds of organisation are not known yet. Assign each to a known kind, or keep it as a new kind. The choice is remembered for later imports.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="431"/>
        <source>Kind in the file</source>
        <translation>Kind in the file</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="431"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="431"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="456"/>
        <source>Kind for „%1“</source>
        <translation>Kind for “%1”</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="457"/>
        <source>keep as a new kind</source>
        <translation>keep as a new kind</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="303"/>
        <source>Assign the columns</source>
        <translation>Assign the columns</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="307"/>
        <source>Which column of the file holds what? Columns set to „(not imported)“ are left out.</source>
        <translation>Which column of the file holds what? Columns set to “(not imported)” are left out.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="315"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="315"/>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="315"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="342"/>
        <source>Read: %1. The assignment you chose last time for these headers is set; correct it where needed.</source>
        <translation>Read: %1. The assignment you chose last time for these headers is set; correct it where needed.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="349"/>
        <source>Read: %1. The columns were assigned from their headers; correct the assignment where needed. It is remembered for files with the same headers.</source>
        <translation>Read: %1. The columns were assigned from their headers; correct the assignment where needed. It is remembered for files with the same headers.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="368"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="387"/>
        <source>Assign at least one column.</source>
        <translation>Assign at least one column.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="393"/>
        <source>Each field can only come from one column: %1</source>
        <translation>Each field can only come from one column: %1</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/preview_model.py" line="33"/>
        <source>Row</source>
        <translation>Row</translation>
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
        <translation>If duplicate</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/preview_model.py" line="37"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="486"/>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="489"/>
        <source>Every row is checked like the form. Invalid rows are not imported; for duplicates choose what happens, for all or row by row (double-click).</source>
        <translation>Every row is checked like the form. Invalid rows are not imported; for duplicates choose what happens, for all or row by row (double-click).</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="522"/>
        <source>Duplicates, for all:</source>
        <translation>Duplicates, for all:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="525"/>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="555"/>
        <source>Click a row to read its whole reason here.</source>
        <translation>Click a row to read its whole reason here.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="534"/>
        <source>No row can be imported. Check on the previous page (&lt; Back) which column holds the name.</source>
        <translation>No row can be imported. Check on the previous page (&lt; Back) which column holds the name.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="571"/>
        <source>no remarks</source>
        <translation>no remarks</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="573"/>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="586"/>
        <source>Rows: %1 · new: %2 · updates: %3 · duplicates: %4 · invalid: %5</source>
        <translation>Rows: %1 · new: %2 · updates: %3 · duplicates: %4 · invalid: %5</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="689"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="690"/>
        <source>What was stored, and why rows were left out.</source>
        <translation>What was stored, and why rows were left out.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="694"/>
        <source>Save error list…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="710"/>
        <source>Backup before the import: %1</source>
        <translation>Backup before the import: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="725"/>
        <source>Save error list</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="727"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="740"/>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/import_wizard.py" line="743"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>TransferArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="44"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="48"/>
        <source>Read partner organisations or volunteers from Excel or CSV</source>
        <translation>Read partner organisations or volunteers from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="51"/>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="61"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="55"/>
        <source>Save a list as Excel, CSV, address cards or calendar</source>
        <translation>Save a list as Excel, CSV, address cards or calendar</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="65"/>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="190"/>
        <source>E-mail to selection</source>
        <translation>E-mail to selection</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="67"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="68"/>
        <source>Opens your mail program with the selected addresses in BCC</source>
        <translation>Opens your mail program with the selected addresses in BCC</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="71"/>
        <source>Copy addresses</source>
        <translation>Copy addresses</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="72"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="74"/>
        <source>Puts the e-mail addresses of the selection on the clipboard, for Outlook</source>
        <translation>Puts the e-mail addresses of the selection on the clipboard, for Outlook</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="112"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="113"/>
        <source>The file is open read-only: nothing can be imported.</source>
        <translation>The file is open read-only: nothing can be imported.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="121"/>
        <source>Import: %1 created, %2 updated, %3 skipped, %4 invalid</source>
        <translation>Import: %1 created, %2 updated, %3 skipped, %4 invalid</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="153"/>
        <source>Exported to %2 (entries: %1)</source>
        <translation>Exported to %2 (entries: %1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="167"/>
        <source>Select the entries first (Ctrl+A selects all shown).</source>
        <translation>Select the entries first (Ctrl+A selects all shown).</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="176"/>
        <source>%1 without e-mail address or consent: %2</source>
        <translation>%1 without e-mail address or consent: %2</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="185"/>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="212"/>
        <source>None of the selected has a usable e-mail address.</source>
        <translation>None of the selected has a usable e-mail address.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="192"/>
        <source>%1 addresses are too many for the mail program&apos;s link. Copy them to the clipboard instead, to paste them into the BCC field?</source>
        <translation>%1 addresses are too many for the mail program&apos;s link. Copy them to the clipboard instead, to paste them into the BCC field?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="201"/>
        <source>Addresses handed to the mail program (BCC): %1.</source>
        <translation>Addresses handed to the mail program (BCC): %1.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/transfer/__init__.py" line="219"/>
        <source>Addresses copied: %1. Paste them into the BCC field.</source>
        <translation>Addresses copied: %1. Paste them into the BCC field.</translation>
    </message>
</context>
</TS>
