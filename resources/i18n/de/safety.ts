<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="39"/>
        <source>About NFG Desktop</source>
        <translation>Über NFG Desktop</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="47"/>
        <source>Keeps the partners, projects, volunteers, meetings and trainings of a local “Netzwerk für Generationen”, offline, in one file (or for a team on a database server). The program connects to nothing but that server.</source>
        <translation>Verwaltet Partner, Projekte, Ehrenamtliche, Termine und Qualifizierungen eines „Netzwerks für Generationen“ – offline, in einer Datei (oder im Team auf einem Datenbankserver). Das Programm verbindet sich mit nichts außer diesem Server.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="62"/>
        <source>Data file:</source>
        <translation>Datendatei:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="63"/>
        <source>Backup folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="64"/>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="73"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="81"/>
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>Lizenz: GPL-3.0-or-later.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="52"/>
        <source>Copy network</source>
        <translation>Netzwerk kopieren</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="63"/>
        <source>Copies the whole network with every record and its history. The target must be empty (a new file or an empty server database); if anything fails, the target stays as it was.</source>
        <translation>Kopiert das ganze Netzwerk mit allen Einträgen und dem Änderungsverlauf. Das Ziel muss leer sein (eine neue Datei oder eine leere Datenbank auf dem Server); schlägt etwas fehl, bleibt das Ziel, wie es war.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="70"/>
        <source>From this file to a server database</source>
        <translation>Von dieser Datei in eine Datenbank auf dem Server</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="72"/>
        <source>From a server database into a new file</source>
        <translation>Von einer Datenbank auf dem Server in eine neue Datei</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="89"/>
        <source>empty: from your pgpass file</source>
        <translation>leer: aus Ihrer pgpass-Datei</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="90"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="91"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="92"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="93"/>
        <source>User:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="94"/>
        <source>Password:</source>
        <translation>Kennwort:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="100"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="104"/>
        <source>New file:</source>
        <translation>Neue Datei:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="120"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="144"/>
        <source>New file</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="144"/>
        <source>NFG file (*.sqlite)</source>
        <translation>NFG-Datei (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="163"/>
        <source>Please enter the server and the database.</source>
        <translation>Bitte geben Sie den Server und die Datenbank an.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="170"/>
        <source>Please choose the new file.</source>
        <translation>Bitte wählen Sie die neue Datei.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="184"/>
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="198"/>
        <source>An unexpected error stopped the copy; the target is unchanged. Details are in the log file.</source>
        <translation>Ein unerwarteter Fehler hat das Kopieren abgebrochen; das Ziel ist unverändert. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="215"/>
        <source>Copied: %1 partners, %2 volunteers, %3 projects; all %4 tables checked.</source>
        <translation>Kopiert: %1 Partner, %2 Ehrenamtliche, %3 Projekte; alle %4 Tabellen verglichen.</translation>
    </message>
</context>
<context>
    <name>CreateBackupDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="50"/>
        <source>Create backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="53"/>
        <source>Backups of “%1” are saved in:</source>
        <translation>Sicherungen von „%1“ werden gespeichert in:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="61"/>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="63"/>
        <source>Back to the standard folder</source>
        <translation>Zurück zum Standardordner</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="71"/>
        <source>NFG Desktop also makes a backup by itself: at the first start of each day and before every update, restore and import. It keeps the last 7 daily, 4 weekly and 12 monthly backups. For safety against a broken computer, choose a folder on another drive or a USB stick.</source>
        <translation>NFG Desktop sichert auch von selbst: beim ersten Start jedes Tages und vor jedem Update, jeder Wiederherstellung und jedem Import. Aufbewahrt werden die letzten 7 täglichen, 4 wöchentlichen und 12 monatlichen Sicherungen. Damit auch ein defekter Computer nichts kostet, wählen Sie einen Ordner auf einem anderen Laufwerk oder einem USB-Stick.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="82"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="88"/>
        <source>Create backup now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="102"/>
        <source>Folder for backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="121"/>
        <source>Backup created: %1</source>
        <translation>Sicherung erstellt: %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/error_hook.py" line="46"/>
        <source>Something unexpected happened: the last action could not be completed.</source>
        <translation>Etwas Unerwartetes ist passiert: Die letzte Aktion konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/error_hook.py" line="50"/>
        <source>Your data is safe: everything saved before is stored in the file. You can keep working; if the problem comes back, please close and reopen NFG Desktop.

The details were written to the log file in the folder “%1”. Please pass it on to whoever looks after the program.</source>
        <translation>Ihre Daten sind sicher: Alles, was vorher gespeichert wurde, steht in der Datei. Sie können weiterarbeiten; tritt das Problem wieder auf, schließen Sie NFG Desktop bitte und öffnen es neu.

Die Einzelheiten stehen in der Protokolldatei im Ordner „%1“. Bitte geben Sie sie an die Person weiter, die das Programm betreut.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/error_hook.py" line="60"/>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>HolderBar</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/holder_bar.py" line="51"/>
        <source>Edit now</source>
        <translation>Jetzt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/holder_bar.py" line="69"/>
        <source>%1 on the computer “%2” is editing this file since %3 at %4.</source>
        <translation>%1 auf dem Computer „%2“ bearbeitet diese Datei seit %3 um %4 Uhr.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/holder_bar.py" line="79"/>
        <source>You see the last saved state and cannot change anything until it is closed there.</source>
        <translation>Sie sehen den zuletzt gespeicherten Stand und können nichts ändern, bis die Datei dort geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/holder_bar.py" line="84"/>
        <source>The file has been closed by the other program. You can edit it now.</source>
        <translation>Die Datei wurde im anderen Programm geschlossen. Sie können sie jetzt bearbeiten.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="135"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="139"/>
        <source>Choose the backup that replaces the current state of “%1”. The current state is backed up first, so nothing is lost.</source>
        <translation>Wählen Sie die Sicherung, die den jetzigen Stand von „%1“ ersetzt. Der jetzige Stand wird vorher gesichert; es geht also nichts verloren.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="148"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="151"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="152"/>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="153"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="154"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="155"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="171"/>
        <source>Other file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="175"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="188"/>
        <source>Backup folder: %1</source>
        <translation>Sicherungsordner: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="191"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="223"/>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="225"/>
        <source>NFG file (*.sqlite);;All files (*)</source>
        <translation>NFG-Datei (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="237"/>
        <source>Replace the current state of “%1” with the backup “%2”?

The current state is backed up first.</source>
        <translation>Den jetzigen Stand von „%1“ durch die Sicherung „%2“ ersetzen?

Der jetzige Stand wird vorher gesichert.</translation>
    </message>
</context>
<context>
    <name>SafetyArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="45"/>
        <source>Create backup…</source>
        <translation>Sicherung erstellen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="48"/>
        <source>Restore backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="51"/>
        <source>Copy network…</source>
        <translation>Netzwerk kopieren…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="120"/>
        <source>Backup restored. The previous state was saved as “%1”.</source>
        <translation>Sicherung wiederhergestellt. Der vorherige Stand wurde als „%1“ gesichert.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="149"/>
        <source>Another program has taken over this file. To protect its changes, this window is now read-only. Please close it and open the file again later.</source>
        <translation>Ein anderes Programm hat diese Datei übernommen. Damit dessen Änderungen nicht verloren gehen, ist dieses Fenster jetzt schreibgeschützt. Bitte schließen Sie es und öffnen Sie die Datei später erneut.</translation>
    </message>
</context>
<context>
    <name>SafetyQuestions</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="41"/>
        <source>The file “%1” is still marked as open by %2 on the computer “%3” since %4 at %5.</source>
        <translation>Die Datei „%1“ ist noch als geöffnet markiert: von %2 auf dem Computer „%3“ seit %4 um %5 Uhr.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="58"/>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="51"/>
        <source>The drive the file is on does not support file locks, so NFG Desktop cannot tell by itself whether someone still works with it. NFG Desktop was apparently not closed properly there (for example the computer was switched off). Take the file over only if nobody is working with it any more. You can also open it read-only.</source>
        <translation>Das Laufwerk, auf dem die Datei liegt, unterstützt keine Dateisperren; NFG Desktop kann deshalb nicht selbst feststellen, ob dort noch jemand damit arbeitet. Das Programm wurde dort offenbar nicht ordnungsgemäß beendet (zum Beispiel wurde der Computer ausgeschaltet). Übernehmen Sie die Datei nur, wenn sicher niemand mehr damit arbeitet. Sie können sie auch nur zum Lesen öffnen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="61"/>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="73"/>
        <source>Open read-only</source>
        <translation>Nur zum Lesen öffnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="72"/>
        <source>Do you want to open the file read-only?</source>
        <translation>Möchten Sie die Datei nur zum Lesen öffnen?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="84"/>
        <source>The file “%1” was not found in the folder “%2”.</source>
        <translation>Die Datei „%1“ wurde im Ordner „%2“ nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="90"/>
        <source>Perhaps it was moved or renamed, or the network drive or USB stick is not connected. Connect the drive and try again, open the file with File &gt; Open…, restore a backup, or start a new empty file here.</source>
        <translation>Vielleicht wurde sie verschoben oder umbenannt, oder das Netzlaufwerk bzw. der USB-Stick ist nicht verbunden. Verbinden Sie das Laufwerk und versuchen Sie es noch einmal, öffnen Sie die Datei über Datei &gt; Öffnen…, stellen Sie eine Sicherung wieder her oder beginnen Sie hier eine neue, leere Datei.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="97"/>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="112"/>
        <source>Restore backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="99"/>
        <source>New empty file</source>
        <translation>Neue leere Datei</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="76"/>
        <source>a new entry (%1)</source>
        <translation>ein neuer Eintrag (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="207"/>
        <source>These entries of the draft could not be put back; please enter them again:</source>
        <translation>Diese Angaben des Entwurfs konnten nicht ins Formular übernommen werden; bitte geben Sie sie noch einmal ein:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="224"/>
        <source>When NFG Desktop was last ended (%1 at %2), these forms had changes that were not saved:</source>
        <translation>Als NFG Desktop zuletzt beendet wurde (%1 um %2 Uhr), hatten diese Formulare ungespeicherte Änderungen:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="235"/>
        <source>Restore them into the form (they are not saved until you click Save), or discard them?</source>
        <translation>Möchten Sie sie ins Formular zurückholen (gespeichert wird erst, wenn Sie auf Speichern klicken) oder verwerfen?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="242"/>
        <source>Restore</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="246"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
</TS>
