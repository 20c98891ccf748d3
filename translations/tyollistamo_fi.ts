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
    <name>AccessFindings</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Salasanassa on oltava vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The password is too simple: use different characters.</source>
        <translation>Salasana on liian yksinkertainen: käytä eri merkkejä.</translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation>Salasana ei voi olla sama kuin käyttäjätunnus.</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Nykyinen salasana ei ole oikein.</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, hyphens and underscores only.</source>
        <translation>Käytä vain kirjaimia, numeroita, pisteitä, yhdysmerkkejä ja alaviivoja.</translation>
    </message>
    <message>
        <source>This user name is already in use.</source>
        <translation>Tämä käyttäjätunnus on jo käytössä.</translation>
    </message>
    <message>
        <source>The unit must keep at least one active administrator.</source>
        <translation>Yksiköllä on oltava ainakin yksi käytössä oleva pääkäyttäjä.</translation>
    </message>
</context>
<context>
    <name>AgreementDocument</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 kuukausi</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 kuukautta</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 päivä</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 päivää</translation>
    </message>
    <message>
        <source>%1 hours a day</source>
        <translation>%1 tuntia päivässä</translation>
    </message>
    <message>
        <source>1 day a week</source>
        <translation>1 päivä viikossa</translation>
    </message>
    <message>
        <source>%1 days a week</source>
        <translation>%1 päivää viikossa</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 tuntia viikossa</translation>
    </message>
</context>
<context>
    <name>ArrangementDialog</name>
    <message>
        <source>Changed on another workstation</source>
        <translation>Muutettu toisella työasemalla</translation>
    </message>
    <message>
        <source>Someone else saved this agreement after you opened it. Nothing was saved; close and open it again to see their version.</source>
        <translation>Joku muu tallensi tämän sopimuksen sen jälkeen, kun avasit sen. Mitään ei tallennettu; sulje ja avaa sopimus uudelleen nähdäksesi hänen versionsa.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The database could not be written just now (it may be busy or out of reach). Nothing was saved; what you typed is still here. Try again in a moment.</source>
        <translation>Tietokantaan ei juuri nyt voitu kirjoittaa (se voi olla varattu tai tavoittamattomissa). Mitään ei tallennettu; kirjoittamasi on yhä tallessa. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Print first</source>
        <translation>Tulosta ensin</translation>
    </message>
    <message>
        <source>This version of the agreement has not been printed yet. Preview and print it (or save it as PDF), then record the signing.</source>
        <translation>Tätä sopimuksen versiota ei ole vielä tulostettu. Esikatsele ja tulosta se (tai tallenna PDF:ksi) ja kirjaa sitten allekirjoitus.</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Sopimus</translation>
    </message>
    <message>
        <source>A&amp;bsences</source>
        <translation>&amp;Poissaolot</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>&amp;Läsnäolot</translation>
    </message>
    <message>
        <source>&amp;Preview and print...</source>
        <translation>&amp;Esikatsele ja tulosta...</translation>
    </message>
    <message>
        <source>Record si&amp;gning...</source>
        <translation>&amp;Kirjaa allekirjoitus...</translation>
    </message>
    <message>
        <source>E&amp;nd...</source>
        <translation>&amp;Päätä...</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The agreement has unsaved changes. Save them before closing?</source>
        <translation>Sopimuksessa on tallentamattomia muutoksia. Tallennetaanko ne ennen sulkemista?</translation>
    </message>
</context>
<context>
    <name>ArrangementForm</name>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ei ketään)</translation>
    </message>
    <message>
        <source>Filled from the employment plan of %1 (%2); you can change the values.</source>
        <translation>Täytetty %1 päivätystä työllistymissuunnitelmasta (%2); voit muuttaa arvoja.</translation>
    </message>
    <message>
        <source>Refers to the employment plan of %1 (%2).</source>
        <translation>Viittaa %1 päivättyyn työllistymissuunnitelmaan (%2).</translation>
    </message>
    <message>
        <source>The client&apos;s employment plan is still a draft in the guidance process, so nothing was filled from it. Agree on the plan first, or type the plan&apos;s details here.</source>
        <translation>Asiakkaan työllistymissuunnitelma on ohjausprosessissa vielä luonnos, joten siitä ei täytetty mitään. Sovi suunnitelmasta ensin tai kirjoita suunnitelman tiedot tähän.</translation>
    </message>
    <message>
        <source>The employment plan this agreement refers to is not agreed at the moment (it is being rewritten in the guidance process). The agreement keeps its values.</source>
        <translation>Työllistymissuunnitelma, johon tämä sopimus viittaa, ei ole tällä hetkellä sovittu (sitä muokataan ohjausprosessissa). Sopimus säilyttää arvonsa.</translation>
    </message>
    <message>
        <source>The employment plan has changed since this agreement was written: it is now dated %1 (%2). The agreement keeps its own values until you take the new ones and save.</source>
        <translation>Työllistymissuunnitelma on muuttunut tämän sopimuksen laatimisen jälkeen: sen päiväys on nyt %1 (%2). Sopimus säilyttää omat arvonsa, kunnes otat uudet arvot käyttöön ja tallennat.</translation>
    </message>
    <message>
        <source>&amp;Use the plan&apos;s date and number</source>
        <translation>&amp;Käytä suunnitelman päiväystä ja numeroa</translation>
    </message>
    <message>
        <source>Organiser and workplace</source>
        <translation>Järjestäjä ja työpaikka</translation>
    </message>
    <message>
        <source>Period and working hours</source>
        <translation>Kesto ja työaika</translation>
    </message>
    <message>
        <source>Goals and tasks</source>
        <translation>Tavoitteet ja tehtävät</translation>
    </message>
    <message>
        <source>Employment authority and benefit</source>
        <translation>Työvoimaviranomainen ja etuus</translation>
    </message>
    <message>
        <source>After the trial</source>
        <translation>Kokeilun jälkeen</translation>
    </message>
    <message>
        <source>Employer and work</source>
        <translation>Työnantaja ja työ</translation>
    </message>
    <message>
        <source>Validity of the contract</source>
        <translation>Työsopimuksen voimassaolo</translation>
    </message>
    <message>
        <source>Pay and working time</source>
        <translation>Palkka ja työaika</translation>
    </message>
    <message>
        <source>Wage subsidy decision</source>
        <translation>Palkkatukipäätös</translation>
    </message>
    <message>
        <source>Other terms</source>
        <translation>Muut ehdot</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Hyvinvointialue</translation>
    </message>
    <message>
        <source>Activation plan</source>
        <translation>Aktivointisuunnitelma</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Työtoimintapaikka</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Järjestäjä:</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Työnantaja:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>Työ&amp;paikka:</translation>
    </message>
    <message>
        <source>Workplace address:</source>
        <translation>Työpaikan osoite:</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Ohjaaja:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s phone:</source>
        <translation>Ohjaajan puhelin:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s e-mail:</source>
        <translation>Ohjaajan sähköposti:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>Päätt&amp;yy:</translation>
    </message>
    <message>
        <source>&amp;Hours a day:</source>
        <translation>T&amp;untia päivässä:</translation>
    </message>
    <message>
        <source>Daily timing:</source>
        <translation>Päivittäinen ajoitus:</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Viikonpäivät:</translation>
    </message>
    <message>
        <source>Outside the commuting area (higher expense allowance)</source>
        <translation>Työssäkäyntialueen ulkopuolella (korotettu kulukorvaus)</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Tavoitteet:</translation>
    </message>
    <message>
        <source>Tas&amp;ks:</source>
        <translation>Teh&amp;tävät:</translation>
    </message>
    <message>
        <source>Other conditions:</source>
        <translation>Muut ehdot:</translation>
    </message>
    <message>
        <source>Employment &amp;authority:</source>
        <translation>Työvoima&amp;viranomainen:</translation>
    </message>
    <message>
        <source>Authority&apos;s contact person:</source>
        <translation>Viranomaisen yhteyshenkilö:</translation>
    </message>
    <message>
        <source>Authority&apos;s decision:</source>
        <translation>Viranomaisen päätös:</translation>
    </message>
    <message>
        <source>&amp;Plan date:</source>
        <translation>&amp;Suunnitelman päiväys:</translation>
    </message>
    <message>
        <source>Plan reference:</source>
        <translation>Suunnitelman tunniste:</translation>
    </message>
    <message>
        <source>Benefit paid by:</source>
        <translation>Etuuden maksaja:</translation>
    </message>
    <message>
        <source>Which fund:</source>
        <translation>Mikä kassa:</translation>
    </message>
    <message>
        <source>Organiser&apos;s assessment:</source>
        <translation>Järjestäjän arvio:</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Asiakirjan kieli:</translation>
    </message>
    <message>
        <source>Place of &amp;work:</source>
        <translation>Työn&amp;tekopaikka:</translation>
    </message>
    <message>
        <source>&amp;Duties:</source>
        <translation>Työ&amp;tehtävät:</translation>
    </message>
    <message>
        <source>Job coach:</source>
        <translation>Työhönvalmentaja:</translation>
    </message>
    <message>
        <source>Trial period (months):</source>
        <translation>Koeaika (kuukautta):</translation>
    </message>
    <message>
        <source>&amp;Fixed-term contract</source>
        <translation>&amp;Määräaikainen työsopimus</translation>
    </message>
    <message>
        <source>Fixed term for a long-term unemployed person (Employment Contracts Act 1:3 a)</source>
        <translation>Määräaikaisuus TSL 1:3 a:n mukaan (pitkäaikaistyötön)</translation>
    </message>
    <message>
        <source>Ground for the fixed term:</source>
        <translation>Määräaikaisuuden peruste:</translation>
    </message>
    <message>
        <source>Pay basis:</source>
        <translation>Palkan peruste:</translation>
    </message>
    <message>
        <source>Other pay basis:</source>
        <translation>Muu palkan peruste:</translation>
    </message>
    <message>
        <source>Pay at the start (€):</source>
        <translation>Palkka alussa (€):</translation>
    </message>
    <message>
        <source>Pay period:</source>
        <translation>Palkanmaksukausi:</translation>
    </message>
    <message>
        <source>Pay days:</source>
        <translation>Palkanmaksupäivät:</translation>
    </message>
    <message>
        <source>Hours a week:</source>
        <translation>Tuntia viikossa:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>Päätöksen &amp;numero:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Päätöksen päi&amp;väys:</translation>
    </message>
    <message>
        <source>Granted by:</source>
        <translation>Myöntäjä:</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>Tuki&amp;peruste:</translation>
    </message>
    <message>
        <source>Subsidy (%):</source>
        <translation>Tuki (%):</translation>
    </message>
    <message>
        <source>Monthly cap (€):</source>
        <translation>Enimmäismäärä kuukaudessa (€):</translation>
    </message>
    <message>
        <source>Subsidy from:</source>
        <translation>Tuki alkaen:</translation>
    </message>
    <message>
        <source>Subsidy until:</source>
        <translation>Tuki päättyy:</translation>
    </message>
    <message>
        <source>Extension of an earlier subsidy</source>
        <translation>Aiemman tuen jatko</translation>
    </message>
    <message>
        <source>Unemployment condition of the track met</source>
        <translation>Tukiperusteen työttömyysehto täyttyy</translation>
    </message>
    <message>
        <source>Work that is not business activity</source>
        <translation>Työ ei ole liiketoimintaa</translation>
    </message>
    <message>
        <source>Working time (% of full time):</source>
        <translation>Työaika (% täydestä):</translation>
    </message>
    <message>
        <source>Annual leave:</source>
        <translation>Vuosiloma:</translation>
    </message>
    <message>
        <source>Notice period:</source>
        <translation>Irtisanomisaika:</translation>
    </message>
    <message>
        <source>Collective agreement:</source>
        <translation>Työehtosopimus:</translation>
    </message>
    <message>
        <source>Pension and accident insurance:</source>
        <translation>Eläke- ja tapaturmavakuutus:</translation>
    </message>
    <message>
        <source>Other terms:</source>
        <translation>Muut ehdot:</translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation>&amp;Hyvinvointialue:</translation>
    </message>
    <message>
        <source>County&apos;s contact person:</source>
        <translation>Hyvinvointialueen yhteyshenkilö:</translation>
    </message>
    <message>
        <source>&amp;Goal, description:</source>
        <translation>&amp;Tavoite ja kuvaus:</translation>
    </message>
    <message>
        <source>Support and &amp;guidance:</source>
        <translation>T&amp;uki ja ohjaus:</translation>
    </message>
    <message>
        <source>Other services:</source>
        <translation>Muut palvelut:</translation>
    </message>
    <message>
        <source>Other obligations:</source>
        <translation>Muut velvoitteet:</translation>
    </message>
    <message>
        <source>Evaluate by:</source>
        <translation>Arvioitava viimeistään:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seuranta:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Paikka:</translation>
    </message>
    <message>
        <source>Address of the place:</source>
        <translation>Paikan osoite:</translation>
    </message>
    <message>
        <source>Travel costs a day (€):</source>
        <translation>Matkakulut päivässä (€):</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>into work</source>
        <translation>työelämään</translation>
    </message>
    <message>
        <source>into education</source>
        <translation>koulutukseen</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Läsnäololista</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Goal of the group</source>
        <translation>Ryhmän tavoite</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Kellonaika</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Valmentajat</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <source>Members sign in the signature column. The coach marks absences as absent or excused in the app after the session.</source>
        <translation>Ryhmäläiset allekirjoittavat allekirjoitussarakkeeseen. Valmentaja kirjaa poissaolot poissaoloiksi tai luvallisiksi poissaoloiksi sovellukseen tapaamisen jälkeen.</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Valmentaja</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>viewed</source>
        <translation>katsoi</translation>
    </message>
    <message>
        <source>created</source>
        <translation>loi</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muutti</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>poisti</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>tulosti</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>vei tiedot</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>toi tiedostosta</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>anonymisoi</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>kirjautui sisään</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>väärä salasana</translation>
    </message>
    <message>
        <source>sign-in refused (locked)</source>
        <translation>kirjautuminen estetty (lukittu)</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>kirjautui ulos</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>lukitsi</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>avasi lukituksen</translation>
    </message>
    <message>
        <source>wrong password to unlock</source>
        <translation>väärä salasana lukitusta avattaessa</translation>
    </message>
    <message>
        <source>changed password</source>
        <translation>vaihtoi salasanan</translation>
    </message>
    <message>
        <source>reset a password</source>
        <translation>asetti uuden salasanan</translation>
    </message>
    <message>
        <source>added a user</source>
        <translation>lisäsi käyttäjän</translation>
    </message>
    <message>
        <source>changed a user</source>
        <translation>muutti käyttäjää</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>varmuuskopioi</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>palautti varmuuskopion</translation>
    </message>
    <message>
        <source>changed retention periods</source>
        <translation>muutti säilytysaikoja</translation>
    </message>
    <message>
        <source>updated the register to a new version</source>
        <translation>päivitti rekisterin uuteen versioon</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <source>&amp;Client number:</source>
        <translation>&amp;Asiakkaan numero:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Käyttäjä:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Toiminto:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(kaikki)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>C&amp;heck the chain</source>
        <translation>T&amp;arkista ketju</translation>
    </message>
    <message>
        <source>&amp;Export to CSV...</source>
        <translation>&amp;Vie CSV-tiedostoon...</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Työasema</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Object and reason</source>
        <translation>Kohde ja peruste</translation>
    </message>
    <message>
        <source>The client number is a whole number.</source>
        <translation>Asiakkaan numero on kokonaisluku.</translation>
    </message>
    <message>
        <source>%1 entries; the newest %2 are shown. Export shows them all.</source>
        <translation>%1 merkintää; uusimmat %2 näytetään. Vienti sisältää kaikki.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is intact: no entry has been changed or removed.</source>
        <translation>Käyttöloki on eheä: yhtään merkintää ei ole muutettu eikä poistettu.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log has been tampered with: %n entries do not match.</source>
        <translation>
            <numerusform>Käyttölokia on muokattu: %n merkintä ei täsmää.</numerusform>
            <numerusform>Käyttölokia on muokattu: %n merkintää ei täsmää.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Vie käyttöloki</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ei viety</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Tiedostoa ei voitu kirjoittaa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n merkintä viety tiedostoon %1.</numerusform>
            <numerusform>%n merkintää viety tiedostoon %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Vaihda salalause</translation>
    </message>
    <message>
        <source>The database is encrypted again with the new passphrase. Backups made before keep the passphrase they were made with: keep the old one as long as you keep those backups.</source>
        <translation>Tietokanta salataan uudelleen uudella salalauseella. Aiemmin tehdyt varmuuskopiot aukeavat edelleen vanhalla salalauseella: säilytä vanha niin kauan kuin säilytät niitä varmuuskopioita.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nykyinen salalause:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Uusi salalause:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase:</source>
        <translation>&amp;Toista uusi salalause:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>vähintään %n merkki</numerusform>
            <numerusform>vähintään %n merkkiä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Vaihda salasana</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a password of your own.</source>
        <translation>Pääkäyttäjä asetti salasanasi. Valitse oma salasana.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Valitse uusi salasana.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nykyinen salasana:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Uusi salasana:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Toista uusi salasana:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>vähintään %n merkki</numerusform>
            <numerusform>vähintään %n merkkiä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message numerus="yes">
        <source>(edited; %n earlier version(s) kept)</source>
        <translation>
            <numerusform>(muokattu; %n aiempi versio tallessa)</numerusform>
            <numerusform>(muokattu; %n aiempaa versiota tallessa)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, version %3</source>
        <translation>%1: %2, versio %3</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Muokkaa muistiinpanoa</translation>
    </message>
    <message>
        <source>The earlier text is kept in the history.</source>
        <translation>Aiempi teksti säilyy historiassa.</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Muistiinpano muuttunut</translation>
    </message>
    <message>
        <source>Someone else edited this note meanwhile. The list has been refreshed.</source>
        <translation>Joku muu muokkasi tätä muistiinpanoa sillä välin. Luettelo on päivitetty.</translation>
    </message>
    <message>
        <source>Earlier versions of the note</source>
        <translation>Muistiinpanon aiemmat versiot</translation>
    </message>
    <message>
        <source>Current text:</source>
        <translation>Nykyinen teksti:</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Mahdollisesti sama henkilö</translation>
    </message>
    <message>
        <source>The register already has a client with the same name and birth date:</source>
        <translation>Rekisterissä on jo asiakas, jolla on sama nimi ja syntymäaika:</translation>
    </message>
    <message>
        <source>Save a new client anyway, or open the existing one?</source>
        <translation>Tallennetaanko silti uusi asiakas, vai avataanko olemassa oleva?</translation>
    </message>
    <message>
        <source>&amp;Save as a new client</source>
        <translation>&amp;Tallenna uutena asiakkaana</translation>
    </message>
    <message>
        <source>&amp;Open the existing client</source>
        <translation>&amp;Avaa olemassa oleva asiakas</translation>
    </message>
    <message>
        <source>Identity code already in the register</source>
        <translation>Henkilötunnus on jo rekisterissä</translation>
    </message>
    <message>
        <source>%1 already has this identity code. Nothing was saved.</source>
        <translation>Asiakkaalla %1 on jo tämä henkilötunnus. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The database could not be written just now (it may be busy or out of reach). Nothing was saved; what you typed is still here. Try again in a moment.</source>
        <translation>Tietokantaan ei juuri nyt voitu kirjoittaa (se voi olla varattu tai tavoittamattomissa). Mitään ei tallennettu; kirjoittamasi on yhä tallessa lomakkeella. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Muutettu toisella työasemalla</translation>
    </message>
    <message>
        <source>Someone else saved this client after you opened it. Your changes have not been saved, and theirs have not been overwritten.</source>
        <translation>Joku muu tallensi tämän asiakkaan tiedot sen jälkeen, kun avasit ne. Muutoksiasi ei ole tallennettu, eikä heidän muutoksiaan ole korvattu.</translation>
    </message>
    <message>
        <source>Reload to see their version (your unsaved changes are lost), or keep editing to copy what you need first.</source>
        <translation>Lataa tiedot uudelleen nähdäksesi heidän versionsa (tallentamattomat muutoksesi katoavat), tai jatka muokkaamista kopioidaksesi ensin tarvitsemasi.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Lataa uudelleen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Jatka muokkaamista</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The client&apos;s data has unsaved changes. Save them before closing?</source>
        <translation>Asiakkaan tiedoissa on tallentamattomia muutoksia. Tallennetaanko ne ennen sulkemista?</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Asiakas: %1</translation>
    </message>
    <message>
        <source>&amp;Basic data</source>
        <translation>&amp;Perustiedot</translation>
    </message>
    <message>
        <source>Subject-access e&amp;xport...</source>
        <translation>&amp;Tarkastusoikeuspyyntö...</translation>
    </message>
    <message>
        <source>Everything stored about the client in one file, for a subject-access request</source>
        <translation>Kaikki asiakkaasta tallennettu yhteen tiedostoon tarkastusoikeuspyyntöä varten</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Notes (newest first):</source>
        <translation>&amp;Muistiinpanot (uusin ensin):</translation>
    </message>
    <message>
        <source>Write a new note here</source>
        <translation>Kirjoita uusi muistiinpano tähän</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Uusi muistiinpano</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Lisää muistiinpano</translation>
    </message>
    <message>
        <source>&amp;Edit note...</source>
        <translation>M&amp;uokkaa muistiinpanoa...</translation>
    </message>
    <message>
        <source>Earlier &amp;versions...</source>
        <translation>Aiemmat &amp;versiot...</translation>
    </message>
    <message>
        <source>&amp;What has happened:</source>
        <translation>&amp;Tapahtumat:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <source>Active clients</source>
        <translation>Aktiiviset asiakkaat</translation>
    </message>
    <message>
        <source>Closed clients</source>
        <translation>Päättyneet asiakkuudet</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <source>Client list</source>
        <translation>Asiakasluettelo</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Viety</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Vienyt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei hakua)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytetään</translation>
    </message>
    <message>
        <source>Service in progress</source>
        <translation>Meneillään oleva palvelu</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Mikä tahansa tai ei mitään</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Vastuutyöntekijä</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Limited to</source>
        <translation>Rajattu</translation>
    </message>
    <message>
        <source>Your own clients and your team&apos;s</source>
        <translation>Omat ja oman tiimin asiakkaat</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Rajaus</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Contact information</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Benefit and unemployment</source>
        <translation>Etuus ja työttömyys</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Ohjaus palveluun</translation>
    </message>
    <message>
        <source>Responsibility and consent</source>
        <translation>Vastuuhenkilö ja suostumus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Asiakkuuden tila</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Etunimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>&amp;Identity code:</source>
        <translation>Henkilö&amp;tunnus:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Syntymäaika:</translation>
    </message>
    <message>
        <source>Service lan&amp;guage:</source>
        <translation>Asiointi&amp;kieli:</translation>
    </message>
    <message>
        <source>Which language:</source>
        <translation>Mikä kieli:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Tulkki:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>P&amp;uhelin:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Sähköp&amp;osti:</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Lähiosoite:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>Posti&amp;numero:</translation>
    </message>
    <message>
        <source>Post &amp;office:</source>
        <translation>Postitoimip&amp;aikka:</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation>Etuu&amp;s:</translation>
    </message>
    <message>
        <source>Which benefit:</source>
        <translation>Mikä etuus:</translation>
    </message>
    <message>
        <source>&amp;Unemployed since:</source>
        <translation>&amp;Työttömänä alkaen:</translation>
    </message>
    <message>
        <source>Long-term unemployed:</source>
        <translation>Pitkäaikaistyötön:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Ohjaava taho:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Yhteyshenkilö:</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone:</source>
        <translation>Yhteyshenkilön puhelin:</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail:</source>
        <translation>Yhteyshenkilön sähköposti:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible staff member:</source>
        <translation>&amp;Vastuutyöntekijä:</translation>
    </message>
    <message>
        <source>Information given on:</source>
        <translation>Tiedot annettu:</translation>
    </message>
    <message>
        <source>Information and consent:</source>
        <translation>Annetut tiedot ja suostumus:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Päättymispäivä:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Tulos:</translation>
    </message>
    <message>
        <source>Reason for closing:</source>
        <translation>Päättymisen syy:</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tarvitsee tulkin</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>esim. 131052-308T</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ei vielä ketään)</translation>
    </message>
    <message>
        <source>(from the identity code)</source>
        <translation>(henkilötunnuksesta)</translation>
    </message>
    <message>
        <source>(from the date of unemployment)</source>
        <translation>(työttömyyden alkamispäivästä)</translation>
    </message>
    <message>
        <source>Yes, 12 months or more</source>
        <translation>Kyllä, vähintään 12 kuukautta</translation>
    </message>
    <message>
        <source>No, less than 12 months</source>
        <translation>Ei, alle 12 kuukautta</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastuutyöntekijä</translation>
    </message>
    <message>
        <source>Services in progress</source>
        <translation>Käynnissä olevat palvelut</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Viimeisin tapahtuma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, puolipisteellä eroteltu (*.csv)</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>asiakkaat</translation>
    </message>
    <message>
        <source>Export the client list</source>
        <translation>Asiakasluettelon vienti tiedostoon</translation>
    </message>
    <message>
        <source>Exporting the client list</source>
        <translation>Viedään asiakasluetteloa</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>Viety %n asiakas tiedostoon %1.</numerusform>
            <numerusform>Viety %n asiakasta tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only your own clients and your team&apos;s are in the file.</source>
        <translation>Tiedostossa ovat vain omat ja oman tiimisi asiakkaat.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Tiedostoa ei voitu kirjoittaa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match the search.</source>
        <translation>
            <numerusform>%n asiakas vastaa hakua.</numerusform>
            <numerusform>%n asiakasta vastaa hakua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s).</source>
        <translation>
            <numerusform>%n asiakas.</numerusform>
            <numerusform>%n asiakasta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Name, part of a name or identity code</source>
        <translation>Nimi, nimen alku tai henkilötunnus</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Aktiiviset asiakkaat</translation>
    </message>
    <message>
        <source>Closed clients</source>
        <translation>Päättyneet asiakkuudet</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Palvelu:</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>&amp;My clients</source>
        <translation>&amp;Omat asiakkaat</translation>
    </message>
    <message>
        <source>Choose who you are in Settings to see your own clients.</source>
        <translation>Valitse asetuksista, kuka olet, niin näet omat asiakkaasi.</translation>
    </message>
    <message>
        <source>&amp;New client...</source>
        <translation>&amp;Uusi asiakas...</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>&amp;Vie tiedostoon...</translation>
    </message>
    <message>
        <source>Save the clients of this list, as searched and filtered, to a spreadsheet.</source>
        <translation>Tallenna tämän luettelon asiakkaat haun ja rajausten mukaisina taulukkotiedostoon.</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <source>Tailoring suitable tasks with the employer</source>
        <translation>Sopivien työtehtävien räätälöinti työnantajan kanssa</translation>
    </message>
    <message>
        <source>Help with the employment contract and other administration</source>
        <translation>Apu työsopimuksessa ja muussa hallinnossa</translation>
    </message>
    <message>
        <source>Preparing the work community for the newcomer</source>
        <translation>Työyhteisön perehdyttäminen uuden työtoverin tuloon</translation>
    </message>
    <message>
        <source>Supporting the employee during employment</source>
        <translation>Työllistyneen tukeminen työsuhteen aikana</translation>
    </message>
    <message>
        <source>Supporting the employer during employment</source>
        <translation>Työnantajan tukeminen työsuhteen aikana</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Job coaching: work-coping skills assessed</source>
        <translation>Työhönvalmennus: työssä selviytymisen taidot arvioitu</translation>
    </message>
    <message>
        <source>Individual coaching: session</source>
        <translation>Yksilövalmennus: tapaaminen</translation>
    </message>
    <message>
        <source>Individual coaching: progress on a goal recorded</source>
        <translation>Yksilövalmennus: tavoitteen edistyminen kirjattu</translation>
    </message>
    <message>
        <source>Punctuality and attendance</source>
        <translation>Täsmällisyys ja läsnäolo</translation>
    </message>
    <message>
        <source>Following instructions</source>
        <translation>Ohjeiden noudattaminen</translation>
    </message>
    <message>
        <source>Working independently</source>
        <translation>Itsenäinen työskentely</translation>
    </message>
    <message>
        <source>Pace and quality of work</source>
        <translation>Työn tahti ja laatu</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Yhteistyö</translation>
    </message>
    <message>
        <source>Safety at work</source>
        <translation>Työturvallisuus</translation>
    </message>
    <message>
        <source>Adapting to change</source>
        <translation>Muutoksiin sopeutuminen</translation>
    </message>
    <message>
        <source>1 – needs much support</source>
        <translation>1 – tarvitsee paljon tukea</translation>
    </message>
    <message>
        <source>2 – needs support</source>
        <translation>2 – tarvitsee tukea</translation>
    </message>
    <message>
        <source>3 – manages with some support</source>
        <translation>3 – selviää pienellä tuella</translation>
    </message>
    <message>
        <source>4 – manages mostly alone</source>
        <translation>4 – selviää enimmäkseen itse</translation>
    </message>
    <message>
        <source>5 – manages independently</source>
        <translation>5 – selviää itsenäisesti</translation>
    </message>
    <message>
        <source>Functional capacity</source>
        <translation>Toimintakyky</translation>
    </message>
    <message>
        <source>Managing everyday life</source>
        <translation>Arjenhallinta</translation>
    </message>
    <message>
        <source>Education and career planning</source>
        <translation>Koulutus- ja työuran suunnittelu</translation>
    </message>
    <message>
        <source>Motivation and taking responsibility</source>
        <translation>Motivaatio ja vastuun ottaminen</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosiaalipalvelut</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Terveydenhuolto</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>Työllisyyspalvelut</translation>
    </message>
    <message>
        <source>(not taken)</source>
        <translation>(ei merkitty)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Luvallisesti poissa</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(ei vielä)</translation>
    </message>
    <message>
        <source>Moved to education</source>
        <translation>Siirtyi koulutukseen</translation>
    </message>
    <message>
        <source>Moved to work</source>
        <translation>Siirtyi työhön</translation>
    </message>
    <message>
        <source>Type a name or identity code, then choose</source>
        <translation>Kirjoita nimi tai henkilötunnus ja valitse</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ei ketään)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The database could not be written just now. Nothing was saved; what you typed is still here. Try again in a moment.</source>
        <translation>Tietokantaan ei juuri nyt voitu kirjoittaa. Mitään ei tallennettu; kirjoittamasi on yhä tallella. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Muutettu toisella työasemalla</translation>
    </message>
    <message>
        <source>Someone else saved this after you opened it. Nothing was saved; close and open it again to see their version.</source>
        <translation>Joku muu tallensi tämän sen jälkeen, kun avasit sen. Mitään ei tallennettu; sulje ja avaa uudelleen nähdäksesi hänen versionsa.</translation>
    </message>
    <message>
        <source>Into work</source>
        <translation>Työelämään</translation>
    </message>
    <message>
        <source>Into education</source>
        <translation>Koulutukseen</translation>
    </message>
    <message>
        <source>The group visited</source>
        <translation>Ryhmä vieraili</translation>
    </message>
    <message>
        <source>A visitor came to the group</source>
        <translation>Ryhmässä vieraili</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Viranomainen</translation>
    </message>
    <message>
        <source>Interest organisation (e.g. trade union)</source>
        <translation>Edunvalvontataho (esim. ammattiliitto)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Työhönvalmennus</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Yksilövalmennus</translation>
    </message>
    <message>
        <source>Group coaching</source>
        <translation>Ryhmävalmennus</translation>
    </message>
    <message>
        <source>Job coaching: %1</source>
        <translation>Työhönvalmennus: %1</translation>
    </message>
    <message>
        <source>Joined the coaching group %1</source>
        <translation>Liittyi valmennusryhmään %1</translation>
    </message>
    <message>
        <source>Left the coaching group %1</source>
        <translation>Lähti valmennusryhmästä %1</translation>
    </message>
    <message>
        <source>Coaching group %1: %2</source>
        <translation>Valmennusryhmä %1: %2</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <source>(all employers)</source>
        <translation>(kaikki työnantajat)</translation>
    </message>
    <message>
        <source>%1 goals, %2 sessions</source>
        <translation>tavoitteita %1, tapaamisia %2</translation>
    </message>
    <message>
        <source>Entries: %1 · employers: %2 · time in all: %3 h:min</source>
        <translation>Kirjauksia: %1 · työnantajia: %2 · aikaa yhteensä: %3 h:min</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Valmennus</translation>
    </message>
    <message>
        <source>&amp;Job coaching</source>
        <translation>&amp;Työhönvalmennus</translation>
    </message>
    <message>
        <source>&amp;Individual coaching</source>
        <translation>&amp;Yksilövalmennus</translation>
    </message>
    <message>
        <source>Employer &amp;support</source>
        <translation>Työnantajan &amp;tuki</translation>
    </message>
    <message>
        <source>&amp;New job-coaching case...</source>
        <translation>&amp;Uusi työhönvalmennus...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Show &amp;ended cases</source>
        <translation>Näytä &amp;päättyneet</translation>
    </message>
    <message>
        <source>Work-coping &amp;skills list...</source>
        <translation>Työssä selviytymisen &amp;taidot...</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Työ</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Valmentaja</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <source>&amp;New individual coaching...</source>
        <translation>&amp;Uusi yksilövalmennus...</translation>
    </message>
    <message>
        <source>Show &amp;ended periods</source>
        <translation>Näytä &amp;päättyneet</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation>Työ&amp;nantaja:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
