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
    <name>ClientCard</name>
    <message numerus="yes">
        <source>(edited; %n earlier version(s) kept)</source>
        <translation>
            <numerusform>(redigerad; %n tidigare version sparad)</numerusform>
            <numerusform>(redigerad; %n tidigare versioner sparade)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, version %3</source>
        <translation>%1: %2, version %3</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redigera anteckning</translation>
    </message>
    <message>
        <source>The earlier text is kept in the history.</source>
        <translation>Den tidigare texten sparas i historiken.</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Anteckningen har ändrats</translation>
    </message>
    <message>
        <source>Someone else edited this note meanwhile. The list has been refreshed.</source>
        <translation>Någon annan redigerade anteckningen under tiden. Listan har uppdaterats.</translation>
    </message>
    <message>
        <source>Earlier versions of the note</source>
        <translation>Anteckningens tidigare versioner</translation>
    </message>
    <message>
        <source>Current text:</source>
        <translation>Nuvarande text:</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Möjligen samma person</translation>
    </message>
    <message>
        <source>The register already has a client with the same name and birth date:</source>
        <translation>Registret har redan en klient med samma namn och födelsedatum:</translation>
    </message>
    <message>
        <source>Save a new client anyway, or open the existing one?</source>
        <translation>Spara ändå en ny klient, eller öppna den befintliga?</translation>
    </message>
    <message>
        <source>&amp;Save as a new client</source>
        <translation>&amp;Spara som ny klient</translation>
    </message>
    <message>
        <source>&amp;Open the existing client</source>
        <translation>&amp;Öppna den befintliga klienten</translation>
    </message>
    <message>
        <source>Identity code already in the register</source>
        <translation>Personbeteckningen finns redan i registret</translation>
    </message>
    <message>
        <source>%1 already has this identity code. Nothing was saved.</source>
        <translation>%1 har redan den här personbeteckningen. Ingenting sparades.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The database could not be written just now (it may be busy or out of reach). Nothing was saved; what you typed is still here. Try again in a moment.</source>
        <translation>Databasen kunde inte skrivas just nu (den kan vara upptagen eller utom räckhåll). Ingenting sparades; det du skrev finns kvar i formuläret. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Ändrat på en annan arbetsstation</translation>
    </message>
    <message>
        <source>Someone else saved this client after you opened it. Your changes have not been saved, and theirs have not been overwritten.</source>
        <translation>Någon annan sparade klientens uppgifter efter att du öppnade dem. Dina ändringar har inte sparats, och deras har inte skrivits över.</translation>
    </message>
    <message>
        <source>Reload to see their version (your unsaved changes are lost), or keep editing to copy what you need first.</source>
        <translation>Ladda om för att se deras version (dina osparade ändringar går förlorade), eller fortsätt redigera för att först kopiera det du behöver.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ladda om</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The client&apos;s data has unsaved changes. Save them before closing?</source>
        <translation>Klientens uppgifter har osparade ändringar. Vill du spara dem innan du stänger?</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <source>&amp;Basic data</source>
        <translation>&amp;Basuppgifter</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>&amp;Notes (newest first):</source>
        <translation>&amp;Anteckningar (nyaste först):</translation>
    </message>
    <message>
        <source>Write a new note here</source>
        <translation>Skriv en ny anteckning här</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Lägg till anteckning</translation>
    </message>
    <message>
        <source>&amp;Edit note...</source>
        <translation>&amp;Redigera anteckning...</translation>
    </message>
    <message>
        <source>Earlier &amp;versions...</source>
        <translation>Tidigare &amp;versioner...</translation>
    </message>
    <message>
        <source>&amp;What has happened:</source>
        <translation>&amp;Vad har hänt:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Contact information</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Benefit and unemployment</source>
        <translation>Förmån och arbetslöshet</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <source>Responsibility and consent</source>
        <translation>Ansvarsperson och samtycke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Klientskapets status</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Identity code:</source>
        <translation>&amp;Personbeteckning:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Födelsedatum:</translation>
    </message>
    <message>
        <source>Service lan&amp;guage:</source>
        <translation>Service&amp;språk:</translation>
    </message>
    <message>
        <source>Which language:</source>
        <translation>Vilket språk:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Tolk:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <source>Post &amp;office:</source>
        <translation>Postansta&amp;lt:</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation>För&amp;mån:</translation>
    </message>
    <message>
        <source>Which benefit:</source>
        <translation>Vilken förmån:</translation>
    </message>
    <message>
        <source>&amp;Unemployed since:</source>
        <translation>Arbetslös sed&amp;an:</translation>
    </message>
    <message>
        <source>Long-term unemployed:</source>
        <translation>Långtidsarbetslös:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Hänvisad av:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone:</source>
        <translation>Kontaktpersonens telefon:</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail:</source>
        <translation>Kontaktpersonens e-post:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible staff member:</source>
        <translation>Ans&amp;varig anställd:</translation>
    </message>
    <message>
        <source>Information given on:</source>
        <translation>Information lämnad den:</translation>
    </message>
    <message>
        <source>Information and consent:</source>
        <translation>Information och samtycke:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Avslutad den:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>Reason for closing:</source>
        <translation>Orsak till avslutandet:</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>t.ex. 131052-308T</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen ännu)</translation>
    </message>
    <message>
        <source>(from the identity code)</source>
        <translation>(från personbeteckningen)</translation>
    </message>
    <message>
        <source>(from the date of unemployment)</source>
        <translation>(från arbetslöshetens startdatum)</translation>
    </message>
    <message>
        <source>Yes, 12 months or more</source>
        <translation>Ja, 12 månader eller mer</translation>
    </message>
    <message>
        <source>No, less than 12 months</source>
        <translation>Nej, mindre än 12 månader</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Services in progress</source>
        <translation>Pågående tjänster</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Senaste händelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s) match the search.</source>
        <translation>
            <numerusform>%n klient motsvarar sökningen.</numerusform>
            <numerusform>%n klienter motsvarar sökningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s).</source>
        <translation>
            <numerusform>%n klient.</numerusform>
            <numerusform>%n klienter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Name, part of a name or identity code</source>
        <translation>Namn, början av ett namn eller personbeteckning</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Aktiva klienter</translation>
    </message>
    <message>
        <source>Closed clients</source>
        <translation>Avslutade klientskap</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alla klienter</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>&amp;My clients</source>
        <translation>&amp;Mina klienter</translation>
    </message>
    <message>
        <source>Choose who you are in Settings to see your own clients.</source>
        <translation>Välj vem du är i Inställningar för att se dina egna klienter.</translation>
    </message>
    <message>
        <source>&amp;New client...</source>
        <translation>&amp;Ny klient...</translation>
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
    <name>DatabasePage</name>
    <message>
        <source>Where the client register is kept. A unit whose staff share one register from several workstations keeps it on a PostgreSQL server.</source>
        <translation>Var klientregistret förvaras. En enhet vars personal använder ett gemensamt register från flera arbetsstationer förvarar det på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>&amp;Embedded database on this computer</source>
        <translation>&amp;Inbyggd databas på den här datorn</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server, shared by several workstations</source>
        <translation>&amp;PostgreSQL-server, gemensam för flera arbetsstationer</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>The password is kept in the operating system&apos;s credential store, not in the settings file.</source>
        <translation>Lösenordet förvaras i operativsystemets lagring för inloggningsuppgifter, inte i inställningsfilen.</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Kryptering (TLS):</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Ingen kryptering</translation>
    </message>
    <message>
        <source>Only if the server requires it</source>
        <translation>Endast om servern kräver det</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Om servern erbjuder det</translation>
    </message>
    <message>
        <source>Always, without checking the server&apos;s certificate</source>
        <translation>Alltid, utan att serverns certifikat kontrolleras</translation>
    </message>
    <message>
        <source>Always, certificate signed by a trusted authority</source>
        <translation>Alltid, certifikatet ska vara undertecknat av en betrodd utfärdare</translation>
    </message>
    <message>
        <source>Always, certificate checked for this server name</source>
        <translation>Alltid, certifikatet kontrolleras för detta servernamn</translation>
    </message>
    <message>
        <source>db.example.fi</source>
        <translation>db.exempel.fi</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(sparat)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>A change of database takes effect when Työllistämö is started again.</source>
        <translation>Ett byte av databas träder i kraft när Työllistämö startas på nytt.</translation>
    </message>
    <message>
        <source>Required for a server.</source>
        <translation>Obligatoriskt för en server.</translation>
    </message>
    <message>
        <source>The database is empty; Työllistämö will create its tables.</source>
        <translation>Databasen är tom; Työllistämö skapar sina tabeller i den.</translation>
    </message>
    <message>
        <source>It holds a Työllistämö register (schema version %1).</source>
        <translation>Den innehåller ett Työllistämö-register (schemaversion %1).</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1.</source>
        <translation>Anslutningen till PostgreSQL %1 lyckades.</translation>
    </message>
    <message>
        <source>The password cannot be stored: this computer has no credential store available. Nothing was changed.</source>
        <translation>Lösenordet kan inte sparas: den här datorn har ingen lagring för inloggningsuppgifter. Ingenting ändrades.</translation>
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
        <source>The database server %1 cannot be reached. It may be down, or this computer may be off the network.</source>
        <translation>Databasservern %1 kan inte nås. Den kan vara nere, eller så är den här datorn inte ansluten till nätverket.</translation>
    </message>
    <message>
        <source>The database server %1 refused the login: check the user and the password.</source>
        <translation>Databasservern %1 avvisade inloggningen: kontrollera användaren och lösenordet.</translation>
    </message>
    <message>
        <source>The database server has no database named in %1.</source>
        <translation>Databasservern har ingen databas med det namn som anges i %1.</translation>
    </message>
    <message>
        <source>An encrypted connection to %1 could not be made: check the encryption setting and the server&apos;s certificate.</source>
        <translation>Det gick inte att skapa en krypterad anslutning till %1: kontrollera krypteringsinställningen och serverns certifikat.</translation>
    </message>
    <message>
        <source>The database server address %1 is not valid.</source>
        <translation>Databasserverns adress %1 är ogiltig.</translation>
    </message>
    <message>
        <source>This installation cannot connect to a database server (%1): reinstall it.</source>
        <translation>Den här installationen kan inte ansluta till en databasserver (%1): installera programmet på nytt.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <source>The register on %1 must be updated for this version of Työllistämö (schema version %2 to %3). Ask an administrator to start the app first.</source>
        <translation>Registret på %1 måste uppdateras för den här versionen av Työllistämö (schemaversion %2 till %3). Be en administratör att starta programmet först.</translation>
    </message>
    <message>
        <source>The register on %1 was last used by a newer version of Työllistämö (schema version %2; this version knows up to %3). Install the newer version to use it. The register has not been changed.</source>
        <translation>Registret på %1 användes senast av en nyare version av Työllistämö (schemaversion %2; den här versionen känner till versioner upp till %3). Installera den nyare versionen för att använda det. Registret har inte ändrats.</translation>
    </message>
    <message>
        <source>The database %1 holds other tables than a Työllistämö register; it has not been changed. Choose an empty database or the unit&apos;s register.</source>
        <translation>Databasen %1 innehåller andra tabeller än ett Työllistämö-register; den har inte ändrats. Välj en tom databas eller enhetens register.</translation>
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
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Inställningar...</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
</context>
<context>
    <name>DocumentBase</name>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort och datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Name in block letters</source>
        <translation>Namnförtydligande</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sida %1 / %2</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Page %1</source>
        <translation>Sida %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Skriv ut %1</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Utskriften misslyckades</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Utskrivet.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Sparandet misslyckades</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1:
