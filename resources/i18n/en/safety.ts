<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="39"/>
        <source>About NFG Desktop</source>
        <translation>About NFG Desktop</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="47"/>
        <source>Keeps the partners, projects, volunteers, meetings and trainings of a local “Netzwerk für Generationen”, offline, in one file (or for a team on a database server). The program connects to nothing but that server.</source>
        <translation>Keeps the partners, projects, volunteers, meetings and trainings of a local “Netzwerk für Generationen”, offline, in one file (or for a team on a database server). The program connects to nothing but that server.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="62"/>
        <source>Data file:</source>
        <translation>Data file:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="63"/>
        <source>Backup folder:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="64"/>
        <source>Log folder:</source>
        <translation>Log folder:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="73"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/about.py" line="81"/>
        <source>Licence: GPL-3.0-or-later.</source>
        <translation>Licence: GPL-3.0-or-later.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="52"/>
        <source>Copy network</source>
        <translation>Copy network</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="63"/>
        <source>Copies the whole network with every record and its history. The target must be empty (a new file or an empty server database); if anything fails, the target stays as it was.</source>
        <translation>Copies the whole network with every record and its history. The target must be empty (a new file or an empty server database); if anything fails, the target stays as it was.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="70"/>
        <source>From this file to a server database</source>
        <translation>From this file to a server database</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="72"/>
        <source>From a server database into a new file</source>
        <translation>From a server database into a new file</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="89"/>
        <source>empty: from your pgpass file</source>
        <translation>empty: from your pgpass file</translation>
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
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="93"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="94"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="100"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="104"/>
        <source>New file:</source>
        <translation>New file:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="120"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="144"/>
        <source>New file</source>
        <translation>New file</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="144"/>
        <source>NFG file (*.sqlite)</source>
        <translation>NFG file (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="163"/>
        <source>Please enter the server and the database.</source>
        <translation>Please enter the server and the database.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="170"/>
        <source>Please choose the new file.</source>
        <translation>Please choose the new file.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="184"/>
        <source>Copying…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="198"/>
        <source>An unexpected error stopped the copy; the target is unchanged. Details are in the log file.</source>
        <translation>An unexpected error stopped the copy; the target is unchanged. Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/copy_dialog.py" line="215"/>
        <source>Copied: %1 partners, %2 volunteers, %3 projects; all %4 tables checked.</source>
        <translation>Copied: %1 partners, %2 volunteers, %3 projects; all %4 tables checked.</translation>
    </message>
</context>
<context>
    <name>CreateBackupDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="50"/>
        <source>Create backup</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="53"/>
        <source>Backups of “%1” are saved in:</source>
        <translation>Backups of “%1” are saved in:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="61"/>
        <source>Choose another folder…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="63"/>
        <source>Back to the standard folder</source>
        <translation>Back to the standard folder</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="71"/>
        <source>NFG Desktop also makes a backup by itself: at the first start of each day and before every update, restore and import. It keeps the last 7 daily, 4 weekly and 12 monthly backups. For safety against a broken computer, choose a folder on another drive or a USB stick.</source>
        <translation>NFG Desktop also makes a backup by itself: at the first start of each day and before every update, restore and import. It keeps the last 7 daily, 4 weekly and 12 monthly backups. For safety against a broken computer, choose a folder on another drive or a USB stick.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="82"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="88"/>
        <source>Create backup now</source>
        <translation>Create backup now</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="102"/>
        <source>Folder for backups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="121"/>
        <source>Backup created: %1</source>
        <translation>Backup created: %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/error_hook.py" line="46"/>
        <source>Something unexpected happened: the last action could not be completed.</source>
        <translation>Something unexpected happened: the last action could not be completed.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/error_hook.py" line="50"/>
        <source>Your data is safe: everything saved before is stored in the file. You can keep working; if the problem comes back, please close and reopen NFG Desktop.

The details were written to the log file in the folder “%1”. Please pass it on to whoever looks after the program.</source>
        <translation>Your data is safe: everything saved before is stored in the file. You can keep working; if the problem comes back, please close and reopen NFG Desktop.

The details were written to the log file in the folder “%1”. Please pass it on to whoever looks after the program.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/error_hook.py" line="60"/>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
</context>
<context>
    <name>HolderBar</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/holder_bar.py" line="51"/>
        <source>Edit now</source>
        <translation>Edit now</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/holder_bar.py" line="69"/>
        <source>%1 on the computer “%2” is editing this file since %3 at %4.</source>
        <translation>%1 on the computer “%2” has been editing this file since %3 at %4.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/holder_bar.py" line="79"/>
        <source>You see the last saved state and cannot change anything until it is closed there.</source>
        <translation>You see the last saved state and cannot change anything until it is closed there.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/holder_bar.py" line="84"/>
        <source>The file has been closed by the other program. You can edit it now.</source>
        <translation>The file has been closed by the other program. You can edit it now.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="135"/>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="139"/>
        <source>Choose the backup that replaces the current state of “%1”. The current state is backed up first, so nothing is lost.</source>
        <translation>Choose the backup that replaces the current state of “%1”. The current state is backed up first, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="148"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="151"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="152"/>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="153"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="154"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="155"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="171"/>
        <source>Other file…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="175"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="188"/>
        <source>Backup folder: %1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="191"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="223"/>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="225"/>
        <source>NFG file (*.sqlite);;All files (*)</source>
        <translation>NFG file (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/backup_dialogs.py" line="237"/>
        <source>Replace the current state of “%1” with the backup “%2”?

The current state is backed up first.</source>
        <translation>Replace the current state of “%1” with the backup “%2”?

The current state is backed up first.</translation>
    </message>
</context>
<context>
    <name>SafetyArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="45"/>
        <source>Create backup…</source>
        <translation>Create backup…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="48"/>
        <source>Restore backup…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="51"/>
        <source>Copy network…</source>
        <translation>Copy network…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="120"/>
        <source>Backup restored. The previous state was saved as “%1”.</source>
        <translation>Backup restored. The previous state was saved as “%1”.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/__init__.py" line="149"/>
        <source>Another program has taken over this file. To protect its changes, this window is now read-only. Please close it and open the file again later.</source>
        <translation>Another program has taken over this file. To protect its changes, this window is now read-only. Please close it and open the file again later.</translation>
    </message>
</context>
<context>
    <name>SafetyQuestions</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="41"/>
        <source>The file “%1” is still marked as open by %2 on the computer “%3” since %4 at %5.</source>
        <translation>The file “%1” is still marked as open by %2 on the computer “%3” since %4 at %5.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="51"/>
        <source>The drive the file is on does not support file locks, so NFG Desktop cannot tell by itself whether someone still works with it. NFG Desktop was apparently not closed properly there (for example the computer was switched off). Take the file over only if nobody is working with it any more. You can also open it read-only.</source>
        <translation>The drive the file is on does not support file locks, so NFG Desktop cannot tell by itself whether someone still works with it. NFG Desktop was apparently not closed properly there (for example the computer was switched off). Take the file over only if nobody is working with it any more. You can also open it read-only.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="58"/>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="61"/>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="73"/>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="72"/>
        <source>Do you want to open the file read-only?</source>
        <translation>Do you want to open the file read-only?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="84"/>
        <source>The file “%1” was not found in the folder “%2”.</source>
        <translation>The file “%1” was not found in the folder “%2”.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="90"/>
        <source>Perhaps it was moved or renamed, or the network drive or USB stick is not connected. Connect the drive and try again, open the file with File &gt; Open…, restore a backup, or start a new empty file here.</source>
        <translation>Perhaps it was moved or renamed, or the network drive or USB stick is not connected. Connect the drive and try again, open the file with File &gt; Open…, restore a backup, or start a new empty file here.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="97"/>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="112"/>
        <source>Restore backup…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/questions.py" line="99"/>
        <source>New empty file</source>
        <translation>New empty file</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="76"/>
        <source>a new entry (%1)</source>
        <translation>a new entry (%1)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="207"/>
        <source>These entries of the draft could not be put back; please enter them again:</source>
        <translation>These entries of the draft could not be put back; please enter them again:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="224"/>
        <source>When NFG Desktop was last ended (%1 at %2), these forms had changes that were not saved:</source>
        <translation>When NFG Desktop was last ended (%1 at %2), these forms had changes that were not saved:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="235"/>
        <source>Restore them into the form (they are not saved until you click Save), or discard them?</source>
        <translation>Restore them into the form (they are not saved until you click Save), or discard them?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="242"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/safety/drafts.py" line="246"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
</TS>
