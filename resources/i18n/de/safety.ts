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
        <source>Keeps the partners, projects, volunteers, meetings and trainings of a local “Netzwerk für Generationen”, offline, in one file. The program makes no network connection of its own.</source>
        <translation>Verwaltet Partner, Projekte, Ehrenamtliche, Termine und Qualifizierungen eines „Netzwerks für Generationen“ – offline, in einer Datei. Das Programm baut keine eigene Netzwerkverbindung auf.</translation>
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
    <name>CreateBackupDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="48"/>
        <source>Create backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="51"/>
        <source>Backups of “%1” are saved in:</source>
        <translation>Sicherungen von „%1“ werden gespeichert in:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="59"/>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="61"/>
        <source>Back to the standard folder</source>
        <translation>Zurück zum Standardordner</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="69"/>
        <source>NFG Desktop also makes a backup by itself: at the first start of each day and before every update, restore and import. It keeps the last 7 daily, 4 weekly and 12 monthly backups. For safety against a broken computer, choose a folder on another drive or a USB stick.</source>
        <translation>NFG Desktop sichert auch von selbst: beim ersten Start jedes Tages und vor jedem Update, jeder Wiederherstellung und jedem Import. Aufbewahrt werden die letzten 7 täglichen, 4 wöchentlichen und 12 monatlichen Sicherungen. Damit auch ein defekter Computer nichts kostet, wählen Sie einen Ordner auf einem anderen Laufwerk oder einem USB-Stick.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="85"/>
        <source>Create backup now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="99"/>
        <source>Folder for backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="118"/>
        <source>Backup created: %1</source>
        <translation>Sicherung erstellt: %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/error_hook.py" line="45"/>
        <source>Something unexpected happened: the last action could not be completed.</source>
        <translation>Etwas Unerwartetes ist passiert: Die letzte Aktion konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/error_hook.py" line="49"/>
        <source>Your data is safe: everything saved before is stored in the file. You can keep working; if the problem comes back, please close and reopen NFG Desktop.

The details were written to the log file in the folder “%1”. Please pass it on to whoever looks after the program.</source>
        <translation>Ihre Daten sind sicher: Alles, was vorher gespeichert wurde, steht in der Datei. Sie können weiterarbeiten; tritt das Problem wieder auf, schließen Sie NFG Desktop bitte und öffnen es neu.

Die Einzelheiten stehen in der Protokolldatei im Ordner „%1“. Bitte geben Sie sie an die Person weiter, die das Programm betreut.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/error_hook.py" line="59"/>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="132"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="136"/>
        <source>Choose the backup that replaces the current state of “%1”. The current state is backed up first, so nothing is lost.</source>
        <translation>Wählen Sie die Sicherung, die den jetzigen Stand von „%1“ ersetzt. Der jetzige Stand wird vorher gesichert; es geht also nichts verloren.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="147"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="148"/>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="149"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="150"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="151"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="167"/>
        <source>Other file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="171"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="184"/>
        <source>Backup folder: %1</source>
        <translation>Sicherungsordner: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="187"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="219"/>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="221"/>
        <source>NFG file (*.sqlite);;All files (*)</source>
        <translation>NFG-Datei (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="233"/>
        <source>Replace the current state of “%1” with the backup “%2”?

The current state is backed up first.</source>
        <translation>Den jetzigen Stand von „%1“ durch die Sicherung „%2“ ersetzen?

Der jetzige Stand wird vorher gesichert.</translation>
    </message>
</context>
<context>
    <name>SafetyArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="39"/>
        <source>Create backup…</source>
        <translation>Sicherung erstellen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="42"/>
        <source>Restore backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="104"/>
        <source>Backup restored. The previous state was saved as “%1”.</source>
        <translation>Sicherung wiederhergestellt. Der vorherige Stand wurde als „%1“ gesichert.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="130"/>
        <source>Another program has taken over this file. To protect its changes, this window is now read-only. Please close it and open the file again later.</source>
        <translation>Ein anderes Programm hat diese Datei übernommen. Damit dessen Änderungen nicht verloren gehen, ist dieses Fenster jetzt schreibgeschützt. Bitte schließen Sie es und öffnen Sie die Datei später erneut.</translation>
    </message>
</context>
<context>
    <name>SafetyQuestions</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="40"/>
        <source>The file “%1” is still marked as open by %2 on the computer “%3” since %4 at %5.</source>
        <translation>Die Datei „%1“ ist noch als geöffnet markiert: von %2 auf dem Computer „%3“ seit %4 um %5 Uhr.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="51"/>
        <source>NFG Desktop was apparently not closed properly there (for example the computer was switched off). Take the file over only if nobody is working with it any more. You can also open it read-only.</source>
        <translation>NFG Desktop wurde dort offenbar nicht ordnungsgemäß beendet (zum Beispiel wurde der Computer ausgeschaltet). Übernehmen Sie die Datei nur, wenn dort sicher niemand mehr damit arbeitet. Sie können sie auch nur zum Lesen öffnen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="56"/>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="61"/>
        <source>The file “%1” is being edited by %2 on the computer “%3” since %4 at %5.</source>
        <translation>Die Datei „%1“ wird gerade von %2 auf dem Computer „%3“ bearbeitet, seit %4 um %5 Uhr.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="70"/>
        <source>Only one person can edit the file at a time. You can open it read-only (you see everything but cannot change anything) or try again later.</source>
        <translation>Es kann immer nur eine Person die Datei bearbeiten. Sie können sie nur zum Lesen öffnen (Sie sehen alles, können aber nichts ändern) oder es später noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="74"/>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="86"/>
        <source>Open read-only</source>
        <translation>Nur zum Lesen öffnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="85"/>
        <source>Do you want to open the file read-only?</source>
        <translation>Möchten Sie die Datei nur zum Lesen öffnen?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="97"/>
        <source>The file “%1” was not found in the folder “%2”.</source>
        <translation>Die Datei „%1“ wurde im Ordner „%2“ nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="103"/>
        <source>Perhaps it was moved or renamed, or the network drive or USB stick is not connected. Connect the drive and try again, open the file with File &gt; Open…, restore a backup, or start a new empty file here.</source>
        <translation>Vielleicht wurde sie verschoben oder umbenannt, oder das Netzlaufwerk bzw. der USB-Stick ist nicht verbunden. Verbinden Sie das Laufwerk und versuchen Sie es noch einmal, öffnen Sie die Datei über Datei &gt; Öffnen…, stellen Sie eine Sicherung wieder her oder beginnen Sie hier eine neue, leere Datei.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="110"/>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="125"/>
        <source>Restore backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="112"/>
        <source>New empty file</source>
        <translation>Neue leere Datei</translation>
    </message>
</context>
</TS>