</context>
<context>
    <name>CoachingTab</name>
    <message>
        <source>C&amp;oaching</source>
        <translation>&amp;Valmennus</translation>
    </message>
    <message>
        <source>The client&apos;s &amp;coaching, newest first:</source>
        <translation>Asiakkaan &amp;valmennukset, uusin ensin:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>New &amp;job-coaching case...</source>
        <translation>Uusi &amp;työhönvalmennus...</translation>
    </message>
    <message>
        <source>New &amp;individual coaching...</source>
        <translation>Uusi &amp;yksilövalmennus...</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>A&amp;vaa</translation>
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
    <name>DataProtectionDialog</name>
    <message>
        <source>Data protection</source>
        <translation>Tietosuoja</translation>
    </message>
    <message>
        <source>&amp;Retention periods</source>
        <translation>&amp;Säilytysajat</translation>
    </message>
    <message>
        <source>&amp;Due for erasure</source>
        <translation>&amp;Poistettavat</translation>
    </message>
    <message>
        <source>&amp;Privacy notice...</source>
        <translation>&amp;Tietosuojaseloste...</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Ei käytettävissä</translation>
    </message>
    <message>
        <source>The privacy notice could not be made: the database is not available just now.</source>
        <translation>Tietosuojaselostetta ei voitu muodostaa: tietokanta ei ole juuri nyt käytettävissä.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Where the client register is kept. A unit whose staff share one register from several workstations keeps it on a PostgreSQL server.</source>
        <translation>Missä asiakasrekisteri säilytetään. Yksikkö, jonka henkilöstö käyttää yhteistä rekisteriä usealta työasemalta, pitää sen PostgreSQL-palvelimella.</translation>
    </message>
    <message>
        <source>&amp;Embedded database on this computer</source>
        <translation>&amp;Sisäinen tietokanta tällä tietokoneella</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server, shared by several workstations</source>
        <translation>&amp;PostgreSQL-palvelin, yhteinen usealle työasemalle</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Pal&amp;velin:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Käyttäjä:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ortti:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Salasa&amp;na:</translation>
    </message>
    <message>
        <source>The password is kept in the operating system&apos;s credential store, not in the settings file.</source>
        <translation>Salasana säilytetään käyttöjärjestelmän tunnistetietojen säilössä, ei asetustiedostossa.</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>S&amp;alaus (TLS):</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Ei salausta</translation>
    </message>
    <message>
        <source>Only if the server requires it</source>
        <translation>Vain jos palvelin vaatii sitä</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Jos palvelin tarjoaa sitä</translation>
    </message>
    <message>
        <source>Always, without checking the server&apos;s certificate</source>
        <translation>Aina, palvelimen varmennetta tarkistamatta</translation>
    </message>
    <message>
        <source>Always, certificate signed by a trusted authority</source>
        <translation>Aina, varmenteen oltava luotetun myöntäjän allekirjoittama</translation>
    </message>
    <message>
        <source>Always, certificate checked for this server name</source>
        <translation>Aina, varmenne tarkistetaan tälle palvelinnimelle</translation>
    </message>
    <message>
        <source>db.example.fi</source>
        <translation>db.esimerkki.fi</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(tallennettu)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Kokeile &amp;yhteyttä</translation>
    </message>
    <message>
        <source>A change of database takes effect when Työllistämö is started again.</source>
        <translation>Tietokannan vaihto tulee voimaan, kun Työllistämö käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>Only an administrator can change the database.</source>
        <translation>Vain pääkäyttäjä voi vaihtaa tietokannan.</translation>
    </message>
    <message>
        <source>Required for a server.</source>
        <translation>Pakollinen palvelinta käytettäessä.</translation>
    </message>
    <message>
        <source>The database is empty; Työllistämö will create its tables.</source>
        <translation>Tietokanta on tyhjä; Työllistämö luo siihen taulunsa.</translation>
    </message>
    <message>
        <source>It holds a Työllistämö register (schema version %1).</source>
        <translation>Siinä on Työllistämön rekisteri (rakenneversio %1).</translation>
    </message>
    <message>
        <source>This version of Työllistämö uses schema version %1: an administrator updates the register when opening it.</source>
        <translation>Tämä Työllistämön versio käyttää rakenneversiota %1: pääkäyttäjä päivittää rekisterin avatessaan sen.</translation>
    </message>
    <message>
        <source>It was last used by a newer version of Työllistämö (this version knows up to schema version %1): install the newer version to use it.</source>
        <translation>Sitä on viimeksi käytetty Työllistämön uudemmalla versiolla (tämä versio tuntee rakenneversiot %1 asti): asenna uudempi versio käyttääksesi sitä.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1.</source>
        <translation>Yhteys PostgreSQL %1 -palvelimeen onnistui.</translation>
    </message>
    <message>
        <source>The password cannot be stored: this computer has no credential store available. Nothing was changed.</source>
        <translation>Salasanaa ei voi tallentaa: tällä tietokoneella ei ole käytettävissä tunnistetietojen säilöä. Mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The database server %1 cannot be reached. It may be down, or this computer may be off the network.</source>
        <translation>Tietokantapalvelimeen %1 ei saada yhteyttä. Palvelin voi olla alhaalla tai tämä tietokone poissa verkosta.</translation>
    </message>
    <message>
        <source>The database server %1 refused the login: check the user and the password.</source>
        <translation>Tietokantapalvelin %1 hylkäsi kirjautumisen: tarkista käyttäjä ja salasana.</translation>
    </message>
    <message>
        <source>The database server has no database named in %1.</source>
        <translation>Tietokantapalvelimella ei ole osoitteessa %1 nimettyä tietokantaa.</translation>
    </message>
    <message>
        <source>An encrypted connection to %1 could not be made: check the encryption setting and the server&apos;s certificate.</source>
        <translation>Salattua yhteyttä kohteeseen %1 ei saatu: tarkista salausasetus ja palvelimen varmenne.</translation>
    </message>
    <message>
        <source>The database server address %1 is not valid.</source>
        <translation>Tietokantapalvelimen osoite %1 ei kelpaa.</translation>
    </message>
    <message>
        <source>This installation cannot connect to a database server (%1): reinstall it.</source>
        <translation>Tämä asennus ei pysty ottamaan yhteyttä tietokantapalvelimeen (%1): asenna ohjelma uudelleen.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Lisätiedot: %1</translation>
    </message>
    <message>
        <source>The register on %1 must be updated for this version of Työllistämö (schema version %2 to %3). The unit&apos;s administrator updates it once for all workstations with the command: tyollistamo --database URL upgrade</source>
        <translation>Kohteen %1 rekisteri on päivitettävä tälle Työllistämön versiolle (rakenneversio %2 → %3). Yksikön pääkäyttäjä päivittää sen kerran kaikille työasemille komennolla: tyollistamo --database URL upgrade</translation>
    </message>
    <message>
        <source>The register on %1 was last used by a newer version of Työllistämö (schema version %2; this version knows up to %3). Install the newer version to use it. The register has not been changed.</source>
        <translation>Kohteen %1 rekisteriä on viimeksi käytetty Työllistämön uudemmalla versiolla (rakenneversio %2; tämä versio tuntee versiot %3 asti). Asenna uudempi versio käyttääksesi sitä. Rekisteriä ei ole muutettu.</translation>
    </message>
    <message>
        <source>The database %1 holds other tables than a Työllistämö register; it has not been changed. Choose an empty database or the unit&apos;s register.</source>
        <translation>Tietokannassa %1 on muita tauluja kuin Työllistämön rekisteri; sitä ei ole muutettu. Valitse tyhjä tietokanta tai yksikön rekisteri.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>Tietokantaa %1 ei voi avata.</translation>
    </message>
    <message>
        <source>The database %1 was last used by a newer version of Työllistämö (schema version %2; this version knows up to %3). Install the newer version to open it. The database has not been changed.</source>
        <translation>Tietokantaa %1 on viimeksi käytetty Työllistämön uudemmalla versiolla (rakenneversio %2; tämä versio tuntee versiot %3 asti). Asenna uudempi versio avataksesi sen. Tietokantaa ei ole muutettu.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted, and the passphrase given does not open it. The file has not been changed.</source>
        <translation>Tietokanta %1 on salattu, eikä annettu salalause avaa sitä. Tiedostoa ei ole muutettu.</translation>
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
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Asetukset...</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
</context>
<context>
    <name>DocumentBase</name>
    <message>
        <source>Signatures</source>
        <translation>Allekirjoitukset</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Paikka ja aika</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <source>Name in block letters</source>
        <translation>Nimenselvennys</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nro %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Tulostettu %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sivu %1 / %2</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Page %1</source>
        <translation>Sivu %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Tulosta %1</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Tulostus epäonnistui</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Tulostinta ei voitu käynnistää.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Tulostettu.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Tallenna PDF-tiedostona</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Tallennus epäonnistui</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1:
%2</source>
        <translation>PDF-tiedostoa ei voitu tallentaa kohteeseen %1:
%2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
    <message>
        <source>The copy could not be archived: the database is not available.</source>
        <translation>Kopiota ei voitu arkistoida: tietokanta ei ole käytettävissä.</translation>
    </message>
    <message>
        <source>Archived on the client as version %1; record the signing when it is signed.</source>
        <translation>Arkistoitu asiakkaalle versiona %1; kirjaa allekirjoitus, kun asiakirja on allekirjoitettu.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Esikatselu: %1</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Asiakirjan &amp;kieli:</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Pienennä</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Suurenna</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Tulosta...</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>Tallenna &amp;PDF...</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Asiakirjat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Ei allekirjoitettu</translation>
    </message>
    <message>
        <source>Document damaged</source>
        <translation>Asiakirja on vahingoittunut</translation>
    </message>
    <message>
        <source>The archived copy no longer matches the checksum taken when it was printed. It is not shown; ask the administrator to restore it from a backup.</source>
        <translation>Arkistoitu kopio ei enää vastaa tulostettaessa otettua tarkistussummaa. Sitä ei näytetä; pyydä ylläpitäjää palauttamaan se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>Tietokanta ei ole käytettävissä</translation>
    </message>
    <message>
        <source>The database cannot be reached just now. Try again in a moment.</source>
        <translation>Tietokantaan ei juuri nyt saada yhteyttä. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Printed &amp;documents (newest first):</source>
        <translation>Tulostetut &amp;asiakirjat (uusin ensin):</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Nothing has been printed for this client yet. Agreements and plans printed or saved as PDF are archived here, each version with its checksum.</source>
        <translation>Asiakkaalle ei ole vielä tulostettu mitään. Tulostetut tai PDF-tiedostoksi tallennetut sopimukset ja suunnitelmat arkistoidaan tänne, jokainen versio tarkistussummineen.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Avaa...</translation>
    </message>
    <message>
        <source>Record &amp;signing...</source>
        <translation>Kirjaa a&amp;llekirjoitus...</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Clients behind a figure</source>
        <translation>Luvun takana olevat asiakkaat</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) in the period %1. Open a client with Enter or a double-click.</source>
        <translation>
            <numerusform>%n asiakas ajalla %1. Avaa asiakas Enterillä tai kaksoisnapsautuksella.</numerusform>
            <numerusform>%n asiakasta ajalla %1. Avaa asiakas Enterillä tai kaksoisnapsautuksella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastuutyöntekijä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message numerus="yes">
        <source>%n more client(s) are counted in the figure but not listed: your role does not give access to their data.</source>
        <translation>
            <numerusform>Lukuun sisältyy lisäksi %n asiakas, jota ei näytetä: roolisi ei anna pääsyä hänen tietoihinsa.</numerusform>
            <numerusform>Lukuun sisältyy lisäksi %n asiakasta, joita ei näytetä: roolisi ei anna pääsyä heidän tietoihinsa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message numerus="yes">
        <source>%n arrangement(s) with clients at this employer. Enter opens the client.</source>
        <translation>
            <numerusform>%n asiakkaan palvelu tällä työnantajalla. Enter avaa asiakkaan.</numerusform>
            <numerusform>%n asiakkaiden palvelua tällä työnantajalla. Enter avaa asiakkaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact person %1, %2: %3</source>
        <translation>Yhteyshenkilö %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 already has this Business ID. Nothing was saved.</source>
        <translation>Tämä Y-tunnus on jo työnantajalla %1. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Muutettu toisella työasemalla</translation>
    </message>
    <message>
        <source>Someone else saved this employer after you opened it. Nothing was saved; close and open the employer again to see their version.</source>
        <translation>Joku muu tallensi tämän työnantajan sen jälkeen, kun avasit sen. Mitään ei tallennettu; sulje ja avaa työnantaja uudelleen nähdäksesi hänen versionsa.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The database could not be written just now. Nothing was saved; what you typed is still here. Try again in a moment.</source>
        <translation>Tietokantaan ei juuri nyt voitu kirjoittaa. Mitään ei tallennettu; kirjoittamasi on yhä tallella. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Uusi työnantaja</translation>
    </message>
    <message>
        <source>Employer: %1</source>
        <translation>Työnantaja: %1</translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation>&amp;Työnantaja</translation>
    </message>
    <message>
        <source>&amp;Clients at the employer</source>
        <translation>&amp;Asiakkaat työnantajalla</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Address and notes</source>
        <translation>Osoite ja muistiinpanot</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>&amp;Y-tunnus:</translation>
    </message>
    <message>
        <source>&amp;Kind of organisation:</source>
        <translation>Organisaation &amp;laji:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>T&amp;oimiala:</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Lähiosoite:</translation>
    </message>
    <message>
        <source>Postal co&amp;de:</source>
        <translation>Post&amp;inumero:</translation>
    </message>
    <message>
        <source>Post &amp;office:</source>
        <translation>Postitoimi&amp;paikka:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>e.g. 2129026-2</source>
        <translation>esim. 2129026-2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Add contact &amp;person</source>
        <translation>Lisää &amp;yhteyshenkilö</translation>
    </message>
    <message>
        <source>&amp;Remove contact person</source>
        <translation>&amp;Poista yhteyshenkilö</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Job or task</source>
        <translation>Työ tai tehtävä</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message numerus="yes">
        <source>%n employer(s) in the register.</source>
        <translation>
            <numerusform>%n työnantaja rekisterissä.</numerusform>
            <numerusform>%n työnantajaa rekisterissä.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New employer...</source>
        <translation>&amp;Uusi työnantaja...</translation>
    </message>
</context>
<context>
    <name>EmploymentBox</name>
    <message>
        <source>part-time, %1 h a week</source>
        <translation>osa-aikainen, %1 h viikossa</translation>
    </message>
    <message>
        <source>part-time</source>
        <translation>osa-aikainen</translation>
    </message>
    <message>
        <source>%1 h a week</source>
        <translation>%1 h viikossa</translation>
    </message>
    <message>
        <source>goes on</source>
        <translation>jatkuu</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (nykyinen)</translation>
    </message>
    <message>
        <source>Employment outside supported work</source>
        <translation>Työsuhteet tuetun työn ulkopuolella</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Työaika</translation>
    </message>
    <message>
        <source>Add emplo&amp;yment...</source>
        <translation>Lisää t&amp;yösuhde...</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>&amp;Muokkaa...</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Poi&amp;sta</translation>
    </message>
</context>
<context>
    <name>EmploymentContractDocument</name>
    <message>
        <source>Employment contract</source>
        <translation>Työsopimus</translation>
    </message>
    <message>
        <source>1. Employer</source>
        <translation>1. Työnantaja</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Domicile or place of business</source>
        <translation>Koti- tai liikepaikka</translation>
    </message>
    <message>
        <source>2. Employee</source>
        <translation>2. Työntekijä</translation>
    </message>
    <message>
        <source>3. Validity of the contract</source>
        <translation>3. Työsopimuksen voimassaolo</translation>
    </message>
    <message>
        <source>Work begins on</source>
        <translation>Työnteon alkamispäivä</translation>
    </message>
    <message>
        <source>Trial period</source>
        <translation>Koeaika</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei ole</translation>
    </message>
    <message>
        <source>Form of contract</source>
        <translation>Sopimuksen muoto</translation>
    </message>
    <message>
        <source>Fixed-term</source>
        <translation>Määräaikainen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Ground for the fixed term</source>
        <translation>Määräaikaisuuden peruste</translation>
    </message>
    <message>
        <source>Fixed-term contract with a long-term unemployed person under chapter 1, section 3 a of the Employment Contracts Act</source>
        <translation>Työsopimuslain 1 luvun 3 a §:n mukainen määräaikainen sopimus pitkäaikaistyöttömän kanssa</translation>
    </message>
    <message>
        <source>Open-ended (valid until further notice)</source>
        <translation>Toistaiseksi voimassa oleva</translation>
    </message>
    <message>
        <source>4. Place of work</source>
        <translation>4. Työntekopaikka</translation>
    </message>
    <message>
        <source>5. Duties</source>
        <translation>5. Työtehtävät</translation>
    </message>
    <message>
        <source>6. Pay</source>
        <translation>6. Palkka</translation>
    </message>
    <message>
        <source>Time rate</source>
        <translation>Aikaperuste</translation>
    </message>
    <message>
        <source>Piece or performance rate</source>
        <translation>Suoritusperuste</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>kuukausittain</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>kahden viikon välein</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>viikoittain</translation>
    </message>
    <message>
        <source>Pay basis</source>
        <translation>Palkan määräytymisen peruste</translation>
    </message>
    <message>
        <source>Pay at the start of the employment</source>
        <translation>Palkka työsuhteen alussa</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>Palkanmaksukausi</translation>
    </message>
    <message>
        <source>Pay days</source>
        <translation>Palkanmaksupäivät</translation>
    </message>
    <message>
        <source>7. Working time</source>
        <translation>7. Työaika</translation>
    </message>
    <message>
        <source>Regular working time</source>
        <translation>Säännöllinen työaika</translation>
    </message>
    <message>
        <source>8. Annual leave</source>
        <translation>8. Vuosiloma</translation>
    </message>
    <message>
        <source>In accordance with the Annual Holidays Act and the collective agreement.</source>
        <translation>Vuosilomalain ja työehtosopimuksen mukaan.</translation>
    </message>
    <message>
        <source>9. Notice period</source>
        <translation>9. Irtisanomisaika</translation>
    </message>
    <message>
        <source>In accordance with the Employment Contracts Act and the collective agreement.</source>
        <translation>Työsopimuslain ja työehtosopimuksen mukaan.</translation>
    </message>
    <message>
        <source>10. Collective agreement</source>
        <translation>10. Sovellettava työehtosopimus</translation>
    </message>
    <message>
        <source>11. Insurance</source>
        <translation>11. Vakuutukset</translation>
    </message>
    <message>
        <source>12. Wage subsidy</source>
        <translation>12. Palkkatuki</translation>
    </message>
    <message>
        <source>lack of professional skills</source>
        <translation>ammatillisen osaamisen puutteet</translation>
    </message>
    <message>
        <source>reduced work ability</source>
        <translation>alentunut työkyky</translation>
    </message>
    <message>
        <source>association, foundation or religious community</source>
        <translation>yhdistys, säätiö tai uskonnollinen yhdyskunta</translation>
    </message>
    <message>
        <source>aged 60 or over</source>
        <translation>60 vuotta täyttänyt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>Track and rate</source>
        <translation>Tukiperuste ja määrä</translation>
    </message>
    <message>
        <source>Subsidy period</source>
        <translation>Tukijakso</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>Enimmäismäärä kuukaudessa</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Työhönvalmentaja</translation>
    </message>
    <message>
        <source>13. Other terms</source>
        <translation>13. Muut ehdot</translation>
    </message>
    <message>
        <source>This contract has been made in two identical copies, one for each party.</source>
        <translation>Tätä sopimusta on tehty kaksi samansisältöistä kappaletta, yksi kummallekin osapuolelle.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Työntekijä</translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <source>Write the date as day.month.year, e.g. 3.12.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esim. 3.12.2026.</translation>
    </message>
    <message>
        <source>Write the hours as a number, e.g. 15 or 7,5.</source>
        <translation>Kirjoita tunnit numeroina, esim. 15 tai 7,5.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The database is not available just now. Nothing was saved.</source>
        <translation>Tietokanta ei ole juuri nyt käytettävissä. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Työsuhde</translation>
    </message>
    <message>
        <source>A job the client has or had, also part-time. The employer of a job that goes on during a work trial cannot organise the trial (%1).</source>
        <translation>Asiakkaan nykyinen tai aiempi työ, myös osa-aikainen. Työnantaja, jonka palveluksessa asiakas on työkokeilun aikana, ei voi järjestää työkokeilua (%1).</translation>
    </message>
    <message>
        <source>(not in the register: write the name)</source>
        <translation>(ei rekisterissä: kirjoita nimi)</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Työnantaja:</translation>
    </message>
    <message>
        <source>&amp;Name of the employer:</source>
        <translation>Työnantajan &amp;nimi:</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>&amp;Y-tunnus:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Päättyy:</translation>
    </message>
    <message>
        <source>empty: goes on</source>
        <translation>tyhjä: jatkuu</translation>
    </message>
    <message>
        <source>&amp;Part-time</source>
        <translation>&amp;Osa-aikainen</translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Tunteja viikossa:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
