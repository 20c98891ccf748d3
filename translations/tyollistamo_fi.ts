<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Työllistämö</source>
        <translation>Tietoja Työllistämöstä</translation>
    </message>
    <message>
        <source>Client register, guidance process, coaching and supported-work agreements for employment units.</source>
        <translation>Asiakasrekisteri, ohjausprosessi, valmennus ja tuetun työn sopimukset työllistämisyksiköille.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versio:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lisenssi:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Tietokansio:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Tietokanta:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Tietokannan rakenneversio:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Toteutettu käyttäen:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Odottamaton virhe</translation>
    </message>
    <message>
        <source>Työllistämö ran into an unexpected error. What you saved earlier is safe; the action you were doing may not have been completed.</source>
        <translation>Työllistämössä tapahtui odottamaton virhe. Aiemmin tallentamasi tiedot ovat tallessa, mutta juuri tekemäsi toiminto ei ehkä ehtinyt valmistua.</translation>
    </message>
    <message>
        <source>The details have been written to the log file %1. Please send it to your support person.</source>
        <translation>Virheen tiedot on kirjoitettu lokitiedostoon %1. Lähetä se tukihenkilöllesi.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The database %1 was last used by a newer version of Työllistämö (schema version %2; this version knows up to %3). Install the newer version to open it. The database has not been changed.</source>
        <translation>Tietokantaa %1 on viimeksi käytetty Työllistämön uudemmalla versiolla (rakenneversio %2; tämä versio tuntee versiot %3 asti). Asenna uudempi versio avataksesi sen. Tietokantaa ei ole muutettu.</translation>
    </message>
    <message>
        <source>The file %1 is not a database.</source>
        <translation>Tiedosto %1 ei ole tietokanta.</translation>
    </message>
    <message>
        <source>The database %1 is incomplete: part of the file is missing, perhaps because a copy was interrupted.</source>
        <translation>Tietokanta %1 on vajaa: osa tiedostosta puuttuu, ehkä koska sen kopiointi keskeytyi.</translation>
    </message>
    <message>
        <source>The file %1 is a database, but not one of Työllistämö.</source>
        <translation>Tiedosto %1 on tietokanta, mutta ei Työllistämön tietokanta.</translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation>Tietokanta %1 on vioittunut.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: access was denied.</source>
        <translation>Tietokantaa %1 ei voi avata: käyttöoikeus evättiin.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 on kansio eikä tietokantatiedosto.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>Tietokantaa %1 ei voi avata.</translation>
    </message>
    <message>
        <source>The file has not been changed or overwritten. Restore it from a backup, or start with a new database in another folder.</source>
        <translation>Tiedostoa ei ole muutettu eikä korvattu. Palauta se varmuuskopiosta tai aloita uudella tietokannalla toisessa kansiossa.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <source>&amp;New database elsewhere...</source>
        <translation>&amp;Uusi tietokanta muualle...</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Choose a folder for the new database</source>
        <translation>Valitse kansio uudelle tietokannalle</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <source>A personal identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>Henkilötunnuksessa on 11 merkkiä, esim. 131052-308T.</translation>
    </message>
    <message>
        <source>Write the identity code as DDMMYY, century sign, three digits and a check character, e.g. 131052-308T.</source>
        <translation>Kirjoita henkilötunnus muodossa PPKKVV, välimerkki, kolme numeroa ja tarkistusmerkki, esim. 131052-308T.</translation>
    </message>
    <message>
        <source>The date or the individual number of the identity code is not possible.</source>
        <translation>Henkilötunnuksen päivämäärä tai yksilönumero ei ole mahdollinen.</translation>
    </message>
    <message>
        <source>The check character does not match; with these digits it would be %1.</source>
        <translation>Tarkistusmerkki ei täsmää; näillä numeroilla se olisi %1.</translation>
    </message>
    <message>
        <source>The identity code gives a birth date in the future.</source>
        <translation>Henkilötunnuksen mukainen syntymäaika on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Write the Business ID as seven digits, a hyphen and a check digit, e.g. 2129026-2.</source>
        <translation>Kirjoita Y-tunnus muodossa seitsemän numeroa, väliviiva ja tarkistusnumero, esim. 2129026-2.</translation>
    </message>
    <message>
        <source>The check digit of the Business ID does not match.</source>
        <translation>Y-tunnuksen tarkistusnumero ei täsmää.</translation>
    </message>
    <message>
        <source>A postal code has five digits, e.g. 00100.</source>
        <translation>Postinumerossa on viisi numeroa, esim. 00100.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.fi).</source>
        <translation>Tämä ei ole sähköpostiosoite (nimi@esimerkki.fi).</translation>
    </message>
    <message>
        <source>Use digits, spaces and an optional + at the start, e.g. +358 40 123 4567.</source>
        <translation>Käytä numeroita, välilyöntejä ja tarvittaessa alussa +-merkkiä, esim. +358 40 123 4567.</translation>
    </message>
    <message>
        <source>The logo image is too large; the limit is 2 MB.</source>
        <translation>Logokuva on liian suuri; enimmäiskoko on 2 Mt.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logon on oltava PNG- tai JPEG-kuva.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Arvo ei kelpaa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Asetukset...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;About Työllistämö</source>
        <translation>&amp;Tietoja Työllistämöstä</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Työnantajat</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigointi</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Tiedosto&amp;tyyppi:</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Tietokone</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Service language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) in the register.</source>
        <translation>
            <numerusform>%n asiakas rekisterissä.</numerusform>
            <numerusform>%n asiakasta rekisterissä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Työnantajat</translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s) in the register.</source>
        <translation>
            <numerusform>%n työnantaja rekisterissä.</numerusform>
            <numerusform>%n työnantajaa rekisterissä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Yleiset</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Yksi&amp;kkö</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Käyttöliittymän k&amp;ieli:</translation>
    </message>
    <message>
        <source>The interface changes at once. Documents are printed in the client&apos;s language.</source>
        <translation>Käyttöliittymän kieli vaihtuu heti. Asiakirjat tulostetaan asiakkaan kielellä.</translation>
    </message>
    <message>
        <source>The unit&apos;s information is printed on agreements and other documents.</source>
        <translation>Yksikön tiedot tulostetaan sopimuksiin ja muihin asiakirjoihin.</translation>
    </message>
    <message>
        <source>&amp;Name of the unit:</source>
        <translation>Yksikön &amp;nimi:</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>Y-&amp;tunnus:</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Lähiosoite:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postinumero:</translation>
    </message>
    <message>
        <source>Post &amp;office:</source>
        <translation>Postitoimip&amp;aikka:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Puh&amp;elin:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Sähköp&amp;osti:</translation>
    </message>
    <message>
        <source>office@example.fi</source>
        <translation>toimisto@esimerkki.fi</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Choose image...</source>
        <translation>&amp;Valitse kuva...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Poi&amp;sta</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ei logoa</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>Kuvaa ei voi näyttää.</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s logo</source>
        <translation>Valitse yksikön logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Muutettu toisella työasemalla</translation>
    </message>
    <message>
        <source>Someone else changed the unit&apos;s information while you were editing it. Your changes have not been saved. Press OK again to save your version over theirs, or Cancel to keep theirs.</source>
        <translation>Joku muu muutti yksikön tietoja sillä aikaa, kun muokkasit niitä. Muutoksiasi ei ole tallennettu. Paina OK uudelleen tallentaaksesi omat tietosi heidän muutostensa päälle, tai Peru säilyttääksesi heidän muutoksensa.</translation>
    </message>
</context>
</TS>
