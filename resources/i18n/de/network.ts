<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>NetworkArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/network/__init__.py" line="33"/>
        <source>Network settings…</source>
        <translation>Netzwerk-Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/__init__.py" line="36"/>
        <source>Name, municipality, sender, logo and coordinators of the network</source>
        <translation>Name, Kommune, Absender, Logo und Koordination des Netzwerks</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/__init__.py" line="39"/>
        <source>Open the demo network</source>
        <translation>Demo-Netzwerk öffnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/__init__.py" line="63"/>
        <source>Network settings saved.</source>
        <translation>Netzwerk-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/__init__.py" line="75"/>
        <source>Demo network</source>
        <translation>Demo-Netzwerk</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="60"/>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="81"/>
        <source>Network settings</source>
        <translation>Netzwerk-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="72"/>
        <source>The name appears in the window title and on every printout; the sender and the logo on letters and printouts; the coordinators can be invited to meetings.</source>
        <translation>Der Name steht im Fenstertitel und auf jedem Ausdruck, Absender und Logo auf Briefen und Ausdrucken; die Koordination kann zu Terminen eingeladen werden.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="82"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="83"/>
        <source>Sender and logo</source>
        <translation>Absender und Logo</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="84"/>
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="98"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="99"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="129"/>
        <source>e.g. Runder Tisch der Generationen</source>
        <translation>z. B. Runder Tisch der Generationen Musterhausen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="130"/>
        <source>Name of the network *</source>
        <translation>Name des Netzwerks *</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="131"/>
        <source>e.g. Bürgernetzwerk, Caring Community</source>
        <translation>z. B. Bürgernetzwerk, Caring Community</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="132"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="134"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="136"/>
        <source>District (Landkreis)</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="137"/>
        <source>e.g. 12480</source>
        <translation>z. B. 12480</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="138"/>
        <source>Population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="142"/>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="144"/>
        <source>Program start</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="147"/>
        <source>One Ortsteil per line</source>
        <translation>Ein Ortsteil je Zeile</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="151"/>
        <source>Ortsteile</source>
        <translation>Ortsteile</translation>
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
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="168"/>
        <source>Sender phone</source>
        <translation>Telefon (Absender)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="182"/>
        <source>Choose image…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="185"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="193"/>
        <source>PNG or JPEG, at most 1 MB. Shown top right on every printout.</source>
        <translation>PNG oder JPEG, höchstens 1 MB. Erscheint oben rechts auf jedem Ausdruck.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="198"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="206"/>
        <source>Usually a tandem of two people, often from different departments. Leave the second person empty if you coordinate alone.</source>
        <translation>Meist ein Tandem aus zwei Personen, oft aus verschiedenen Fachbereichen. Lassen Sie Person 2 leer, wenn Sie allein koordinieren.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="215"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="216"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="217"/>
        <source>Department</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="218"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="219"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="220"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="224"/>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="272"/>
        <source>Population: please enter a whole number.</source>
        <translation>Einwohnerzahl: Bitte eine ganze Zahl eingeben.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="276"/>
        <source>Program start: </source>
        <translation>Programmstart: </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="304"/>
        <source>Choose logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="304"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="335"/>
        <source>(no logo)</source>
        <translation>(kein Logo)</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="350"/>
        <source>Person %1: </source>
        <translation>Person %1: </translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="376"/>
        <source>Save your settings over theirs anyway?</source>
        <translation>Ihre Einstellungen trotzdem darüber speichern?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/settings_dialog.py" line="403"/>
        <source>The file is open read-only: nothing can be changed.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet: Es kann nichts geändert werden.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="28"/>
        <source>Welcome to NFG Desktop</source>
        <translation>Willkommen bei NFG Desktop</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="37"/>
        <source>This file is still empty. Here the partners, projects, volunteers, meetings and trainings of your network will be kept. How would you like to begin?</source>
        <translation>Diese Datei ist noch leer. Hier werden die Partner, Projekte, Ehrenamtlichen, Termine und Qualifizierungen Ihres Netzwerks verwaltet. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="46"/>
        <source>Set up the network</source>
        <translation>Netzwerk einrichten</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="48"/>
        <source>Name, municipality, Ortsteile, sender and logo for printouts, and the coordinators.</source>
        <translation>Name, Kommune, Ortsteile, Absender und Logo für Ausdrucke und die Koordination eintragen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="53"/>
        <source>Import a list</source>
        <translation>Liste importieren</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="54"/>
        <source>Take over partner organisations or volunteers from an Excel or CSV list.</source>
        <translation>Partnerorganisationen oder Ehrenamtliche aus einer Excel- oder CSV-Liste übernehmen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="57"/>
        <source>Start with „New“</source>
        <translation>Mit „Neu“ beginnen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="58"/>
        <source>Enter the first partner organisation by hand.</source>
        <translation>Die erste Partnerorganisation von Hand eintragen.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="61"/>
        <source>Look at the demo network</source>
        <translation>Demo-Netzwerk ansehen</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="63"/>
        <source>Opens the fictional network „Musterhausen“ in a file of its own, to try everything out. Your own file stays as it is.</source>
        <translation>Öffnet das erfundene Netzwerk „Musterhausen“ in einer eigenen Datei zum Ausprobieren. Ihre eigene Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../../nfg_desktop/gui/network/welcome.py" line="79"/>
        <source>Help › Short help (F1) explains the window; this welcome disappears with the first entry.</source>
        <translation>Hilfe › Kurzhilfe (F1) erklärt das Fenster; diese Begrüßung verschwindet mit dem ersten Eintrag.</translation>
    </message>
</context>
</TS>