</context>
<context>
    <name>EmploymentPlan</name>
    <message>
        <source>Employment plan</source>
        <translation>Työllistymissuunnitelma</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Työhönvalmennus</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Yksilövalmennus</translation>
    </message>
    <message>
        <source>Group coaching</source>
        <translation>Ryhmävalmennus</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Työkokeilu</translation>
    </message>
    <message>
        <source>Wage-subsidised work</source>
        <translation>Palkkatuettu työ</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Kuntouttava työtoiminta</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Muu palvelu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosiaalipalvelut</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Terveydenhuolto</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <source>Debt counselling</source>
        <translation>Velkaneuvonta</translation>
    </message>
    <message>
        <source>Mental health and substance abuse services</source>
        <translation>Mielenterveys- ja päihdepalvelut</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Ehdotettu</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Asiakas kieltäytyi</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 asti</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Date of the plan</source>
        <translation>Suunnitelman päivämäärä</translation>
    </message>
    <message>
        <source>Responsible counsellor</source>
        <translation>Vastuuohjaaja</translation>
    </message>
    <message>
        <source>Guidance process started</source>
        <translation>Ohjausprosessi alkanut</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Work history</source>
        <translation>Työhistoria</translation>
    </message>
    <message>
        <source>Skills and strengths, the client&apos;s view</source>
        <translation>Osaaminen ja vahvuudet, asiakkaan näkemys</translation>
    </message>
    <message>
        <source>Skills and strengths, the counsellor&apos;s view</source>
        <translation>Osaaminen ja vahvuudet, ohjaajan näkemys</translation>
    </message>
    <message>
        <source>Work and functional ability, the client&apos;s view</source>
        <translation>Työ- ja toimintakyky, asiakkaan näkemys</translation>
    </message>
    <message>
        <source>Work and functional ability, the counsellor&apos;s view</source>
        <translation>Työ- ja toimintakyky, ohjaajan näkemys</translation>
    </message>
    <message>
        <source>The client&apos;s own wishes</source>
        <translation>Asiakkaan omat toiveet</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Short-term goals</source>
        <translation>Lyhyen aikavälin tavoitteet</translation>
    </message>
    <message>
        <source>Long-term goals</source>
        <translation>Pitkän aikavälin tavoitteet</translation>
    </message>
    <message>
        <source>Agreed measures and services</source>
        <translation>Sovitut toimenpiteet ja palvelut</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>No measures agreed.</source>
        <translation>Toimenpiteistä ei ole sovittu.</translation>
    </message>
    <message>
        <source>Job-search obligation</source>
        <translation>Työnhakuvelvollisuus</translation>
    </message>
    <message>
        <source>The employment authority has set a job-search obligation. Job opportunities to apply for in three months: %1.</source>
        <translation>Työvoimaviranomainen on asettanut työnhakuvelvollisuuden. Haettavia työmahdollisuuksia kolmen kuukauden aikana: %1.</translation>
    </message>
    <message>
        <source>The employment authority has set a job-search obligation. Job opportunities to apply for each month: %1.</source>
        <translation>Työvoimaviranomainen on asettanut työnhakuvelvollisuuden. Haettavia työmahdollisuuksia kuukaudessa: %1.</translation>
    </message>
    <message>
        <source>No job-search obligation set by the employment authority is recorded in this plan.</source>
        <translation>Tähän suunnitelmaan ei ole kirjattu työvoimaviranomaisen asettamaa työnhakuvelvollisuutta.</translation>
    </message>
    <message>
        <source>Advice and onward referral</source>
        <translation>Neuvonta ja jatko-ohjaus</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Ohjattu palveluun</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>The plan will be reviewed together on %1 at the latest. The client tells the counsellor if the situation changes or a measure cannot be carried out as agreed.</source>
        <translation>Suunnitelma tarkistetaan yhdessä viimeistään %1. Asiakas kertoo ohjaajalle, jos tilanne muuttuu tai jokin toimenpide ei toteudu sovitusti.</translation>
    </message>
    <message>
        <source>This plan has been drawn up together by the client and the counsellor. The client has received a copy of it.</source>
        <translation>Suunnitelma on laadittu yhdessä asiakkaan ja ohjaajan kesken. Asiakas on saanut siitä kopion.</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Ohjaaja</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation>Salaa tietokanta</translation>
    </message>
    <message>
        <source>The database and its backups will be encrypted with this passphrase (SQLCipher, AES-256). Every start asks for it, and so do the command-line tools. Whoever loses the passphrase loses the data: nobody can open the database or the backups without it. Store it safely, e.g. sealed in the unit&apos;s safe.

The unencrypted database is kept until the encrypted copy has been checked (every table and row), then overwritten and deleted.</source>
        <translation>Tietokanta ja sen varmuuskopiot salataan tällä salalauseella (SQLCipher, AES-256). Se kysytään jokaisella käynnistyskerralla, ja myös komentorivityökalut tarvitsevat sen. Joka kadottaa salalauseen, menettää tiedot: kukaan ei voi avata tietokantaa eikä varmuuskopioita ilman sitä. Säilytä se turvallisesti, esimerkiksi suljetussa kirjekuoressa yksikön kassakaapissa.

Salaamaton tietokanta säilytetään, kunnes salattu kopio on tarkistettu (jokainen taulu ja rivi); sitten se ylikirjoitetaan ja poistetaan.</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Uusi &amp;salalause:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Toista salalause:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>vähintään %n merkki</numerusform>
            <numerusform>vähintään %n merkkiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also overwrite and delete the %n unencrypted backups and copies (after a first encrypted backup)</source>
        <translation>
            <numerusform>Ylikirjoita ja poista myös %n salaamaton varmuuskopio tai kopio (ensimmäisen salatun varmuuskopion jälkeen)</numerusform>
            <numerusform>Ylikirjoita ja poista myös %n salaamatonta varmuuskopiota ja kopiota (ensimmäisen salatun varmuuskopion jälkeen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Salaa</translation>
    </message>
    <message>
        <source>The database was not encrypted: %1. The unencrypted database is unchanged and still in use.</source>
        <translation>Tietokantaa ei salattu: %1. Salaamaton tietokanta on ennallaan ja edelleen käytössä.</translation>
    </message>
</context>
<context>
    <name>EncryptionFindings</name>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Salalauseessa on oltava vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The passphrase is too simple: use more different characters.</source>
        <translation>Salalause on liian yksinkertainen: käytä useampia eri merkkejä.</translation>
    </message>
    <message>
        <source>The passphrases are not the same.</source>
        <translation>Salalauseet eivät ole samat.</translation>
    </message>
    <message>
        <source>This is not the database&apos;s current passphrase.</source>
        <translation>Tämä ei ole tietokannan nykyinen salalause.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End the arrangement</source>
        <translation>Päätä järjestely</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Päättyi:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, e.g. 3.12.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esim. 3.12.2026.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Päättyminen ei voi olla ennen alkua.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase client</source>
        <translation>Asiakkaan tietojen poisto</translation>
    </message>
    <message>
        <source>Erase client %1: %2</source>
        <translation>Poista asiakkaan %1 tiedot: %2</translation>
    </message>
    <message>
        <source>The retention period ended on %1.</source>
        <translation>Säilytysaika päättyi %1.</translation>
    </message>
    <message>
        <source>The retention period runs until %1. Erasing before that needs a legal reason, which is logged.</source>
        <translation>Säilytysaika jatkuu %1 asti. Poistaminen ennen sitä edellyttää lakiin perustuvan syyn, joka kirjataan lokiin.</translation>
    </message>
    <message>
        <source>The client relationship has not ended, so the retention period has not begun. Erasing now needs a legal reason, which is logged.</source>
        <translation>Asiakkuus ei ole päättynyt, joten säilytysaika ei ole alkanut. Poistaminen nyt edellyttää lakiin perustuvan syyn, joka kirjataan lokiin.</translation>
    </message>
    <message>
        <source>Erased irreversibly:</source>
        <translation>Poistetaan pysyvästi:</translation>
    </message>
    <message>
        <source>Identity: names, personal identity code, day and month of birth, address, phone, e-mail, other language, the referrer&apos;s details, the consent and closing texts</source>
        <translation>Tunnistetiedot: nimet, henkilötunnus, syntymäpäivä ja -kuukausi, osoite, puhelin, sähköposti, muu kieli, lähettäjän tiedot, suostumuksen ja päättämisen tekstit</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n muistiinpano</numerusform>
            <numerusform>%n muistiinpanoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PDF files of %n archived document(s) and their signers&apos; names</source>
        <translation>
            <numerusform>%n arkistoidun asiakirjan PDF-tiedosto ja allekirjoittajien nimet</numerusform>
            <numerusform>%n arkistoidun asiakirjan PDF-tiedostot ja allekirjoittajien nimet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The free text of %n other record(s): guidance, coaching and supported work (plans, notes, assessments, reasons)</source>
        <translation>
            <numerusform>%n muun tietueen vapaa teksti: ohjaus, valmennus ja tuettu työ (suunnitelmat, muistiinpanot, arviot, perustelut)</numerusform>
            <numerusform>%n muun tietueen vapaat tekstit: ohjaus, valmennus ja tuettu työ (suunnitelmat, muistiinpanot, arviot, perustelut)</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, without identity, so that statistics add up:</source>
        <translation>Säilytetään ilman tunnistetietoja, jotta tilastot täsmäävät:</translation>
    </message>
    <message>
        <source>Client number, status, outcome and the date the relationship ended</source>
        <translation>Asiakasnumero, tila, tulos ja asiakkuuden päättymispäivä</translation>
    </message>
    <message>
        <source>Services and their dates, benefit status, service language and year of birth</source>
        <translation>Palvelut ja niiden päivämäärät, etuustilanne, asiointikieli ja syntymävuosi</translation>
    </message>
    <message>
        <source>The dates and codes of agreements, coaching and guidance</source>
        <translation>Sopimusten, valmennuksen ja ohjauksen päivämäärät ja koodit</translation>
    </message>
    <message>
        <source>The audit log, including this erasure and its reason</source>
        <translation>Käyttöloki, myös tämä poisto ja sen syy</translation>
    </message>
    <message>
        <source>&amp;Legal reason for erasing now (required, logged):</source>
        <translation>&amp;Lakiin perustuva syy poistaa nyt (pakollinen, kirjataan lokiin):</translation>
    </message>
    <message>
        <source>&amp;Note for the log (optional):</source>
        <translation>&amp;Huomautus lokiin (vapaaehtoinen):</translation>
    </message>
    <message>
        <source>e.g. the client&apos;s request under GDPR article 17, decision no. ...</source>
        <translation>esim. asiakkaan pyyntö tietosuoja-asetuksen 17 artiklan nojalla, päätös nro ...</translation>
    </message>
    <message>
        <source>I understand that the erasure cannot be undone.</source>
        <translation>Ymmärrän, ettei poistoa voi perua.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>The retention period has not ended: write the legal reason for erasing now.</source>
        <translation>Säilytysaika ei ole päättynyt: kirjoita lakiin perustuva syy poistaa nyt.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Ei poistettu</translation>
    </message>
    <message>
        <source>The database could not be written just now. Nothing was erased; try again in a moment.</source>
        <translation>Tietokantaan ei voitu juuri nyt kirjoittaa. Mitään ei poistettu; yritä hetken kuluttua uudelleen.</translation>
    </message>
</context>
<context>
    <name>ErasurePage</name>
    <message>
        <source>Clients whose client relationship ended longer ago than the retention periods that apply to them. Erasing anonymises a client irreversibly; a client who is not yet due can be erased only with a legal reason, which is logged.</source>
        <translation>Asiakkaat, joiden asiakkuus päättyi heihin sovellettavia säilytysaikoja kauemmin sitten. Poisto anonymisoi asiakkaan pysyvästi; asiakkaan, jonka säilytysaika ei ole päättynyt, voi poistaa vain lakiin perustuvasta syystä, joka kirjataan lokiin.</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation>Asiakkuus päättyi</translation>
    </message>
    <message>
        <source>Erasure due</source>
        <translation>Poistettava alkaen</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Myöhässä (päiviä)</translation>
    </message>
    <message>
        <source>Periods applied</source>
        <translation>Sovelletut säilytysajat</translation>
    </message>
    <message>
        <source>Client &amp;number:</source>
        <translation>Asiakas&amp;numero:</translation>
    </message>
    <message>
        <source>&amp;Erase...</source>
        <translation>P&amp;oista...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Päi&amp;vitä</translation>
    </message>
    <message>
        <source>No client is due for erasure.</source>
        <translation>Yhtään asiakasta ei ole poistettavana.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) due for erasure.</source>
        <translation>
            <numerusform>%n asiakas poistettavana.</numerusform>
            <numerusform>%n asiakasta poistettavana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them more than a year overdue.</source>
        <translation>
            <numerusform>Heistä %n yli vuoden myöhässä.</numerusform>
            <numerusform>Heistä %n yli vuoden myöhässä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the client&apos;s number (a whole number).</source>
        <translation>Anna asiakasnumero (kokonaisluku).</translation>
    </message>
    <message>
        <source>There is no client with this number.</source>
        <translation>Tällä numerolla ei ole asiakasta.</translation>
    </message>
    <message>
        <source>The database is not available just now; try again.</source>
        <translation>Tietokanta ei ole juuri nyt käytettävissä; yritä uudelleen.</translation>
    </message>
    <message>
        <source>This client has already been erased.</source>
        <translation>Tämän asiakkaan tiedot on jo poistettu.</translation>
    </message>
