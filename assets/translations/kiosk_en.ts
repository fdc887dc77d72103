<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translation>
            <numerusform>For your privacy, this session ends in %n second and everything you entered is deleted.</numerusform>
            <numerusform>For your privacy, this session ends in %n seconds and everything you entered is deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>This screen closes in %n second.</numerusform>
            <numerusform>This screen closes in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
