<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Työllistämö</source>
        <translation>Om Työllistämö</translation>
    </message>
    <message>
        <source>Client register, guidance process, coaching and supported-work agreements for employment units.</source>
        <translation>Klientregister, handledningsprocess, träning och avtal om stött arbete för sysselsättningsenheter.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licens:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamapp:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Databasens strukturversion:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Byggd med:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <source>Työllistämö ran into an unexpected error. What you saved earlier is safe; the action you were doing may not have been completed.</source>
        <translation>Ett oväntat fel inträffade i Työllistämö. Det du har sparat tidigare är i tryggt förvar, men det du höll på med kanske inte hann slutföras.</translation>
    </message>
    <message>
        <source>The details have been written to the log file %1. Please send it to your support person.</source>
        <translation>Detaljerna har skrivits till loggfilen %1. Skicka den till din stödperson.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The database %1 was last used by a newer version of Työllistämö (schema version %2; this version knows up to %3). Install the newer version to open it. The database has not been changed.</source>
        <translation>Databasen %1 användes senast av en nyare version av Työllistämö (strukturversion %2; den här versionen känner till versioner upp till %3). Installera den nyare versionen för att öppna den. Databasen har inte ändrats.</translation>
    </message>
    <message>
        <source>The file %1 is not a database.</source>
        <translation>Filen %1 är ingen databas.</translation>
    </message>
    <message>
        <source>The database %1 is incomplete: part of the file is missing, perhaps because a copy was interrupted.</source>
        <translation>Databasen %1 är ofullständig: en del av filen saknas, kanske för att en kopiering avbröts.</translation>
    </message>
    <message>
        <source>The file %1 is a database, but not one of Työllistämö.</source>
        <translation>Filen %1 är en databas, men inte en databas för Työllistämö.</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>Databasen %1 är skadad.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: access was denied.</source>
        <translation>Databasen %1 kan inte öppnas: åtkomst nekades.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>Databasen %1 kan inte öppnas.</translation>
    </message>
    <message>
        <source>The file has not been changed or overwritten. Restore it from a backup, or start with a new database in another folder.</source>
        <translation>Filen har inte ändrats eller skrivits över. Återställ den från en säkerhetskopia, eller börja med en ny databas i en annan mapp.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>&amp;New database elsewhere...</source>
        <translation>&amp;Ny databas på annat ställe...</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Choose a folder for the new database</source>
        <translation>Välj en mapp för den nya databasen</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>This field is required.</source>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <source>A personal identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>En personbeteckning har 11 tecken, t.ex. 131052-308T.</translation>
    </message>
    <message>
        <source>Write the identity code as DDMMYY, century sign, three digits and a check character, e.g. 131052-308T.</source>
        <translation>Skriv personbeteckningen som DDMMÅÅ, skiljetecken, tre siffror och ett kontrolltecken, t.ex. 131052-308T.</translation>
    </message>
    <message>
        <source>The date or the individual number of the identity code is not possible.</source>
        <translation>Personbeteckningens datum eller individnummer är inte möjligt.</translation>
    </message>
    <message>
        <source>The check character does not match; with these digits it would be %1.</source>
        <translation>Kontrolltecknet stämmer inte; med de här siffrorna vore det %1.</translation>
    </message>
    <message>
        <source>The identity code gives a birth date in the future.</source>
        <translation>Personbeteckningen ger ett födelsedatum i framtiden.</translation>
    </message>
    <message>
        <source>Write the Business ID as seven digits, a hyphen and a check digit, e.g. 2129026-2.</source>
        <translation>Skriv FO-numret som sju siffror, bindestreck och en kontrollsiffra, t.ex. 2129026-2.</translation>
    </message>
    <message>
        <source>The check digit of the Business ID does not match.</source>
        <translation>FO-numrets kontrollsiffra stämmer inte.</translation>
    </message>
    <message>
        <source>A postal code has five digits, e.g. 00100.</source>
        <translation>Ett postnummer har fem siffror, t.ex. 00100.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.fi).</source>
        <translation>Det här är ingen e-postadress (namn@exempel.fi).</translation>
    </message>
    <message>
        <source>Use digits, spaces and an optional + at the start, e.g. +358 40 123 4567.</source>
        <translation>Använd siffror, mellanslag och vid behov + i början, t.ex. +358 40 123 4567.</translation>
    </message>
    <message>
        <source>The logo image is too large; the limit is 2 MB.</source>
        <translation>Logotypbilden är för stor; gränsen är 2 MB.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logotypen måste vara en PNG- eller JPEG-bild.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Värdet är inte giltigt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Inställningar...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About Työllistämö</source>
        <translation>&amp;Om Työllistämö</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Sök i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;typ:</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Service language</source>
        <translation>Servicespråk</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) in the register.</source>
        <translation>
            <numerusform>%n klient i registret.</numerusform>
            <numerusform>%n klienter i registret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s) in the register.</source>
        <translation>
            <numerusform>%n arbetsgivare i registret.</numerusform>
            <numerusform>%n arbetsgivare i registret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allmänt</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Gränssnittets &amp;språk:</translation>
    </message>
    <message>
        <source>The interface changes at once. Documents are printed in the client&apos;s language.</source>
        <translation>Gränssnittets språk byts genast. Dokument skrivs ut på klientens språk.</translation>
    </message>
    <message>
        <source>The unit&apos;s information is printed on agreements and other documents.</source>
        <translation>Enhetens uppgifter skrivs ut på avtal och andra dokument.</translation>
    </message>
    <message>
        <source>&amp;Name of the unit:</source>
        <translation>Enhetens &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>&amp;FO-nummer:</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>Post &amp;office:</source>
        <translation>Postans&amp;talt:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <source>office@example.fi</source>
        <translation>kansli@exempel.fi</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <source>&amp;Choose image...</source>
        <translation>&amp;Välj bild...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>Bilden kan inte visas.</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s logo</source>
        <translation>Välj enhetens logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Ändrat på en annan arbetsstation</translation>
    </message>
    <message>
        <source>Someone else changed the unit&apos;s information while you were editing it. Your changes have not been saved. Press OK again to save your version over theirs, or Cancel to keep theirs.</source>
        <translation>Någon annan ändrade enhetens uppgifter medan du redigerade dem. Dina ändringar har inte sparats. Tryck på Ok igen för att spara din version över deras, eller på Avbryt för att behålla deras.</translation>
    </message>
</context>
</TS>