</context>
<context>
    <name>ExchangeFields</name>
    <message>
        <source>Client number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Service language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Mikä kieli</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tulkki tarvitaan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Lähiosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Etuus</translation>
    </message>
    <message>
        <source>Which benefit</source>
        <translation>Mikä etuus</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Työttömänä alkaen</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Ohjaava taho</translation>
    </message>
    <message>
        <source>Referrer&apos;s contact person</source>
        <translation>Ohjaavan tahon yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Vastuutyöntekijä</translation>
    </message>
    <message>
        <source>Information given on</source>
        <translation>Tiedot annettu</translation>
    </message>
    <message>
        <source>Information and consent</source>
        <translation>Annetut tiedot ja suostumus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Päättymisen syy</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
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
        <source>Kind of organisation</source>
        <translation>Organisaation laji</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact person&apos;s role</source>
        <translation>Yhteyshenkilön tehtävä</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone number</source>
        <translation>Yhteyshenkilön puhelinnumero</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail address</source>
        <translation>Yhteyshenkilön sähköpostiosoite</translation>
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
        <source>Write the identity code as six digits of the birth date, a century sign, three digits and a check character, e.g. 131052-308T.</source>
        <translation>Kirjoita henkilötunnus muodossa syntymäajan kuusi numeroa, välimerkki, kolme numeroa ja tarkistusmerkki, esim. 131052-308T.</translation>
    </message>
    <message>
        <source>The seventh character must be a century sign: + for the 1800s, - or Y, X, W, V, U for the 1900s, A or B, C, D, E, F for the 2000s.</source>
        <translation>Seitsemännen merkin on oltava välimerkki: + 1800-luvulla, - tai Y, X, W, V, U 1900-luvulla, A tai B, C, D, E, F 2000-luvulla syntyneillä.</translation>
    </message>
    <message>
        <source>The first six digits are not a real date (day, month, year).</source>
        <translation>Kuusi ensimmäistä numeroa eivät ole oikea päivämäärä (päivä, kuukausi, vuosi).</translation>
    </message>
    <message>
        <source>The individual number (digits 8 to 10) must be 002 or more.</source>
        <translation>Yksilönumeron (merkit 8–10) on oltava vähintään 002.</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match; with these digits it would be %1.</source>
        <translation>Tarkistusmerkki (viimeinen merkki) ei täsmää; näillä numeroilla se olisi %1.</translation>
    </message>
    <message>
        <source>The identity code gives a birth date in the future.</source>
        <translation>Henkilötunnuksen mukainen syntymäaika on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Another client already has this identity code.</source>
        <translation>Toisella asiakkaalla on jo tämä henkilötunnus.</translation>
    </message>
    <message>
        <source>The identity code is needed before an agreement can be printed.</source>
        <translation>Henkilötunnus tarvitaan ennen kuin sopimuksen voi tulostaa.</translation>
    </message>
    <message>
        <source>A Business ID has seven digits, a hyphen and a check digit, e.g. 2129026-2.</source>
        <translation>Y-tunnuksessa on seitsemän numeroa, väliviiva ja tarkistusnumero, esim. 2129026-2.</translation>
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
        <source>Another employer already has this Business ID.</source>
        <translation>Tämä Y-tunnus on jo toisella työnantajalla.</translation>
    </message>
    <message>
        <source>Write the account number as an IBAN, e.g. FI21 1234 5600 0007 85.</source>
        <translation>Kirjoita tilinumero IBAN-muodossa, esim. FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>The account must be a Finnish IBAN (FI...).</source>
        <translation>Tilin on oltava suomalainen IBAN (FI...).</translation>
    </message>
    <message>
        <source>A Finnish IBAN has 18 characters: FI, two check digits and 14 digits.</source>
        <translation>Suomalaisessa IBANissa on 18 merkkiä: FI, kaksi tarkistusnumeroa ja 14 numeroa.</translation>
    </message>
    <message>
        <source>The check digits of the IBAN do not match; check the number.</source>
        <translation>IBANin tarkistusnumerot eivät täsmää; tarkista numero.</translation>
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
        <source>Write the phone number as 040 123 4567 or +358 40 123 4567.</source>
        <translation>Kirjoita puhelinnumero muodossa 040 123 4567 tai +358 40 123 4567.</translation>
    </message>
    <message>
        <source>The phone number has too few or too many digits.</source>
        <translation>Puhelinnumerossa on liian vähän tai liian monta numeroa.</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, e.g. 3.12.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esim. 3.12.2026.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Päättymispäivä ei voi olla ennen alkamispäivää.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The duration must be more than zero.</source>
        <translation>Keston on oltava enemmän kuin nolla.</translation>
    </message>
    <message>
        <source>The duration cannot be more than 24 hours.</source>
        <translation>Kesto voi olla enintään 24 tuntia.</translation>
    </message>
    <message>
        <source>Write the duration in hours, e.g. 1,5 or 1:30 or 45 min.</source>
        <translation>Kirjoita kesto tunteina, esim. 1,5 tai 1:30 tai 45 min.</translation>
    </message>
    <message>
        <source>The date must be within the period %1 – %2.</source>
        <translation>Päivämäärän on oltava jaksolla %1 – %2.</translation>
    </message>
    <message>
        <source>A session must be within the group&apos;s period %1 – %2.</source>
        <translation>Tapaamisen on oltava ryhmän jaksolla %1 – %2.</translation>
    </message>
    <message>
        <source>Write the time as 9.30 or 14.00.</source>
        <translation>Kirjoita kellonaika muodossa 9.30 tai 14.00.</translation>
    </message>
    <message>
        <source>The client is already a member of this group.</source>
        <translation>Asiakas on jo tämän ryhmän jäsen.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5.</source>
        <translation>Valitse arvio 1–5.</translation>
    </message>
    <message>
        <source>Give a score to at least one skill.</source>
        <translation>Anna arvio vähintään yhdelle taidolle.</translation>
    </message>
    <message>
        <source>There are entries before this date; the start cannot be after them.</source>
        <translation>Ennen tätä päivää on kirjauksia; alku ei voi olla niiden jälkeen.</translation>
    </message>
    <message>
        <source>The group has sessions outside this period; move or keep the dates.</source>
        <translation>Ryhmällä on tapaamisia tämän jakson ulkopuolella; siirrä niitä tai pidä päivämäärät.</translation>
    </message>
    <message>
        <source>This client was not a member of the group on the session&apos;s day.</source>
        <translation>Asiakas ei ollut ryhmän jäsen tapaamisen päivänä.</translation>
    </message>
    <message>
        <source>Choose the outcome when closing the client.</source>
        <translation>Valitse tulos, kun asiakkuus päättyy.</translation>
    </message>
    <message>
        <source>Give the period as whole years, from %1 to %2.</source>
        <translation>Anna säilytysaika kokonaisina vuosina, %1–%2.</translation>
    </message>
    <message>
        <source>A period cannot apply from before %1.</source>
        <translation>Säilytysaika ei voi olla voimassa ennen %1.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address for the person named.</source>
        <translation>Anna nimetylle henkilölle puhelinnumero tai sähköpostiosoite.</translation>
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
        <source>The signing of this version has already been recorded.</source>
        <translation>Tämän version allekirjoitus on jo kirjattu.</translation>
    </message>
    <message>
        <source>The document was printed on %1; it cannot have been signed before that.</source>
        <translation>Asiakirja tulostettiin %1; sitä ei ole voitu allekirjoittaa sitä ennen.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Arvo ei kelpaa.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Welcome to Työllistämö</source>
        <translation>Tervetuloa Työllistämöön</translation>
    </message>
    <message>
        <source>Create the account of the unit&apos;s first administrator. The administrator adds the other users and their roles. Remember the password: it is stored only in a form that cannot be turned back into the password.</source>
        <translation>Luo yksikön ensimmäisen pääkäyttäjän tunnus. Pääkäyttäjä lisää muut käyttäjät ja heidän roolinsa. Muista salasana: se tallennetaan vain muodossa, josta salasanaa ei voi palauttaa.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Koko nimi:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Toista salasana:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>vähintään %n merkki</numerusform>
            <numerusform>vähintään %n merkkiä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>No client matches</source>
        <translation>Yksikään asiakas ei vastaa hakua</translation>
    </message>
    <message>
        <source>Find a client by name or identity code (Ctrl+F)</source>
        <translation>Etsi asiakas nimellä tai henkilötunnuksella (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Etsi asiakas</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>The list of members has changed; it has been read again.</source>
        <translation>Jäsenluettelo on muuttunut; se on luettu uudelleen.</translation>
    </message>
    <message>
        <source>New coaching group</source>
        <translation>Uusi valmennusryhmä</translation>
    </message>
    <message>
        <source>Coaching group: %1</source>
        <translation>Valmennusryhmä: %1</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Ryhmä</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Jäsenet</translation>
    </message>
    <message>
        <source>&amp;Sessions and attendance</source>
        <translation>&amp;Tapaamiset ja läsnäolo</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Vierailut</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation>T&amp;avoite:</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>A&amp;lkaa:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Päättyy:</translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation>&amp;Aikataulu:</translation>
    </message>
    <message>
        <source>&amp;Coaches:</source>
        <translation>&amp;Valmentajat:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>e.g. Tuesdays and Thursdays 9–12</source>
        <translation>esim. tiistaisin ja torstaisin 9–12</translation>
    </message>
    <message>
        <source>Sa&amp;ve group</source>
        <translation>&amp;Tallenna ryhmä</translation>
    </message>
    <message>
        <source>A client joins the group</source>
        <translation>Asiakas liittyy ryhmään</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Liittyi:</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Lisää &amp;jäsen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Liittyi</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lähti</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>The chosen member</source>
        <translation>Valittu jäsen</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Lähti:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>T&amp;ulos:</translation>
    </message>
    <message>
        <source>What &amp;next:</source>
        <translation>&amp;Mitä seuraavaksi:</translation>
    </message>
    <message>
        <source>Record lea&amp;ving</source>
        <translation>Kirjaa &amp;lähtö</translation>
    </message>
    <message>
        <source>Record &amp;outcome</source>
        <translation>Kirjaa &amp;tulos</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Uusi tapaaminen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Kello:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>e.g. 9.30</source>
        <translation>esim. 9.30</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>Lisää &amp;tapaaminen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Kello</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Luvallisesti poissa</translation>
    </message>
    <message>
        <source>Attendance of the chosen session</source>
        <translation>Valitun tapaamisen läsnäolo</translation>
    </message>
    <message>
        <source>&amp;Keys: 1 present, 2 absent, 3 excused, 0 clear; Space changes. Each key moves to the next member.</source>
        <translation>&amp;Näppäimet: 1 läsnä, 2 poissa, 3 luvallisesti poissa, 0 tyhjentää; välilyönti vaihtaa. Jokainen näppäin siirtää seuraavaan jäseneen.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Save attenda&amp;nce</source>
        <translation>Tallenna läsnä&amp;olo</translation>
    </message>
    <message>
        <source>&amp;Print attendance sheet...</source>
        <translation>T&amp;ulosta läsnäololista...</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Uusi vierailu</translation>
    </message>
    <message>
        <source>&amp;Kind of visit:</source>
        <translation>Vierailun &amp;laji:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Kuka:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Yhteyshenkilö:</translation>
    </message>
    <message>
        <source>What was &amp;learnt:</source>
        <translation>&amp;Mitä opittiin:</translation>
    </message>
    <message>
        <source>&amp;Add visit</source>
        <translation>Lisää &amp;vierailu</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Vierailu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>What was learnt</source>
        <translation>Mitä opittiin</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n ryhmä.</numerusform>
            <numerusform>%n ryhmää.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coaching groups</source>
        <translation>Valmennusryhmät</translation>
    </message>
    <message>
        <source>&amp;New group...</source>
        <translation>&amp;Uusi ryhmä...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Show &amp;ended groups</source>
        <translation>Näytä &amp;päättyneet ryhmät</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Valmentajat</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Jäseniä</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tapaamisia</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Tallennettu viimeksi</translation>
    </message>
    <message numerus="yes">
        <source>%n open process(es).</source>
        <translation>
            <numerusform>%n avoin prosessi.</numerusform>
            <numerusform>%n avointa prosessia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Ohjaus</translation>
    </message>
    <message>
        <source>Guidance processes that are open. Continue one where it was left off, or start a new one from the client&apos;s card (Guidance tab).</source>
        <translation>Avoimet ohjausprosessit. Jatka prosessia siitä, mihin se jäi, tai aloita uusi asiakaskortin Ohjaus-välilehdeltä.</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Vain &amp;omat</translation>
    </message>
    <message>
        <source>&amp;Continue...</source>
        <translation>&amp;Jatka...</translation>
    </message>
    <message>
        <source>Open client &amp;card</source>
        <translation>Avaa asiakas&amp;kortti</translation>
    </message>
</context>
<context>
    <name>GuidancePlan</name>
    <message>
        <source>The plan is not complete yet</source>
        <translation>Suunnitelma ei ole vielä valmis</translation>
    </message>
    <message>
        <source>The employment plan can be printed when the required information is filled in on these pages:</source>
        <translation>Työllistymissuunnitelman voi tulostaa, kun pakolliset tiedot on täytetty näille sivuille:</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>Tietokanta ei ole käytettävissä</translation>
    </message>
    <message>
        <source>The database cannot be reached just now. Try again.</source>
        <translation>Tietokantaan ei juuri nyt saada yhteyttä. Yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>GuidanceTab</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Päättyi:</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Ohjaus</translation>
    </message>
    <message>
        <source>No guidance process is open.</source>
        <translation>Avointa ohjausprosessia ei ole.</translation>
    </message>
    <message>
        <source>%1 since %2, responsible counsellor %3. Now at: %4.</source>
        <translation>%1 %2 alkaen, vastuuohjaaja %3. Nyt vaiheessa: %4.</translation>
    </message>
    <message>
        <source>Guidance process</source>
        <translation>Ohjausprosessi</translation>
    </message>
    <message>
        <source>&amp;Start a guidance process</source>
        <translation>&amp;Aloita ohjausprosessi</translation>
    </message>
    <message>
        <source>&amp;Continue...</source>
        <translation>&amp;Jatka...</translation>
    </message>
    <message>
        <source>&amp;Interrupt...</source>
        <translation>&amp;Keskeytä...</translation>
    </message>
    <message>
        <source>Employment &amp;plan...</source>
        <translation>Työllistymis&amp;suunnitelma...</translation>
    </message>
    <message>
        <source>All &amp;processes, oldest first:</source>
        <translation>Kaikki &amp;prosessit, vanhin ensin:</translation>
    </message>
    <message>
        <source>S&amp;how...</source>
        <translation>&amp;Näytä...</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Outcome or reason</source>
        <translation>Tulos tai syy</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <source>Client closed</source>
        <translation>Asiakkuus päättynyt</translation>
    </message>
    <message>
        <source>The client is closed. Reopen the client to start a process.</source>
        <translation>Asiakkuus on päättynyt. Avaa asiakkuus uudelleen ennen kuin aloitat prosessin.</translation>
    </message>
    <message>
        <source>Interrupt the guidance process</source>
        <translation>Ohjausprosessin keskeyttäminen</translation>
    </message>
    <message>
        <source>Not interrupted</source>
        <translation>Ei keskeytetty</translation>
    </message>
    <message>
        <source>The process was changed or ended elsewhere meanwhile. Look at it and try again.</source>
        <translation>Prosessia muutettiin tai se päätettiin sillä välin muualla. Tarkista se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The database could not be written just now (it may be busy or out of reach). Nothing was saved. Try again in a moment.</source>
        <translation>Tietokantaan ei juuri nyt voitu kirjoittaa (se voi olla varattu tai tavoittamattomissa). Mitään ei tallennettu. Yritä hetken päästä uudelleen.</translation>
    </message>
</context>
<context>
    <name>GuidanceVocabulary</name>
    <message>
        <source>Initial assessment and situation</source>
        <translation>Alkukartoitus ja tilannearvio</translation>
    </message>
    <message>
        <source>Goals and realistic options</source>
        <translation>Tavoitteet ja realistiset mahdollisuudet</translation>
    </message>
    <message>
        <source>Employment plan</source>
        <translation>Työllistymissuunnitelma</translation>
    </message>
    <message>
        <source>Support and guidance during implementation</source>
        <translation>Tuki ja ohjaus toteutuksen aikana</translation>
    </message>
    <message>
        <source>Evaluation and next steps</source>
        <translation>Arviointi ja jatkotoimenpiteet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Lyhyen aikavälin</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Pitkän aikavälin</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Työhönvalmennus</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Yksilövalmennus</translation>
    </message>
    <message>
        <source>Group coaching</source>
        <translation>Ryhmävalmennus</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Työkokeilu</translation>
    </message>
    <message>
        <source>Wage-subsidised work</source>
        <translation>Palkkatuettu työ</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Kuntouttava työtoiminta</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Muu palvelu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Visit to the workplace</source>
        <translation>Käynti työpaikalla</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosiaalipalvelut</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Terveydenhuolto</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <source>Debt counselling</source>
        <translation>Velkaneuvonta</translation>
    </message>
    <message>
        <source>Mental health and substance abuse services</source>
        <translation>Mielenterveys- ja päihdepalvelut</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Ehdotettu</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Asiakas kieltäytyi</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Work on the open labour market</source>
        <translation>Työ avoimilla työmarkkinoilla</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Kuntoutus</translation>
    </message>
    <message>
        <source>Guidance continues</source>
        <translation>Ohjaus jatkuu</translation>
    </message>
    <message>
        <source>No change in the situation</source>
        <translation>Tilanne ei muuttunut</translation>
    </message>
    <message>
        <source>Add at least one goal agreed with the client.</source>
        <translation>Lisää vähintään yksi asiakkaan kanssa sovittu tavoite.</translation>
    </message>
    <message>
        <source>Add at least one measure to the plan.</source>
        <translation>Lisää suunnitelmaan vähintään yksi toimenpide.</translation>
    </message>
    <message>
        <source>A measure ends before it starts; check its dates.</source>
        <translation>Toimenpide päättyy ennen kuin se alkaa; tarkista sen päivämäärät.</translation>
    </message>
    <message>
        <source>This process has already ended and can no longer be changed.</source>
        <translation>Tämä prosessi on jo päättynyt, eikä sitä voi enää muuttaa.</translation>
    </message>
</context>
<context>
    <name>GuidanceWizard</name>
    <message>
        <source>Phase %1 of %2. %3</source>
        <translation>Vaihe %1/%2. %3</translation>
    </message>
    <message>
        <source>Some required information is still missing on this page. You can go on and come back later; the plan cannot be printed nor the process completed until it is filled in.</source>
        <translation>Tältä sivulta puuttuu vielä pakollisia tietoja. Voit jatkaa ja palata myöhemmin; suunnitelmaa ei voi tulostaa eikä prosessia päättää ennen kuin ne on täytetty.</translation>
    </message>
    <message>
        <source>Responsible co&amp;unsellor:</source>
        <translation>&amp;Vastuuohjaaja:</translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation>&amp;Aloitettu:</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>&amp;Koulutus:</translation>
    </message>
    <message>
        <source>&amp;Work history:</source>
        <translation>&amp;Työhistoria:</translation>
    </message>
    <message>
        <source>&amp;Life situation:</source>
        <translation>&amp;Elämäntilanne:</translation>
    </message>
    <message>
        <source>The client&apos;s own w&amp;ishes:</source>
        <translation>Asiakkaan omat &amp;toiveet:</translation>
    </message>
    <message>
        <source>The client&apos;s view</source>
        <translation>Asiakkaan näkemys</translation>
    </message>
    <message>
        <source>The counsellor&apos;s view</source>
        <translation>Ohjaajan näkemys</translation>
    </message>
    <message>
        <source>S&amp;kills and strengths:</source>
        <translation>&amp;Osaaminen ja vahvuudet:</translation>
    </message>
    <message>
        <source>Work and &amp;functional ability:</source>
        <translation>Työ- ja toiminta&amp;kyky:</translation>
    </message>
    <message>
        <source>&amp;Obstacles to employment:</source>
        <translation>Työllistymisen &amp;esteet:</translation>
    </message>
    <message>
        <source>Su&amp;mmary for the plan:</source>
        <translation>&amp;Yhteenveto suunnitelmaan:</translation>
    </message>
    <message>
        <source>Go through the client&apos;s situation together; where views differ, write down both.</source>
        <translation>Käykää asiakkaan tilanne läpi yhdessä; jos näkemykset eroavat, kirjaa molemmat.</translation>
    </message>
    <message>
        <source>%1, the client&apos;s view</source>
        <translation>%1, asiakkaan näkemys</translation>
    </message>
    <message>
        <source>%1, the counsellor&apos;s view</source>
        <translation>%1, ohjaajan näkemys</translation>
    </message>
    <message>
        <source>Skills and strengths</source>
        <translation>Osaaminen ja vahvuudet</translation>
    </message>
    <message>
        <source>Work and functional ability</source>
        <translation>Työ- ja toimintakyky</translation>
    </message>
    <message>
        <source>Obstacles to employment</source>
        <translation>Työllistymisen esteet</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Aikaväli:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Tavoite:</translation>
    </message>
    <message>
        <source>&amp;Option:</source>
        <translation>&amp;Vaihtoehto:</translation>
    </message>
    <message>
        <source>What speaks &amp;for it:</source>
        <translation>&amp;Puolesta:</translation>
    </message>
    <message>
        <source>What speaks &amp;against it:</source>
        <translation>&amp;Vastaan:</translation>
    </message>
    <message>
        <source>The client&apos;s own &amp;assessment:</source>
        <translation>Asiakkaan oma &amp;arvio:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Vaihtoehto</translation>
    </message>
    <message>
        <source>Short- and long-term &amp;goals:</source>
        <translation>Lyhyen ja pitkän aikavälin &amp;tavoitteet:</translation>
    </message>
    <message>
        <source>Realistic &amp;options considered, with what speaks for and against each:</source>
        <translation>Harkitut realistiset &amp;vaihtoehdot ja mikä puhuu kunkin puolesta ja vastaan:</translation>
    </message>
    <message>
        <source>Set the goals with the client and weigh the realistic options.</source>
        <translation>Asettakaa tavoitteet yhdessä asiakkaan kanssa ja punnitkaa realistisia vaihtoehtoja.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Mitä:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Vastuuhenkilö:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Päättyy:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>&amp;Date of the plan:</source>
        <translation>Suunnitelman &amp;päivämäärä:</translation>
    </message>
    <message>
        <source>Agreed &amp;measures and services:</source>
        <translation>Sovitut &amp;toimenpiteet ja palvelut:</translation>
    </message>
    <message>
        <source>&amp;Applications:</source>
        <translation>&amp;Hakemuksia:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Lisätiedot:</translation>
    </message>
    <message>
        <source>The employment authority has set a job-search &amp;obligation</source>
        <translation>Työvoimaviranomainen on asettanut &amp;työnhakuvelvollisuuden</translation>
    </message>
    <message>
        <source>Next revie&amp;w:</source>
        <translation>Seuraava &amp;tarkistus:</translation>
    </message>
    <message>
        <source>Job-search obligation</source>
        <translation>Työnhakuvelvollisuus</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>kuukaudessa</translation>
    </message>
    <message>
        <source>per three months</source>
        <translation>kolmessa kuukaudessa</translation>
    </message>
    <message>
        <source>Agree the measures, who is responsible for each and when, and the next review.</source>
        <translation>Sopikaa toimenpiteet, kunkin vastuuhenkilö ja aikataulu sekä seuraava tarkistus.</translation>
    </message>
    <message>
        <source>(no particular measure)</source>
        <translation>(ei tiettyä toimenpidettä)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>&amp;Concerns:</source>
        <translation>&amp;Koskee:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>Agreed next &amp;step:</source>
        <translation>Sovittu &amp;seuraava askel:</translation>
    </message>
    <message>
        <source>Next &amp;meeting:</source>
        <translation>Seuraava &amp;tapaaminen:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seurantatapaaminen</translation>
    </message>
    <message>
        <source>&amp;Follow-up meetings, calls and workplace visits:</source>
        <translation>&amp;Seurantatapaamiset, puhelut ja työpaikkakäynnit:</translation>
    </message>
    <message>
        <source>Record how the plan is carried out, e.g. visits during a work trial.</source>
        <translation>Kirjaa, miten suunnitelma toteutuu, esim. käynnit työkokeilun aikana.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Laji:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Mitä:</translation>
    </message>
    <message>
        <source>E&amp;valuation:</source>
        <translation>&amp;Arvio:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Aikaväli:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Tavoite:</translation>
    </message>
    <message>
        <source>What was &amp;achieved:</source>
        <translation>Mitä &amp;saavutettiin:</translation>
    </message>
    <message>
        <source>Evaluation of a measure</source>
        <translation>Toimenpiteen arviointi</translation>
    </message>
    <message>
        <source>What was achieved</source>
        <translation>Mitä saavutettiin</translation>
    </message>
    <message>
        <source>Evaluation of each &amp;measure:</source>
        <translation>Kunkin &amp;toimenpiteen arviointi:</translation>
    </message>
    <message>
        <source>What was achieved against each &amp;goal:</source>
        <translation>Mitä kussakin ta&amp;voitteessa saavutettiin:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>T&amp;ulos:</translation>
    </message>
    <message>
        <source>&amp;Overall evaluation:</source>
        <translation>&amp;Kokonaisarvio:</translation>
    </message>
    <message>
        <source>Agreed &amp;follow-up measures:</source>
        <translation>Sovitut &amp;jatkotoimenpiteet:</translation>
    </message>
    <message>
        <source>Follow-up &amp;date:</source>
        <translation>Jatkotoimenpiteiden &amp;ajankohta:</translation>
    </message>
    <message>
        <source>Process &amp;ended on:</source>
        <translation>Prosessi &amp;päättyi:</translation>
    </message>
    <message>
        <source>Evaluate the plan with the client, agree what follows, and complete the process.</source>
        <translation>Arvioikaa suunnitelma yhdessä asiakkaan kanssa, sopikaa jatkosta ja päättäkää prosessi.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kohde:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>Recorded in:</source>
        <translation>Kirjattu vaiheessa:</translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation>Jatko-ohjaukset</translation>
    </message>
    <message>
        <source>Advice, support and onward referral to other services during the process.</source>
        <translation>Neuvonta, tuki ja jatko-ohjaus muihin tarvittaviin palveluihin ohjausprosessin aikana.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Jatko-ohjaus</translation>
    </message>
    <message>
        <source>Guidance process: %1</source>
        <translation>Ohjausprosessi: %1</translation>
    </message>
    <message>
        <source>&amp;Referrals...</source>
        <translation>&amp;Jatko-ohjaukset...</translation>
    </message>
    <message>
        <source>&amp;Print plan...</source>
        <translation>&amp;Tulosta suunnitelma...</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Edellinen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <source>Sa&amp;ve and close</source>
        <translation>Tallenna ja &amp;sulje</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>&amp;Complete process</source>
        <translation>&amp;Päätä prosessi</translation>
    </message>
    <message>
        <source>Not yet complete</source>
        <translation>Ei vielä valmis</translation>
    </message>
    <message>
        <source>The process can be completed when the required information is filled in on these pages:</source>
        <translation>Prosessin voi päättää, kun pakolliset tiedot on täytetty näille sivuille:</translation>
    </message>
    <message>
        <source>Values that cannot be saved</source>
        <translation>Arvoja, joita ei voi tallentaa</translation>
    </message>
    <message>
        <source>Some values on this page are not valid (see the messages next to them) and would not be saved. Close anyway?</source>
        <translation>Joitakin tämän sivun arvoja ei voi hyväksyä (katso ilmoitukset niiden vieressä), eikä niitä tallenneta. Suljetaanko silti?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The draft could not be saved. Close anyway and lose what was typed since the last page change?</source>
        <translation>Luonnosta ei voitu tallentaa. Suljetaanko silti, jolloin edellisen sivunvaihdon jälkeen kirjoitettu menetetään?</translation>
    </message>
    <message>
        <source>The database could not be written just now (it may be busy or out of reach). Nothing was saved; what you typed is still here. Try again in a moment.</source>
        <translation>Tietokantaan ei juuri nyt voitu kirjoittaa (se voi olla varattu tai tavoittamattomissa). Mitään ei tallennettu; kirjoittamasi on yhä tallella. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Muutettu toisella työasemalla</translation>
    </message>
    <message>
        <source>Someone else saved this guidance process after you opened it. Your changes have not been saved, and theirs have not been overwritten. Close the wizard and open it again to see their version.</source>
        <translation>Joku muu tallensi tämän ohjausprosessin sen jälkeen, kun avasit sen. Muutoksiasi ei tallennettu, eikä toisen muutoksia kirjoitettu yli. Sulje ohjattu toiminto ja avaa se uudelleen nähdäksesi hänen versionsa.</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Rivien tarkistus</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rivit, joissa on virheitä</translation>
    </message>
    <message>
        <source>Import &amp;all rows, or nothing if any row has a problem</source>
        <translation>Tuo k&amp;aikki rivit tai ei mitään, jos jossakin rivissä on virhe</translation>
    </message>
    <message>
        <source>Import &amp;only the rows without problems and skip the others</source>
        <translation>Tuo v&amp;ain virheettömät rivit ja ohita muut</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Tarkistetaan rivejä</translation>
    </message>
    <message>
        <source>Checking the rows...</source>
        <translation>Tarkistetaan rivejä...</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>Tiedostossa on %n rivi.</numerusform>
            <numerusform>Tiedostossa on %n riviä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n rivi voidaan tuoda.</numerusform>
            <numerusform>%n riviä voidaan tuoda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; they are listed below.</source>
        <translation>
            <numerusform>%n rivillä on virhe; se näkyy alla.</numerusform>
            <numerusform>%n rivillä on virheitä; ne näkyvät alla.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has problems.</source>
        <translation>Missään rivissä ei ole virheitä.</translation>
    </message>
    <message>
        <source>The first %1 problems are shown.</source>
        <translation>Ensimmäiset %1 virhettä näytetään.</translation>
    </message>
    <message>
        <source>Nothing can be imported all at once while rows have problems. Correct them in the file and choose it again, or import only the rows without problems.</source>
        <translation>Kaikkia rivejä ei voi tuoda kerralla, kun riveissä on virheitä. Korjaa ne tiedostoon ja valitse se uudelleen, tai tuo vain virheettömät rivit.</translation>
    </message>
    <message>
        <source>There are no rows to import.</source>
        <translation>Tuotavia rivejä ei ole.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Tuodaan</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Sarakkeiden yhdistäminen</translation>
    </message>
    <message>
        <source>Choose which field each column fills. Columns were matched by their headings; a column left as “not imported” is skipped. The choice is remembered for the next file.</source>
        <translation>Valitse, mihin kenttään kunkin sarakkeen tiedot tuodaan. Sarakkeet on yhdistetty kenttiin otsikoiden perusteella; sarake, jonka kohdalla on ”ei tuoda”, ohitetaan. Valinta muistetaan seuraavaa tiedostoa varten.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Tiedoston sarake</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Ensimmäiset arvot</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Tiedoston sarakkeet</translation>
    </message>
    <message>
        <source>The &amp;first row names the columns</source>
        <translation>&amp;Ensimmäisellä rivillä ovat sarakkeiden otsikot</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Sarake %1</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Kenttä sarakkeelle %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ei tuoda)</translation>
    </message>
    <message>
        <source>Each field can be filled from one column only: %1.</source>
        <translation>Kenttään voi tuoda tiedot vain yhdestä sarakkeesta: %1.</translation>
    </message>
    <message>
        <source>Choose a column for the required fields (*): %1.</source>
        <translation>Valitse sarake pakollisille kentille (*): %1.</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Tiedoston valinta</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (XLSX) file with one employer per row. The first row should name the columns, for example Nimi, Y-tunnus, Postinumero. Nothing is written before the last step.</source>
        <translation>Valitse CSV- tai Excel (XLSX) -tiedosto, jossa on yksi työnantaja riviä kohden. Ensimmäisellä rivillä pitäisi olla sarakkeiden otsikot, esimerkiksi Nimi, Y-tunnus, Postinumero. Mitään ei tallenneta ennen viimeistä vaihetta.</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (XLSX) file with one client per row. The first row should name the columns, for example Etunimi, Sukunimi, Henkilötunnus. Nothing is written before the last step.</source>
        <translation>Valitse CSV- tai Excel (XLSX) -tiedosto, jossa on yksi asiakas riviä kohden. Ensimmäisellä rivillä pitäisi olla sarakkeiden otsikot, esimerkiksi Etunimi, Sukunimi, Henkilötunnus. Mitään ei tallenneta ennen viimeistä vaihetta.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Selaa...</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Taulukot (*.xlsx *.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Luetaan tiedostoa</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Tiedostoa ei ole.</translation>
    </message>
    <message>
        <source>Only CSV (.csv) and Excel (.xlsx) files can be imported.</source>
        <translation>Vain CSV- (.csv) ja Excel-tiedostoja (.xlsx) voi tuoda.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Tiedostossa ei ole rivejä.</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook.</source>
        <translation>Tiedostoa ei voi lukea Excel-työkirjana.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Tiedostoa ei voi lukea: %1</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>“%1” is not one of the choices of this field.</source>
        <translation>”%1” ei ole tämän kentän vaihtoehtoja.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (kyllä/ei, ja/nej, 1/0).</source>
        <translation>”%1” ei ole kyllä eikä ei (kyllä/ei, ja/nej, 1/0).</translation>
    </message>
    <message>
        <source>There is no staff member called “%1”.</source>
        <translation>Työntekijää nimeltä ”%1” ei ole.</translation>
    </message>
    <message>
        <source>The same code is already on row %1 of the file.</source>
        <translation>Sama tunnus on jo tiedoston rivillä %1.</translation>
    </message>
    <message>
        <source>A client with this identity code is already in the register.</source>
        <translation>Asiakas tällä henkilötunnuksella on jo rekisterissä.</translation>
    </message>
    <message>
        <source>An employer with this Business ID is already in the register: %1.</source>
        <translation>Työnantaja tällä Y-tunnuksella on jo rekisterissä: %1.</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Tuonti keskeytettiin. Mitään ei tallennettu.</translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled after %n employer(s) were written.</source>
        <translation>
            <numerusform>Tuonti keskeytettiin, kun %n työnantaja oli jo tallennettu.</numerusform>
            <numerusform>Tuonti keskeytettiin, kun %n työnantajaa oli jo tallennettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled after %n client(s) were written.</source>
        <translation>
            <numerusform>Tuonti keskeytettiin, kun %n asiakas oli jo tallennettu.</numerusform>
            <numerusform>Tuonti keskeytettiin, kun %n asiakasta oli jo tallennettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n employer(s).</source>
        <translation>
            <numerusform>Tuotiin %n työnantaja.</numerusform>
            <numerusform>Tuotiin %n työnantajaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>Tuotiin %n asiakas.</numerusform>
            <numerusform>Tuotiin %n asiakasta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were not imported.</source>
        <translation>
            <numerusform>%n virheellinen rivi jäi tuomatta.</numerusform>
            <numerusform>%n virheellistä riviä jäi tuomatta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import employers</source>
        <translation>Työnantajien tuonti</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Asiakkaiden tuonti</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Edellinen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
</context>
<context>
    <name>IndividualDialog</name>
    <message>
        <source>Area</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>New individual coaching</source>
        <translation>Uusi yksilövalmennus</translation>
    </message>
    <message>
        <source>Individual coaching: %1</source>
        <translation>Yksilövalmennus: %1</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Jakso</translation>
    </message>
    <message>
        <source>&amp;Goals and progress</source>
        <translation>&amp;Tavoitteet ja edistyminen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>T&amp;apaamiset</translation>
    </message>
    <message>
        <source>P&amp;rofessionals</source>
        <translation>A&amp;siantuntijat</translation>
    </message>
    <message>
        <source>Coaching period</source>
        <translation>Valmennusjakso</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>Coac&amp;h:</source>
        <translation>&amp;Valmentaja:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>A&amp;lkaa:</translation>
    </message>
    <message>
        <source>E&amp;nds on:</source>
        <translation>&amp;Päättyy:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>Sa&amp;ve period</source>
        <translation>&amp;Tallenna jakso</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Uusi tavoite</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Osa-alue:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Tavoite:</translation>
    </message>
    <message>
        <source>Add g&amp;oal</source>
        <translation>Lisää ta&amp;voite</translation>
    </message>
    <message>
        <source>Progress on a goal</source>
        <translation>Tavoitteen edistyminen</translation>
    </message>
    <message>
        <source>Go&amp;al:</source>
        <translation>Tavoi&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <translation>A&amp;rvio:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentti:</translation>
    </message>
    <message>
        <source>&amp;Record progress</source>
        <translation>Kirjaa &amp;edistyminen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Uusi tapaaminen</translation>
    </message>
    <message>
        <source>D&amp;uration (h):</source>
        <translation>K&amp;esto (h):</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Aiheet:</translation>
    </message>
    <message>
        <source>Agreed ne&amp;xt step:</source>
        <translation>Sovittu &amp;seuraava askel:</translation>
    </message>
    <message>
        <source>Next step &amp;by:</source>
        <translation>Seuraava askel &amp;mennessä:</translation>
    </message>
    <message>
        <source>e.g. 1,5 or 1:30</source>
        <translation>esim. 1,5 tai 1:30</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Lisää tapaaminen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Ala</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystieto</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Asiantuntijat</translation>
    </message>
    <message>
        <source>Add &amp;professional</source>
        <translation>Lisää &amp;asiantuntija</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Sa&amp;ve list</source>
        <translation>&amp;Tallenna luettelo</translation>
    </message>
</context>
<context>
    <name>JobCaseDialog</name>
    <message>
        <source>No wage-subsidised contract with this employer in Supported work.</source>
        <translation>Tuetussa työssä ei ole palkkatuettua työsopimusta tämän työnantajan kanssa.</translation>
    </message>
    <message>
        <source>Wage-subsidised contract in Supported work: %1, %2 – %3</source>
        <translation>Palkkatuettu työsopimus tuetussa työssä: %1, %2 – %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Next step: none agreed yet.</source>
        <translation>Seuraava askel: ei vielä sovittu.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Seuraava askel: %1</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(ei arvioitu)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Taito</translation>
    </message>
    <message>
        <source>with employer</source>
        <translation>työnantajan kanssa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>New job-coaching case</source>
        <translation>Uusi työhönvalmennus</translation>
    </message>
    <message>
        <source>Job coaching: %1, %2</source>
        <translation>Työhönvalmennus: %1, %2</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Valmennus</translation>
    </message>
    <message>
        <source>&amp;Task log</source>
        <translation>&amp;Tehtäväloki</translation>
    </message>
    <message>
        <source>&amp;Work-coping skills</source>
        <translation>Työssä &amp;selviytyminen</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>Työ</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Työsuhde</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>Työ&amp;nantaja:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Tehtävänimike:</translation>
    </message>
    <message>
        <source>Tas&amp;ks:</source>
        <translation>Työ&amp;tehtävät:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>A&amp;lkaa:</translation>
    </message>
    <message>
        <source>Working ho&amp;urs:</source>
        <translation>T&amp;yöaika:</translation>
    </message>
    <message>
        <source>Coac&amp;h:</source>
        <translation>&amp;Valmentaja:</translation>
    </message>
    <message>
        <source>Employment relationship:</source>
        <translation>Työsuhde:</translation>
    </message>
    <message>
        <source>Employment began on:</source>
        <translation>Työsuhde alkoi:</translation>
    </message>
    <message>
        <source>Wage-subsidised contract:</source>
        <translation>Palkkatuettu työsopimus:</translation>
    </message>
    <message>
        <source>Case e&amp;nds on:</source>
        <translation>Valmennus &amp;päättyy:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>The employment relationship has begun</source>
        <translation>Työsuhde on alkanut</translation>
    </message>
    <message>
        <source>e.g. the contract&apos;s document number</source>
        <translation>esim. sopimuksen asiakirjanumero</translation>
    </message>
    <message>
        <source>e.g. 6 h a day, Mon–Fri 8–14</source>
        <translation>esim. 6 h/pv, ma–pe 8–14</translation>
    </message>
    <message>
        <source>Sa&amp;ve case</source>
        <translation>Ta&amp;llenna</translation>
    </message>
    <message>
        <source>New entry in the task log</source>
        <translation>Uusi kirjaus tehtävälokiin</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>D&amp;uration (h):</source>
        <translation>K&amp;esto (h):</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>T&amp;ehtävä:</translation>
    </message>
    <message>
        <source>Who took &amp;part:</source>
        <translation>&amp;Osallistujat:</translation>
    </message>
    <message>
        <source>Agreed ne&amp;xt step:</source>
        <translation>Sovittu &amp;seuraava askel:</translation>
    </message>
    <message>
        <source>Next step &amp;by:</source>
        <translation>Seuraava askel &amp;mennessä:</translation>
    </message>
    <message>
        <source>e.g. 1,5 or 1:30</source>
        <translation>esim. 1,5 tai 1:30</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>&amp;Lisää kirjaus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <source>Time per task</source>
        <translation>Aika tehtävittäin</translation>
    </message>
    <message>
        <source>Time (h:min)</source>
        <translation>Aika (h:min)</translation>
    </message>
    <message>
        <source>New assessment, together with the client</source>
        <translation>Uusi arvio yhdessä asiakkaan kanssa</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Arvioitu &amp;päivänä:</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>Työnantaja:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentti:</translation>
    </message>
    <message>
        <source>The employer took part</source>
        <translation>Työnantaja osallistui</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Arvio</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Save a&amp;ssessment</source>
        <translation>Tallenna a&amp;rvio</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>Muutos ajan mittaan</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Työllistämö is locked</source>
        <translation>Työllistämö on lukittu</translation>
    </message>
    <message>
        <source>Signed in: %1. Enter your password to continue.</source>
        <translation>Kirjautuneena: %1. Jatka antamalla salasanasi.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation>Kirjaudu ulos ja &amp;lopeta</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Salasana on väärä.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Absences are reported to the payer of the unemployment benefit. Five unauthorised absences in a row: the employment authority interrupts the trial.</source>
        <translation>Poissaolot ilmoitetaan työttömyysetuuden maksajalle. Viisi luvatonta poissaoloa peräkkäin: työvoimaviranomainen keskeyttää kokeilun.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Luvallinen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>&amp;Add absence</source>
        <translation>&amp;Lisää poissaolo</translation>
    </message>
    <message>
        <source>The daily register: days present give the activity allowance or expense allowance and travel costs, and count toward the 178 days in 12 months.</source>
        <translation>Päivittäinen kirjanpito: läsnäolopäivistä maksetaan toimintaraha tai kulukorvaus ja matkakulut, ja ne lasketaan 178 päivään 12 kuukaudessa.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Matkakulut</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>&amp;Lisää päivä</translation>
    </message>
    <message>
        <source>Travel €</source>
        <translation>Matkat €</translation>
    </message>
    <message>
        <source>&amp;Monthly summary:</source>
        <translation>&amp;Kuukausiyhteenveto:</translation>
    </message>
    <message>
        <source>&amp;Print the month...</source>
        <translation>&amp;Tulosta kuukausi...</translation>
    </message>
    <message>
        <source>The month&apos;s attendance summary for payment: days present and absent, the days counted toward the 178-day limit and the allowance basis.</source>
        <translation>Kuukauden läsnäoloyhteenveto maksatusta varten: läsnä- ja poissaolopäivät, 178 päivän enimmäismäärään lasketut päivät ja korvausten peruste.</translation>
    </message>
    <message>
        <source>&amp;Remove the selected day</source>
        <translation>&amp;Poista valittu päivä</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message numerus="yes">
        <source>%n unauthorised absence(s) in all.</source>
        <translation>
            <numerusform>Yhteensä %n luvaton poissaolo.</numerusform>
            <numerusform>Yhteensä %n luvatonta poissaoloa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days present in the last 12 months: %1 (at most %2).</source>
        <translation>Läsnäolopäiviä viimeisen 12 kuukauden aikana: %1 (enintään %2).</translation>
    </message>
    <message>
        <source>present %1, excused %2, absent %3; allowance %4, travel costs %5</source>
        <translation>läsnä %1, luvallisesti poissa %2, poissa %3; korvaus %4, matkakulut %5</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, e.g. 3.12.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esim. 3.12.2026.</translation>
    </message>
    <message>
        <source>Write the travel costs as a number, e.g. 4,20.</source>
        <translation>Kirjoita matkakulut numerona, esim. 4,20.</translation>
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
        <source>&amp;Administration</source>
        <translation>&amp;Ylläpito</translation>
    </message>
    <message>
        <source>&amp;Users and roles...</source>
        <translation>&amp;Käyttäjät ja roolit...</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>Käyttö&amp;loki...</translation>
    </message>
    <message>
        <source>&amp;Data protection and erasure...</source>
        <translation>&amp;Tietosuoja ja tietojen poisto...</translation>
    </message>
    <message>
        <source>&amp;Privacy notice...</source>
        <translation>&amp;Tietosuojaseloste...</translation>
    </message>
    <message>
        <source>&amp;Import clients...</source>
        <translation>&amp;Tuo asiakkaita...</translation>
    </message>
    <message>
        <source>Import &amp;employers...</source>
        <translation>Tuo &amp;työnantajia...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>C&amp;hange password...</source>
        <translation>&amp;Vaihda salasana...</translation>
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
        <source>&amp;Find client...</source>
        <translation>&amp;Etsi asiakas...</translation>
    </message>
    <message>
        <source>&amp;New client...</source>
        <translation>&amp;Uusi asiakas...</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Ohjaus</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Valmennus</translation>
    </message>
    <message>
        <source>Supported work</source>
        <translation>Tuettu työ</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Työnantajat</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Tänään (%1)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigointi</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Ei käyttöoikeutta</translation>
    </message>
    <message>
        <source>Your role does not give access to this client&apos;s data.</source>
        <translation>Roolisi ei anna oikeutta tämän asiakkaan tietoihin.</translation>
    </message>
</context>
<context>
    <name>NoAccessPage</name>
    <message>
        <source>Your role does not give access to client data. An administrator can add the counsellor or manager role to your account.</source>
        <translation>Roolisi ei anna oikeutta asiakastietoihin. Pääkäyttäjä voi lisätä tunnukseesi ohjaajan tai esihenkilön roolin.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Warnings: give your reasons</source>
        <translation>Varoitukset: kirjaa perustelut</translation>
    </message>
    <message>
        <source>The law or the unit&apos;s rules advise against this. You may save it anyway by giving a reason for each warning; the reasons are kept with the agreement and in the client&apos;s history.</source>
        <translation>Laki tai yksikön säännöt eivät suosittele tätä. Voit silti tallentaa kirjaamalla perustelun jokaiselle varoitukselle; perustelut säilytetään sopimuksen yhteydessä ja asiakkaan historiassa.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Tallenna silti</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The register is encrypted</source>
        <translation>Rekisteri on salattu</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter the unit&apos;s passphrase to open it; then sign in as usual.</source>
        <translation>Tietokanta %1 on salattu. Avaa se kirjoittamalla yksikön salalause; kirjaudu sitten sisään tavalliseen tapaan.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Salalause:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Kirjoita salalause.</translation>
    </message>
    <message>
        <source>The passphrase does not open the database. Check the Caps Lock key and try again. (If the file is not the unit&apos;s register, no passphrase opens it.)</source>
        <translation>Salalause ei avaa tietokantaa. Tarkista Caps Lock -näppäin ja yritä uudelleen. (Jos tiedosto ei ole yksikön rekisteri, mikään salalause ei avaa sitä.)</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>Privacy notice</source>
        <translation>Tietosuojaseloste</translation>
    </message>
    <message>
        <source>Client register of the employment services</source>
        <translation>Työllisyyspalvelujen asiakasrekisteri</translation>
    </message>
    <message>
        <source>Information on the processing of personal data (EU General Data Protection Regulation 2016/679, articles 13 and 14)</source>
        <translation>Tietoa henkilötietojen käsittelystä (EU:n yleinen tietosuoja-asetus 2016/679, 13 ja 14 artikla)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päiväys</translation>
    </message>
    <message>
        <source>Name of the register</source>
        <translation>Rekisterin nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>1. Controller</source>
        <translation>1. Rekisterinpitäjä</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <source>The unit below produces the services for the controller and processes the client data on its behalf under the purchase contract.</source>
        <translation>Alla mainittu yksikkö tuottaa palvelut rekisterinpitäjän lukuun ja käsittelee asiakastietoja sen puolesta ostopalvelusopimuksen mukaisesti.</translation>
    </message>
    <message>
        <source>Service producer</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <source>2. Contact person in matters concerning the register</source>
        <translation>2. Rekisteriasioista vastaava yhteyshenkilö</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>3. Data protection officer</source>
        <translation>3. Tietosuojavastaava</translation>
    </message>
    <message>
        <source>Ask the controller for the contact details of its data protection officer.</source>
        <translation>Rekisterinpitäjän tietosuojavastaavan yhteystiedot saa rekisterinpitäjältä.</translation>
    </message>
    <message>
        <source>4. Purposes and legal basis of the processing</source>
        <translation>4. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste</translation>
    </message>
    <message>
        <source>Personal data are processed to organise and provide employment services: guidance, job coaching, individual and group coaching, work trials, wage-subsidised work and rehabilitative work activity. The data are used to plan the services together with the client, to draw up and print agreements, to follow the client&apos;s progress and for the statistics and reports the financiers require.</source>
        <translation>Henkilötietoja käsitellään työllisyyspalvelujen järjestämiseksi ja tuottamiseksi: ohjaus, työhönvalmennus, yksilö- ja ryhmävalmennus, työkokeilu, palkkatuettu työ ja kuntouttava työtoiminta. Tietoja käytetään palvelujen suunnitteluun yhdessä asiakkaan kanssa, sopimusten laatimiseen ja tulostamiseen, asiakkaan etenemisen seurantaan sekä rahoittajien edellyttämiin tilastoihin ja raportteihin.</translation>
    </message>
    <message>
        <source>The legal basis is compliance with the controller&apos;s legal obligation and the performance of a task carried out in the public interest (GDPR article 6(1)(c) and (e)), under the Act on the Organisation of Employment Services (380/2023), the Act on Rehabilitative Work Activity (189/2001) and the Act on the Processing of Client Data in Healthcare and Social Welfare (703/2023). Data concerning health are processed under article 9(2)(b) and (h) only to the extent the service needs them.</source>
        <translation>Käsittelyn oikeusperuste on rekisterinpitäjän lakisääteisen velvoitteen noudattaminen ja yleistä etua koskevan tehtävän suorittaminen (tietosuoja-asetuksen 6 artiklan 1 kohdan c ja e alakohta) lain työvoimapalvelujen järjestämisestä (380/2023), lain kuntouttavasta työtoiminnasta (189/2001) ja lain sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023) nojalla. Terveyttä koskevia tietoja käsitellään 9 artiklan 2 kohdan b ja h alakohdan nojalla vain siltä osin kuin palvelu niitä edellyttää.</translation>
    </message>
    <message>
        <source>5. Categories of personal data</source>
        <translation>5. Rekisterin tietosisältö</translation>
    </message>
    <message>
        <source>Identity and contact details: name, personal identity code, date of birth, address, phone number, e-mail address, language</source>
        <translation>Henkilö- ja yhteystiedot: nimi, henkilötunnus, syntymäaika, osoite, puhelinnumero, sähköpostiosoite, asiointikieli</translation>
    </message>
    <message>
        <source>Details of the client relationship: referral, services and their periods, responsible staff member, status and outcome</source>
        <translation>Asiakkuuden tiedot: lähettäjä, palvelut ja niiden ajanjaksot, vastuutyöntekijä, asiakkuuden tila ja tulos</translation>
    </message>
    <message>
        <source>Benefit status and the details needed for agreements (work trial, wage subsidy, rehabilitative work activity)</source>
        <translation>Etuustilanne ja sopimuksiin tarvittavat tiedot (työkokeilu, palkkatuki, kuntouttava työtoiminta)</translation>
    </message>
    <message>
        <source>Guidance and coaching records: plans, goals, measures, notes, skill assessments, attendance</source>
        <translation>Ohjauksen ja valmennuksen tiedot: suunnitelmat, tavoitteet, toimenpiteet, muistiinpanot, osaamisen arviot, läsnäolot</translation>
    </message>
    <message>
        <source>Information on work ability and health given by the client, to the extent the service needs it</source>
        <translation>Asiakkaan kertomat tiedot työkyvystä ja terveydestä siltä osin kuin palvelu niitä edellyttää</translation>
    </message>
    <message>
        <source>Printed and signed documents</source>
        <translation>Tulostetut ja allekirjoitetut asiakirjat</translation>
    </message>
    <message>
        <source>Log data: who has processed the client&apos;s data, when and why</source>
        <translation>Lokitiedot: kuka on käsitellyt asiakkaan tietoja, milloin ja miksi</translation>
    </message>
    <message>
        <source>6. Regular sources of data</source>
        <translation>6. Säännönmukaiset tietolähteet</translation>
    </message>
    <message>
        <source>The client; the authority or organisation that referred the client (employment services, the wellbeing services county, Kela); the workplaces of work trials and wage-subsidised work.</source>
        <translation>Asiakas itse; asiakkaan ohjannut viranomainen tai toimija (työllisyyspalvelut, hyvinvointialue, Kela); työkokeilu- ja palkkatukityöpaikat.</translation>
    </message>
    <message>
        <source>7. Regular disclosures of data</source>
        <translation>7. Säännönmukaiset tietojen luovutukset</translation>
    </message>
    <message>
        <source>Data are disclosed only as the law allows or with the client&apos;s consent: to the employment authority and the wellbeing services county that bought the service, to Kela for benefits, and to the employer of a work trial or wage-subsidised job to the extent the agreement needs. Every disclosure is logged.</source>
        <translation>Tietoja luovutetaan vain lain sallimissa rajoissa tai asiakkaan suostumuksella: palvelun ostaneelle työvoimaviranomaiselle ja hyvinvointialueelle, Kelalle etuuksia varten sekä työkokeilun tai palkkatuetun työn työnantajalle siltä osin kuin sopimus edellyttää. Jokainen luovutus kirjataan lokiin.</translation>
    </message>
    <message>
        <source>8. Transfers outside the EU or the EEA</source>
        <translation>8. Tietojen siirto EU:n tai ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <source>Data are not transferred outside the European Union or the European Economic Area.</source>
        <translation>Tietoja ei siirretä Euroopan unionin tai Euroopan talousalueen ulkopuolelle.</translation>
    </message>
    <message>
        <source>9. Retention of the data</source>
        <translation>9. Tietojen säilytysaika</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 vuosi</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 vuotta</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Säilytysaika</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>The periods are counted from the end of the client relationship, log data from the log event. After the period the client&apos;s identity and free text are erased irreversibly; the codes and dates needed for statistics are kept without identity.</source>
        <translation>Säilytysajat lasketaan asiakkuuden päättymisestä, lokitiedot lokitapahtumasta. Säilytysajan jälkeen asiakkaan tunnistetiedot ja vapaat tekstit poistetaan pysyvästi; tilastoihin tarvittavat koodit ja päivämäärät säilytetään ilman tunnistetietoja.</translation>
    </message>
    <message>
        <source>10. Principles of protection</source>
        <translation>10. Rekisterin suojauksen periaatteet</translation>
    </message>
    <message>
        <source>Only staff who need the data in their work have access to them, each with a personal user name and password; the access depends on the role and on the clients the staff member is responsible for. Every view, change, print and export of a client&apos;s data is logged. The database and its backups are kept in protected premises and systems, and signed paper documents in locked storage.</source>
        <translation>Tietoja käsittelevät vain ne työntekijät, jotka tarvitsevat niitä työssään, kukin henkilökohtaisella käyttäjätunnuksella ja salasanalla; käyttöoikeus riippuu roolista ja asiakkaista, joista työntekijä vastaa. Jokainen asiakastietojen katselu, muutos, tulostus ja vienti kirjataan lokiin. Tietokanta ja sen varmuuskopiot säilytetään suojatuissa tiloissa ja järjestelmissä, allekirjoitetut paperiasiakirjat lukitussa tilassa.</translation>
    </message>
    <message>
        <source>11. Rights of the data subject</source>
        <translation>11. Rekisteröidyn oikeudet</translation>
    </message>
    <message>
        <source>Right of access: you may see the data stored about you and the log of who has processed them (GDPR article 15; Act 703/2023, section 11).</source>
        <translation>Oikeus saada pääsy tietoihin: saat nähdä sinusta tallennetut tiedot ja lokin siitä, kuka niitä on käsitellyt (tietosuoja-asetuksen 15 artikla; laki 703/2023, 11 §).</translation>
    </message>
    <message>
        <source>Right to rectification of inaccurate data (article 16).</source>
        <translation>Oikeus virheellisen tiedon oikaisemiseen (16 artikla).</translation>
    </message>
    <message>
        <source>Right to erasure (article 17) and to restriction of processing (article 18), within the limits of the statutory retention periods.</source>
        <translation>Oikeus tietojen poistamiseen (17 artikla) ja käsittelyn rajoittamiseen (18 artikla) lakisääteisten säilytysaikojen rajoissa.</translation>
    </message>
    <message>
        <source>Right to object to processing on grounds relating to your particular situation (article 21). The right to data portability does not apply to processing based on law.</source>
        <translation>Oikeus vastustaa käsittelyä erityiseen tilanteeseesi liittyvällä perusteella (21 artikla). Oikeus siirtää tiedot järjestelmästä toiseen ei koske lakiin perustuvaa käsittelyä.</translation>
    </message>
    <message>
        <source>Right to lodge a complaint with the Data Protection Ombudsman (tietosuoja.fi).</source>
        <translation>Oikeus tehdä valitus tietosuojavaltuutetulle (tietosuoja.fi).</translation>
    </message>
    <message>
        <source>Send requests to the contact person named above. The data are not used for automated decision-making or profiling.</source>
        <translation>Lähetä pyynnöt edellä mainitulle yhteyshenkilölle. Tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin.</translation>
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
    <name>ReasonDialog</name>
    <message>
        <source>Reason for opening</source>
        <translation>Avaamisen peruste</translation>
    </message>
    <message>
        <source>This client is not yours or your team&apos;s. You may open the client&apos;s data only for a work-related reason. The reason and your name are recorded in the audit log, and the client may ask to see it.</source>
        <translation>Tämä asiakas ei ole sinun eikä tiimisi. Voit avata asiakkaan tiedot vain työtehtävään liittyvästä syystä. Peruste ja nimesi kirjataan käyttölokiin, ja asiakas voi pyytää nähdä sen.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Peruste:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Add...</source>
        <translation>Lisää...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Muokkaa...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Show...</source>
        <translation>Näytä...</translation>
    </message>
    <message>
        <source>Insert adds a row, Enter edits it, Delete removes it.</source>
        <translation>Insert lisää rivin, Enter muokkaa sitä, Delete poistaa sen.</translation>
    </message>
    <message>
        <source>Enter opens the row.</source>
        <translation>Enter avaa rivin.</translation>
    </message>
