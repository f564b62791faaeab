<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LanguageArea</name>
    <message>
        <location filename="../../../nfg_desktop/gui/language/__init__.py" line="103"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
</TS>
