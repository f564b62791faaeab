<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="322"/>
        <source>Warning: this project works with children or young people, and this volunteer has no valid extended police clearance (§ 72a SGB VIII):</source>
        <translation>Warning: this project works with children or young people, and this volunteer has no valid extended police clearance (§ 72a SGB VIII):</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="326"/>
        <source>Assign only with a reason that is noted with the assignment.</source>
        <translation>Assign only with a reason that is noted with the assignment.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="336"/>
        <source>Assign anyway</source>
        <translation>Assign anyway</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="338"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="6"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="26"/>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="45"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="48"/>
        <source>Type to search; choose an entry from the list</source>
        <translation>Type to search; choose an entry from the list</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="55"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="71"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="78"/>
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="88"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="115"/>
        <source>Reason for an e&amp;xception:</source>
        <translation>Reason for an e&amp;xception:</translation>
    </message>
    <message>
        <location filename="../../../ui/assign_dialog.ui" line="140"/>
        <source>Reason for an exception</source>
        <translation>Reason for an exception</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="370"/>
        <source>This project works with children or young people. The following volunteers have no valid extended police clearance (§ 72a SGB VIII):</source>
        <translation>This project works with children or young people. The following volunteers have no valid extended police clearance (§ 72a SGB VIII):</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="383"/>
        <source>Assign anyway and save</source>
        <translation>Assign anyway and save</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_dialog.ui" line="6"/>
        <source>Police clearance missing</source>
        <translation>Police clearance missing</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_dialog.ui" line="28"/>
        <source>Volunteers without valid clearance</source>
        <translation>Volunteers without valid clearance</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_dialog.ui" line="35"/>
        <source>You can assign them anyway if there is a reason (for example: the clearance has been requested, or the volunteer never works alone with children). The reason is noted with the assignment.</source>
        <translation>You can assign them anyway if there is a reason (for example: the clearance has been requested, or the volunteer never works alone with children). The reason is noted with the assignment.</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_dialog.ui" line="53"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_dialog.ui" line="78"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ClearanceRecordDialog</name>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="6"/>
        <source>Record police clearance</source>
        <translation>Record police clearance</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="18"/>
        <source>Only these facts may be recorded. The certificate itself is not kept.</source>
        <translation>Only these facts may be recorded. The certificate itself is not kept.</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="36"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Issued on:</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="46"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="53"/>
        <source>I&amp;nspected on:</source>
        <translation>I&amp;nspected on:</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="63"/>
        <source>Inspected on</source>
        <translation>Inspected on</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="70"/>
        <source>&amp;No entries (clean)</source>
        <translation>&amp;No entries (clean)</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="73"/>
        <source>No entries (clean)</source>
        <translation>No entries (clean)</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="80"/>
        <source>Inspected &amp;by:</source>
        <translation>Inspected &amp;by:</translation>
    </message>
    <message>
        <location filename="../../../ui/clearance_record_dialog.ui" line="90"/>
        <source>Inspected by</source>
        <translation>Inspected by</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="201"/>
        <source>Edit contact person</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="203"/>
        <source>New contact person</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="6"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="20"/>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="33"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="40"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="53"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="60"/>
        <source>F&amp;unction:</source>
        <translation>F&amp;unction:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="70"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="77"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="87"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="94"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="104"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="111"/>
        <source>&amp;Primary contact of the organisation</source>
        <translation>&amp;Primary contact of the organisation</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="114"/>
        <source>Primary contact of the organisation</source>
        <translation>Primary contact of the organisation</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="129"/>
        <source>Consent (GDPR)</source>
        <translation>Consent (GDPR)</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="141"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Given on:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="151"/>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="158"/>
        <source>Contact data may be &amp;passed on in lists</source>
        <translation>Contact data may be &amp;passed on in lists</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="161"/>
        <source>Contact data may be passed on in lists</source>
        <translation>Contact data may be passed on in lists</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="168"/>
        <source>P&amp;hotos may be used</source>
        <translation>P&amp;hotos may be used</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="171"/>
        <source>Photos may be used</source>
        <translation>Photos may be used</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="178"/>
        <source>Data may be &amp;shared with partners</source>
        <translation>Data may be &amp;shared with partners</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="181"/>
        <source>Data may be shared with partners</source>
        <translation>Data may be shared with partners</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="188"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Withdrawn on:</translation>
    </message>
    <message>
        <location filename="../../../ui/contact_dialog.ui" line="198"/>
        <source>Consent withdrawn on</source>
        <translation>Consent withdrawn on</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="135"/>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="208"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="135"/>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="208"/>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="140"/>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="141"/>
        <source>Choose from the calendar</source>
        <translation>Choose from the calendar</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="148"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="152"/>
        <source>Days of the month</source>
        <translation>Days of the month</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="209"/>
        <source>Type a date such as 1.3.25, 01.03.2025 or „heute“, or choose one.</source>
        <translation>Type a date such as 1.3.25, 01.03.2025 or “today”, or choose one.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="211"/>
        <source>Leave it empty for no date.</source>
        <translation>Leave it empty for no date.</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="419"/>
        <source>(no project)</source>
        <translation>(no project)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="468"/>
        <location filename="../../../ui/hours_dialog.ui" line="6"/>
        <source>Log hours</source>
        <translation>Log hours</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="469"/>
        <source>Add to the project and log the hours?</source>
        <translation>Add to the project and log the hours?</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="26"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="36"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="43"/>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="59"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="66"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="85"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="92"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../../ui/hours_dialog.ui" line="105"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="553"/>
        <source>Type part of a name</source>
        <translation>Type part of a name</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="570"/>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/dialogs.py" line="574"/>
        <source>Nobody to choose in „%1“ (yet). </source>
        <translation>Nobody to choose in “%1” (yet). </translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="6"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="26"/>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="42"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="49"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="59"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../../ui/invite_dialog.ui" line="77"/>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="151"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="173"/>
        <location filename="../../../ui/meeting_editor.ui" line="217"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="180"/>
        <source>%1 invited, %2 attended</source>
        <translation>%1 invited, %2 attended</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="239"/>
        <source>Invite partners</source>
        <translation>Invite partners</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="240"/>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="251"/>
        <source>Invite people</source>
        <translation>Invite people</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="253"/>
        <source>Contact persons of partners</source>
        <translation>Contact persons of partners</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="254"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/meeting_editor.py" line="255"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="6"/>
        <location filename="../../../ui/meeting_editor.ui" line="30"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="42"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="55"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="62"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="81"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="84"/>
        <source>Choose a kind or type a new one</source>
        <translation>Choose a kind or type a new one</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="91"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="101"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="108"/>
        <source>&amp;Begins at:</source>
        <translation>&amp;Begins at:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="121"/>
        <source>Begins at</source>
        <translation>Begins at</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="128"/>
        <source>&amp;Ends at:</source>
        <translation>&amp;Ends at:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="138"/>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="141"/>
        <source>Time the meeting ends (same day)</source>
        <translation>Time the meeting ends (same day)</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="148"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="161"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="177"/>
        <source>Invited and attendance</source>
        <translation>Invited and attendance</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="213"/>
        <source>Invited</source>
        <translation>Invited</translation>
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
        <translation>Invite &amp;partners…</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="262"/>
        <source>Invite partners…</source>
        <translation>Invite partners…</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="265"/>
        <source>Invite partner organisations</source>
        <translation>Invite partner organisations</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="272"/>
        <source>Invite pe&amp;ople…</source>
        <translation>Invite pe&amp;ople…</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="275"/>
        <source>Invite people…</source>
        <translation>Invite people…</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="278"/>
        <source>Invite contact persons, volunteers or the coordination</source>
        <translation>Invite contact persons, volunteers or the coordination</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="285"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="288"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="291"/>
        <source>Remove the selected invitation</source>
        <translation>Remove the selected invitation</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="322"/>
        <location filename="../../../ui/meeting_editor.ui" line="343"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../ui/meeting_editor.ui" line="359"/>
        <location filename="../../../ui/meeting_editor.ui" line="380"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>OptionalTimeEdit</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="332"/>
        <source>Enter a time</source>
        <translation>Enter a time</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/partner_editor.py" line="88"/>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/partner_editor.py" line="147"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/partner_editor.py" line="162"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="6"/>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
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
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="81"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="84"/>
        <source>Choose a kind or type a new one</source>
        <translation>Choose a kind or type a new one</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="91"/>
        <source>S&amp;ector:</source>
        <translation>S&amp;ector:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="107"/>
        <source>Sector</source>
        <translation>Sector</translation>
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
        <translation>Partner &amp;since:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="147"/>
        <source>Partner since</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="154"/>
        <source>Cooperation a&amp;greement:</source>
        <translation>Cooperation a&amp;greement:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="164"/>
        <source>Cooperation agreement</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="167"/>
        <source>Date of the signed cooperation agreement</source>
        <translation>Date of the signed cooperation agreement</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="183"/>
        <source>Address and contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="195"/>
        <source>St&amp;reet:</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="205"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="212"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="225"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="232"/>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="242"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="249"/>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="265"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="268"/>
        <source>The village or district of the municipality: choose one of the network&apos;s or type another</source>
        <translation>The village or district of the municipality: choose one of the network&apos;s or type another</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="275"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="285"/>
        <location filename="../../../ui/partner_editor.ui" line="445"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="292"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="302"/>
        <location filename="../../../ui/partner_editor.ui" line="450"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="309"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="319"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="349"/>
        <location filename="../../../ui/partner_editor.ui" line="355"/>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="371"/>
        <location filename="../../../ui/partner_editor.ui" line="377"/>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="395"/>
        <location filename="../../../ui/partner_editor.ui" line="431"/>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="440"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="455"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="477"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="480"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="483"/>
        <source>Add a contact person</source>
        <translation>Add a contact person</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="490"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="493"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="496"/>
        <source>Edit the selected contact person</source>
        <translation>Edit the selected contact person</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="503"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="506"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="509"/>
        <source>Remove the selected contact person</source>
        <translation>Remove the selected contact person</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="516"/>
        <source>Make p&amp;rimary</source>
        <translation>Make p&amp;rimary</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="519"/>
        <source>Make primary</source>
        <translation>Make primary</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="522"/>
        <source>Mark the selected person as the primary contact</source>
        <translation>Mark the selected person as the primary contact</translation>
    </message>
    <message>
        <location filename="../../../ui/partner_editor.ui" line="553"/>
        <location filename="../../../ui/partner_editor.ui" line="574"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="222"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="267"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="292"/>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="304"/>
        <source>Add partner</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="293"/>
        <source>Every partner organisation is already in this project.</source>
        <translation>Every partner organisation is already in this project.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="296"/>
        <source>There are no partner organisations yet. Enter them in the list „Partner“ (or import a list), then add them here.</source>
        <translation>There are no partner organisations yet. Enter them in the list “Partners” (or import a list), then add them here.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="332"/>
        <source>Role of the partner</source>
        <translation>Role of the partner</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="387"/>
        <source>exception: %1</source>
        <translation>exception: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="404"/>
        <source>Warning: this project works with children or young people. These volunteers have no valid extended police clearance (§ 72a SGB VIII):</source>
        <translation>Warning: this project works with children or young people. These volunteers have no valid extended police clearance (§ 72a SGB VIII):</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="430"/>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="440"/>
        <source>Assign volunteer</source>
        <translation>Assign volunteer</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="431"/>
        <source>Every volunteer is already in this project.</source>
        <translation>Every volunteer is already in this project.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="434"/>
        <source>There are no volunteers yet. Enter them in the list „Volunteers“ (or import a list), then assign them here.</source>
        <translation>There are no volunteers yet. Enter them in the list “Volunteers” (or import a list), then assign them here.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/project_editor.py" line="470"/>
        <source>Volunteer in the project</source>
        <translation>Volunteer in the project</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="6"/>
        <location filename="../../../ui/project_editor.ui" line="30"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="42"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="55"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="62"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="81"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="84"/>
        <source>Choose a kind or type a new one</source>
        <translation>Choose a kind or type a new one</translation>
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
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="124"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="131"/>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="141"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="148"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="161"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="168"/>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="184"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="187"/>
        <source>Contact person for questions about the project</source>
        <translation>Contact person for questions about the project</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="217"/>
        <location filename="../../../ui/project_editor.ui" line="223"/>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="239"/>
        <location filename="../../../ui/project_editor.ui" line="245"/>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="263"/>
        <location filename="../../../ui/project_editor.ui" line="300"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="275"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="307"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="332"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="348"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="384"/>
        <source>Partners of the project</source>
        <translation>Partners of the project</translation>
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
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="415"/>
        <source>&amp;Add partner…</source>
        <translation>&amp;Add partner…</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="418"/>
        <source>Add partner…</source>
        <translation>Add partner…</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="421"/>
        <source>Add a partner organisation</source>
        <translation>Add a partner organisation</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="428"/>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="431"/>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="434"/>
        <source>Change the role of the selected partner</source>
        <translation>Change the role of the selected partner</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="441"/>
        <source>Remove pa&amp;rtner</source>
        <translation>Remove pa&amp;rtner</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="444"/>
        <source>Remove partner</source>
        <translation>Remove partner</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="447"/>
        <source>Remove the selected partner</source>
        <translation>Remove the selected partner</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="478"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="484"/>
        <source>Works with c&amp;hildren or young people</source>
        <translation>Works with c&amp;hildren or young people</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="487"/>
        <source>Works with children or young people</source>
        <translation>Works with children or young people</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="490"/>
        <source>Volunteers then need a valid extended police clearance (§ 72a SGB VIII)</source>
        <translation>Volunteers then need a valid extended police clearance (§ 72a SGB VIII)</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="527"/>
        <source>Volunteers of the project</source>
        <translation>Volunteers of the project</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="531"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="541"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="546"/>
        <source>Police clearance</source>
        <translation>Police clearance</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="578"/>
        <source>Add &amp;volunteer…</source>
        <translation>Add &amp;volunteer…</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="581"/>
        <source>Add volunteer…</source>
        <translation>Add volunteer…</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="584"/>
        <source>Assign a volunteer</source>
        <translation>Assign a volunteer</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="591"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="594"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="597"/>
        <source>Change role or start of the selected volunteer</source>
        <translation>Change role or start of the selected volunteer</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="604"/>
        <source>Remove vol&amp;unteer</source>
        <translation>Remove vol&amp;unteer</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="607"/>
        <source>Remove volunteer</source>
        <translation>Remove volunteer</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="610"/>
        <source>Remove the selected volunteer</source>
        <translation>Remove the selected volunteer</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="641"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="653"/>
        <source>Volunteers &amp;needed:</source>
        <translation>Volunteers &amp;needed:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="666"/>
        <source>Volunteers needed</source>
        <translation>Volunteers needed</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="669"/>
        <source>How many more volunteers the project needs</source>
        <translation>How many more volunteers the project needs</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="676"/>
        <source>Skills n&amp;eeded:</source>
        <translation>Skills n&amp;eeded:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="686"/>
        <source>Skills needed</source>
        <translation>Skills needed</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="693"/>
        <source>Notes on the nee&amp;d:</source>
        <translation>Notes on the nee&amp;d:</translation>
    </message>
    <message>
        <location filename="../../../ui/project_editor.ui" line="718"/>
        <source>Notes on the need</source>
        <translation>Notes on the need</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="473"/>
        <source>Type and press Enter to add</source>
        <translation>Type and press Enter to add</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="479"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="480"/>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="482"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="483"/>
        <source>Remove selected tag</source>
        <translation>Remove selected tag</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/fields.py" line="490"/>
        <source>Select a tag and press Delete to remove it</source>
        <translation>Select a tag and press Delete to remove it</translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="75"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="112"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="121"/>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="147"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="121"/>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="127"/>
        <source>%n attendees</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="146"/>
        <source>Add attendees</source>
        <translation>Add attendees</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/training_editor.py" line="147"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="6"/>
        <location filename="../../../ui/training_editor.ui" line="30"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="42"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="55"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="62"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="72"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="79"/>
        <source>&amp;Focus area:</source>
        <translation>&amp;Focus area:</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="95"/>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="102"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="115"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="131"/>
        <location filename="../../../ui/training_editor.ui" line="167"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="171"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="176"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="208"/>
        <source>&amp;Add attendees…</source>
        <translation>&amp;Add attendees…</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="211"/>
        <source>Add attendees…</source>
        <translation>Add attendees…</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="214"/>
        <source>Add coordinators or volunteers who attended</source>
        <translation>Add coordinators or volunteers who attended</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="221"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="224"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="227"/>
        <source>Remove the selected attendee</source>
        <translation>Remove the selected attendee</translation>
    </message>
    <message>
        <location filename="../../../ui/training_editor.ui" line="258"/>
        <location filename="../../../ui/training_editor.ui" line="279"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VolunteerEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="138"/>
        <source>Trainings: %1</source>
        <translation>Trainings: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="138"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="185"/>
        <source>%n hours entries (kept without the name for the statistics)</source>
        <translation>
            <numerusform>%n hours entry (kept without the name for the statistics)</numerusform>
            <numerusform>%n hours entries (kept without the name for the statistics)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="217"/>
        <source>(in no project yet)</source>
        <translation>(in no project yet)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="223"/>
        <source>Save the volunteer first.</source>
        <translation>Save the volunteer first.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="230"/>
        <source>Issued on %1, inspected on %2</source>
        <translation>Issued on %1, inspected on %2</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="234"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="263"/>
        <source>Record clearance</source>
        <translation>Record clearance</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="283"/>
        <source>%n entries, %2 hours in total</source>
        <translation>
            <numerusform>%n entry, %2 hours in total</numerusform>
            <numerusform>%n entries, %2 hours in total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="322"/>
        <source>Log hours</source>
        <translation>Log hours</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="334"/>
        <location filename="../../../ui/volunteer_editor.ui" line="699"/>
        <source>Remove entry</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/editors/volunteer_editor.py" line="335"/>
        <source>Remove the selected hours entry?</source>
        <translation>Remove the selected hours entry?</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="6"/>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="30"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="42"/>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="55"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="62"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="75"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="82"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Birth year:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="92"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="98"/>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="101"/>
        <source>Only the year is kept (data minimisation)</source>
        <translation>Only the year is kept (data minimisation)</translation>
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
        <translation>&amp;Active since:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="141"/>
        <source>Active since</source>
        <translation>Active since</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="148"/>
        <source>Left o&amp;n:</source>
        <translation>Left o&amp;n:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="158"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="161"/>
        <source>Set automatically when the status is „ausgeschieden“</source>
        <translation>Set automatically when the status is “left”</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="177"/>
        <source>Address and contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="189"/>
        <source>St&amp;reet:</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="199"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="206"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="219"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="226"/>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="236"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="243"/>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="259"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="262"/>
        <source>The village or district of the municipality: choose one of the network&apos;s or type another</source>
        <translation>The village or district of the municipality: choose one of the network&apos;s or type another</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="269"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="279"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="286"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="296"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="312"/>
        <source>Consent (GDPR)</source>
        <translation>Consent (GDPR)</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="324"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Given on:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="334"/>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="341"/>
        <location filename="../../../ui/volunteer_editor.ui" line="344"/>
        <source>Contact data may be passed on in lists</source>
        <translation>Contact data may be passed on in lists</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="351"/>
        <location filename="../../../ui/volunteer_editor.ui" line="354"/>
        <source>Photos may be used</source>
        <translation>Photos may be used</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="361"/>
        <location filename="../../../ui/volunteer_editor.ui" line="364"/>
        <source>Data may be shared with partners</source>
        <translation>Data may be shared with partners</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="371"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Withdrawn on:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="381"/>
        <source>Consent withdrawn on</source>
        <translation>Consent withdrawn on</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="397"/>
        <location filename="../../../ui/volunteer_editor.ui" line="403"/>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="419"/>
        <source>Skills, languages and interests</source>
        <translation>Skills, languages and interests</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="431"/>
        <source>S&amp;kills:</source>
        <translation>S&amp;kills:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="441"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="448"/>
        <source>Lang&amp;uages:</source>
        <translation>Lang&amp;uages:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="458"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="465"/>
        <source>&amp;Interests:</source>
        <translation>&amp;Interests:</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="475"/>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="491"/>
        <source>Extended police clearance</source>
        <translation>Extended police clearance</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="521"/>
        <location filename="../../../ui/volunteer_editor.ui" line="524"/>
        <source>Record inspection…</source>
        <translation>Record inspection…</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="527"/>
        <source>Record that a police clearance was shown</source>
        <translation>Record that a police clearance was shown</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="558"/>
        <source>Projects and trainings</source>
        <translation>Projects and trainings</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="570"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="596"/>
        <location filename="../../../ui/volunteer_editor.ui" line="646"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="632"/>
        <source>Logged hours</source>
        <translation>Logged hours</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="636"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="641"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="651"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="683"/>
        <source>Add &amp;entry…</source>
        <translation>Add &amp;entry…</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="686"/>
        <source>Add entry…</source>
        <translation>Add entry…</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="689"/>
        <source>Log hours of this volunteer</source>
        <translation>Log hours of this volunteer</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="696"/>
        <source>Remove entr&amp;y</source>
        <translation>Remove entr&amp;y</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="702"/>
        <source>Remove the selected entry</source>
        <translation>Remove the selected entry</translation>
    </message>
    <message>
        <location filename="../../../ui/volunteer_editor.ui" line="733"/>
        <location filename="../../../ui/volunteer_editor.ui" line="754"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
</TS>