</context>
<context>
    <name>RecordSigningDialog</name>
    <message>
        <source>The database is not available; nothing was recorded. Try again.</source>
        <translation>Tietokanta ei ole käytettävissä; mitään ei kirjattu. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Record signing</source>
        <translation>Kirjaa allekirjoitus</translation>
    </message>
    <message>
        <source>%1, version %2, printed %3.</source>
        <translation>%1, versio %2, tulostettu %3.</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Allekirjoitus&amp;päivä:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Allekirjoittajat:</translation>
    </message>
    <message>
        <source>The names of those who signed</source>
        <translation>Allekirjoittaneiden nimet</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
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
</context>
<context>
    <name>RehabAttendanceDocument</name>
    <message>
        <source>Monthly attendance summary of rehabilitative work activity</source>
        <translation>Kuntouttavan työtoiminnan läsnäolon kuukausiyhteenveto</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Työtoimintapaikka</translation>
    </message>
    <message>
        <source>Supervisor at the place</source>
        <translation>Nimetty ohjaaja</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Tuottaja</translation>
    </message>
    <message>
        <source>Wellbeing services county (organiser)</source>
        <translation>Hyvinvointialue (järjestäjä)</translation>
    </message>
    <message>
        <source>Service decision</source>
        <translation>Palvelupäätös</translation>
    </message>
    <message>
        <source>Period of the activity</source>
        <translation>Työtoimintajakso</translation>
    </message>
    <message>
        <source>Attendance in the month</source>
        <translation>Läsnäolo kuukauden aikana</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Läsnäolopäivät</translation>
    </message>
    <message>
        <source>Days absent, excused</source>
        <translation>Poissaolopäivät, luvallinen syy</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>Poissaolopäivät</translation>
    </message>
    <message>
        <source>Days counted toward the limit</source>
        <translation>Enimmäismäärään lasketut päivät</translation>
    </message>
    <message>
        <source>%1 days present in the 12 months up to %2 (at most %3 days, %4)</source>
        <translation>%1 läsnäolopäivää 12 kuukauden aikana %2 asti (enintään %3 päivää, %4)</translation>
    </message>
    <message>
        <source>Basis of the allowance</source>
        <translation>Korvausten peruste</translation>
    </message>
    <message>
        <source>Activity allowance (social assistance recipient)</source>
        <translation>Toimintaraha (toimeentulotuen saaja)</translation>
    </message>
    <message>
        <source>Expense allowance (labour market subsidy recipient)</source>
        <translation>Kulukorvaus (työmarkkinatuen saaja)</translation>
    </message>
    <message>
        <source>%1 days × %2 = %3</source>
        <translation>%1 pv × %2 = %3</translation>
    </message>
    <message>
        <source>Travel costs on the days present</source>
        <translation>Matkakulut läsnäolopäiviltä</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Läsnäolorekisteri</translation>
    </message>
    <message>
        <source>present</source>
        <translation>läsnä</translation>
    </message>
    <message>
        <source>absent, excused</source>
        <translation>poissa, luvallisesti</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>poissa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Matkakulut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>No days recorded in the register for this month.</source>
        <translation>Kuukaudelta ei ole merkintöjä läsnäolorekisterissä.</translation>
    </message>
    <message>
        <source>The summary is made from the attendance register kept by the producer. The allowance is paid only for days present.</source>
        <translation>Yhteenveto on laadittu tuottajan pitämästä läsnäolorekisteristä. Korvaus maksetaan vain läsnäolopäiviltä.</translation>
    </message>
