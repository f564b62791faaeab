<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="50"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="53"/>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="61"/>
        <source>Fields that differ: %1</source>
        <translation>Fields that differ: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="63"/>
        <source>Your input is the same as the stored version.</source>
        <translation>Your input is the same as the stored version.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="72"/>
        <source>Both versions field by field</source>
        <translation>Both versions field by field</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="75"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="76"/>
        <source>Saved by %1</source>
        <translation>Saved by %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="77"/>
        <source>Your input</source>
        <translation>Your input</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="78"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="92"/>
        <source>≠ different</source>
        <translation>≠ different</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="105"/>
        <source>Compare field by field</source>
        <translation>Compare field by field</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="110"/>
        <source>Take the version of %1</source>
        <translation>Take the version of %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="113"/>
        <source>Show the stored version; your input is discarded</source>
        <translation>Show the stored version; your input is discarded</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="114"/>
        <source>Keep mine (overwrite)</source>
        <translation>Keep mine (overwrite)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="117"/>
        <source>Store your input over the other version; the history notes the overwrite</source>
        <translation>Store your input over the other version; the history notes the overwrite</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/conflict_dialog.py" line="119"/>
        <source>Go on editing</source>
        <translation>Go on editing</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/details_pane.py" line="41"/>
        <source>Select an entry in the list to see its details here.</source>
        <translation>Select an entry in the list to see its details here.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/details_pane.py" line="45"/>
        <source>Details of the entry</source>
        <translation>Details of the entry</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="142"/>
        <source>Search (Ctrl+F)…</source>
        <translation>Search (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="143"/>
        <source>Search in the list</source>
        <translation>Search in the list</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="151"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="151"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="153"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="154"/>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="156"/>
        <source>Any police clearance</source>
        <translation>Any police clearance</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="157"/>
        <source>Filter by police clearance</source>
        <translation>Filter by police clearance</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="160"/>
        <source>All focus areas</source>
        <translation>All focus areas</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="160"/>
        <source>Filter by focus area</source>
        <translation>Filter by focus area</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="177"/>
        <source>Filter by %1</source>
        <translation>Filter by %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="186"/>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="622"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="188"/>
        <source>Create a new entry (Ctrl+N)</source>
        <translation>Create a new entry (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="207"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="238"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="303"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="328"/>
        <source>The list could not be loaded.</source>
        <translation>The list could not be loaded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="441"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="443"/>
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%1 of %Ln entry</numerusform>
            <numerusform>%1 of %Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="459"/>
        <source>No entry matches the search and the filters.</source>
        <translation>No entry matches the search and the filters.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="462"/>
        <source>No partner organisations yet. Click „New“ to enter the first one, or import a list with File › Import…</source>
        <translation>No partner organisations yet. Click “New” to enter the first one, or import a list with File › Import…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="466"/>
        <source>No projects yet. Click „New“ to describe the first project or offer.</source>
        <translation>No projects yet. Click “New” to describe the first project or offer.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="469"/>
        <source>No volunteers yet. Click „New“ to enter the first one, or import a list with File › Import…</source>
        <translation>No volunteers yet. Click “New” to enter the first one, or import a list with File › Import…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="472"/>
        <source>No meetings yet. Click „New“ to plan the first one.</source>
        <translation>No meetings yet. Click “New” to plan the first one.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="473"/>
        <source>No trainings yet. Click „New“ to record the first one.</source>
        <translation>No trainings yet. Click “New” to record the first one.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="650"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="652"/>
        <source>The shown entry has unsaved changes. Save them?</source>
        <translation>The shown entry has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="655"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="658"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/list_view.py" line="661"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
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
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="267"/>
        <source>Sector</source>
        <translation>Sector</translation>
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
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="272"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="449"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="275"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="452"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="277"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="278"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="454"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="279"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="455"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="280"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="505"/>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="443"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="444"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="456"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="457"/>
        <source>Skills and languages</source>
        <translation>Skills and languages</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="458"/>
        <source>Police clearance</source>
        <translation>Police clearance</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="494"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="525"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="546"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="497"/>
        <source>Lead partner</source>
        <translation>Lead partner</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="498"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="527"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="499"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="500"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="502"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="504"/>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="524"/>
        <location filename="../../../nfg_desktop/domain/fields.py" line="545"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="528"/>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="529"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="547"/>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="548"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/domain/fields.py" line="549"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
</context>
<context>
    <name>ListsArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="33"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="35"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="37"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="39"/>
        <source>Delete entry…</source>
        <translation>Delete entry…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="40"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="57"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="58"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="59"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="60"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/lists.py" line="61"/>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="145"/>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="149"/>
        <source>The file is open read-only: nothing can be changed.</source>
        <translation>The file is open read-only: nothing can be changed.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="215"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="228"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="238"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="250"/>
        <source>New file…</source>
        <translation>New file…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="252"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="255"/>
        <source>Recently opened</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="258"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="271"/>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="616"/>
        <source>Short help</source>
        <translation>Short help</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="274"/>
        <source>About NFG Desktop</source>
        <translation>About NFG Desktop</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="297"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="298"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="299"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="300"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="490"/>
        <source>DEMO (fictional data)</source>
        <translation>DEMO (fictional data)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="493"/>
        <source>[read only]</source>
        <translation>[read only]</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="507"/>
        <source>New file</source>
        <translation>New file</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="517"/>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="537"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="542"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/main_window.py" line="620"/>
        <source>&lt;h3&gt;Working with NFG Desktop&lt;/h3&gt;&lt;p&gt;Choose a list on the left: partners, projects, volunteers, meetings, trainings. Type in the search field to filter the list; the filters narrow it by status, kind or focus area. Click a column heading to sort.&lt;/p&gt;&lt;p&gt;Click an entry to see and edit it on the right. Save keeps the changes, Discard shows the stored data again.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new entry in the current list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;edit the selected entry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;discard changes&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Del&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delete the selected entry (in the list)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;switch between the views&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Everything is stored in one file on this computer, or for a team on the database server you connected to; the program connects to nothing else.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Working with NFG Desktop&lt;/h3&gt;&lt;p&gt;Choose a list on the left: partners, projects, volunteers, meetings, trainings. Type in the search field to filter the list; the filters narrow it by status, kind or focus area. Click a column heading to sort.&lt;/p&gt;&lt;p&gt;Click an entry to see and edit it on the right. Save keeps the changes, Discard shows the stored data again.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new entry in the current list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;edit the selected entry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;discard changes&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Del&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delete the selected entry (in the list)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;switch between the views&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Everything is stored in one file on this computer, or for a team on the database server you connected to; the program connects to nothing else.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="102"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="103"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="104"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="111"/>
        <source>Next meetings</source>
        <translation>Next meetings</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="113"/>
        <source>Projects that need volunteers</source>
        <translation>Projects that need volunteers</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="116"/>
        <source>Police clearances to look after</source>
        <translation>Police clearances to look after</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="119"/>
        <source>Volunteers without recorded consent</source>
        <translation>Volunteers without recorded consent</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="123"/>
        <source>Coverage: focus areas × target groups</source>
        <translation>Coverage: focus areas × target groups</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="83"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="127"/>
        <source>Active partners and running projects that serve both the focus area and the target group. Cells marked „Gap“ (red) are gaps of the network. Click a cell to open one of its entries.</source>
        <translation>Active partners and running projects that serve both the focus area and the target group. Cells marked „Gap“ (red) are gaps of the network. Click a cell to open one of its entries.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="137"/>
        <source>Coverage matrix</source>
        <translation>Coverage matrix</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="196"/>
        <source>Loading the overview…</source>
        <translation>Loading the overview…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="216"/>
        <source>The overview could not be loaded.</source>
        <translation>The overview could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="258"/>
        <source>No meetings planned.</source>
        <translation>No meetings planned.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="264"/>
        <source>No project is looking for volunteers.</source>
        <translation>No project is looking for volunteers.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="270"/>
        <source>All police clearances are in order.</source>
        <translation>All police clearances are in order.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="276"/>
        <source>Consent is recorded for every volunteer.</source>
        <translation>Consent is recorded for every volunteer.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="291"/>
        <source>Click to open</source>
        <translation>Click to open</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="295"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="312"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="314"/>
        <source>%n partners</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="316"/>
        <source>%n projects</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="321"/>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="329"/>
        <source>Gap: nobody serves this cell yet.</source>
        <translation>Gap: nobody serves this cell yet.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="361"/>
        <source>Partner: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/views/overview_view.py" line="361"/>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="112"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="114"/>
        <source>Delete this record (Del)</source>
        <translation>Delete this record (Del)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="115"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="117"/>
        <source>Show the stored data again (Escape)</source>
        <translation>Show the stored data again (Escape)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="118"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="120"/>
        <source>Store the changes (Ctrl+S)</source>
        <translation>Store the changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="339"/>
        <source>The version saved by %1 is shown; your input was discarded.</source>
        <translation>The version saved by %1 is shown; your input was discarded.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="340"/>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="365"/>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="378"/>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="394"/>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="404"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="367"/>
        <source>this record</source>
        <translation>this record</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="368"/>
        <source>Do you really want to delete %1?</source>
        <translation>Do you really want to delete %1?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="372"/>
        <source>This also removes:</source>
        <translation>This also removes:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/widgets/record_editor.py" line="395"/>
        <source>Delete it anyway?</source>
        <translation>Delete it anyway?</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../../nfg_desktop/gui/opening.py" line="93"/>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>The file “%1” cannot be opened: %2</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/opening.py" line="137"/>
        <source>Password of %1 on the server %2:</source>
        <translation>Password of %1 on the server %2:</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/opening.py" line="143"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
</TS>
