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
</context>
<context>
    <name>Coaching</name>
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
        <source>Into work</source>
        <translation>Työelämään</translation>
    </message>
    <message>
        <source>Into education</source>
        <translation>Koulutukseen</translation>
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
    <name>EmployerDialog</name>
    <message numerus="yes">
        <source>%n arrangement(s) with clients at this employer. Enter opens the client.</source>
        <translation>
            <numerusform>%n asiakkaan palvelu tällä työnantajalla. Enter avaa asiakkaan.</numerusform>
            <numerusform>%n asiakkaiden palvelua tällä työnantajalla. Enter avaa asiakkaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact person %1: %2</source>
        <translation>Yhteyshenkilö %1: %2</translation>
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
        <source>Working ho&amp;urs:</source>
        <translation>T&amp;yöaika:</translation>
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
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Valmennus</translation>
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
    <name>Vocabulary</name>
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
        <source>Work on the open labour market</source>
        <translation>Työ avoimilla työmarkkinoilla</translation>
    </message>
    <message>
        <source>Wage-subsidised work</source>
        <translation>Palkkatuettu työ</translation>
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
        <source>Rehabilitative work activity</source>
        <translation>Kuntouttava työtoiminta</translation>
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
        <source>Document printed</source>
        <translation>Asiakirja tulostettu</translation>
    </message>
    <message>
        <source>Signing recorded</source>
        <translation>Allekirjoitus kirjattu</translation>
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
</TS>