</context>
<context>
    <name>RehabWorkDocument</name>
    <message>
        <source>Agreement on rehabilitative work activity</source>
        <translation>Sopimus kuntouttavasta työtoiminnasta</translation>
    </message>
    <message>
        <source>Rehabilitative work activity under the Act on Rehabilitative Work Activity (189/2001). The activity is a social service; it does not create an employment relationship.</source>
        <translation>Kuntouttavaa työtoimintaa kuntouttavasta työtoiminnasta annetun lain (189/2001) mukaisesti. Työtoiminta on sosiaalipalvelu; siitä ei synny työsuhdetta.</translation>
    </message>
    <message>
        <source>1. Client</source>
        <translation>1. Asiakas</translation>
    </message>
    <message>
        <source>2. Organiser and producer</source>
        <translation>2. Järjestäjä ja tuottaja</translation>
    </message>
    <message>
        <source>Wellbeing services county (organiser)</source>
        <translation>Hyvinvointialue (järjestäjä)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Service decision</source>
        <translation>Palvelupäätös</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Tuottaja</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>3. Activation plan</source>
        <translation>3. Aktivointisuunnitelma</translation>
    </message>
    <message>
        <source>Date of the plan</source>
        <translation>Suunnitelman päiväys</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Goal and description</source>
        <translation>Tavoite ja kuvaus</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Työtoimintapaikka</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation>Paikan osoite</translation>
    </message>
    <message>
        <source>Supervisor at the place</source>
        <translation>Nimetty ohjaaja</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Daily duration</source>
        <translation>Päivittäinen kesto</translation>
    </message>
    <message>
        <source>Weekly duration</source>
        <translation>Viikoittainen kesto</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Length of the period</source>
        <translation>Jakson pituus</translation>
    </message>
    <message>
        <source>Support and guidance</source>
        <translation>Tuki ja ohjaus</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Muut palvelut</translation>
    </message>
    <message>
        <source>Evaluation and follow-up</source>
        <translation>Arviointi ja seuranta</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>Arvioidaan viimeistään</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Other obligations</source>
        <translation>Muut velvoitteet</translation>
    </message>
    <message>
        <source>4. Allowance and travel costs</source>
        <translation>4. Korvaukset ja matkakulut</translation>
    </message>
    <message>
        <source>Activity allowance or expense allowance</source>
        <translation>Toimintaraha tai kulukorvaus</translation>
    </message>
    <message>
        <source>%1 a day present</source>
        <translation>%1 läsnäolopäivältä</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Matkakulut</translation>
    </message>
    <message>
        <source>5. Terms</source>
        <translation>5. Ehdot</translation>
    </message>
    <message>
        <source>Attendance is recorded daily. The days present determine the allowance and the travel costs paid.</source>
        <translation>Läsnäolo kirjataan päivittäin. Läsnäolopäivien mukaan maksetaan korvaus ja matkakulut.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity may take place on at most 178 days in 12 months (189/2001 14 §).</source>
        <translation>Kuntouttavaa työtoimintaa voi olla enintään 178 päivänä 12 kuukauden aikana (189/2001 14 §).</translation>
    </message>
    <message>
        <source>The wellbeing services county insures the client against accidents during the activity (189/2001 23 §).</source>
        <translation>Hyvinvointialue vakuuttaa asiakkaan tapaturmien varalta työtoiminnan aikana (189/2001 23 §).</translation>
    </message>
    <message>
        <source>This agreement has been made in three identical copies, one for each party.</source>
        <translation>Tätä sopimusta on tehty kolme samansisältöistä kappaletta, yksi kullekin osapuolelle.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Hyvinvointialue</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Clients per service</source>
        <translation>Asiakkaat palveluittain</translation>
    </message>
    <message>
        <source>Outcomes at closing</source>
        <translation>Tulokset asiakkuuden päättyessä</translation>
    </message>
    <message>
        <source>Median duration in each service (days)</source>
        <translation>Palvelun keston mediaani (päivää)</translation>
    </message>
    <message>
        <source>Job-coaching hours per task kind</source>
        <translation>Työhönvalmennuksen tunnit tehtävälajeittain</translation>
    </message>
    <message>
        <source>Group attendance</source>
        <translation>Läsnäolo ryhmissä</translation>
    </message>
    <message>
        <source>Work trials</source>
        <translation>Työkokeilut</translation>
    </message>
    <message>
        <source>Language split of clients served</source>
        <translation>Palveltujen asiakkaiden asiointikieli</translation>
    </message>
    <message>
        <source>Clients served per month</source>
        <translation>Palvellut asiakkaat kuukausittain</translation>
    </message>
    <message>
        <source>Clients served</source>
        <translation>Palvellut asiakkaat</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Uudet asiakkaat</translation>
    </message>
    <message>
        <source>Closed clients</source>
        <translation>Päättyneet asiakkuudet</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Muu tulos</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Läsnäolomerkinnät</translation>
    </message>
    <message>
        <source>Marked present</source>
        <translation>Merkitty läsnä olleeksi</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Läsnäoloaste (%)</translation>
    </message>
    <message>
        <source>Work trials started</source>
        <translation>Alkaneet työkokeilut</translation>
    </message>
    <message>
        <source>Work trials completed</source>
        <translation>Loppuun viedyt työkokeilut</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>days</source>
        <translation>päivää</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>tuntia</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>asiakasta</translation>
    </message>
    <message>
        <source>Ended periods: %1</source>
        <translation>Päättyneitä jaksoja: %1</translation>
    </message>
    <message>
        <source>Log entries: %1</source>
        <translation>Kirjauksia: %1</translation>
    </message>
    <message>
        <source>Marks: %1</source>
        <translation>Merkintöjä: %1</translation>
    </message>
    <message>
        <source>All staff members</source>
        <translation>Kaikki työntekijät</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Kaikki palvelut</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Laskettu</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Aineisto</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Osio</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>marks</source>
        <translation>merkintää</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Ajanjakso:</translation>
    </message>
    <message>
        <source>S&amp;taff member:</source>
        <translation>&amp;Työntekijä:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Palvelu:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>to</source>
        <translation>loppu</translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation>&amp;Näytä luvut</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vie tiedostoon</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)...</source>
        <translation>Excel-työkirja (XLSX)...</translation>
    </message>
    <message>
        <source>CSV for Excel (semicolons)...</source>
        <translation>CSV Exceliin (puolipisteet)...</translation>
    </message>
    <message>
        <source>PDF in Finnish...</source>
        <translation>PDF suomeksi...</translation>
    </message>
    <message>
        <source>PDF in Swedish...</source>
        <translation>PDF ruotsiksi...</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Quarter or month</source>
        <translation>Vuosineljännes tai kuukausi</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Tunnusluvut</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Aineisto</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Vuosineljännes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Muu ajanjakso</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Kaikki palvelut</translation>
    </message>
    <message>
        <source>All staff members</source>
        <translation>Kaikki työntekijät</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>%1. neljännes</translation>
    </message>
    <message>
        <source>Give the first and the last day.</source>
        <translation>Anna ensimmäinen ja viimeinen päivä.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Viimeinen päivä on ennen ensimmäistä päivää.</translation>
    </message>
    <message>
        <source>Write the dates as d.m.yyyy.</source>
        <translation>Kirjoita päivämäärät muodossa p.k.vvvv.</translation>
    </message>
    <message>
        <source>Reports are for managers and administrators.</source>
        <translation>Raportit ovat esihenkilöiden ja pääkäyttäjien käytössä.</translation>
    </message>
    <message>
        <source>The database cannot be reached just now; try again in a moment.</source>
        <translation>Tietokantaan ei juuri nyt saada yhteyttä; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Tiedostoa ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Lasketaan...</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Raporttia lasketaan</translation>
    </message>
    <message>
        <source>Enter or double-click: the clients behind this figure</source>
        <translation>Enter tai kaksoisnapsautus: luvun takana olevat asiakkaat</translation>
    </message>
    <message>
        <source>Figures for %1.</source>
        <translation>Luvut ajalta %1.</translation>
    </message>
    <message>
        <source>Finding the clients</source>
        <translation>Asiakkaita haetaan</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Vie raportti tiedostoon</translation>
    </message>
    <message>
        <source>Exporting the report</source>
        <translation>Raporttia viedään tiedostoon</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Aseta uusi salasana</translation>
    </message>
    <message>
        <source>Give the user a new password in person. They must change it when they next sign in. A locked account is opened too.</source>
        <translation>Anna uusi salasana käyttäjälle henkilökohtaisesti. Hänen on vaihdettava se seuraavalla kirjautumiskerralla. Myös lukittu tunnus avautuu.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Uusi salasana:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Toista uusi salasana:</translation>
    </message>
</context>
<context>
    <name>RetentionKinds</name>
    <message>
        <source>Client data of the employment services</source>
        <translation>Työllisyyspalvelujen asiakastiedot</translation>
    </message>
    <message>
        <source>Social welfare documents (rehabilitative work activity)</source>
        <translation>Sosiaalihuollon asiakirjat (kuntouttava työtoiminta)</translation>
    </message>
    <message>
        <source>Payment records (wage subsidy)</source>
        <translation>Maksutiedot (palkkatuki)</translation>
    </message>
    <message>
        <source>Basic data of the employment relationship (wage-subsidised work)</source>
        <translation>Työsuhteen perustiedot (palkkatuettu työ)</translation>
    </message>
    <message>
        <source>Log data of the processing</source>
        <translation>Käsittelyn lokitiedot</translation>
    </message>
</context>
<context>
    <name>RetentionPeriodsPage</name>
    <message>
        <source>How long each kind of record is kept after the client relationship ends (log data: after the log event). A change is a new period from the date it applies; the period in force on the day a relationship ended counts for that client. Periods marked unverified have not been checked against the law: check them before relying on them.</source>
        <translation>Kuinka kauan kutakin tietoa säilytetään asiakkuuden päättymisen jälkeen (lokitiedot: lokitapahtuman jälkeen). Muutos on uusi säilytysaika siitä päivästä alkaen, jona se tulee voimaan; asiakkaaseen sovelletaan säilytysaikaa, joka oli voimassa hänen asiakkuutensa päättymispäivänä. Tarkistamattomiksi merkittyjä säilytysaikoja ei ole tarkistettu lainsäädännöstä: tarkista ne ennen kuin luotat niihin.</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Vuotta</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>Change a period</source>
        <translation>Muuta säilytysaikaa</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>T&amp;iedot:</translation>
    </message>
    <message>
        <source>&amp;Years kept:</source>
        <translation>Säilytysaika &amp;vuosina:</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>Voimassa &amp;alkaen:</translation>
    </message>
    <message>
        <source>&amp;Basis (law, contract):</source>
        <translation>Pe&amp;ruste (laki, sopimus):</translation>
    </message>
    <message>
        <source>e.g. 380/2023 122 § or purchase contract</source>
        <translation>esim. 380/2023 122 § tai ostopalvelusopimus</translation>
    </message>
    <message>
        <source>&amp;Save period</source>
        <translation>Ta&amp;llenna säilytysaika</translation>
    </message>
    <message>
        <source>checked against the law</source>
        <translation>tarkistettu lainsäädännöstä</translation>
    </message>
    <message>
        <source>unverified: check</source>
        <translation>tarkistamaton: tarkista</translation>
    </message>
    <message>
        <source>set by the unit</source>
        <translation>yksikön asettama</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The period could not be saved just now (the database is busy, out of reach, or the period was changed on another workstation). Nothing was saved; try again.</source>
        <translation>Säilytysaikaa ei voitu tallentaa juuri nyt (tietokanta on varattu tai ei tavoitettavissa, tai säilytysaikaa muutettiin toisella työasemalla). Mitään ei tallennettu; yritä uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1, %n year(s) from %2.</source>
        <translation>
            <numerusform>Tallennettu: %1, %n vuosi %2 alkaen.</numerusform>
            <numerusform>Tallennettu: %1, %n vuotta %2 alkaen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counsellor</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Valmentaja</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no (warns only)</source>
        <translation>ei (vain varoitus)</translation>
    </message>
    <message>
        <source>unit&apos;s own</source>
        <translation>yksikön oma</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>valmiina</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, e.g. 3.12.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esim. 3.12.2026.</translation>
    </message>
    <message>
        <source>Only an administrator can add values to the rules.</source>
        <translation>Vain pääkäyttäjä voi lisätä sääntöihin arvoja.</translation>
    </message>
    <message>
        <source>The database is not available; nothing was saved.</source>
        <translation>Tietokanta ei ole käytettävissä; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Added: %1 is %2 from %3.</source>
        <translation>Lisätty: %1 on %2 alkaen %3.</translation>
    </message>
    <message>
        <source>Rules of supported work</source>
        <translation>Tuetun työn säännöt</translation>
    </message>
    <message>
        <source>The limits the agreements are checked against, each with the date from which it applies and its source. Values not in force today are grey. A new value applies from its date; earlier arrangements keep the value of their time. A value not verified from the statute gives warnings, never errors.</source>
        <translation>Rajat, joihin sopimuksia verrataan, kukin voimaantulopäivineen ja lähteineen. Tänään voimassa olemattomat arvot ovat harmaina. Uusi arvo on voimassa päivästään alkaen; aiemmat järjestelyt säilyttävät oman aikansa arvon. Säädöksestä tarkistamaton arvo antaa vain varoituksia, ei koskaan virheitä.</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Raja</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>Add a dated value</source>
        <translation>Lisää päivätty arvo</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Raja:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Arvo:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>&amp;Voimassa alkaen:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>e.g. 10,50</source>
        <translation>esim. 10,50</translation>
    </message>
    <message>
        <source>e.g. 380/2023 104 § as amended by 123/2026</source>
        <translation>esim. 380/2023 104 § sellaisena kuin se on muutettuna 123/2026</translation>
    </message>
    <message>
        <source>&amp;Verified from the statute (else it only warns)</source>
        <translation>&amp;Tarkistettu säädöksestä (muuten vain varoittaa)</translation>
    </message>
    <message>
        <source>&amp;Add the value</source>
        <translation>Lisää &amp;arvo</translation>
    </message>
    <message>
        <source>Only an administrator can add values; you can read the table.</source>
        <translation>Vain pääkäyttäjä voi lisätä arvoja; voit lukea taulukkoa.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Varmuuskopioiden &amp;kansio:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Varmuuskopioiden kansio</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>V&amp;alitse...</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Säilytettäviä varmuuskopioita:</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Säilytettäviä varmuuskopioita</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Salaus</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database...</source>
        <translation>&amp;Salaa tietokanta...</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase...</source>
        <translation>Vaihda &amp;salalause...</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Lukitus</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes:</source>
        <translation>&amp;Lukitse, kun käyttämättä on kulunut minuutteja:</translation>
    </message>
    <message>
        <source>Idle minutes before locking</source>
        <translation>Käyttämättömät minuutit ennen lukitusta</translation>
    </message>
    <message>
        <source>The database is on a PostgreSQL server: back it up on the server (pg_dump). The app backs up only a database on this computer.</source>
        <translation>Tietokanta on PostgreSQL-palvelimella: varmuuskopioi se palvelimella (pg_dump). Sovellus varmuuskopioi vain tällä tietokoneella olevan tietokannan.</translation>
    </message>
    <message>
        <source>No backup yet. The app backs up the database when it is closed, at most once a day.</source>
        <translation>Varmuuskopiota ei ole vielä. Sovellus varmuuskopioi tietokannan suljettaessa, enintään kerran päivässä.</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2).</source>
        <translation>Viimeisin varmuuskopio: %1 (%2).</translation>
    </message>
    <message>
        <source>The database is encrypted with the unit&apos;s passphrase (SQLCipher %1, AES-256). Its backups are encrypted with the same passphrase.</source>
        <translation>Tietokanta on salattu yksikön salalauseella (SQLCipher %1, AES-256). Sen varmuuskopiot salataan samalla salalauseella.</translation>
    </message>
    <message>
        <source>The database is not encrypted. Anyone who gets the file or a backup can read it. Encrypt it here, and use BitLocker for the whole disk in any case.</source>
        <translation>Tietokantaa ei ole salattu. Kuka tahansa, joka saa tiedoston tai varmuuskopion, voi lukea sen. Salaa se tästä, ja salaa joka tapauksessa koko levy BitLockerilla.</translation>
    </message>
    <message>
        <source>The database is on a PostgreSQL server: encryption at rest is set up on the server by its administrator.</source>
        <translation>Tietokanta on PostgreSQL-palvelimella: tallennettujen tietojen salauksesta huolehtii palvelimen ylläpitäjä.</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted: %n rows checked.</source>
        <translation>
            <numerusform>Salattu: %n rivi tarkistettu.</numerusform>
            <numerusform>Salattu: %n riviä tarkistettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>First encrypted backup: %1.</source>
        <translation>Ensimmäinen salattu varmuuskopio: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n unencrypted copies were overwritten and deleted.</source>
        <translation>
            <numerusform>%n salaamaton kopio ylikirjoitettiin ja poistettiin.</numerusform>
            <numerusform>%n salaamatonta kopiota ylikirjoitettiin ja poistettiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unencrypted copies remain: %1</source>
        <translation>
            <numerusform>%n salaamaton kopio on jäljellä: %1</numerusform>
            <numerusform>%n salaamatonta kopiota on jäljellä: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before open with the old one.</source>
        <translation>Salalause vaihdettiin. Aiemmat varmuuskopiot aukeavat vanhalla salalauseella.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Valitse varmuuskopioiden kansio</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Valitse kansio varmuuskopioille.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Tämä on tiedosto, ei kansio.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Varmuuskopioidaan...</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Varmuuskopioitu: %1.</translation>
    </message>
    <message>
        <source>The backup failed: %1. The database itself is unchanged.</source>
        <translation>Varmuuskopiointi epäonnistui: %1. Itse tietokanta on ennallaan.</translation>
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
        <source>Today: clients without &amp;contact after:</source>
        <translation>Tänään-sivu: asiakkaat ilman &amp;yhteydenottoa, kun on kulunut:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Tietokanta</translation>
    </message>
    <message>
        <source>&amp;Privacy notice</source>
        <translation>Tietosuoja&amp;seloste</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Tietoturva</translation>
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
        <source>&amp;You are:</source>
        <translation>Kuka &amp;olet:</translation>
    </message>
    <message>
        <source>Used for &quot;My clients&quot; and as the author of notes on this workstation.</source>
        <translation>Käytetään Omat asiakkaat -rajauksessa ja muistiinpanojen kirjoittajana tällä työasemalla.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(ei valittu)</translation>
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
        <source>&amp;Controller, if not the unit:</source>
        <translation>&amp;Rekisterinpitäjä, jos muu kuin yksikkö:</translation>
    </message>
    <message>
        <source>Contact &amp;person for the register:</source>
        <translation>Rekisterin yhteys&amp;henkilö:</translation>
    </message>
    <message>
        <source>Contact person&apos;s p&amp;hone:</source>
        <translation>Yhteyshenkilön p&amp;uhelin:</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-&amp;mail:</source>
        <translation>Yhteyshenkilön sähköp&amp;osti:</translation>
    </message>
    <message>
        <source>Data protection &amp;officer:</source>
        <translation>Tietosuoja&amp;vastaava:</translation>
    </message>
    <message>
        <source>Data protection officer&apos;s ph&amp;one:</source>
        <translation>Tietosuojavastaavan puheli&amp;n:</translation>
    </message>
    <message>
        <source>Data protection officer&apos;s e-m&amp;ail:</source>
        <translation>Tietosuojavastaavan sähkö&amp;posti:</translation>
    </message>
    <message>
        <source>office@example.fi</source>
        <translation>toimisto@esimerkki.fi</translation>
    </message>
    <message>
        <source>e.g. the wellbeing services county that bought the service</source>
        <translation>esim. palvelun ostanut hyvinvointialue</translation>
    </message>
    <message>
        <source>Printed on the privacy notice. Name the controller when the unit produces the services for someone else (e.g. rehabilitative work activity for a wellbeing services county); leave it empty when the unit itself is the controller. A person named here needs a phone number or an e-mail address.</source>
        <translation>Tulostetaan tietosuojaselosteeseen. Nimeä rekisterinpitäjä, kun yksikkö tuottaa palvelut jonkun muun lukuun (esim. kuntouttavaa työtoimintaa hyvinvointialueelle); jätä tyhjäksi, kun yksikkö itse on rekisterinpitäjä. Tässä nimetylle henkilölle tarvitaan puhelinnumero tai sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Preview the privacy &amp;notice...</source>
        <translation>&amp;Esikatsele tietosuojaselostetta...</translation>
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
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The database could not be written just now (it may be busy or out of reach). Nothing was saved; try again in a moment.</source>
        <translation>Tietokantaan ei juuri nyt voitu kirjoittaa (se voi olla varattu tai tavoittamattomissa). Mitään ei tallennettu; yritä hetken kuluttua uudelleen.</translation>
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
<context>
    <name>SignIn</name>
    <message>
        <source>Too many wrong passwords. The account is locked until %1.</source>
        <translation>Liian monta väärää salasanaa. Tunnus on lukittu klo %1 asti.</translation>
    </message>
    <message>
        <source>The database could not be used just now. Nothing was saved; try again.</source>
        <translation>Tietokantaa ei voitu käyttää juuri nyt. Mitään ei tallennettu; yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu sisään</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Kirjaudu käyttäjätunnuksellasi ja salasanallasi.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Kirjaudu</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Käyttäjätunnus tai salasana on väärä.</translation>
    </message>
