<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="322"/>
        <source>Warning: this project works with children or young people, and this volunteer has no valid extended police clearance (§ 72a SGB VIII):</source>
        <translation>Achtung: Dieses Projekt arbeitet mit Kindern oder Jugendlichen, und für diese Person liegt kein gültiges erweitertes Führungszeugnis vor (§ 72a SGB VIII):</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="326"/>
        <source>Assign only with a reason that is noted with the assignment.</source>
        <translation>Zuordnen nur mit einer Begründung, die bei der Zuordnung vermerkt wird.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="336"/>
        <source>Assign anyway</source>
        <translation>Trotzdem zuordnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="338"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="6"/>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="26"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="45"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="48"/>
        <source>Type to search; choose an entry from the list</source>
        <translation>Zum Suchen tippen; einen Eintrag aus der Liste wählen</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="55"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="71"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="78"/>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="88"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="115"/>
        <source>Reason for an e&amp;xception:</source>
        <translation>Begründung der A&amp;usnahme:</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="140"/>
        <source>Reason for an exception</source>
        <translation>Begründung der Ausnahme</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="370"/>
        <source>This project works with children or young people. The following volunteers have no valid extended police clearance (§ 72a SGB VIII):</source>
        <translation>Dieses Projekt arbeitet mit Kindern oder Jugendlichen. Für folgende Ehrenamtliche liegt kein gültiges erweitertes Führungszeugnis vor (§ 72a SGB VIII):</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="383"/>
        <source>Assign anyway and save</source>
        <translation>Trotzdem zuordnen und speichern</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_dialog.ui" line="6"/>
        <source>Police clearance missing</source>
        <translation>Führungszeugnis fehlt</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_dialog.ui" line="28"/>
        <source>Volunteers without valid clearance</source>
        <translation>Ehrenamtliche ohne gültiges Führungszeugnis</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_dialog.ui" line="35"/>
        <source>You can assign them anyway if there is a reason (for example: the clearance has been requested, or the volunteer never works alone with children). The reason is noted with the assignment.</source>
        <translation>Sie können sie trotzdem zuordnen, wenn es einen Grund gibt (zum Beispiel: das Führungszeugnis ist beantragt, oder die Person ist nie allein mit Kindern). Die Begründung wird bei der Zuordnung vermerkt.</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_dialog.ui" line="53"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_dialog.ui" line="78"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>ClearanceRecordDialog</name>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="6"/>
        <source>Record police clearance</source>
        <translation>Führungszeugnis erfassen</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="18"/>
        <source>Only these facts may be recorded. The certificate itself is not kept.</source>
        <translation>Nur diese Angaben dürfen erfasst werden. Das Führungszeugnis selbst wird nicht aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="36"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Ausgestellt am:</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="46"/>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="53"/>
        <source>I&amp;nspected on:</source>
        <translation>&amp;Eingesehen am:</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="63"/>
        <source>Inspected on</source>
        <translation>Eingesehen am</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="70"/>
        <source>&amp;No entries (clean)</source>
        <translation>&amp;Keine Einträge (einwandfrei)</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="73"/>
        <source>No entries (clean)</source>
        <translation>Keine Einträge (einwandfrei)</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="80"/>
        <source>Inspected &amp;by:</source>
        <translation>Eingesehen &amp;von:</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="90"/>
        <source>Inspected by</source>
        <translation>Eingesehen von</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="201"/>
        <source>Edit contact person</source>
        <translation>Ansprechperson bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="203"/>
        <source>New contact person</source>
        <translation>Neue Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="6"/>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="20"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="33"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="40"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="53"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="60"/>
        <source>F&amp;unction:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="70"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="77"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="87"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="94"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="104"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="111"/>
        <source>&amp;Primary contact of the organisation</source>
        <translation>&amp;Hauptansprechperson der Organisation</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="114"/>
        <source>Primary contact of the organisation</source>
        <translation>Hauptansprechperson der Organisation</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="129"/>
        <source>Consent (GDPR)</source>
        <translation>Einwilligung (DSGVO)</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="141"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Erteilt am:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="151"/>
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="158"/>
        <source>Contact data may be &amp;passed on in lists</source>
        <translation>Kontaktdaten dürfen in &amp;Listen weitergegeben werden</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="161"/>
        <source>Contact data may be passed on in lists</source>
        <translation>Kontaktdaten dürfen in Listen weitergegeben werden</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="168"/>
        <source>P&amp;hotos may be used</source>
        <translation>&amp;Fotos dürfen verwendet werden</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="171"/>
        <source>Photos may be used</source>
        <translation>Fotos dürfen verwendet werden</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="178"/>
        <source>Data may be &amp;shared with partners</source>
        <translation>Daten dürfen an &amp;Partner weitergegeben werden</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="181"/>
        <source>Data may be shared with partners</source>
        <translation>Daten dürfen an Partner weitergegeben werden</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="188"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Widerrufen am:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="198"/>
        <source>Consent withdrawn on</source>
        <translation>Einwilligung widerrufen am</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="135"/>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="208"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="135"/>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="208"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="140"/>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="141"/>
        <source>Choose from the calendar</source>
        <translation>Im Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="148"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="152"/>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="209"/>
        <source>Type a date such as 1.3.25, 01.03.2025 or „heute“, or choose one.</source>
        <translation>Ein Datum eingeben, z. B. 1.3.25, 01.03.2025 oder „heute“, oder im Kalender wählen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="211"/>
        <source>Leave it empty for no date.</source>
        <translation>Leer lassen für „kein Datum“.</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="419"/>
        <source>(no project)</source>
        <translation>(kein Projekt)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="468"/>
        <location filename="../../../ui/hours_dialog.ui" line="6"/>
        <source>Log hours</source>
        <translation>Stunden erfassen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="469"/>
        <source>Add to the project and log the hours?</source>
        <translation>Hinzufügen und Stunden eintragen?</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="26"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="36"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="43"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="59"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="66"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Stunden:</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="85"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="92"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="105"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="553"/>
        <source>Type part of a name</source>
        <translation>Teil eines Namens eingeben</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="570"/>
        <source>Chosen: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="574"/>
        <source>Nobody to choose in „%1“ (yet). </source>
        <translation>Niemand zur Auswahl in „%1“. </translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="6"/>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="26"/>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="42"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="49"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="59"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="77"/>
        <source>Candidates</source>
        <translation>Auswahl</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="151"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="173"/>
        <location filename="../../../ui/meeting_editor.ui" line="217"/>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="180"/>
        <source>%1 invited, %2 attended</source>
        <translation>%1 eingeladen, %2 anwesend</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="239"/>
        <source>Invite partners</source>
        <translation>Partner einladen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="240"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisationen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="251"/>
        <source>Invite people</source>
        <translation>Personen einladen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="253"/>
        <source>Contact persons of partners</source>
        <translation>Ansprechpersonen der Partner</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="254"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="255"/>
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="6"/>
        <location filename="../../../ui/meeting_editor.ui" line="30"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="42"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="55"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="62"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="81"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="84"/>
        <source>Choose a kind or type a new one</source>
        <translation>Art auswählen oder eine neue eintippen</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="91"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="101"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="108"/>
        <source>&amp;Begins at:</source>
        <translation>&amp;Beginn um:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="121"/>
        <source>Begins at</source>
        <translation>Beginn um</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="128"/>
        <source>&amp;Ends at:</source>
        <translation>&amp;Ende um:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="138"/>
        <source>Ends at</source>
        <translation>Ende um</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="141"/>
        <source>Time the meeting ends (same day)</source>
        <translation>Uhrzeit, zu der der Termin endet (am selben Tag)</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="148"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="161"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="177"/>
        <source>Invited and attendance</source>
        <translation>Eingeladen und anwesend</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="213"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="222"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="227"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="259"/>
        <source>Invite &amp;partners…</source>
        <translation>&amp;Partner einladen …</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="262"/>
        <source>Invite partners…</source>
        <translation>Partner einladen …</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="265"/>
        <source>Invite partner organisations</source>
        <translation>Partnerorganisationen einladen</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="272"/>
        <source>Invite pe&amp;ople…</source>
        <translation>P&amp;ersonen einladen …</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="275"/>
        <source>Invite people…</source>
        <translation>Personen einladen …</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="278"/>
        <source>Invite contact persons, volunteers or the coordination</source>
        <translation>Ansprechpersonen, Ehrenamtliche oder die Koordination einladen</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="285"/>
        <source>&amp;Remove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="288"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="291"/>
        <source>Remove the selected invitation</source>
        <translation>Die ausgewählte Einladung entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="322"/>
        <location filename="../../../ui/meeting_editor.ui" line="343"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="359"/>
        <location filename="../../../ui/meeting_editor.ui" line="380"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>OptionalTimeEdit</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="332"/>
        <source>Enter a time</source>
        <translation>Uhrzeit angeben</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/partner_editor.py" line="88"/>
        <source>(not set)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/partner_editor.py" line="147"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/partner_editor.py" line="162"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="6"/>
        <source>Partner organisation</source>
        <translation>Netzwerkpartner</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="30"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="55"/>
        <location filename="../../../ui/partner_editor.ui" line="435"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="62"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="81"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="84"/>
        <source>Choose a kind or type a new one</source>
        <translation>Art auswählen oder eine neue eintippen</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="91"/>
        <source>S&amp;ector:</source>
        <translation>S&amp;ektor:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="107"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="114"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="137"/>
        <source>Partner &amp;since:</source>
        <translation>Partner &amp;seit:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="147"/>
        <source>Partner since</source>
        <translation>Partner seit</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="154"/>
        <source>Cooperation a&amp;greement:</source>
        <translation>&amp;Kooperationsvereinbarung:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="164"/>
        <source>Cooperation agreement</source>
        <translation>Kooperationsvereinbarung</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="167"/>
        <source>Date of the signed cooperation agreement</source>
        <translation>Datum der unterschriebenen Kooperationsvereinbarung</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="183"/>
        <source>Address and contact</source>
        <translation>Adresse und Kontakt</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="195"/>
        <source>St&amp;reet:</source>
        <translation>St&amp;raße:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="205"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="212"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;PLZ:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="225"/>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="232"/>
        <source>&amp;City:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="242"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="249"/>
        <source>&amp;District:</source>
        <translation>&amp;Ortsteil:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="265"/>
        <source>District</source>
        <translation>Ortsteil</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="268"/>
        <source>The village or district of the municipality: choose one of the network&apos;s or type another</source>
        <translation>Das Dorf oder der Stadtteil der Gemeinde: einen der Ortsteile des Netzwerks wählen oder einen anderen eingeben</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="275"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="285"/>
        <location filename="../../../ui/partner_editor.ui" line="445"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="292"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="302"/>
        <location filename="../../../ui/partner_editor.ui" line="450"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="309"/>
        <source>&amp;Website:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="319"/>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="349"/>
        <location filename="../../../ui/partner_editor.ui" line="355"/>
        <source>Focus areas</source>
        <translation>Schwerpunkte</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="371"/>
        <location filename="../../../ui/partner_editor.ui" line="377"/>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="395"/>
        <location filename="../../../ui/partner_editor.ui" line="431"/>
        <source>Contact persons</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="440"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="455"/>
        <source>Primary</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="477"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="480"/>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="483"/>
        <source>Add a contact person</source>
        <translation>Eine Ansprechperson hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="490"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="493"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="496"/>
        <source>Edit the selected contact person</source>
        <translation>Die ausgewählte Ansprechperson bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="503"/>
        <source>Remo&amp;ve</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="506"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="509"/>
        <source>Remove the selected contact person</source>
        <translation>Die ausgewählte Ansprechperson entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="516"/>
        <source>Make p&amp;rimary</source>
        <translation>Zur Haupt&amp;ansprechperson</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="519"/>
        <source>Make primary</source>
        <translation>Zur Hauptansprechperson</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="522"/>
        <source>Mark the selected person as the primary contact</source>
        <translation>Die ausgewählte Person als Hauptansprechperson markieren</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="553"/>
        <location filename="../../../ui/partner_editor.ui" line="574"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="222"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="267"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="292"/>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="304"/>
        <source>Add partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="293"/>
        <source>Every partner organisation is already in this project.</source>
        <translation>Alle Partnerorganisationen sind schon in diesem Projekt.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="296"/>
        <source>There are no partner organisations yet. Enter them in the list „Partner“ (or import a list), then add them here.</source>
        <translation>Es gibt noch keine Partnerorganisationen. Tragen Sie sie in der Liste „Partner“ ein (oder importieren Sie eine Liste) und fügen Sie sie dann hier hinzu.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="332"/>
        <source>Role of the partner</source>
        <translation>Rolle des Partners</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="387"/>
        <source>exception: %1</source>
        <translation>Ausnahme: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="404"/>
        <source>Warning: this project works with children or young people. These volunteers have no valid extended police clearance (§ 72a SGB VIII):</source>
        <translation>Achtung: Dieses Projekt arbeitet mit Kindern oder Jugendlichen. Für diese Ehrenamtlichen liegt kein gültiges erweitertes Führungszeugnis vor (§ 72a SGB VIII):</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="430"/>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="440"/>
        <source>Assign volunteer</source>
        <translation>Ehrenamtliche/n zuordnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="431"/>
        <source>Every volunteer is already in this project.</source>
        <translation>Alle Ehrenamtlichen sind schon in diesem Projekt.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="434"/>
        <source>There are no volunteers yet. Enter them in the list „Volunteers“ (or import a list), then assign them here.</source>
        <translation>Es gibt noch keine Ehrenamtlichen. Tragen Sie sie in der Liste „Ehrenamtliche“ ein (oder importieren Sie eine Liste) und ordnen Sie sie dann hier zu.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="470"/>
        <source>Volunteer in the project</source>
        <translation>Ehrenamtliche/r im Projekt</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="6"/>
        <location filename="../../../ui/project_editor.ui" line="30"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="42"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="55"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="62"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="81"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="84"/>
        <source>Choose a kind or type a new one</source>
        <translation>Art auswählen oder eine neue eintippen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="91"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="114"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="124"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="131"/>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="141"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="148"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="161"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="168"/>
        <source>&amp;Contact person:</source>
        <translation>&amp;Ansprechperson:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="184"/>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="187"/>
        <source>Contact person for questions about the project</source>
        <translation>Ansprechperson für Fragen zum Projekt</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="217"/>
        <location filename="../../../ui/project_editor.ui" line="223"/>
        <source>Focus areas</source>
        <translation>Schwerpunkte</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="239"/>
        <location filename="../../../ui/project_editor.ui" line="245"/>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="263"/>
        <location filename="../../../ui/project_editor.ui" line="300"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="275"/>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="307"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="332"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="348"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="384"/>
        <source>Partners of the project</source>
        <translation>Partner des Projekts</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="388"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="393"/>
        <location filename="../../../ui/project_editor.ui" line="536"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="415"/>
        <source>&amp;Add partner…</source>
        <translation>Partner &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="418"/>
        <source>Add partner…</source>
        <translation>Partner hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="421"/>
        <source>Add a partner organisation</source>
        <translation>Eine Partnerorganisation hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="428"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern …</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="431"/>
        <source>Change role…</source>
        <translation>Rolle ändern …</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="434"/>
        <source>Change the role of the selected partner</source>
        <translation>Die Rolle des ausgewählten Partners ändern</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="441"/>
        <source>Remove pa&amp;rtner</source>
        <translation>Partner ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="444"/>
        <source>Remove partner</source>
        <translation>Partner entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="447"/>
        <source>Remove the selected partner</source>
        <translation>Den ausgewählten Partner entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="478"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="484"/>
        <source>Works with c&amp;hildren or young people</source>
        <translation>Arbeitet mit &amp;Kindern oder Jugendlichen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="487"/>
        <source>Works with children or young people</source>
        <translation>Arbeitet mit Kindern oder Jugendlichen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="490"/>
        <source>Volunteers then need a valid extended police clearance (§ 72a SGB VIII)</source>
        <translation>Ehrenamtliche brauchen dann ein gültiges erweitertes Führungszeugnis (§ 72a SGB VIII)</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="527"/>
        <source>Volunteers of the project</source>
        <translation>Ehrenamtliche des Projekts</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="531"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="541"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="546"/>
        <source>Police clearance</source>
        <translation>Führungszeugnis</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="578"/>
        <source>Add &amp;volunteer…</source>
        <translation>Ehrenamtliche/n &amp;zuordnen …</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="581"/>
        <source>Add volunteer…</source>
        <translation>Ehrenamtliche/n zuordnen …</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="584"/>
        <source>Assign a volunteer</source>
        <translation>Eine/n Ehrenamtliche/n zuordnen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="591"/>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="594"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="597"/>
        <source>Change role or start of the selected volunteer</source>
        <translation>Rolle oder Beginn der ausgewählten Person ändern</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="604"/>
        <source>Remove vol&amp;unteer</source>
        <translation>Ehrenamtliche/n entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="607"/>
        <source>Remove volunteer</source>
        <translation>Ehrenamtliche/n entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="610"/>
        <source>Remove the selected volunteer</source>
        <translation>Die ausgewählte Person aus dem Projekt entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="641"/>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="653"/>
        <source>Volunteers &amp;needed:</source>
        <translation>Gesuchte &amp;Ehrenamtliche:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="666"/>
        <source>Volunteers needed</source>
        <translation>Gesuchte Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="669"/>
        <source>How many more volunteers the project needs</source>
        <translation>Wie viele Ehrenamtliche das Projekt noch braucht</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="676"/>
        <source>Skills n&amp;eeded:</source>
        <translation>Gesuchte &amp;Fähigkeiten:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="686"/>
        <source>Skills needed</source>
        <translation>Gesuchte Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="693"/>
        <source>Notes on the nee&amp;d:</source>
        <translation>Hinweise zum Be&amp;darf:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="718"/>
        <source>Notes on the need</source>
        <translation>Hinweise zum Bedarf</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="473"/>
        <source>Type and press Enter to add</source>
        <translation>Eintippen und mit Eingabetaste hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="479"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="480"/>
        <source>Add tag</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="482"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="483"/>
        <source>Remove selected tag</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="490"/>
        <source>Select a tag and press Delete to remove it</source>
        <translation>Einen Eintrag auswählen und mit Entf entfernen</translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="75"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="112"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="121"/>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="147"/>
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="121"/>
        <source>Volunteer</source>
        <translation>Ehrenamtliche/r</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="127"/>
        <source>%n attendees</source>
        <translation>
            <numerusform>%n Teilnehmende/r</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="146"/>
        <source>Add attendees</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="147"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="6"/>
        <location filename="../../../ui/training_editor.ui" line="30"/>
        <source>Training</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="42"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="55"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="62"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="72"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="79"/>
        <source>&amp;Focus area:</source>
        <translation>&amp;Schwerpunkt:</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="95"/>
        <source>Focus area</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="102"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="115"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="131"/>
        <location filename="../../../ui/training_editor.ui" line="167"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="171"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="176"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="208"/>
        <source>&amp;Add attendees…</source>
        <translation>Teilnehmende &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="211"/>
        <source>Add attendees…</source>
        <translation>Teilnehmende hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="214"/>
        <source>Add coordinators or volunteers who attended</source>
        <translation>Koordination oder Ehrenamtliche hinzufügen, die teilgenommen haben</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="221"/>
        <source>&amp;Remove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="224"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="227"/>
        <source>Remove the selected attendee</source>
        <translation>Die ausgewählte Person entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="258"/>
        <location filename="../../../ui/training_editor.ui" line="279"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>VolunteerEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="217"/>
        <source>(in no project yet)</source>
        <translation>(noch in keinem Projekt)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="138"/>
        <source>Trainings: %1</source>
        <translation>Qualifizierungen: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="138"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="185"/>
        <source>%n hours entries (kept without the name for the statistics)</source>
        <translation>
            <numerusform>%n Stundeneintrag (bleibt ohne Namen für die Statistik erhalten)</numerusform>
            <numerusform>%n Stundeneinträge (bleiben ohne Namen für die Statistik erhalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="283"/>
        <source>%n entries, %2 hours in total</source>
        <translation>
            <numerusform>%n Eintrag, insgesamt %2 Stunden</numerusform>
            <numerusform>%n Einträge, insgesamt %2 Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="223"/>
        <source>Save the volunteer first.</source>
        <translation>Bitte die Person zuerst speichern.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="230"/>
        <source>Issued on %1, inspected on %2</source>
        <translation>Ausgestellt am %1, eingesehen am %2</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="234"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="263"/>
        <source>Record clearance</source>
        <translation>Führungszeugnis erfassen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="322"/>
        <source>Log hours</source>
        <translation>Stunden erfassen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="334"/>
        <location filename="../../../ui/volunteer_editor.ui" line="699"/>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="335"/>
        <source>Remove the selected hours entry?</source>
        <translation>Den ausgewählten Stundeneintrag entfernen?</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="6"/>
        <source>Volunteer</source>
        <translation>Ehrenamtliche/r</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="30"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="42"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="55"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="62"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="75"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="82"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Geburtsjahr:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="92"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="98"/>
        <source>Birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="101"/>
        <source>Only the year is kept (data minimisation)</source>
        <translation>Nur das Jahr wird gespeichert (Datensparsamkeit)</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="108"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="131"/>
        <source>&amp;Active since:</source>
        <translation>A&amp;ktiv seit:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="141"/>
        <source>Active since</source>
        <translation>Aktiv seit</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="148"/>
        <source>Left o&amp;n:</source>
        <translation>Ausgeschieden a&amp;m:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="158"/>
        <source>Left on</source>
        <translation>Ausgeschieden am</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="161"/>
        <source>Set automatically when the status is „ausgeschieden“</source>
        <translation>Wird automatisch gesetzt, wenn der Status „ausgeschieden“ ist</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="177"/>
        <source>Address and contact</source>
        <translation>Adresse und Kontakt</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="189"/>
        <source>St&amp;reet:</source>
        <translation>St&amp;raße:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="199"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="206"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;PLZ:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="219"/>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="226"/>
        <source>&amp;City:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="236"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="243"/>
        <source>&amp;District:</source>
        <translation>&amp;Ortsteil:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="259"/>
        <source>District</source>
        <translation>Ortsteil</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="262"/>
        <source>The village or district of the municipality: choose one of the network&apos;s or type another</source>
        <translation>Das Dorf oder der Stadtteil der Gemeinde: einen der Ortsteile des Netzwerks wählen oder einen anderen eingeben</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="269"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="279"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="286"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="296"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="312"/>
        <source>Consent (GDPR)</source>
        <translation>Einwilligung (DSGVO)</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="324"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Erteilt am:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="334"/>
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="341"/>
        <location filename="../../../ui/volunteer_editor.ui" line="344"/>
        <source>Contact data may be passed on in lists</source>
        <translation>Kontaktdaten dürfen in Listen weitergegeben werden</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="351"/>
        <location filename="../../../ui/volunteer_editor.ui" line="354"/>
        <source>Photos may be used</source>
        <translation>Fotos dürfen verwendet werden</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="361"/>
        <location filename="../../../ui/volunteer_editor.ui" line="364"/>
        <source>Data may be shared with partners</source>
        <translation>Daten dürfen an Partner weitergegeben werden</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="371"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Widerrufen am:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="381"/>
        <source>Consent withdrawn on</source>
        <translation>Einwilligung widerrufen am</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="397"/>
        <location filename="../../../ui/volunteer_editor.ui" line="403"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="419"/>
        <source>Skills, languages and interests</source>
        <translation>Fähigkeiten, Sprachen und Interessen</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="431"/>
        <source>S&amp;kills:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="441"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="448"/>
        <source>Lang&amp;uages:</source>
        <translation>S&amp;prachen:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="458"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="465"/>
        <source>&amp;Interests:</source>
        <translation>&amp;Interessen:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="475"/>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="491"/>
        <source>Extended police clearance</source>
        <translation>Erweitertes Führungszeugnis</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="521"/>
        <location filename="../../../ui/volunteer_editor.ui" line="524"/>
        <source>Record inspection…</source>
        <translation>Einsichtnahme erfassen …</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="527"/>
        <source>Record that a police clearance was shown</source>
        <translation>Erfassen, dass ein Führungszeugnis vorgelegt wurde</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="558"/>
        <source>Projects and trainings</source>
        <translation>Projekte und Qualifizierungen</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="570"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="596"/>
        <location filename="../../../ui/volunteer_editor.ui" line="646"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="632"/>
        <source>Logged hours</source>
        <translation>Erfasste Stunden</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="636"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="641"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="651"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="683"/>
        <source>Add &amp;entry…</source>
        <translation>Eintrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="686"/>
        <source>Add entry…</source>
        <translation>Eintrag hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="689"/>
        <source>Log hours of this volunteer</source>
        <translation>Stunden dieser Person erfassen</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="696"/>
        <source>Remove entr&amp;y</source>
        <translation>Eintrag ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="702"/>
        <source>Remove the selected entry</source>
        <translation>Den ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="733"/>
        <location filename="../../../ui/volunteer_editor.ui" line="754"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
</TS>
