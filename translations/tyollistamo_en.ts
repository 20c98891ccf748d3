<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <source>%n client(s) in the register.</source>
        <translation>
            <numerusform>%n client in the register.</numerusform>
            <numerusform>%n clients in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s) in the register.</source>
        <translation>
            <numerusform>%n employer in the register.</numerusform>
            <numerusform>%n employers in the register.</numerusform>
        </translation>
    </message>
</context>
</TS>