</context>
<context>
    <name>SkillsDialog</name>
    <message>
        <source>Work-coping skills</source>
        <translation>Työssä selviytymisen taidot</translation>
    </message>
    <message>
        <source>The &amp;skills assessed in job coaching. A ticked skill appears in new assessments; unticking keeps its earlier scores.</source>
        <translation>Työhönvalmennuksessa arvioitavat &amp;taidot. Valittu taito on mukana uusissa arvioissa; valinnan poistaminen säilyttää aiemmat arviot.</translation>
    </message>
    <message>
        <source>&amp;New skill:</source>
        <translation>&amp;Uusi taito:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Basic data</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <source>Notes (all versions)</source>
        <translation>Muistiinpanot (kaikki versiot)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <source>Service periods</source>
        <translation>Palvelujaksot</translation>
    </message>
    <message>
        <source>Guidance process and employment plan</source>
        <translation>Ohjausprosessi ja työllistymissuunnitelma</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Työhönvalmennus</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Yksilövalmennus</translation>
    </message>
    <message>
        <source>Group coaching: memberships and attendance</source>
        <translation>Ryhmävalmennus: jäsenyydet ja läsnäolot</translation>
    </message>
    <message>
        <source>Work trials</source>
        <translation>Työkokeilut</translation>
    </message>
    <message>
        <source>Wage-subsidised employment</source>
        <translation>Palkkatuettu työ</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Kuntouttava työtoiminta</translation>
    </message>
    <message>
        <source>Archived documents</source>
        <translation>Arkistoidut asiakirjat</translation>
    </message>
    <message>
        <source>Who has processed the data (log extract)</source>
        <translation>Ketkä ovat käsitelleet tietoja (lokiote)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Palvelujakso</translation>
    </message>
    <message>
        <source>Guidance process</source>
        <translation>Ohjausprosessi</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Vaihtoehdot</translation>
    </message>
    <message>
        <source>Measures of the plan</source>
        <translation>Suunnitelman toimenpiteet</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seurannat</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Jatko-ohjaukset</translation>
    </message>
    <message>
        <source>Task log</source>
        <translation>Tehtäväloki</translation>
    </message>
    <message>
        <source>Assessment of work-coping skills</source>
        <translation>Työelämätaitojen arviointi</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Arviot</translation>
    </message>
    <message>
        <source>Individual coaching period</source>
        <translation>Yksilövalmennusjakso</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Valmennustapaamiset</translation>
    </message>
    <message>
        <source>Professionals involved</source>
        <translation>Yhteistyöammattilaiset</translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation>Ryhmän jäsenyys</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Työkokeilu</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Poissaolot</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Läsnäolokirjanpito</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Lokimerkinnät</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Muutettu viimeksi</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Päättymisen syy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Valmentaja</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Työnantaja</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava askel</translation>
    </message>
    <message>
        <source>Next step by</source>
        <translation>Seuraava askel viimeistään</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Arvio</translation>
    </message>
    <message>
        <source>Warnings passed with a reason</source>
        <translation>Perustellusti ohitetut varoitukset</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Sopimuksen kieli</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>Tunteja päivässä</translation>
    </message>
    <message>
        <source>Daily working hours</source>
        <translation>Päivittäinen työaika</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Viikonpäivät</translation>
    </message>
    <message>
        <source>Date of the plan</source>
        <translation>Suunnitelman päivämäärä</translation>
    </message>
    <message>
        <source>Plan reference</source>
        <translation>Suunnitelman tunniste</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Päätöksen numero</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Päätöksen päivämäärä</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Työpaikkaohjaaja</translation>
    </message>
    <message>
        <source>Supervisor&apos;s phone</source>
        <translation>Työpaikkaohjaajan puhelin</translation>
    </message>
    <message>
        <source>Supervisor&apos;s e-mail</source>
        <translation>Työpaikkaohjaajan sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Lähiosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>File in the zip</source>
        <translation>Tiedosto zip-paketissa</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Service language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Muu kieli</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tarvitsee tulkin</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Etuus</translation>
    </message>
    <message>
        <source>Other benefit</source>
        <translation>Muu etuus</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Työttömänä alkaen</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Ohjaava taho</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Employment outside supported work</source>
        <translation>Työsuhteet tuetun työn ulkopuolella</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Työsuhde</translation>
    </message>
    <message>
        <source>Employment plan (guidance process no.)</source>
        <translation>Työllistymissuunnitelma (ohjausprosessin nro)</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Vastuutyöntekijä</translation>
    </message>
    <message>
        <source>Information given on</source>
        <translation>Tiedot annettu</translation>
    </message>
    <message>
        <source>Information and consent</source>
        <translation>Annetut tiedot ja suostumus</translation>
    </message>
    <message>
        <source>Client relationship</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Päättymisen syy</translation>
    </message>
    <message>
        <source>Added to the register</source>
        <translation>Lisätty rekisteriin</translation>
    </message>
    <message>
        <source>Latest event</source>
        <translation>Viimeisin tapahtuma</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisoitu</translation>
    </message>
    <message>
        <source>Replaces note no.</source>
        <translation>Korvaa muistiinpanon nro</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Nykyinen vaihe</translation>
    </message>
    <message>
        <source>Reason for interrupting</source>
        <translation>Keskeyttämisen syy</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Work history</source>
        <translation>Työhistoria</translation>
    </message>
    <message>
        <source>Skills, in the client&apos;s view</source>
        <translation>Osaaminen asiakkaan näkemyksen mukaan</translation>
    </message>
    <message>
        <source>Skills, in the counsellor&apos;s view</source>
        <translation>Osaaminen ohjaajan näkemyksen mukaan</translation>
    </message>
    <message>
        <source>Work ability and health, in the client&apos;s view</source>
        <translation>Työkyky ja terveys asiakkaan näkemyksen mukaan</translation>
    </message>
    <message>
        <source>Work ability and health, in the counsellor&apos;s view</source>
        <translation>Työkyky ja terveys ohjaajan näkemyksen mukaan</translation>
    </message>
    <message>
        <source>Life situation</source>
        <translation>Elämäntilanne</translation>
    </message>
    <message>
        <source>Obstacles to employment, in the client&apos;s view</source>
        <translation>Työllistymisen esteet asiakkaan näkemyksen mukaan</translation>
    </message>
    <message>
        <source>Obstacles to employment, in the counsellor&apos;s view</source>
        <translation>Työllistymisen esteet ohjaajan näkemyksen mukaan</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Toiveet</translation>
    </message>
    <message>
        <source>Summary of the situation</source>
        <translation>Tilannearvion yhteenveto</translation>
    </message>
    <message>
        <source>Date of the employment plan</source>
        <translation>Työllistymissuunnitelman päivämäärä</translation>
    </message>
    <message>
        <source>Obligation to apply for jobs</source>
        <translation>Työnhakuvelvollisuus</translation>
    </message>
    <message>
        <source>Jobs to apply for</source>
        <translation>Haettavia työpaikkoja</translation>
    </message>
    <message>
        <source>Period (months)</source>
        <translation>Jakso (kuukautta)</translation>
    </message>
    <message>
        <source>Job search notes</source>
        <translation>Työnhaun huomiot</translation>
    </message>
    <message>
        <source>Next review of the plan</source>
        <translation>Suunnitelman seuraava tarkistus</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Jatkosuunnitelma</translation>
    </message>
    <message>
        <source>Next steps by</source>
        <translation>Jatkosuunnitelma viimeistään</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Saavutettu</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Vaihtoehto</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Puolesta</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Vastaan</translation>
    </message>
    <message>
        <source>The client&apos;s assessment</source>
        <translation>Asiakkaan arvio</translation>
    </message>
    <message>
        <source>Measure no.</source>
        <translation>Toimenpiteen nro</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Ohjattu palveluun</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Ohjattu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Työaika</translation>
    </message>
    <message>
        <source>Employment has begun</source>
        <translation>Työsuhde on alkanut</translation>
    </message>
    <message>
        <source>Employment started on</source>
        <translation>Työsuhde alkoi</translation>
    </message>
    <message>
        <source>Wage subsidy decision</source>
        <translation>Palkkatukipäätös</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Together with the employer</source>
        <translation>Yhdessä työnantajan kanssa</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Taito</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektori</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Liittyi</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lähti</translation>
    </message>
    <message>
        <source>About the outcome</source>
        <translation>Tuloksesta</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kokoontuminen</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Työpaikka</translation>
    </message>
    <message>
        <source>Address of the workplace</source>
        <translation>Työpaikan osoite</translation>
    </message>
    <message>
        <source>Payer of the unemployment benefit</source>
        <translation>Työttömyysetuuden maksaja</translation>
    </message>
    <message>
        <source>Unemployment fund</source>
        <translation>Työttömyyskassa</translation>
    </message>
    <message>
        <source>Employment authority</source>
        <translation>Työvoimaviranomainen</translation>
    </message>
    <message>
        <source>Contact at the authority</source>
        <translation>Yhteyshenkilö viranomaisessa</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Ohjauksen päivämäärä</translation>
    </message>
    <message>
        <source>Outside the commuting area</source>
        <translation>Työssäkäyntialueen ulkopuolella</translation>
    </message>
    <message>
        <source>Other terms</source>
        <translation>Muut ehdot</translation>
    </message>
    <message>
        <source>Assessment after the trial</source>
        <translation>Arvio kokeilun jälkeen</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Luvallinen</translation>
    </message>
    <message>
        <source>Trial period (months)</source>
        <translation>Koeaika (kuukautta)</translation>
    </message>
    <message>
        <source>Fixed-term</source>
        <translation>Määräaikainen</translation>
    </message>
    <message>
        <source>Ground for the fixed term</source>
        <translation>Määräaikaisuuden peruste</translation>
    </message>
    <message>
        <source>Fixed term because long-term unemployed</source>
        <translation>Määräaikainen pitkäaikaistyöttömyyden perusteella</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>Työntekopaikka</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Työtehtävät</translation>
    </message>
    <message>
        <source>Pay basis</source>
        <translation>Palkan peruste</translation>
    </message>
    <message>
        <source>Other pay basis</source>
        <translation>Muu palkan peruste</translation>
    </message>
    <message>
        <source>Pay (€)</source>
        <translation>Palkka (€)</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>Palkanmaksukausi</translation>
    </message>
    <message>
        <source>Pay days</source>
        <translation>Palkanmaksupäivät</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Tunteja viikossa</translation>
    </message>
    <message>
        <source>Working time (%)</source>
        <translation>Työaika (%)</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>Vuosiloma</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Irtisanomisaika</translation>
    </message>
    <message>
        <source>Collective agreement</source>
        <translation>Työehtosopimus</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Vakuutukset</translation>
    </message>
    <message>
        <source>Subsidy track</source>
        <translation>Palkkatuen peruste</translation>
    </message>
    <message>
        <source>Subsidy (%)</source>
        <translation>Tuki (%)</translation>
    </message>
    <message>
        <source>Subsidy starts</source>
        <translation>Tuki alkaa</translation>
    </message>
    <message>
        <source>Subsidy ends</source>
        <translation>Tuki päättyy</translation>
    </message>
    <message>
        <source>Monthly maximum (€)</source>
        <translation>Enimmäismäärä kuukaudessa (€)</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Jatkopäätös</translation>
    </message>
    <message>
        <source>Unemployment condition met</source>
        <translation>Työttömyysedellytys täyttyy</translation>
    </message>
    <message>
        <source>Non-business work</source>
        <translation>Muuta kuin liiketoimintaa</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Työhönvalmentaja</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Hyvinvointialue</translation>
    </message>
    <message>
        <source>Contact at the county</source>
        <translation>Yhteyshenkilö hyvinvointialueella</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Toimintapaikka</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation>Toimintapaikan osoite</translation>
    </message>
    <message>
        <source>Support and guidance</source>
        <translation>Tuki ja ohjaus</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Muut palvelut</translation>
    </message>
    <message>
        <source>Evaluation on</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Travel costs a day (€)</source>
        <translation>Matkakulut päivässä (€)</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Velvollisuudet</translation>
    </message>
    <message>
        <source>Travel costs (€)</source>
        <translation>Matkakulut (€)</translation>
    </message>
    <message>
        <source>Employer as written</source>
        <translation>Työnantaja kirjoitettuna</translation>
    </message>
    <message>
        <source>Employer&apos;s Business ID</source>
        <translation>Työnantajan Y-tunnus</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Osa-aikainen</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Asiakirjan laji</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>Tietueen nro</translation>
    </message>
    <message>
        <source>Revision of the record</source>
        <translation>Tietueen muutoskerta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Asiakirjan numero</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256-tarkistussumma</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Koko (tavua)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Tulostaja</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Allekirjoituspäivä</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Allekirjoittajat</translation>
    </message>
    <message>
        <source>Signing recorded</source>
        <translation>Allekirjoitus kirjattu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Työasema</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Object no.</source>
        <translation>Kohteen nro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Annettu syy</translation>
    </message>
    <message>
        <source>Identity and language</source>
        <translation>Henkilöllisyys ja kieli</translation>
    </message>
    <message>
        <source>Benefit and referral</source>
        <translation>Etuus ja ohjautuminen</translation>
    </message>
    <message>
        <source>service</source>
        <translation>palvelu</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tehtävä</translation>
    </message>
    <message>
        <source>title</source>
        <translation>otsikko</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versio</translation>
    </message>
    <message>
        <source>group</source>
        <translation>ryhmä</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>tulos</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>syy</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>kentät</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>laji</translation>
    </message>
    <message>
        <source>started</source>
        <translation>alkoi</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>päättyi</translation>
    </message>
    <message>
        <source>Work-trial agreement</source>
        <translation>Työkokeilusopimus</translation>
    </message>
    <message>
        <source>Employment contract (wage subsidy)</source>
        <translation>Työsopimus (palkkatuki)</translation>
    </message>
    <message>
        <source>Rehabilitative work activity agreement</source>
        <translation>Kuntouttavan työtoiminnan sopimus</translation>
    </message>
    <message>
        <source>Employment plan</source>
        <translation>Työllistymissuunnitelma</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Läsnäololista</translation>
    </message>
    <message>
        <source>Supported work agreement</source>
        <translation>Tuetun työn sopimus</translation>
    </message>
    <message>
        <source>Subject-access report</source>
        <translation>Rekisteriote</translation>
    </message>
    <message>
        <source>Log extract</source>
        <translation>Lokiote</translation>
    </message>
    <message>
        <source>Job coaching: task recorded</source>
        <translation>Työhönvalmennus: tehtävä kirjattu</translation>
    </message>
    <message>
        <source>Joined a coaching group</source>
        <translation>Liittyi valmennusryhmään</translation>
    </message>
    <message>
        <source>Left a coaching group</source>
        <translation>Lähti valmennusryhmästä</translation>
    </message>
    <message>
        <source>Outcome of group coaching recorded</source>
        <translation>Ryhmävalmennuksen tulos kirjattu</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Muut tiedot</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Laadittu</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Laatija</translation>
    </message>
    <message>
        <source>This report lists all the data the unit&apos;s client register holds about the client (the right of access, GDPR article 15): the basic data, notes with their earlier versions, the timeline, services and their records, archived documents and the log of who has processed the data. The same data is in the file data.json in a machine-readable form, and the archived documents are in the folder documents of the same zip file.</source>
        <translation>Tässä otteessa ovat kaikki tiedot, jotka yksikön asiakasrekisteriin on tallennettu asiakkaasta (tarkastusoikeus, EU:n tietosuoja-asetuksen 15 artikla): perustiedot, muistiinpanot aiempine versioineen, tapahtumat, palvelut kirjauksineen, arkistoidut asiakirjat sekä loki siitä, ketkä ovat käsitelleet tietoja. Samat tiedot ovat koneluettavassa muodossa tiedostossa data.json, ja arkistoidut asiakirjat ovat saman zip-tiedoston kansiossa documents.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Ei tietoja.</translation>
    </message>
    <message>
        <source>Documents that do not match their checksum</source>
        <translation>Asiakirjat, jotka eivät vastaa tarkistussummaansa</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Save the subject-access export</source>
        <translation>Tallenna tarkastusoikeuspyynnön vastaus</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip-tiedosto (*.zip)</translation>
    </message>
    <message>
        <source>Give the name of the file to save.</source>
        <translation>Anna tallennettavan tiedoston nimi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Kansiota %1 ei ole.</translation>
    </message>
    <message>
        <source>This is a folder; give a file name.</source>
        <translation>Tämä on kansio; anna tiedoston nimi.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 on jo olemassa. Korvataanko se?</translation>
    </message>
    <message>
        <source>Subject-access export</source>
        <translation>Tarkastusoikeuspyyntö</translation>
    </message>
    <message>
        <source>Collecting the client&apos;s data (%1 / %2)...</source>
        <translation>Kootaan asiakkaan tietoja (%1 / %2)...</translation>
    </message>
    <message>
        <source>Writing the report and the zip file...</source>
        <translation>Kirjoitetaan otetta ja zip-tiedostoa...</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Tiedostoa ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <source>You may not export this client&apos;s data.</source>
        <translation>Sinulla ei ole oikeutta viedä tämän asiakkaan tietoja.</translation>
    </message>
    <message>
        <source>The subject-access export was saved to %1</source>
        <translation>Rekisteriote tallennettiin tiedostoon %1</translation>
    </message>
    <message>
        <source>The zip file holds the report (PDF), the same data as JSON, the archived documents and a README with checksums. Give it to the client securely, e.g. on an encrypted memory stick or in person.</source>
        <translation>Zip-tiedostossa ovat ote (PDF), samat tiedot JSON-muodossa, arkistoidut asiakirjat ja README-tiedosto tarkistussummineen. Luovuta se asiakkaalle turvallisesti, esimerkiksi salatulla muistitikulla tai henkilökohtaisesti.</translation>
    </message>
    <message numerus="yes">
        <source>%n archived documents no longer match their checksum; the README names them.</source>
        <translation>
            <numerusform>%n arkistoitu asiakirja ei enää vastaa tarkistussummaansa; README-tiedosto nimeää sen.</numerusform>
            <numerusform>%n arkistoitua asiakirjaa ei enää vastaa tarkistussummaansa; README-tiedosto nimeää ne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject-access export: %1</source>
        <translation>Tarkastusoikeuspyyntö: %1</translation>
    </message>
    <message>
        <source>Everything stored about the client (right of access, GDPR article 15) is saved as one zip file: a report in PDF, the same data as JSON for machines, the archived documents and a list of checksums. The export is recorded in the audit log.</source>
        <translation>Kaikki asiakkaasta tallennettu (tarkastusoikeus, EU:n tietosuoja-asetuksen 15 artikla) tallennetaan yhdeksi zip-tiedostoksi: ote PDF-muodossa, samat tiedot koneluettavana JSON-tiedostona, arkistoidut asiakirjat ja luettelo tarkistussummista. Vienti kirjataan tapahtumalokiin.</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>Otteen &amp;kieli:</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Selaa...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
</context>
<context>
    <name>SubjectAccessExport</name>
    <message>
        <source>Subject-access export</source>
        <translation>Rekisteriote (tarkastusoikeus)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Asiakas: %1</translation>
    </message>
    <message>
        <source>Created: %1 by %2</source>
        <translation>Laadittu: %1, laatija %2</translation>
    </message>
    <message>
        <source>report.pdf is the readable report. data.json holds the same data in a machine-readable form (UTF-8 JSON). The folder documents holds the archived documents exactly as they were printed.</source>
        <translation>report.pdf on luettava ote. data.json sisältää samat tiedot koneluettavassa muodossa (UTF-8 JSON). Kansiossa documents ovat arkistoidut asiakirjat täsmälleen sellaisina kuin ne tulostettiin.</translation>
    </message>
    <message>
        <source>Check a file with its SHA-256 checksum, e.g. certutil -hashfile FILE SHA256 (Windows) or sha256sum FILE.</source>
        <translation>Tiedoston eheyden voi tarkistaa SHA-256-tarkistussummalla, esim. certutil -hashfile TIEDOSTO SHA256 (Windows) tai sha256sum TIEDOSTO.</translation>
    </message>
    <message>
        <source>Files (SHA-256, size in bytes, name):</source>
        <translation>Tiedostot (SHA-256, koko tavuina, nimi):</translation>
    </message>
    <message>
        <source>These archived documents no longer match the checksum taken when they were archived:</source>
        <translation>Nämä arkistoidut asiakirjat eivät enää vastaa arkistoitaessa laskettua tarkistussummaa:</translation>
    </message>
</context>
<context>
    <name>SupportedFindings</name>
    <message>
        <source>Give the hours as a positive number.</source>
        <translation>Anna tunnit positiivisena lukuna.</translation>
    </message>
    <message>
        <source>Write a number, e.g. 6 or 7,5.</source>
        <translation>Kirjoita luku, esim. 6 tai 7,5.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Määrä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Valitse jokin vaihtoehdoista.</translation>
    </message>
    <message>
        <source>Choose the weekdays of the work.</source>
        <translation>Valitse työpäivät.</translation>
    </message>
    <message>
        <source>At least %1 hours a day; here %2.</source>
        <translation>Vähintään %1 tuntia päivässä; nyt %2.</translation>
    </message>
    <message>
        <source>At most %1 hours a day; here %2.</source>
        <translation>Enintään %1 tuntia päivässä; nyt %2.</translation>
    </message>
    <message>
        <source>At least %1 days a week; here %2.</source>
        <translation>Vähintään %1 päivää viikossa; nyt %2.</translation>
    </message>
    <message>
        <source>At most %1 days a week; here %2.</source>
        <translation>Enintään %1 päivää viikossa; nyt %2.</translation>
    </message>
    <message>
        <source>At most %1 hours a week; here %2.</source>
        <translation>Enintään %1 tuntia viikossa; nyt %2.</translation>
    </message>
    <message>
        <source>%1 employs the client (since %2): the client&apos;s current employer cannot organise the client&apos;s work trial.</source>
        <translation>%1 on asiakkaan työnantaja (%2 alkaen): asiakkaan nykyinen työnantaja ei voi järjestää hänen työkokeiluaan.</translation>
    </message>
    <message>
        <source>The client&apos;s current employer cannot organise the client&apos;s work trial.</source>
        <translation>Asiakkaan nykyinen työnantaja ei voi järjestää hänen työkokeiluaan.</translation>
    </message>
    <message>
        <source>The organiser needs a valid Business ID; correct it on the employer&apos;s card (or the unit&apos;s in Settings).</source>
        <translation>Järjestäjällä on oltava kelvollinen Y-tunnus; korjaa se työnantajan kortilla (tai yksikön tunnus asetuksissa).</translation>
    </message>
    <message>
        <source>The trial cannot start before the employment plan of %1 that agrees on it.</source>
        <translation>Kokeilu ei voi alkaa ennen siitä sopivaa työllistymissuunnitelmaa (%1).</translation>
    </message>
    <message>
        <source>Work trials may last at most %1 months in total per person; with the earlier trials this makes %2 months and %3 days.</source>
        <translation>Työkokeilu voi kestää henkilöllä yhteensä enintään %1 kuukautta; aiempien kokeilujen kanssa tästä tulee %2 kuukautta ja %3 päivää.</translation>
    </message>
    <message>
        <source>%1 unauthorised absences in a row (limit %2): tell the employment authority, which interrupts the trial.</source>
        <translation>%1 luvatonta poissaoloa peräkkäin (raja %2): ilmoita työvoimaviranomaiselle, joka keskeyttää kokeilun.</translation>
    </message>
    <message>
        <source>The day is outside the period of the trial.</source>
        <translation>Päivä on kokeilujakson ulkopuolella.</translation>
    </message>
    <message>
        <source>The trial period is at most %1 months; here %2.</source>
        <translation>Koeaika on enintään %1 kuukautta; nyt %2.</translation>
    </message>
    <message>
        <source>The trial period may be at most half of a fixed term of %1 months and %2 days; here %3 months.</source>
        <translation>Koeaika voi olla enintään puolet %1 kuukauden ja %2 päivän määräajasta; nyt %3 kuukautta.</translation>
    </message>
    <message>
        <source>A fixed-term contract needs a justified ground, or choose the contract with a long-term unemployed person (Employment Contracts Act, chapter 1, section 3 a).</source>
        <translation>Määräaikainen sopimus tarvitsee perustellun syyn, tai valitse sopimus pitkäaikaistyöttömän kanssa (TSL 1:3 a).</translation>
    </message>
    <message>
        <source>A contract under chapter 1, section 3 a of the Employment Contracts Act is always fixed-term.</source>
        <translation>TSL 1:3 a:n mukainen sopimus on aina määräaikainen.</translation>
    </message>
    <message>
        <source>A contract under chapter 1, section 3 a of the Employment Contracts Act needs %1 months of continuous unemployment before the start; the register shows %2.</source>
        <translation>TSL 1:3 a edellyttää %1 kuukauden yhtäjaksoista työttömyyttä ennen alkua; rekisterin mukaan %2.</translation>
    </message>
    <message>
        <source>Contracts under chapter 1, section 3 a of the Employment Contracts Act may last at most %1 months in total; here %2 months and %3 days.</source>
        <translation>TSL 1:3 a:n mukaiset sopimukset voivat kestää yhteensä enintään %1 kuukautta; nyt %2 kuukautta ja %3 päivää.</translation>
    </message>
    <message>
        <source>At most %1 contracts under chapter 1, section 3 a of the Employment Contracts Act with the same employer; this would be number %2.</source>
        <translation>Saman työnantajan kanssa enintään %1 TSL 1:3 a:n mukaista sopimusta; tämä olisi %2.</translation>
    </message>
    <message>
        <source>The employer needs a valid Business ID; correct it on the employer&apos;s card.</source>
        <translation>Työnantajalla on oltava kelvollinen Y-tunnus; korjaa se työnantajan kortilla.</translation>
    </message>
    <message>
        <source>The rate of this track is %1 %; here %2 %.</source>
        <translation>Tämän tukiperusteen määrä on %1 %; nyt %2 %.</translation>
    </message>
    <message>
        <source>The monthly cap of this track is %1 €; here %2 €.</source>
        <translation>Tämän tukiperusteen enimmäismäärä on %1 € kuukaudessa; nyt %2 €.</translation>
    </message>
    <message>
        <source>A state agency cannot be granted a wage subsidy.</source>
        <translation>Valtion virastolle ei voida myöntää palkkatukea.</translation>
    </message>
    <message>
        <source>A municipality can have a wage subsidy only on the 70 % track or for a person aged 60 or over.</source>
        <translation>Kunnalle voidaan myöntää palkkatukea vain alentuneesti työkykyiselle (70 %) tai 60 vuotta täyttäneelle.</translation>
    </message>
    <message>
        <source>The 100 % track is only for associations, foundations and registered religious communities (see the employer&apos;s organisation kind).</source>
        <translation>100 %:n tuki on vain yhdistyksille, säätiöille ja rekisteröidyille uskonnollisille yhdyskunnille (katso työnantajan organisaatiomuoto).</translation>
    </message>
    <message>
        <source>The 100 % track requires work that is not business activity.</source>
        <translation>100 %:n tuki edellyttää, ettei työ ole liiketoimintaa.</translation>
    </message>
    <message>
        <source>This track requires unemployment for at least %1 of the %2 months before; confirm it from the decision.</source>
        <translation>Tämä tukiperuste edellyttää työttömyyttä vähintään %1 kuukautta edeltävien %2 kuukauden aikana; tarkista se päätöksestä.</translation>
    </message>
    <message>
        <source>On the 100 % track working time is counted up to %1 % of full time; here %2 %.</source>
        <translation>100 %:n tuessa työaika huomioidaan enintään %1 %:iin täydestä; nyt %2 %.</translation>
    </message>
    <message>
        <source>This track is for persons aged %1 or over; the client is %2.</source>
        <translation>Tämä tukiperuste on %1 vuotta täyttäneille; asiakas on %2-vuotias.</translation>
    </message>
    <message>
        <source>The employment cannot start before the subsidy decision of %1.</source>
        <translation>Työsuhde ei voi alkaa ennen palkkatukipäätöstä (%1).</translation>
    </message>
    <message>
        <source>The subsidy period must lie within the employment.</source>
        <translation>Tukijakson on oltava työsuhteen sisällä.</translation>
    </message>
    <message>
        <source>The subsidy may last at most %1 months on this track; here %2 months and %3 days.</source>
        <translation>Tuki voi kestää tällä perusteella enintään %1 kuukautta; nyt %2 kuukautta ja %3 päivää.</translation>
    </message>
    <message>
        <source>The same employer had a subsidy for this person until %1; a new one is possible after %2 years, from %3.</source>
        <translation>Samalla työnantajalla oli palkkatuki tälle henkilölle %1 asti; uusi on mahdollinen %2 vuoden kuluttua, %3 alkaen.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity is for clients on labour market subsidy or social assistance; this client&apos;s benefit is: %1.</source>
        <translation>Kuntouttava työtoiminta on työmarkkinatukea tai toimeentulotukea saaville; tämän asiakkaan etuus on: %1.</translation>
    </message>
    <message>
        <source>A period is at least %1 months; here %2 months and %3 days.</source>
        <translation>Jakso on vähintään %1 kuukautta; nyt %2 kuukautta ja %3 päivää.</translation>
    </message>
    <message>
        <source>A period is at most %1 months; here %2 months and %3 days.</source>
        <translation>Jakso on enintään %1 kuukautta; nyt %2 kuukautta ja %3 päivää.</translation>
    </message>
    <message>
        <source>The activity cannot start before the activation plan of %1.</source>
        <translation>Työtoiminta ei voi alkaa ennen aktivointisuunnitelmaa (%1).</translation>
    </message>
    <message>
        <source>At most %1 days of rehabilitative work activity in 12 months; this would make %2.</source>
        <translation>Kuntouttavaa työtoimintaa enintään %1 päivää 12 kuukaudessa; tästä tulisi %2.</translation>
    </message>
    <message>
        <source>The day is outside the period of the activity.</source>
        <translation>Päivä on työtoimintajakson ulkopuolella.</translation>
    </message>
    <message>
        <source>This limit is a whole number, e.g. 5.</source>
        <translation>Tämä raja on kokonaisluku, esim. 5.</translation>
    </message>
    <message>
        <source>The stored employment plan this agreement refers to is dated %1.</source>
        <translation>Tallennettu työllistymissuunnitelma, johon sopimus viittaa, on päivätty %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Warning: %1 You may go on by giving a reason.</source>
        <translation>Varoitus: %1 Voit jatkaa kirjaamalla perustelun.</translation>
    </message>
