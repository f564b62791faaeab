<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NetworkArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/network/__init__.py" line="33"/>
        <source>Network settings…</source>
        <translation>Network settings…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/__init__.py" line="36"/>
        <source>Name, municipality, sender, logo and coordinators of the network</source>
        <translation>Name, municipality, sender, logo and coordinators of the network</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/__init__.py" line="39"/>
        <source>Open the demo network</source>
        <translation>Open the demo network</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/__init__.py" line="63"/>
        <source>Network settings saved.</source>
        <translation>Network settings saved.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/__init__.py" line="75"/>
        <source>Demo network</source>
        <translation>Demo network</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="60"/>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="81"/>
        <source>Network settings</source>
        <translation>Network settings</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="72"/>
        <source>The name appears in the window title and on every printout; the sender and the logo on letters and printouts; the coordinators can be invited to meetings.</source>
        <translation>The name appears in the window title and on every printout; the sender and the logo on letters and printouts; the coordinators can be invited to meetings.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="82"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="83"/>
        <source>Sender and logo</source>
        <translation>Sender and logo</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="84"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="98"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="99"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="129"/>
        <source>e.g. Runder Tisch der Generationen</source>
        <translation>e.g. Runder Tisch der Generationen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="130"/>
        <source>Name of the network *</source>
        <translation>Name of the network *</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="131"/>
        <source>e.g. Bürgernetzwerk, Caring Community</source>
        <translation>e.g. Bürgernetzwerk, Caring Community</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="132"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="134"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="136"/>
        <source>District (Landkreis)</source>
        <translation>District (Landkreis)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="137"/>
        <source>e.g. 12480</source>
        <translation>e.g. 12480</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="138"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="142"/>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="144"/>
        <source>Program start</source>
        <translation>Program start</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="147"/>
        <source>One Ortsteil per line</source>
        <translation>One part of the town (Ortsteil) per line</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="151"/>
        <source>Ortsteile</source>
        <translation>Parts of the town</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="161"/>
        <source>Stadtverwaltung Musterhausen
Marktplatz 1
71234 Musterhausen</source>
        <translation>Stadtverwaltung Musterhausen
Marktplatz 1
71234 Musterhausen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="166"/>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="168"/>
        <source>Sender phone</source>
        <translation>Sender phone</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="182"/>
        <source>Choose image…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="185"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="193"/>
        <source>PNG or JPEG, at most 1 MB. Shown top right on every printout.</source>
        <translation>PNG or JPEG, at most 1 MB. Shown top right on every printout.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="198"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="206"/>
        <source>Usually a tandem of two people, often from different departments. Leave the second person empty if you coordinate alone.</source>
        <translation>Usually a tandem of two people, often from different departments. Leave the second person empty if you coordinate alone.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="215"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="216"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="217"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="218"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="219"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="220"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="224"/>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="272"/>
        <source>Population: please enter a whole number.</source>
        <translation>Population: please enter a whole number.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="276"/>
        <source>Program start: </source>
        <translation>Program start: </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="304"/>
        <source>Choose logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="304"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="335"/>
        <source>(no logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="350"/>
        <source>Person %1: </source>
        <translation>Person %1: </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="376"/>
        <source>Save your settings over theirs anyway?</source>
        <translation>Save your settings over theirs anyway?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="403"/>
        <source>The file is open read-only: nothing can be changed.</source>
        <translation>The file is open read-only: nothing can be changed.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="28"/>
        <source>Welcome to NFG Desktop</source>
        <translation>Welcome to NFG Desktop</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="37"/>
        <source>This file is still empty. Here the partners, projects, volunteers, meetings and trainings of your network will be kept. How would you like to begin?</source>
        <translation>This file is still empty. Here the partners, projects, volunteers, meetings and trainings of your network will be kept. How would you like to begin?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="46"/>
        <source>Set up the network</source>
        <translation>Set up the network</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="48"/>
        <source>Name, municipality, Ortsteile, sender and logo for printouts, and the coordinators.</source>
        <translation>Name, municipality, parts of the town, sender and logo for printouts, and the coordinators.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="53"/>
        <source>Import a list</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="54"/>
        <source>Take over partner organisations or volunteers from an Excel or CSV list.</source>
        <translation>Take over partner organisations or volunteers from an Excel or CSV list.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="57"/>
        <source>Start with „New“</source>
        <translation>Start with “New”</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="58"/>
        <source>Enter the first partner organisation by hand.</source>
        <translation>Enter the first partner organisation by hand.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="61"/>
        <source>Look at the demo network</source>
        <translation>Look at the demo network</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="63"/>
        <source>Opens the fictional network „Musterhausen“ in a file of its own, to try everything out. Your own file stays as it is.</source>
        <translation>Opens the fictional network “Musterhausen” in a file of its own, to try everything out. Your own file stays as it is.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="79"/>
        <source>Help › Short help (F1) explains the window; this welcome disappears with the first entry.</source>
        <translation>Help › Short help (F1) explains the window; this welcome disappears with the first entry.</translation>
    </message>
</context>
</TS>