%2</source>
        <translation>PDF-filen kunde inte sparas i %1:
%2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparat: %1.</translation>
    </message>
    <message>
        <source>The copy could not be archived: the database is not available.</source>
        <translation>Kopian kunde inte arkiveras: databasen är inte tillgänglig.</translation>
    </message>
    <message>
        <source>Archived on the client as version %1; record the signing when it is signed.</source>
        <translation>Arkiverat hos klienten som version %1; registrera underskriften när dokumentet har undertecknats.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Förhandsgranskning: %1</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Dokumentets &amp;språk:</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>F&amp;örminska</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Förstora</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut...</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>Spara &amp;PDF...</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Inte undertecknat</translation>
    </message>
    <message>
        <source>Document damaged</source>
        <translation>Dokumentet är skadat</translation>
    </message>
    <message>
        <source>The archived copy no longer matches the checksum taken when it was printed. It is not shown; ask the administrator to restore it from a backup.</source>
        <translation>Den arkiverade kopian motsvarar inte längre kontrollsumman som togs vid utskriften. Den visas inte; be administratören återställa den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>Databasen är inte tillgänglig</translation>
    </message>
    <message>
        <source>The database cannot be reached just now. Try again in a moment.</source>
        <translation>Databasen kan inte nås just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Printed &amp;documents (newest first):</source>
        <translation>Utskrivna &amp;dokument (nyaste först):</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskrivet</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Nothing has been printed for this client yet. Agreements and plans printed or saved as PDF are archived here, each version with its checksum.</source>
        <translation>Ingenting har ännu skrivits ut för klienten. Avtal och planer som skrivs ut eller sparas som PDF arkiveras här, varje version med sin kontrollsumma.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Öppna...</translation>
    </message>
    <message>
        <source>Record &amp;signing...</source>
        <translation>Registrera &amp;underskrift...</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message numerus="yes">
        <source>%n arrangement(s) with clients at this employer. Enter opens the client.</source>
        <translation>
            <numerusform>%n klients tjänst hos den här arbetsgivaren. Enter öppnar klienten.</numerusform>
            <numerusform>%n klienters tjänster hos den här arbetsgivaren. Enter öppnar klienten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact person %1: %2</source>
        <translation>Kontaktperson %1: %2</translation>
    </message>
    <message>
        <source>%1 already has this Business ID. Nothing was saved.</source>
        <translation>%1 har redan det här FO-numret. Ingenting sparades.</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Ändrad på en annan arbetsstation</translation>
    </message>
    <message>
        <source>Someone else saved this employer after you opened it. Nothing was saved; close and open the employer again to see their version.</source>
        <translation>Någon annan sparade den här arbetsgivaren efter att du öppnade den. Ingenting sparades; stäng och öppna arbetsgivaren igen för att se deras version.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The database could not be written just now. Nothing was saved; what you typed is still here. Try again in a moment.</source>
        <translation>Det gick inte att skriva till databasen just nu. Ingenting sparades; det du skrev finns kvar. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>New employer</source>
        <translation>Ny arbetsgivare</translation>
    </message>
    <message>
        <source>Employer: %1</source>
        <translation>Arbetsgivare: %1</translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation>&amp;Arbetsgivare</translation>
    </message>
    <message>
        <source>&amp;Clients at the employer</source>
        <translation>&amp;Klienter hos arbetsgivaren</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Address and notes</source>
        <translation>Adress och anteckningar</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>&amp;FO-nummer:</translation>
    </message>
    <message>
        <source>&amp;Kind of organisation:</source>
        <translation>Typ av &amp;organisation:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Bransch:</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>Postal co&amp;de:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <source>Post &amp;office:</source>
        <translation>Post&amp;anstalt:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>An&amp;teckningar:</translation>
    </message>
    <message>
        <source>e.g. 2129026-2</source>
        <translation>t.ex. 2129026-2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Add contact &amp;person</source>
        <translation>Lägg till &amp;kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Remove contact person</source>
        <translation>&amp;Ta bort kontaktperson</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Job or task</source>
        <translation>Arbete eller uppgift</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message numerus="yes">
        <source>%n employer(s) in the register.</source>
        <translation>
            <numerusform>%n arbetsgivare i registret.</numerusform>
            <numerusform>%n arbetsgivare i registret.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New employer...</source>
        <translation>&amp;Ny arbetsgivare...</translation>
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
        <source>Write the identity code as six digits of the birth date, a century sign, three digits and a check character, e.g. 131052-308T.</source>
        <translation>Skriv personbeteckningen som födelsedatumets sex siffror, ett skiljetecken, tre siffror och ett kontrolltecken, t.ex. 131052-308T.</translation>
    </message>
    <message>
        <source>The seventh character must be a century sign: + for the 1800s, - or Y, X, W, V, U for the 1900s, A or B, C, D, E, F for the 2000s.</source>
        <translation>Det sjunde tecknet måste vara ett skiljetecken: + för 1800-talet, - eller Y, X, W, V, U för 1900-talet, A eller B, C, D, E, F för 2000-talet.</translation>
    </message>
    <message>
        <source>The first six digits are not a real date (day, month, year).</source>
        <translation>De sex första siffrorna är inget verkligt datum (dag, månad, år).</translation>
    </message>
    <message>
        <source>The individual number (digits 8 to 10) must be 002 or more.</source>
        <translation>Individnumret (tecken 8–10) måste vara minst 002.</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match; with these digits it would be %1.</source>
        <translation>Kontrolltecknet (det sista) stämmer inte; med de här siffrorna vore det %1.</translation>
    </message>
    <message>
        <source>The identity code gives a birth date in the future.</source>
        <translation>Personbeteckningen ger ett födelsedatum i framtiden.</translation>
    </message>
    <message>
        <source>Another client already has this identity code.</source>
        <translation>En annan klient har redan den här personbeteckningen.</translation>
    </message>
    <message>
        <source>The identity code is needed before an agreement can be printed.</source>
        <translation>Personbeteckningen behövs innan ett avtal kan skrivas ut.</translation>
    </message>
    <message>
        <source>A Business ID has seven digits, a hyphen and a check digit, e.g. 2129026-2.</source>
        <translation>Ett FO-nummer har sju siffror, ett bindestreck och en kontrollsiffra, t.ex. 2129026-2.</translation>
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
        <source>Another employer already has this Business ID.</source>
        <translation>En annan arbetsgivare har redan det här FO-numret.</translation>
    </message>
    <message>
        <source>Write the account number as an IBAN, e.g. FI21 1234 5600 0007 85.</source>
        <translation>Skriv kontonumret i IBAN-form, t.ex. FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>The account must be a Finnish IBAN (FI...).</source>
        <translation>Kontot måste vara ett finländskt IBAN (FI...).</translation>
    </message>
    <message>
        <source>A Finnish IBAN has 18 characters: FI, two check digits and 14 digits.</source>
        <translation>Ett finländskt IBAN har 18 tecken: FI, två kontrollsiffror och 14 siffror.</translation>
    </message>
    <message>
        <source>The check digits of the IBAN do not match; check the number.</source>
        <translation>IBAN-numrets kontrollsiffror stämmer inte; kontrollera numret.</translation>
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
        <source>Write the phone number as 040 123 4567 or +358 40 123 4567.</source>
        <translation>Skriv telefonnumret som 040 123 4567 eller +358 40 123 4567.</translation>
    </message>
    <message>
        <source>The phone number has too few or too many digits.</source>
        <translation>Telefonnumret har för få eller för många siffror.</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, e.g. 3.12.2026.</source>
        <translation>Skriv datumet som dag.månad.år, t.ex. 3.12.2026.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdatumet kan inte vara före startdatumet.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>The duration must be more than zero.</source>
        <translation>Längden måste vara mer än noll.</translation>
    </message>
    <message>
        <source>The duration cannot be more than 24 hours.</source>
        <translation>Längden får vara högst 24 timmar.</translation>
    </message>
    <message>
        <source>Write the duration in hours, e.g. 1,5 or 1:30 or 45 min.</source>
        <translation>Skriv längden i timmar, t.ex. 1,5 eller 1:30 eller 45 min.</translation>
    </message>
    <message>
        <source>The date must be within the period %1 – %2.</source>
        <translation>Datumet måste ligga inom perioden %1 – %2.</translation>
    </message>
    <message>
        <source>A session must be within the group&apos;s period %1 – %2.</source>
        <translation>En träff måste ligga inom gruppens period %1 – %2.</translation>
    </message>
    <message>
        <source>The client is already a member of this group.</source>
        <translation>Klienten är redan medlem i den här gruppen.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5.</source>
        <translation>Välj ett värde från 1 till 5.</translation>
    </message>
    <message>
        <source>Give a score to at least one skill.</source>
        <translation>Ge ett värde åt minst en färdighet.</translation>
    </message>
    <message>
        <source>There are entries before this date; the start cannot be after them.</source>
        <translation>Det finns anteckningar före det här datumet; början kan inte ligga efter dem.</translation>
    </message>
    <message>
        <source>The group has sessions outside this period; move or keep the dates.</source>
        <translation>Gruppen har träffar utanför den här perioden; flytta dem eller behåll datumen.</translation>
    </message>
    <message>
        <source>This client was not a member of the group on the session&apos;s day.</source>
        <translation>Klienten var inte medlem i gruppen på träffens dag.</translation>
    </message>
    <message>
        <source>Choose the outcome when closing the client.</source>
        <translation>Välj resultat när klientskapet avslutas.</translation>
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
        <source>The signing of this version has already been recorded.</source>
        <translation>Underskriften av denna version har redan registrerats.</translation>
    </message>
    <message>
        <source>The document was printed on %1; it cannot have been signed before that.</source>
        <translation>Dokumentet skrevs ut %1; det kan inte ha undertecknats före det.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Värdet är inte giltigt.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>No client matches</source>
        <translation>Ingen klient motsvarar sökningen</translation>
    </message>
    <message>
        <source>Find a client by name or identity code (Ctrl+F)</source>
        <translation>Sök en klient med namn eller personbeteckning (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Sök en klient</translation>
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
        <source>&amp;Find client...</source>
        <translation>&amp;Sök klient...</translation>
    </message>
    <message>
        <source>&amp;New client...</source>
        <translation>&amp;Ny klient...</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sökning</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
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
        <source>Today (%1)</source>
        <translation>I dag (%1)</translation>
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
    <name>RecordSigningDialog</name>
    <message>
        <source>The database is not available; nothing was recorded. Try again.</source>
        <translation>Databasen är inte tillgänglig; ingenting registrerades. Försök igen.</translation>
    </message>
    <message>
        <source>Record signing</source>
        <translation>Registrera underskrift</translation>
    </message>
    <message>
        <source>%1, version %2, printed %3.</source>
        <translation>%1, version %2, utskriven %3.</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Underteckna&amp;t den:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Undertecknat &amp;av:</translation>
    </message>
    <message>
        <source>The names of those who signed</source>
        <translation>Namnen på dem som undertecknade</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
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
        <source>&amp;Database</source>
        <translation>&amp;Databas</translation>
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
        <source>&amp;You are:</source>
        <translation>&amp;Du är:</translation>
    </message>
    <message>
        <source>Used for &quot;My clients&quot; and as the author of notes on this workstation.</source>
        <translation>Används för Mina klienter och som skribent av anteckningar på den här arbetsstationen.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(inte valt)</translation>
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
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The database could not be written just now (it may be busy or out of reach). Nothing was saved; try again in a moment.</source>
        <translation>Databasen kunde inte skrivas just nu (den kan vara upptagen eller utom räckhåll). Ingenting sparades; försök igen om en stund.</translation>
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
<context>
    <name>TodayPage</name>
    <message>
        <source>The database cannot be reached just now; the list could not be updated.</source>
        <translation>Databasen kan inte nås just nu; listan kunde inte uppdateras.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... och %n till</numerusform>
            <numerusform>... och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Ingenting här.</translation>
    </message>
    <message>
        <source>Agreements ending within 14 days</source>
        <translation>Avtal som upphör inom 14 dagar</translation>
    </message>
    <message>
        <source>Follow-ups and next steps due this week</source>
        <translation>Uppföljningar och nästa steg denna vecka</translation>
    </message>
    <message>
        <source>Unfinished guidance drafts</source>
        <translation>Ofärdiga utkast till handledning</translation>
    </message>
    <message>
        <source>Printed but not signed</source>
        <translation>Utskrivet men inte undertecknat</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Ingen kontakt på %n dag</numerusform>
            <numerusform>Ingen kontakt på %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, version %2: record the signing</source>
        <translation>%1, version %2: registrera underskriften</translation>
    </message>
    <message numerus="yes">
        <source>Last event %n day(s) ago</source>
        <translation>
            <numerusform>Senaste händelse för %n dag sedan</numerusform>
            <numerusform>Senaste händelse för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Showing the whole unit. Choose who you are in Settings to see only your own clients.</source>
        <translation>Hela enheten visas. Välj vem du är i inställningarna för att bara se dina egna klienter.</translation>
    </message>
    <message>
        <source>Your clients and your tasks.</source>
        <translation>Dina klienter och dina uppgifter.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>annat språk</translation>
    </message>
    <message>
        <source>Labour market subsidy</source>
        <translation>Arbetsmarknadsstöd</translation>
    </message>
    <message>
        <source>Earnings-related unemployment allowance</source>
        <translation>Inkomstrelaterad dagpenning</translation>
    </message>
    <message>
        <source>Basic unemployment allowance</source>
        <translation>Grunddagpenning</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>Utkomststöd</translation>
    </message>
    <message>
        <source>No benefit</source>
        <translation>Ingen förmån</translation>
    </message>
    <message>
        <source>Other benefit</source>
        <translation>Annan förmån</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(inte antecknat)</translation>
    </message>
    <message>
        <source>Employment authority</source>
        <translation>Arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <source>Wellbeing services county / social services</source>
        <translation>Välfärdsområdet / socialservicen</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>FPA</translation>
    </message>
    <message>
        <source>Came on their own</source>
        <translation>Kom på eget initiativ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>Work on the open labour market</source>
        <translation>Arbete på den öppna arbetsmarknaden</translation>
    </message>
    <message>
        <source>Wage-subsidised work</source>
        <translation>Lönesubventionerat arbete</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Rehabilitering</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Annan service</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Flyttat bort</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Inte nådd</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Arbetsträning</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Individuell träning</translation>
    </message>
    <message>
        <source>Group coaching</source>
        <translation>Gruppträning</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Arbetsprövning</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Klienten tillagd</translation>
    </message>
    <message>
        <source>Basic data edited</source>
        <translation>Basuppgifterna ändrade</translation>
    </message>
    <message>
        <source>Client closed</source>
        <translation>Klientskapet avslutat</translation>
    </message>
    <message>
        <source>Client reopened</source>
        <translation>Klientskapet öppnat igen</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Anteckning tillagd</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Anteckning redigerad</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Tjänsten inleddes</translation>
    </message>
    <message>
        <source>Service ended</source>
        <translation>Tjänsten avslutades</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Dokument utskrivet</translation>
    </message>
    <message>
        <source>Signing recorded</source>
        <translation>Underskrift registrerad</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Stiftelse</translation>
    </message>
    <message>
        <source>Religious community</source>
        <translation>Religionssamfund</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Välfärdsområde</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Statligt ämbetsverk</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
</context>
</TS>