</context>
<context>
    <name>SupportedRules</name>
    <message>
        <source>Work trial: months in total per person at most</source>
        <translation>Työkokeilu: kuukausia yhteensä henkilöä kohden enintään</translation>
    </message>
    <message>
        <source>Work trial: months of unemployment after which the maximum restarts</source>
        <translation>Työkokeilu: työttömyyskuukaudet, joiden jälkeen enimmäisaika alkaa alusta</translation>
    </message>
    <message>
        <source>Work trial: months of unemployment after which the maximum restarts, under the age limit</source>
        <translation>Työkokeilu: työttömyyskuukaudet, joiden jälkeen enimmäisaika alkaa alusta, alle ikärajan</translation>
    </message>
    <message>
        <source>Work trial: age limit of the shorter restart</source>
        <translation>Työkokeilu: lyhyemmän uudelleenalkamisen ikäraja</translation>
    </message>
    <message>
        <source>Work trial: hours a day at least</source>
        <translation>Työkokeilu: tunteja päivässä vähintään</translation>
    </message>
    <message>
        <source>Work trial: hours a day at most</source>
        <translation>Työkokeilu: tunteja päivässä enintään</translation>
    </message>
    <message>
        <source>Work trial: days a week at most</source>
        <translation>Työkokeilu: päiviä viikossa enintään</translation>
    </message>
    <message>
        <source>Work trial: unauthorised absences in a row before interruption</source>
        <translation>Työkokeilu: luvattomia poissaoloja peräkkäin ennen keskeyttämistä</translation>
    </message>
    <message>
        <source>Work trial: expense allowance, € a day</source>
        <translation>Työkokeilu: kulukorvaus, € päivältä</translation>
    </message>
    <message>
        <source>Work trial: expense allowance outside the commuting area, € a day</source>
        <translation>Työkokeilu: kulukorvaus työssäkäyntialueen ulkopuolella, € päivältä</translation>
    </message>
    <message>
        <source>Wage subsidy: years before the same employer again</source>
        <translation>Palkkatuki: vuodet ennen uutta tukea samalle työnantajalle</translation>
    </message>
    <message>
        <source>Employment contract: trial period in months at most</source>
        <translation>Työsopimus: koeaika kuukausina enintään</translation>
    </message>
    <message>
        <source>Employment contract: trial period at most, % of a fixed term</source>
        <translation>Työsopimus: koeaika enintään, % määräajasta</translation>
    </message>
    <message>
        <source>Fixed term with a long-term unemployed person: months of unemployment before</source>
        <translation>Määräaikainen sopimus pitkäaikaistyöttömän kanssa: työttömyyskuukaudet ennen</translation>
    </message>
    <message>
        <source>Fixed term with a long-term unemployed person: months at most</source>
        <translation>Määräaikainen sopimus pitkäaikaistyöttömän kanssa: kuukausia enintään</translation>
    </message>
    <message>
        <source>Fixed term with a long-term unemployed person: contracts at most</source>
        <translation>Määräaikainen sopimus pitkäaikaistyöttömän kanssa: sopimuksia enintään</translation>
    </message>
    <message>
        <source>Rehabilitative work: period in months at least</source>
        <translation>Kuntouttava työtoiminta: jakso kuukausina vähintään</translation>
    </message>
    <message>
        <source>Rehabilitative work: period in months at most</source>
        <translation>Kuntouttava työtoiminta: jakso kuukausina enintään</translation>
    </message>
    <message>
        <source>Rehabilitative work: days a week at least</source>
        <translation>Kuntouttava työtoiminta: päiviä viikossa vähintään</translation>
    </message>
    <message>
        <source>Rehabilitative work: days a week at most</source>
        <translation>Kuntouttava työtoiminta: päiviä viikossa enintään</translation>
    </message>
    <message>
        <source>Rehabilitative work: hours a day at least</source>
        <translation>Kuntouttava työtoiminta: tunteja päivässä vähintään</translation>
    </message>
    <message>
        <source>Rehabilitative work: hours a day at most</source>
        <translation>Kuntouttava työtoiminta: tunteja päivässä enintään</translation>
    </message>
    <message>
        <source>Rehabilitative work: hours a week at most</source>
        <translation>Kuntouttava työtoiminta: tunteja viikossa enintään</translation>
    </message>
    <message>
        <source>Rehabilitative work: days in 12 months at most</source>
        <translation>Kuntouttava työtoiminta: päiviä 12 kuukaudessa enintään</translation>
    </message>
    <message>
        <source>Rehabilitative work: activity allowance, € a day</source>
        <translation>Kuntouttava työtoiminta: toimintaraha, € päivältä</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): rate, %</source>
        <translation>Palkkatuki (%1): tuen määrä, %</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): months</source>
        <translation>Palkkatuki (%1): kuukautta</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): extension at a time, months</source>
        <translation>Palkkatuki (%1): jatko kerrallaan, kuukautta</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): monthly cap, €</source>
        <translation>Palkkatuki (%1): enimmäismäärä kuukaudessa, €</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): age at least</source>
        <translation>Palkkatuki (%1): ikä vähintään</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): months after long unemployment</source>
        <translation>Palkkatuki (%1): kuukautta pitkän työttömyyden jälkeen</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): working time at most, % of the sector&apos;s maximum</source>
        <translation>Palkkatuki (%1): työaika enintään, % alan säännöllisestä enimmäistyöajasta</translation>
    </message>
</context>
<context>
    <name>SupportedVocabulary</name>
    <message>
        <source>An employer or community</source>
        <translation>Työnantaja tai yhteisö</translation>
    </message>
    <message>
        <source>Our unit</source>
        <translation>Oma yksikkö</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <source>Unemployment fund</source>
        <translation>Työttömyyskassa</translation>
    </message>
    <message>
        <source>50 %: lack of professional skills</source>
        <translation>50 %: ammatillisen osaamisen puutteet</translation>
    </message>
    <message>
        <source>70 %: reduced work ability</source>
        <translation>70 %: alentunut työkyky</translation>
    </message>
    <message>
        <source>100 %: association, foundation</source>
        <translation>100 %: yhdistys, säätiö</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
        <translation>60 vuotta täyttänyt</translation>
    </message>
    <message>
        <source>Time rate</source>
        <translation>Aikaperuste</translation>
    </message>
    <message>
        <source>Piece or performance rate</source>
        <translation>Suoritusperuste</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Kahden viikon välein</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Viikoittain</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>Poissa, luvallisesti</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Printed, not signed</source>
        <translation>Tulostettu, ei allekirjoitettu</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Työkokeilu</translation>
    </message>
    <message>
        <source>Wage-subsidised employment</source>
        <translation>Palkkatuettu työ</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Kuntouttava työtoiminta</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>Asiakkaan kieli</translation>
    </message>
</context>
<context>
    <name>SupportedWorkPage</name>
    <message numerus="yes">
        <source>%n arrangement(s), the newest %1 listed</source>
        <translation>
            <numerusform>%n järjestely, uusimmat %1 luettelossa</numerusform>
            <numerusform>%n järjestelyä, uusimmat %1 luettelossa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrangement(s)</source>
        <translation>
            <numerusform>%n järjestely</numerusform>
            <numerusform>%n järjestelyä</numerusform>
        </translation>
    </message>
    <message>
        <source>Supported work</source>
        <translation>Tuettu työ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kaikki lajit</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Ending within 14 days</source>
        <translation>Päättyy 14 päivän kuluessa</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Järjestely</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>&amp;Open agreement...</source>
        <translation>&amp;Avaa sopimus...</translation>
    </message>
    <message>
        <source>Open &amp;client...</source>
        <translation>Avaa a&amp;siakas...</translation>
    </message>
    <message>
        <source>&amp;Rules and limits...</source>
        <translation>&amp;Säännöt ja rajat...</translation>
    </message>
</context>
<context>
    <name>SupportedWorkTab</name>
    <message>
        <source>&amp;Supported work</source>
        <translation>&amp;Tuettu työ</translation>
    </message>
    <message>
        <source>Work trials, wage-subsidised employments and rehabilitative work activity of this client. Open one to edit it, print the agreement and record its signing.</source>
        <translation>Asiakkaan työkokeilut, palkkatuetut työt ja kuntouttava työtoiminta. Avaa järjestely muokataksesi sitä, tulostaaksesi sopimuksen ja kirjataksesi sen allekirjoituksen.</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Järjestely</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>New &amp;work trial...</source>
        <translation>Uusi &amp;työkokeilu...</translation>
    </message>
    <message>
        <source>New wage-subsidised &amp;employment...</source>
        <translation>Uusi &amp;palkkatuettu työ...</translation>
    </message>
    <message>
        <source>New &amp;rehabilitative work activity...</source>
        <translation>Uusi &amp;kuntouttava työtoiminta...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Avaa...</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>The database cannot be reached just now; the list could not be updated.</source>
        <translation>Tietokantaan ei juuri nyt saada yhteyttä; luetteloa ei voitu päivittää.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... ja %n muu</numerusform>
            <numerusform>... ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Ei mitään.</translation>
    </message>
    <message>
        <source>Agreements ending within 14 days</source>
        <translation>Sopimukset, jotka päättyvät 14 päivän kuluessa</translation>
    </message>
    <message>
        <source>Follow-ups and next steps due this week</source>
        <translation>Tämän viikon seurannat ja seuraavat askeleet</translation>
    </message>
    <message>
        <source>Unfinished guidance drafts</source>
        <translation>Keskeneräiset ohjausluonnokset</translation>
    </message>
    <message>
        <source>Employment plans to review this week</source>
        <translation>Tällä viikolla tarkistettavat työllistymissuunnitelmat</translation>
    </message>
    <message>
        <source>Printed but not signed</source>
        <translation>Tulostettu, ei allekirjoitettu</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Ei yhteydenottoa %n päivään</numerusform>
            <numerusform>Ei yhteydenottoa %n päivään</numerusform>
        </translation>
    </message>
    <message>
        <source>Guidance follow-up meeting</source>
        <translation>Ohjauksen seurantatapaaminen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>%1 päättyy</translation>
    </message>
    <message>
        <source>Guidance process unfinished at: %1</source>
        <translation>Ohjausprosessi kesken vaiheessa: %1</translation>
    </message>
    <message>
        <source>%1, version %2: record the signing</source>
        <translation>%1, versio %2: kirjaa allekirjoitus</translation>
    </message>
    <message numerus="yes">
        <source>Last event %n day(s) ago</source>
        <translation>
            <numerusform>Viimeisin tapahtuma %n päivä sitten</numerusform>
            <numerusform>Viimeisin tapahtuma %n päivää sitten</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the employment plan</source>
        <translation>Tarkista työllistymissuunnitelma</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Showing the whole unit. Choose who you are in Settings to see only your own clients.</source>
        <translation>Näytetään koko yksikkö. Valitse asetuksista, kuka olet, niin näet vain omat asiakkaasi.</translation>
    </message>
    <message>
        <source>Your clients and your tasks.</source>
        <translation>Omat asiakkaasi ja tehtäväsi.</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>The register must be updated</source>
        <translation>Rekisteri on päivitettävä</translation>
    </message>
    <message>
        <source>The register on %1 has schema version %2; this version of Työllistämö uses schema version %3. The register is updated once, for all workstations.</source>
        <translation>Kohteen %1 rekisterin rakenneversio on %2; tämä Työllistämön versio käyttää rakenneversiota %3. Rekisteri päivitetään kerran, kaikille työasemille.</translation>
    </message>
    <message>
        <source>An administrator of the unit can update it now: enter your user name and password and choose Sign in and update now. Back up the database (pg_dump) first. Other users: ask an administrator to open Työllistämö (or to run the command %1), then choose Retry.</source>
        <translation>Yksikön pääkäyttäjä voi päivittää sen nyt: kirjoita käyttäjätunnuksesi ja salasanasi ja valitse Kirjaudu ja päivitä nyt. Varmuuskopioi tietokanta (pg_dump) ensin. Muut käyttäjät: pyydä pääkäyttäjää avaamaan Työllistämö (tai suorittamaan komento %1) ja valitse sitten Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The register is older than version %1 and has no user accounts yet, so it cannot be updated from here. The unit&apos;s IT updates it with the database server&apos;s own user name and password by running the command %2 (back up the database with pg_dump first). Then choose Retry.</source>
        <translation>Rekisteri on vanhempi kuin versio %1, eikä siinä ole vielä käyttäjätunnuksia, joten sitä ei voi päivittää täältä. Yksikön IT-tuki päivittää sen tietokantapalvelimen omalla käyttäjätunnuksella ja salasanalla suorittamalla komennon %2 (varmuuskopioi tietokanta ensin pg_dumpilla). Valitse sitten Yritä uudelleen.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Sign in and &amp;update now</source>
        <translation>Kirjaudu ja &amp;päivitä nyt</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Asetukset...</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Kirjoita käyttäjätunnuksesi.</translation>
    </message>
    <message>
        <source>Only an administrator can update the register. Ask an administrator to open Työllistämö (or to run the command %1), then choose Retry.</source>
        <translation>Vain pääkäyttäjä voi päivittää rekisterin. Pyydä pääkäyttäjää avaamaan Työllistämö (tai suorittamaan komento %1) ja valitse sitten Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Käyttäjätunnus tai salasana on väärä.</translation>
    </message>
    <message>
        <source>Updating the register...</source>
        <translation>Rekisteriä päivitetään...</translation>
    </message>
    <message>
        <source>Another workstation is updating the register just now; waiting for it to finish...</source>
        <translation>Toinen työasema päivittää rekisteriä juuri nyt; odotetaan, että se valmistuu...</translation>
    </message>
    <message>
        <source>Updating the register: step %1 of %2...</source>
        <translation>Rekisteriä päivitetään: vaihe %1/%2...</translation>
    </message>
    <message>
        <source>The update did not finish: %1. Every step is saved completely or not at all, so the register is at a known version. Choose Sign in and update now to go on.</source>
        <translation>Päivitys ei valmistunut: %1. Jokainen vaihe tallennetaan kokonaan tai ei lainkaan, joten rekisterin versio on tiedossa. Jatka valitsemalla Kirjaudu ja päivitä nyt.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Lisää käyttäjä</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Muokkaa käyttäjää</translation>
    </message>
    <message>
        <source>Counsellors and coaches see the clients of their own and their team&apos;s; managers read all clients; administrators manage users, settings, retention and backups but see no client data unless also counsellors.</source>
        <translation>Ohjaajat ja valmentajat näkevät omat ja tiiminsä asiakkaat; esihenkilöt voivat lukea kaikkien asiakkaiden tiedot; pääkäyttäjät hallitsevat käyttäjiä, asetuksia, säilytysaikoja ja varmuuskopioita mutta eivät näe asiakastietoja, elleivät ole myös ohjaajia.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Koko nimi:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roolit:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Tiimi:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Tunnus:</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>&amp;Käytössä (voi kirjautua)</translation>
    </message>
    <message>
        <source>&amp;First password:</source>
        <translation>&amp;Ensimmäinen salasana:</translation>
    </message>
    <message>
        <source>the user changes it at first sign-in</source>
        <translation>käyttäjä vaihtaa sen ensimmäisellä kirjautumisella</translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile. Close and open it again.</source>
        <translation>Joku muu muutti tätä käyttäjää sillä välin. Sulje ja avaa uudelleen.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Käyttäjät ja roolit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>&amp;Lisää käyttäjä...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Muokkaa...</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>&amp;Aseta uusi salasana...</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>poistettu käytöstä</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>ei salasanaa</translation>
    </message>
    <message>
        <source>locked after wrong passwords</source>
        <translation>lukittu väärien salasanojen jälkeen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>Valitse ensin käyttäjä.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Guidance</source>
        <translation>Ohjaus</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Työhönvalmennus</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Yksilövalmennus</translation>
    </message>
    <message>
        <source>Group coaching</source>
        <translation>Ryhmävalmennus</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Työkokeilu</translation>
    </message>
    <message>
        <source>Wage-subsidised work</source>
        <translation>Palkkatuettu työ</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Kuntouttava työtoiminta</translation>
    </message>
    <message>
        <source>Work on the open labour market</source>
        <translation>Työ avoimilla työmarkkinoilla</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Kuntoutus</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>muu kieli</translation>
    </message>
    <message>
        <source>Labour market subsidy</source>
        <translation>Työmarkkinatuki</translation>
    </message>
    <message>
        <source>Earnings-related unemployment allowance</source>
        <translation>Ansiosidonnainen päiväraha</translation>
    </message>
    <message>
        <source>Basic unemployment allowance</source>
        <translation>Peruspäiväraha</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>Toimeentulotuki</translation>
    </message>
    <message>
        <source>No benefit</source>
        <translation>Ei etuutta</translation>
    </message>
    <message>
        <source>Other benefit</source>
        <translation>Muu etuus</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ei kirjattu)</translation>
    </message>
    <message>
        <source>Employment authority</source>
        <translation>Työvoimaviranomainen</translation>
    </message>
    <message>
        <source>Wellbeing services county / social services</source>
        <translation>Hyvinvointialue / sosiaalipalvelut</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <source>Came on their own</source>
        <translation>Tuli itse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Muu palvelu</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Muuttanut pois</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Ei tavoitettu</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Asiakas lisätty</translation>
    </message>
    <message>
        <source>Basic data edited</source>
        <translation>Perustietoja muutettu</translation>
    </message>
    <message>
        <source>Client closed</source>
        <translation>Asiakkuus päättyi</translation>
    </message>
    <message>
        <source>Client reopened</source>
        <translation>Asiakkuus avattiin uudelleen</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Muistiinpano lisätty</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Muistiinpanoa muokattu</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Palvelu alkoi</translation>
    </message>
    <message>
        <source>Service ended</source>
        <translation>Palvelu päättyi</translation>
    </message>
    <message>
        <source>Agreement edited</source>
        <translation>Sopimusta muokattu</translation>
    </message>
    <message>
        <source>Warning overridden with a reason</source>
        <translation>Varoituksesta poikettu perustellen</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Asiakirja tulostettu</translation>
    </message>
    <message>
        <source>Signing recorded</source>
        <translation>Allekirjoitus kirjattu</translation>
    </message>
    <message>
        <source>Guidance process started</source>
        <translation>Ohjausprosessi aloitettu</translation>
    </message>
    <message>
        <source>Guidance process completed</source>
        <translation>Ohjausprosessi päättynyt</translation>
    </message>
    <message>
        <source>Guidance process interrupted</source>
        <translation>Ohjausprosessi keskeytetty</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Yhdistys</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Säätiö</translation>
    </message>
    <message>
        <source>Religious community</source>
        <translation>Uskonnollinen yhdyskunta</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Hyvinvointialue</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Valtion virasto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
</context>
<context>
    <name>WorkTrialDocument</name>
    <message>
        <source>Work trial agreement</source>
        <translation>Työkokeilusopimus</translation>
    </message>
    <message>
        <source>Agreement on a work trial under sections 54 to 60 of the Act on the Organisation of Employment Services (380/2023) between the participant, the organiser and the employment authority.</source>
        <translation>Sopimus työkokeilusta työvoimapalvelujen järjestämisestä annetun lain (380/2023) 54–60 §:n mukaisesti työkokeiluun osallistuvan, työkokeilun järjestäjän ja työvoimaviranomaisen välillä.</translation>
    </message>
    <message>
        <source>1. Participant</source>
        <translation>1. Työkokeiluun osallistuva</translation>
    </message>
    <message>
        <source>2. Organiser</source>
        <translation>2. Työkokeilun järjestäjä</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>3. Employment authority</source>
        <translation>3. Työvoimaviranomainen</translation>
    </message>
    <message>
        <source>Employment authority</source>
        <translation>Työvoimaviranomainen</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Päätöksen päiväys</translation>
    </message>
    <message>
        <source>Employment plan</source>
        <translation>Työllistymissuunnitelma</translation>
    </message>
    <message>
        <source>4. Period and place</source>
        <translation>4. Kesto ja paikka</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Pituus</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Työpaikka</translation>
    </message>
    <message>
        <source>Address of the workplace</source>
        <translation>Työpaikan osoite</translation>
    </message>
    <message>
        <source>5. Working hours</source>
        <translation>5. Työaika</translation>
    </message>
    <message>
        <source>Daily duration and timing</source>
        <translation>Päivittäinen kesto ja ajoitus</translation>
    </message>
    <message>
        <source>Weekly duration and timing</source>
        <translation>Viikoittainen kesto ja ajoitus</translation>
    </message>
    <message>
        <source>6. Goals of the work trial</source>
        <translation>6. Työkokeilun tavoitteet</translation>
    </message>
    <message>
        <source>7. Tasks</source>
        <translation>7. Tehtävät</translation>
    </message>
    <message>
        <source>8. Guidance and supervision at the workplace</source>
        <translation>8. Ohjaus ja valvonta työpaikalla</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>9. Unemployment benefit and expense allowance</source>
        <translation>9. Työttömyysetuus ja kulukorvaus</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <source>Unemployment benefit paid by</source>
        <translation>Työttömyysetuuden maksaja</translation>
    </message>
    <message>
        <source>Expense allowance</source>
        <translation>Kulukorvaus</translation>
    </message>
    <message>
        <source>%1 a day attended</source>
        <translation>%1 osallistumispäivältä</translation>
    </message>
    <message>
        <source>The organiser reports the participant&apos;s absences to the payer of the unemployment benefit.</source>
        <translation>Järjestäjä ilmoittaa osallistujan poissaolot työttömyysetuuden maksajalle.</translation>
    </message>
    <message>
        <source>Organiser&apos;s assessment after the work trial</source>
        <translation>Järjestäjän arvio työkokeilun jälkeen</translation>
    </message>
    <message>
        <source>10. Terms</source>
        <translation>10. Ehdot</translation>
    </message>
    <message>
        <source>The work trial does not create an employment relationship or a public-service relationship between the participant and the organiser (380/2023 58 §).</source>
        <translation>Työkokeilusta ei synny työsuhdetta eikä virkasuhdetta osallistujan ja järjestäjän välille (380/2023 58 §).</translation>
    </message>
    <message>
        <source>The employment authority insures the participant against accidents and has liability insurance for damage the participant causes (380/2023 60 §).</source>
        <translation>Työvoimaviranomainen vakuuttaa osallistujan tapaturmien varalta ja sillä on vastuuvakuutus osallistujan aiheuttamien vahinkojen varalta (380/2023 60 §).</translation>
    </message>
    <message>
        <source>The organiser tells the shop steward the participant&apos;s name and the contents of this agreement before the trial starts (380/2023 57 §).</source>
        <translation>Järjestäjä ilmoittaa luottamusmiehelle osallistujan nimen ja tämän sopimuksen sisällön ennen kokeilun alkua (380/2023 57 §).</translation>
    </message>
    <message>
        <source>After the trial the organiser gives the employment authority an assessment of the participant&apos;s suitability for the work and of the need for further services.</source>
        <translation>Kokeilun jälkeen järjestäjä antaa työvoimaviranomaiselle arvion osallistujan soveltuvuudesta työhön ja jatkopalvelujen tarpeesta.</translation>
    </message>
    <message>
        <source>The employment authority interrupts the trial after five consecutive days of unauthorised absence; any party may end this agreement in writing (380/2023 59 §).</source>
        <translation>Työvoimaviranomainen keskeyttää kokeilun viiden peräkkäisen luvattoman poissaolopäivän jälkeen; kukin osapuoli voi päättää sopimuksen kirjallisesti (380/2023 59 §).</translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation>Muut ehdot</translation>
    </message>
    <message>
        <source>This agreement has been made in three identical copies, one for each party.</source>
        <translation>Tätä sopimusta on tehty kolme samansisältöistä kappaletta, yksi kullekin osapuolelle.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>The database cannot be reached just now. Nothing was changed; try again in a moment.</source>
        <translation>Tietokantaan ei juuri nyt saada yhteyttä. Mitään ei muutettu; yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation>Sinulla ei ole oikeutta tähän.</translation>
    </message>
    <message>
        <source>The work could not be finished because of an unexpected error.</source>
        <translation>Työtä ei voitu viedä loppuun odottamattoman virheen vuoksi.</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Ei voitu viedä loppuun</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
</context>
</TS>
