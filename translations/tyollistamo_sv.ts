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
    <name>AccessFindings</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The password is too simple: use different characters.</source>
        <translation>Lösenordet är för enkelt: använd olika tecken.</translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation>Lösenordet får inte vara samma som användarnamnet.</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Lösenorden är inte lika.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Det nuvarande lösenordet är inte rätt.</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, hyphens and underscores only.</source>
        <translation>Använd bara bokstäver, siffror, punkter, bindestreck och understreck.</translation>
    </message>
    <message>
        <source>This user name is already in use.</source>
        <translation>Användarnamnet används redan.</translation>
    </message>
    <message>
        <source>The unit must keep at least one active administrator.</source>
        <translation>Enheten måste ha minst en aktiv huvudanvändare.</translation>
    </message>
</context>
<context>
    <name>AgreementDocument</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från och med %1</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 månader</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>%1 hours a day</source>
        <translation>%1 timmar per dag</translation>
    </message>
    <message>
        <source>1 day a week</source>
        <translation>1 dag i veckan</translation>
    </message>
    <message>
        <source>%1 days a week</source>
        <translation>%1 dagar i veckan</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 timmar per vecka</translation>
    </message>
</context>
<context>
    <name>ArrangementDialog</name>
    <message>
        <source>Changed on another workstation</source>
        <translation>Ändrat på en annan arbetsstation</translation>
    </message>
    <message>
        <source>Someone else saved this agreement after you opened it. Nothing was saved; close and open it again to see their version.</source>
        <translation>Någon annan sparade det här avtalet efter att du öppnade det. Ingenting sparades; stäng och öppna avtalet igen för att se deras version.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The database could not be written just now (it may be busy or out of reach). Nothing was saved; what you typed is still here. Try again in a moment.</source>
        <translation>Databasen kunde inte skrivas just nu (den kan vara upptagen eller utom räckhåll). Ingenting sparades; det du skrev finns kvar. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Print first</source>
        <translation>Skriv ut först</translation>
    </message>
    <message>
        <source>This version of the agreement has not been printed yet. Preview and print it (or save it as PDF), then record the signing.</source>
        <translation>Den här versionen av avtalet har inte skrivits ut ännu. Förhandsgranska och skriv ut den (eller spara som PDF) och registrera sedan underskriften.</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Avtal</translation>
    </message>
    <message>
        <source>A&amp;bsences</source>
        <translation>&amp;Frånvaro</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <source>&amp;Preview and print...</source>
        <translation>&amp;Förhandsgranska och skriv ut...</translation>
    </message>
    <message>
        <source>Record si&amp;gning...</source>
        <translation>&amp;Registrera underskrift...</translation>
    </message>
    <message>
        <source>E&amp;nd...</source>
        <translation>Av&amp;sluta...</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The agreement has unsaved changes. Save them before closing?</source>
        <translation>Avtalet har osparade ändringar. Spara dem innan du stänger?</translation>
    </message>
</context>
<context>
    <name>ArrangementForm</name>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Filled from the employment plan of %1 (%2); you can change the values.</source>
        <translation>Ifyllt från sysselsättningsplanen daterad %1 (%2); du kan ändra värdena.</translation>
    </message>
    <message>
        <source>Refers to the employment plan of %1 (%2).</source>
        <translation>Hänvisar till sysselsättningsplanen daterad %1 (%2).</translation>
    </message>
    <message>
        <source>The client&apos;s employment plan is still a draft in the guidance process, so nothing was filled from it. Agree on the plan first, or type the plan&apos;s details here.</source>
        <translation>Klientens sysselsättningsplan är ännu ett utkast i handledningsprocessen, så ingenting fylldes i från den. Kom först överens om planen eller skriv planens uppgifter här.</translation>
    </message>
    <message>
        <source>The employment plan this agreement refers to is not agreed at the moment (it is being rewritten in the guidance process). The agreement keeps its values.</source>
        <translation>Sysselsättningsplanen som det här avtalet hänvisar till är för närvarande inte överenskommen (den skrivs om i handledningsprocessen). Avtalet behåller sina värden.</translation>
    </message>
    <message>
        <source>The employment plan has changed since this agreement was written: it is now dated %1 (%2). The agreement keeps its own values until you take the new ones and save.</source>
        <translation>Sysselsättningsplanen har ändrats sedan avtalet skrevs: den är nu daterad %1 (%2). Avtalet behåller sina egna värden tills du tar i bruk de nya och sparar.</translation>
    </message>
    <message>
        <source>&amp;Use the plan&apos;s date and number</source>
        <translation>&amp;Använd planens datum och nummer</translation>
    </message>
    <message>
        <source>Organiser and workplace</source>
        <translation>Den som ger arbetsprövning och arbetsplats</translation>
    </message>
    <message>
        <source>Period and working hours</source>
        <translation>Period och arbetstid</translation>
    </message>
    <message>
        <source>Goals and tasks</source>
        <translation>Mål och uppgifter</translation>
    </message>
    <message>
        <source>Employment authority and benefit</source>
        <translation>Arbetskraftsmyndigheten och förmån</translation>
    </message>
    <message>
        <source>After the trial</source>
        <translation>Efter arbetsprövningen</translation>
    </message>
    <message>
        <source>Employer and work</source>
        <translation>Arbetsgivare och arbete</translation>
    </message>
    <message>
        <source>Validity of the contract</source>
        <translation>Arbetsavtalets giltighet</translation>
    </message>
    <message>
        <source>Pay and working time</source>
        <translation>Lön och arbetstid</translation>
    </message>
    <message>
        <source>Wage subsidy decision</source>
        <translation>Beslut om lönesubvention</translation>
    </message>
    <message>
        <source>Other terms</source>
        <translation>Övriga villkor</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Välfärdsområde</translation>
    </message>
    <message>
        <source>Activation plan</source>
        <translation>Aktiveringsplan</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Verksamhetsplats</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Ges av:</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Arbetsgivare:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>Arbets&amp;plats:</translation>
    </message>
    <message>
        <source>Workplace address:</source>
        <translation>Arbetsplatsens adress:</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Handledare:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s phone:</source>
        <translation>Handledarens telefon:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s e-mail:</source>
        <translation>Handledarens e-post:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <source>&amp;Hours a day:</source>
        <translation>&amp;Timmar per dag:</translation>
    </message>
    <message>
        <source>Daily timing:</source>
        <translation>Tider per dag:</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>Veckodagar:</translation>
    </message>
    <message>
        <source>Outside the commuting area (higher expense allowance)</source>
        <translation>Utanför pendlingsregionen (förhöjd kostnadsersättning)</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Tas&amp;ks:</source>
        <translation>&amp;Uppgifter:</translation>
    </message>
    <message>
        <source>Other conditions:</source>
        <translation>Övriga villkor:</translation>
    </message>
    <message>
        <source>Employment &amp;authority:</source>
        <translation>Arbetskrafts&amp;myndighet:</translation>
    </message>
    <message>
        <source>Authority&apos;s contact person:</source>
        <translation>Myndighetens kontaktperson:</translation>
    </message>
    <message>
        <source>Authority&apos;s decision:</source>
        <translation>Myndighetens beslut:</translation>
    </message>
    <message>
        <source>&amp;Plan date:</source>
        <translation>&amp;Planens datum:</translation>
    </message>
    <message>
        <source>Plan reference:</source>
        <translation>Planens beteckning:</translation>
    </message>
    <message>
        <source>Benefit paid by:</source>
        <translation>Förmånen betalas av:</translation>
    </message>
    <message>
        <source>Which fund:</source>
        <translation>Vilken kassa:</translation>
    </message>
    <message>
        <source>Organiser&apos;s assessment:</source>
        <translation>Bedömning av den som gav arbetsprövningen:</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Dokumentets språk:</translation>
    </message>
    <message>
        <source>Place of &amp;work:</source>
        <translation>Plats där arbetet &amp;utförs:</translation>
    </message>
    <message>
        <source>&amp;Duties:</source>
        <translation>Arbets&amp;uppgifter:</translation>
    </message>
    <message>
        <source>Job coach:</source>
        <translation>Arbetstränare:</translation>
    </message>
    <message>
        <source>Trial period (months):</source>
        <translation>Prövotid (månader):</translation>
    </message>
    <message>
        <source>&amp;Fixed-term contract</source>
        <translation>&amp;Arbetsavtal för viss tid</translation>
    </message>
    <message>
        <source>Fixed term for a long-term unemployed person (Employment Contracts Act 1:3 a)</source>
        <translation>Viss tid enligt 1 kap. 3 a § i arbetsavtalslagen (långtidsarbetslös)</translation>
    </message>
    <message>
        <source>Ground for the fixed term:</source>
        <translation>Grund för visstidsanställningen:</translation>
    </message>
    <message>
        <source>Pay basis:</source>
        <translation>Lönegrund:</translation>
    </message>
    <message>
        <source>Other pay basis:</source>
        <translation>Annan lönegrund:</translation>
    </message>
    <message>
        <source>Pay at the start (€):</source>
        <translation>Lön i början (€):</translation>
    </message>
    <message>
        <source>Pay period:</source>
        <translation>Lönebetalningsperiod:</translation>
    </message>
    <message>
        <source>Pay days:</source>
        <translation>Lönedagar:</translation>
    </message>
    <message>
        <source>Hours a week:</source>
        <translation>Timmar per vecka:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>Beslutets &amp;nummer:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Beslutets &amp;datum:</translation>
    </message>
    <message>
        <source>Granted by:</source>
        <translation>Beviljad av:</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>Stöd&amp;grund:</translation>
    </message>
    <message>
        <source>Subsidy (%):</source>
        <translation>Subvention (%):</translation>
    </message>
    <message>
        <source>Monthly cap (€):</source>
        <translation>Maximibelopp per månad (€):</translation>
    </message>
    <message>
        <source>Subsidy from:</source>
        <translation>Subvention från:</translation>
    </message>
    <message>
        <source>Subsidy until:</source>
        <translation>Subvention till:</translation>
    </message>
    <message>
        <source>Extension of an earlier subsidy</source>
        <translation>Förlängning av tidigare subvention</translation>
    </message>
    <message>
        <source>Unemployment condition of the track met</source>
        <translation>Stödgrundens villkor om arbetslöshet uppfyllt</translation>
    </message>
    <message>
        <source>Work that is not business activity</source>
        <translation>Arbetet är inte affärsverksamhet</translation>
    </message>
    <message>
        <source>Working time (% of full time):</source>
        <translation>Arbetstid (% av heltid):</translation>
    </message>
    <message>
        <source>Annual leave:</source>
        <translation>Semester:</translation>
    </message>
    <message>
        <source>Notice period:</source>
        <translation>Uppsägningstid:</translation>
    </message>
    <message>
        <source>Collective agreement:</source>
        <translation>Kollektivavtal:</translation>
    </message>
    <message>
        <source>Pension and accident insurance:</source>
        <translation>Pensions- och olycksfallsförsäkring:</translation>
    </message>
    <message>
        <source>Other terms:</source>
        <translation>Övriga villkor:</translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation>&amp;Välfärdsområde:</translation>
    </message>
    <message>
        <source>County&apos;s contact person:</source>
        <translation>Välfärdsområdets kontaktperson:</translation>
    </message>
    <message>
        <source>&amp;Goal, description:</source>
        <translation>&amp;Mål och beskrivning:</translation>
    </message>
    <message>
        <source>Support and &amp;guidance:</source>
        <translation>Stöd och &amp;handledning:</translation>
    </message>
    <message>
        <source>Other services:</source>
        <translation>Övriga tjänster:</translation>
    </message>
    <message>
        <source>Other obligations:</source>
        <translation>Övriga skyldigheter:</translation>
    </message>
    <message>
        <source>Evaluate by:</source>
        <translation>Utvärderas senast:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Uppföljning:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Address of the place:</source>
        <translation>Platsens adress:</translation>
    </message>
    <message>
        <source>Travel costs a day (€):</source>
        <translation>Resekostnader per dag (€):</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>into work</source>
        <translation>till arbetslivet</translation>
    </message>
    <message>
        <source>into education</source>
        <translation>till utbildning</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Goal of the group</source>
        <translation>Gruppens mål</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klockslag</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Tränare</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Members sign in the signature column. The coach marks absences as absent or excused in the app after the session.</source>
        <translation>Deltagarna skriver under i kolumnen för underskrift. Tränaren antecknar frånvaro som frånvarande eller med giltigt förhinder i programmet efter träffen.</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tränare</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>viewed</source>
        <translation>visade</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapade</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrade</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>raderade</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>skrev ut</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporterade</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importerade</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>anonymiserade</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>loggade in</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>fel lösenord</translation>
    </message>
    <message>
        <source>sign-in refused (locked)</source>
        <translation>inloggning nekad (låst)</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>loggade ut</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låste</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>låste upp</translation>
    </message>
    <message>
        <source>wrong password to unlock</source>
        <translation>fel lösenord vid upplåsning</translation>
    </message>
    <message>
        <source>changed password</source>
        <translation>bytte lösenord</translation>
    </message>
    <message>
        <source>reset a password</source>
        <translation>satte ett nytt lösenord</translation>
    </message>
    <message>
        <source>added a user</source>
        <translation>lade till en användare</translation>
    </message>
    <message>
        <source>changed a user</source>
        <translation>ändrade en användare</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>säkerhetskopierade</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>återställde en säkerhetskopia</translation>
    </message>
    <message>
        <source>changed retention periods</source>
        <translation>ändrade bevarandetider</translation>
    </message>
    <message>
        <source>updated the register to a new version</source>
        <translation>uppdaterade registret till en ny version</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Användningslogg</translation>
    </message>
    <message>
        <source>&amp;Client number:</source>
        <translation>&amp;Klientnummer:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alla)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>C&amp;heck the chain</source>
        <translation>K&amp;ontrollera kedjan</translation>
    </message>
    <message>
        <source>&amp;Export to CSV...</source>
        <translation>&amp;Exportera till CSV...</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbetsstation</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Object and reason</source>
        <translation>Objekt och grund</translation>
    </message>
    <message>
        <source>The client number is a whole number.</source>
        <translation>Klientnumret är ett heltal.</translation>
    </message>
    <message>
        <source>%1 entries; the newest %2 are shown. Export shows them all.</source>
        <translation>%1 poster; de %2 nyaste visas. Exporten innehåller alla.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is intact: no entry has been changed or removed.</source>
        <translation>Användningsloggen är intakt: ingen post har ändrats eller tagits bort.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log has been tampered with: %n entries do not match.</source>
        <translation>
            <numerusform>Användningsloggen har manipulerats: %n post stämmer inte.</numerusform>
            <numerusform>Användningsloggen har manipulerats: %n poster stämmer inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportera användningsloggen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inte exporterad</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte skrivas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n post exporterad till %1.</numerusform>
            <numerusform>%n poster exporterade till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>The database is encrypted again with the new passphrase. Backups made before keep the passphrase they were made with: keep the old one as long as you keep those backups.</source>
        <translation>Databasen krypteras på nytt med den nya lösenfrasen. Tidigare säkerhetskopior öppnas fortfarande med den gamla lösenfrasen: behåll den så länge du behåller de säkerhetskopiorna.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuvarande lösenfras:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase:</source>
        <translation>&amp;Upprepa den nya lösenfrasen:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>minst %n tecken</numerusform>
            <numerusform>minst %n tecken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a password of your own.</source>
        <translation>Ditt lösenord sattes av en huvudanvändare. Välj ett eget lösenord.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Välj ett nytt lösenord.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuvarande lösenord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Upprepa det nya lösenordet:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>minst %n tecken</numerusform>
            <numerusform>minst %n tecken</numerusform>
        </translation>
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
        <source>Subject-access e&amp;xport...</source>
        <translation>Register&amp;utdrag...</translation>
    </message>
    <message>
        <source>Everything stored about the client in one file, for a subject-access request</source>
        <translation>Allt som sparats om klienten i en fil, för en begäran om registerutdrag</translation>
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
    <name>ClientExport</name>
    <message>
        <source>Active clients</source>
        <translation>Aktiva klienter</translation>
    </message>
    <message>
        <source>Closed clients</source>
        <translation>Avslutade klienter</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alla klienter</translation>
    </message>
    <message>
        <source>Client list</source>
        <translation>Klientförteckning</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exporterad av</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sökning</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen sökning)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>Service in progress</source>
        <translation>Pågående service</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Vilken som helst eller ingen</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Ansvarig anställd</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Limited to</source>
        <translation>Begränsad till</translation>
    </message>
    <message>
        <source>Your own clients and your team&apos;s</source>
        <translation>Egna klienter och teamets klienter</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Urval</translation>
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
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, semikolonavgränsad (*.csv)</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>klienter</translation>
    </message>
    <message>
        <source>Export the client list</source>
        <translation>Export av klientförteckningen</translation>
    </message>
    <message>
        <source>Exporting the client list</source>
        <translation>Klientförteckningen exporteras</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>%n klient exporterades till %1.</numerusform>
            <numerusform>%n klienter exporterades till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only your own clients and your team&apos;s are in the file.</source>
        <translation>Filen innehåller bara dina egna klienter och ditt teams klienter.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte skrivas: %1</translation>
    </message>
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
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportera...</translation>
    </message>
    <message>
        <source>Save the clients of this list, as searched and filtered, to a spreadsheet.</source>
        <translation>Spara klienterna i denna förteckning, enligt sökning och urval, i en kalkylfil.</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <source>Tailoring suitable tasks with the employer</source>
        <translation>Anpassning av lämpliga arbetsuppgifter med arbetsgivaren</translation>
    </message>
    <message>
        <source>Help with the employment contract and other administration</source>
        <translation>Hjälp med arbetsavtalet och annan administration</translation>
    </message>
    <message>
        <source>Preparing the work community for the newcomer</source>
        <translation>Förberedelse av arbetsgemenskapen inför den nya kollegan</translation>
    </message>
    <message>
        <source>Supporting the employee during employment</source>
        <translation>Stöd till arbetstagaren under anställningen</translation>
    </message>
    <message>
        <source>Supporting the employer during employment</source>
        <translation>Stöd till arbetsgivaren under anställningen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Job coaching: work-coping skills assessed</source>
        <translation>Arbetsträning: färdigheterna i arbetet bedömda</translation>
    </message>
    <message>
        <source>Individual coaching: session</source>
        <translation>Individuell träning: träff</translation>
    </message>
    <message>
        <source>Individual coaching: progress on a goal recorded</source>
        <translation>Individuell träning: framsteg mot ett mål antecknat</translation>
    </message>
    <message>
        <source>Punctuality and attendance</source>
        <translation>Punktlighet och närvaro</translation>
    </message>
    <message>
        <source>Following instructions</source>
        <translation>Att följa instruktioner</translation>
    </message>
    <message>
        <source>Working independently</source>
        <translation>Att arbeta självständigt</translation>
    </message>
    <message>
        <source>Pace and quality of work</source>
        <translation>Arbetets tempo och kvalitet</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Samarbete</translation>
    </message>
    <message>
        <source>Safety at work</source>
        <translation>Arbetssäkerhet</translation>
    </message>
    <message>
        <source>Adapting to change</source>
        <translation>Anpassning till förändringar</translation>
    </message>
    <message>
        <source>1 – needs much support</source>
        <translation>1 – behöver mycket stöd</translation>
    </message>
    <message>
        <source>2 – needs support</source>
        <translation>2 – behöver stöd</translation>
    </message>
    <message>
        <source>3 – manages with some support</source>
        <translation>3 – klarar sig med lite stöd</translation>
    </message>
    <message>
        <source>4 – manages mostly alone</source>
        <translation>4 – klarar sig mestadels själv</translation>
    </message>
    <message>
        <source>5 – manages independently</source>
        <translation>5 – klarar sig självständigt</translation>
    </message>
    <message>
        <source>Functional capacity</source>
        <translation>Funktionsförmåga</translation>
    </message>
    <message>
        <source>Managing everyday life</source>
        <translation>Att klara vardagen</translation>
    </message>
    <message>
        <source>Education and career planning</source>
        <translation>Planering av utbildning och arbetsliv</translation>
    </message>
    <message>
        <source>Motivation and taking responsibility</source>
        <translation>Motivation och att ta ansvar</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialservice</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Employment services</source>
        <translation>Sysselsättningstjänster</translation>
    </message>
    <message>
        <source>(not taken)</source>
        <translation>(inte antecknat)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Giltigt förhinder</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(inte ännu)</translation>
    </message>
    <message>
        <source>Moved to education</source>
        <translation>Gick vidare till utbildning</translation>
    </message>
    <message>
        <source>Moved to work</source>
        <translation>Gick vidare till arbete</translation>
    </message>
    <message>
        <source>Type a name or identity code, then choose</source>
        <translation>Skriv ett namn eller en personbeteckning och välj</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
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
        <source>Changed on another workstation</source>
        <translation>Ändrad på en annan arbetsstation</translation>
    </message>
    <message>
        <source>Someone else saved this after you opened it. Nothing was saved; close and open it again to see their version.</source>
        <translation>Någon annan sparade det här efter att du öppnade det. Ingenting sparades; stäng och öppna igen för att se deras version.</translation>
    </message>
    <message>
        <source>Into work</source>
        <translation>Till arbetslivet</translation>
    </message>
    <message>
        <source>Into education</source>
        <translation>Till utbildning</translation>
    </message>
    <message>
        <source>The group visited</source>
        <translation>Gruppen besökte</translation>
    </message>
    <message>
        <source>A visitor came to the group</source>
        <translation>Besök i gruppen</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Interest organisation (e.g. trade union)</source>
        <translation>Intresseorganisation (t.ex. fackförbund)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
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
        <source>Job coaching: %1</source>
        <translation>Arbetsträning: %1</translation>
    </message>
    <message>
        <source>Joined the coaching group %1</source>
        <translation>Gick med i träningsgruppen %1</translation>
    </message>
    <message>
        <source>Left the coaching group %1</source>
        <translation>Lämnade träningsgruppen %1</translation>
    </message>
    <message>
        <source>Coaching group %1: %2</source>
        <translation>Träningsgruppen %1: %2</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <source>(all employers)</source>
        <translation>(alla arbetsgivare)</translation>
    </message>
    <message>
        <source>%1 goals, %2 sessions</source>
        <translation>mål %1, träffar %2</translation>
    </message>
    <message>
        <source>Entries: %1 · employers: %2 · time in all: %3 h:min</source>
        <translation>Anteckningar: %1 · arbetsgivare: %2 · tid sammanlagt: %3 h:min</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Träning</translation>
    </message>
    <message>
        <source>&amp;Job coaching</source>
        <translation>&amp;Arbetsträning</translation>
    </message>
    <message>
        <source>&amp;Individual coaching</source>
        <translation>&amp;Individuell träning</translation>
    </message>
    <message>
        <source>Employer &amp;support</source>
        <translation>&amp;Stöd till arbetsgivare</translation>
    </message>
    <message>
        <source>&amp;New job-coaching case...</source>
        <translation>&amp;Ny arbetsträning...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Show &amp;ended cases</source>
        <translation>Visa &amp;avslutade</translation>
    </message>
    <message>
        <source>Work-coping &amp;skills list...</source>
        <translation>&amp;Färdigheter i arbetet...</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tränare</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>&amp;New individual coaching...</source>
        <translation>&amp;Ny individuell träning...</translation>
    </message>
    <message>
        <source>Show &amp;ended periods</source>
        <translation>Visa &amp;avslutade</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation>Arbets&amp;givare:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>CoachingTab</name>
    <message>
        <source>C&amp;oaching</source>
        <translation>&amp;Träning</translation>
    </message>
    <message>
        <source>The client&apos;s &amp;coaching, newest first:</source>
        <translation>Klientens &amp;träning, nyaste först:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
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
    <message>
        <source>New &amp;job-coaching case...</source>
        <translation>Ny &amp;arbetsträning...</translation>
    </message>
    <message>
        <source>New &amp;individual coaching...</source>
        <translation>Ny &amp;individuell träning...</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ppna</translation>
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
    <name>DataProtectionDialog</name>
    <message>
        <source>Data protection</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <source>&amp;Retention periods</source>
        <translation>&amp;Lagringstider</translation>
    </message>
    <message>
        <source>&amp;Due for erasure</source>
        <translation>&amp;Att radera</translation>
    </message>
    <message>
        <source>&amp;Privacy notice...</source>
        <translation>&amp;Dataskyddsbeskrivning...</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Inte tillgänglig</translation>
    </message>
    <message>
        <source>The privacy notice could not be made: the database is not available just now.</source>
        <translation>Dataskyddsbeskrivningen kunde inte skapas: databasen är inte tillgänglig just nu.</translation>
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
        <source>Only an administrator can change the database.</source>
        <translation>Endast en administratör kan byta databas.</translation>
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
        <source>This version of Työllistämö uses schema version %1: an administrator updates the register when opening it.</source>
        <translation>Den här versionen av Työllistämö använder schemaversion %1: en huvudanvändare uppdaterar registret när hen öppnar det.</translation>
    </message>
    <message>
        <source>It was last used by a newer version of Työllistämö (this version knows up to schema version %1): install the newer version to use it.</source>
        <translation>Det användes senast av en nyare version av Työllistämö (den här versionen känner till schemaversioner upp till %1): installera den nyare versionen för att använda det.</translation>
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
        <source>The register on %1 must be updated for this version of Työllistämö (schema version %2 to %3). The unit&apos;s administrator updates it once for all workstations with the command: tyollistamo --database URL upgrade</source>
        <translation>Registret på %1 måste uppdateras för den här versionen av Työllistämö (schemaversion %2 till %3). Enhetens administratör uppdaterar det en gång för alla arbetsstationer med kommandot: tyollistamo --database URL upgrade</translation>
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
        <source>The database %1 cannot be opened.</source>
        <translation>Databasen %1 kan inte öppnas.</translation>
    </message>
    <message>
        <source>The database %1 was last used by a newer version of Työllistämö (schema version %2; this version knows up to %3). Install the newer version to open it. The database has not been changed.</source>
        <translation>Databasen %1 användes senast av en nyare version av Työllistämö (strukturversion %2; den här versionen känner till versioner upp till %3). Installera den nyare versionen för att öppna den. Databasen har inte ändrats.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted, and the passphrase given does not open it. The file has not been changed.</source>
        <translation>Databasen %1 är krypterad, och den angivna lösenfrasen öppnar den inte. Filen har inte ändrats.</translation>
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
    <name>DrillDownDialog</name>
    <message>
        <source>Clients behind a figure</source>
        <translation>Klienterna bakom en siffra</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) in the period %1. Open a client with Enter or a double-click.</source>
        <translation>
            <numerusform>%n klient under perioden %1. Öppna en klient med Enter eller dubbelklick.</numerusform>
            <numerusform>%n klienter under perioden %1. Öppna en klient med Enter eller dubbelklick.</numerusform>
        </translation>
    </message>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n more client(s) are counted in the figure but not listed: your role does not give access to their data.</source>
        <translation>
            <numerusform>Ytterligare %n klient räknas i siffran men visas inte: din roll ger inte tillgång till klientens uppgifter.</numerusform>
            <numerusform>Ytterligare %n klienter räknas i siffran men visas inte: din roll ger inte tillgång till deras uppgifter.</numerusform>
        </translation>
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
        <source>Contact person %1, %2: %3</source>
        <translation>Kontaktperson %1, %2: %3</translation>
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
    <name>EmploymentBox</name>
    <message>
        <source>part-time, %1 h a week</source>
        <translation>deltid, %1 h per vecka</translation>
    </message>
    <message>
        <source>part-time</source>
        <translation>deltid</translation>
    </message>
    <message>
        <source>%1 h a week</source>
        <translation>%1 h per vecka</translation>
    </message>
    <message>
        <source>goes on</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (nuvarande)</translation>
    </message>
    <message>
        <source>Employment outside supported work</source>
        <translation>Anställningar utanför stött arbete</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Arbetstid</translation>
    </message>
    <message>
        <source>Add emplo&amp;yment...</source>
        <translation>Lägg till anställ&amp;ning...</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Re&amp;digera...</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>EmploymentContractDocument</name>
    <message>
        <source>Employment contract</source>
        <translation>Arbetsavtal</translation>
    </message>
    <message>
        <source>1. Employer</source>
        <translation>1. Arbetsgivare</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Domicile or place of business</source>
        <translation>Hemort eller driftställe</translation>
    </message>
    <message>
        <source>2. Employee</source>
        <translation>2. Arbetstagare</translation>
    </message>
    <message>
        <source>3. Validity of the contract</source>
        <translation>3. Arbetsavtalets giltighet</translation>
    </message>
    <message>
        <source>Work begins on</source>
        <translation>Arbetet inleds</translation>
    </message>
    <message>
        <source>Trial period</source>
        <translation>Prövotid</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Form of contract</source>
        <translation>Avtalets form</translation>
    </message>
    <message>
        <source>Fixed-term</source>
        <translation>För viss tid</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Ground for the fixed term</source>
        <translation>Grund för visstidsanställningen</translation>
    </message>
    <message>
        <source>Fixed-term contract with a long-term unemployed person under chapter 1, section 3 a of the Employment Contracts Act</source>
        <translation>Avtal för viss tid med en långtidsarbetslös enligt 1 kap. 3 a § i arbetsavtalslagen</translation>
    </message>
    <message>
        <source>Open-ended (valid until further notice)</source>
        <translation>Tills vidare</translation>
    </message>
    <message>
        <source>4. Place of work</source>
        <translation>4. Plats där arbetet utförs</translation>
    </message>
    <message>
        <source>5. Duties</source>
        <translation>5. Arbetsuppgifter</translation>
    </message>
    <message>
        <source>6. Pay</source>
        <translation>6. Lön</translation>
    </message>
    <message>
        <source>Time rate</source>
        <translation>Tidlön</translation>
    </message>
    <message>
        <source>Piece or performance rate</source>
        <translation>Prestationslön</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>månadsvis</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>varannan vecka</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>veckovis</translation>
    </message>
    <message>
        <source>Pay basis</source>
        <translation>Lönegrund</translation>
    </message>
    <message>
        <source>Pay at the start of the employment</source>
        <translation>Lön i början av anställningen</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>Lönebetalningsperiod</translation>
    </message>
    <message>
        <source>Pay days</source>
        <translation>Lönedagar</translation>
    </message>
    <message>
        <source>7. Working time</source>
        <translation>7. Arbetstid</translation>
    </message>
    <message>
        <source>Regular working time</source>
        <translation>Ordinarie arbetstid</translation>
    </message>
    <message>
        <source>8. Annual leave</source>
        <translation>8. Semester</translation>
    </message>
    <message>
        <source>In accordance with the Annual Holidays Act and the collective agreement.</source>
        <translation>Enligt semesterlagen och kollektivavtalet.</translation>
    </message>
    <message>
        <source>9. Notice period</source>
        <translation>9. Uppsägningstid</translation>
    </message>
    <message>
        <source>In accordance with the Employment Contracts Act and the collective agreement.</source>
        <translation>Enligt arbetsavtalslagen och kollektivavtalet.</translation>
    </message>
    <message>
        <source>10. Collective agreement</source>
        <translation>10. Tillämpligt kollektivavtal</translation>
    </message>
    <message>
        <source>11. Insurance</source>
        <translation>11. Försäkringar</translation>
    </message>
    <message>
        <source>12. Wage subsidy</source>
        <translation>12. Lönesubvention</translation>
    </message>
    <message>
        <source>lack of professional skills</source>
        <translation>brister i yrkeskompetensen</translation>
    </message>
    <message>
        <source>reduced work ability</source>
        <translation>nedsatt arbetsförmåga</translation>
    </message>
    <message>
        <source>association, foundation or religious community</source>
        <translation>förening, stiftelse eller religiöst samfund</translation>
    </message>
    <message>
        <source>aged 60 or over</source>
        <translation>fyllda 60 år</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Beviljad av</translation>
    </message>
    <message>
        <source>Track and rate</source>
        <translation>Stödgrund och belopp</translation>
    </message>
    <message>
        <source>Subsidy period</source>
        <translation>Stödperiod</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>Maximibelopp per månad</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Arbetstränare</translation>
    </message>
    <message>
        <source>13. Other terms</source>
        <translation>13. Övriga villkor</translation>
    </message>
    <message>
        <source>This contract has been made in two identical copies, one for each party.</source>
        <translation>Detta avtal har upprättats i två likalydande exemplar, ett för vardera parten.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Arbetstagare</translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <source>Write the date as day.month.year, e.g. 3.12.2026.</source>
        <translation>Skriv datumet som dag.månad.år, t.ex. 3.12.2026.</translation>
    </message>
    <message>
        <source>Write the hours as a number, e.g. 15 or 7,5.</source>
        <translation>Skriv timmarna som ett tal, t.ex. 15 eller 7,5.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The database is not available just now. Nothing was saved.</source>
        <translation>Databasen är inte tillgänglig just nu. Ingenting sparades.</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Anställning</translation>
    </message>
    <message>
        <source>A job the client has or had, also part-time. The employer of a job that goes on during a work trial cannot organise the trial (%1).</source>
        <translation>Ett arbete som klienten har eller har haft, även på deltid. En arbetsgivare som klienten arbetar hos under arbetsprövningen kan inte ge arbetsprövningen (%1).</translation>
    </message>
    <message>
        <source>(not in the register: write the name)</source>
        <translation>(inte i registret: skriv namnet)</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Arbetsgivare:</translation>
    </message>
    <message>
        <source>&amp;Name of the employer:</source>
        <translation>Arbetsgivarens &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>&amp;FO-nummer:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>empty: goes on</source>
        <translation>tomt: pågår</translation>
    </message>
    <message>
        <source>&amp;Part-time</source>
        <translation>&amp;Deltid</translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Timmar per vecka:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Anmärkning:</translation>
    </message>
</context>
<context>
    <name>EmploymentPlan</name>
    <message>
        <source>Employment plan</source>
        <translation>Sysselsättningsplan</translation>
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
        <source>Wage-subsidised work</source>
        <translation>Lönesubventionerat arbete</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Annan service</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialservice</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>FPA</translation>
    </message>
    <message>
        <source>Debt counselling</source>
        <translation>Skuldrådgivning</translation>
    </message>
    <message>
        <source>Mental health and substance abuse services</source>
        <translation>Mentalvårds- och missbrukartjänster</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Förverkligad</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Klienten avböjde</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Date of the plan</source>
        <translation>Planens datum</translation>
    </message>
    <message>
        <source>Responsible counsellor</source>
        <translation>Ansvarig handledare</translation>
    </message>
    <message>
        <source>Guidance process started</source>
        <translation>Handledningsprocessen inledd</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Work history</source>
        <translation>Arbetshistoria</translation>
    </message>
    <message>
        <source>Skills and strengths, the client&apos;s view</source>
        <translation>Kunnande och styrkor, klientens syn</translation>
    </message>
    <message>
        <source>Skills and strengths, the counsellor&apos;s view</source>
        <translation>Kunnande och styrkor, handledarens syn</translation>
    </message>
    <message>
        <source>Work and functional ability, the client&apos;s view</source>
        <translation>Arbets- och funktionsförmåga, klientens syn</translation>
    </message>
    <message>
        <source>Work and functional ability, the counsellor&apos;s view</source>
        <translation>Arbets- och funktionsförmåga, handledarens syn</translation>
    </message>
    <message>
        <source>The client&apos;s own wishes</source>
        <translation>Klientens egna önskemål</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Short-term goals</source>
        <translation>Mål på kort sikt</translation>
    </message>
    <message>
        <source>Long-term goals</source>
        <translation>Mål på lång sikt</translation>
    </message>
    <message>
        <source>Agreed measures and services</source>
        <translation>Avtalade åtgärder och tjänster</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No measures agreed.</source>
        <translation>Inga åtgärder har avtalats.</translation>
    </message>
    <message>
        <source>Job-search obligation</source>
        <translation>Skyldighet att söka arbete</translation>
    </message>
    <message>
        <source>The employment authority has set a job-search obligation. Job opportunities to apply for in three months: %1.</source>
        <translation>Arbetskraftsmyndigheten har fastställt en skyldighet att söka arbete. Arbetstillfällen att söka under tre månader: %1.</translation>
    </message>
    <message>
        <source>The employment authority has set a job-search obligation. Job opportunities to apply for each month: %1.</source>
        <translation>Arbetskraftsmyndigheten har fastställt en skyldighet att söka arbete. Arbetstillfällen att söka per månad: %1.</translation>
    </message>
    <message>
        <source>No job-search obligation set by the employment authority is recorded in this plan.</source>
        <translation>I den här planen har ingen skyldighet att söka arbete som fastställts av arbetskraftsmyndigheten antecknats.</translation>
    </message>
    <message>
        <source>Advice and onward referral</source>
        <translation>Rådgivning och hänvisning vidare</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>The plan will be reviewed together on %1 at the latest. The client tells the counsellor if the situation changes or a measure cannot be carried out as agreed.</source>
        <translation>Planen ses över tillsammans senast %1. Klienten meddelar handledaren om situationen förändras eller om en åtgärd inte kan genomföras som avtalat.</translation>
    </message>
    <message>
        <source>This plan has been drawn up together by the client and the counsellor. The client has received a copy of it.</source>
        <translation>Planen har utarbetats tillsammans av klienten och handledaren. Klienten har fått en kopia av den.</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Handledare</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation>Kryptera databasen</translation>
    </message>
    <message>
        <source>The database and its backups will be encrypted with this passphrase (SQLCipher, AES-256). Every start asks for it, and so do the command-line tools. Whoever loses the passphrase loses the data: nobody can open the database or the backups without it. Store it safely, e.g. sealed in the unit&apos;s safe.

The unencrypted database is kept until the encrypted copy has been checked (every table and row), then overwritten and deleted.</source>
        <translation>Databasen och dess säkerhetskopior krypteras med denna lösenfras (SQLCipher, AES-256). Den frågas vid varje start, och kommandoradsverktygen behöver den också. Den som tappar bort lösenfrasen förlorar uppgifterna: ingen kan öppna databasen eller säkerhetskopiorna utan den. Förvara den säkert, t.ex. förseglad i enhetens kassaskåp.

Den okrypterade databasen behålls tills den krypterade kopian har kontrollerats (varje tabell och rad), sedan skrivs den över och raderas.</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Ny &amp;lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>minst %n tecken</numerusform>
            <numerusform>minst %n tecken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also overwrite and delete the %n unencrypted backups and copies (after a first encrypted backup)</source>
        <translation>
            <numerusform>Skriv också över och radera %n okrypterad säkerhetskopia eller kopia (efter en första krypterad säkerhetskopia)</numerusform>
            <numerusform>Skriv också över och radera de %n okrypterade säkerhetskopiorna och kopiorna (efter en första krypterad säkerhetskopia)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Kryptera</translation>
    </message>
    <message>
        <source>The database was not encrypted: %1. The unencrypted database is unchanged and still in use.</source>
        <translation>Databasen krypterades inte: %1. Den okrypterade databasen är oförändrad och fortfarande i bruk.</translation>
    </message>
</context>
<context>
    <name>EncryptionFindings</name>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Lösenfrasen måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The passphrase is too simple: use more different characters.</source>
        <translation>Lösenfrasen är för enkel: använd fler olika tecken.</translation>
    </message>
    <message>
        <source>The passphrases are not the same.</source>
        <translation>Lösenfraserna är inte likadana.</translation>
    </message>
    <message>
        <source>This is not the database&apos;s current passphrase.</source>
        <translation>Detta är inte databasens nuvarande lösenfras.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End the arrangement</source>
        <translation>Avsluta arrangemanget</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Avslutades:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, e.g. 3.12.2026.</source>
        <translation>Skriv datumet som dag.månad.år, t.ex. 3.12.2026.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Slutet kan inte vara före början.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase client</source>
        <translation>Radering av klient</translation>
    </message>
    <message>
        <source>Erase client %1: %2</source>
        <translation>Radera klient %1: %2</translation>
    </message>
    <message>
        <source>The retention period ended on %1.</source>
        <translation>Lagringstiden gick ut %1.</translation>
    </message>
    <message>
        <source>The retention period runs until %1. Erasing before that needs a legal reason, which is logged.</source>
        <translation>Lagringstiden löper till %1. Att radera före det kräver en rättslig grund, som loggas.</translation>
    </message>
    <message>
        <source>The client relationship has not ended, so the retention period has not begun. Erasing now needs a legal reason, which is logged.</source>
        <translation>Klientrelationen har inte upphört, så lagringstiden har inte börjat. Att radera nu kräver en rättslig grund, som loggas.</translation>
    </message>
    <message>
        <source>Erased irreversibly:</source>
        <translation>Raderas permanent:</translation>
    </message>
    <message>
        <source>Identity: names, personal identity code, day and month of birth, address, phone, e-mail, other language, the referrer&apos;s details, the consent and closing texts</source>
        <translation>Identifieringsuppgifter: namn, personbeteckning, födelsedag och -månad, adress, telefon, e-post, annat språk, remittentens uppgifter, texterna om samtycke och avslutning</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PDF files of %n archived document(s) and their signers&apos; names</source>
        <translation>
            <numerusform>PDF-filen för %n arkiverad handling och undertecknarnas namn</numerusform>
            <numerusform>PDF-filerna för %n arkiverade handlingar och undertecknarnas namn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The free text of %n other record(s): guidance, coaching and supported work (plans, notes, assessments, reasons)</source>
        <translation>
            <numerusform>Den fria texten i %n annan post: handledning, träning och stött arbete (planer, anteckningar, bedömningar, motiveringar)</numerusform>
            <numerusform>Den fria texten i %n andra poster: handledning, träning och stött arbete (planer, anteckningar, bedömningar, motiveringar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, without identity, so that statistics add up:</source>
        <translation>Bevaras utan identifieringsuppgifter, så att statistiken stämmer:</translation>
    </message>
    <message>
        <source>Client number, status, outcome and the date the relationship ended</source>
        <translation>Klientnummer, status, resultat och datum då klientrelationen upphörde</translation>
    </message>
    <message>
        <source>Services and their dates, benefit status, service language and year of birth</source>
        <translation>Tjänster och deras datum, förmånsstatus, servicespråk och födelseår</translation>
    </message>
    <message>
        <source>The dates and codes of agreements, coaching and guidance</source>
        <translation>Datum och koder för avtal, träning och handledning</translation>
    </message>
    <message>
        <source>The audit log, including this erasure and its reason</source>
        <translation>Loggen, också denna radering och dess grund</translation>
    </message>
    <message>
        <source>&amp;Legal reason for erasing now (required, logged):</source>
        <translation>&amp;Rättslig grund för att radera nu (obligatorisk, loggas):</translation>
    </message>
    <message>
        <source>&amp;Note for the log (optional):</source>
        <translation>&amp;Anteckning i loggen (frivillig):</translation>
    </message>
    <message>
        <source>e.g. the client&apos;s request under GDPR article 17, decision no. ...</source>
        <translation>t.ex. klientens begäran enligt artikel 17 i dataskyddsförordningen, beslut nr ...</translation>
    </message>
    <message>
        <source>I understand that the erasure cannot be undone.</source>
        <translation>Jag förstår att raderingen inte kan ångras.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <source>The retention period has not ended: write the legal reason for erasing now.</source>
        <translation>Lagringstiden har inte gått ut: skriv den rättsliga grunden för att radera nu.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Inte raderad</translation>
    </message>
    <message>
        <source>The database could not be written just now. Nothing was erased; try again in a moment.</source>
        <translation>Det gick inte att skriva i databasen just nu. Ingenting raderades; försök igen om en stund.</translation>
    </message>
</context>
<context>
    <name>ErasurePage</name>
    <message>
        <source>Clients whose client relationship ended longer ago than the retention periods that apply to them. Erasing anonymises a client irreversibly; a client who is not yet due can be erased only with a legal reason, which is logged.</source>
        <translation>Klienter vars klientrelation upphörde för längre sedan än de lagringstider som gäller dem. Radering anonymiserar klienten permanent; en klient vars lagringstid inte har gått ut kan raderas endast med en rättslig grund, som loggas.</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Klientnummer</translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation>Klientrelationen upphörde</translation>
    </message>
    <message>
        <source>Erasure due</source>
        <translation>Ska raderas från</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Försenad (dagar)</translation>
    </message>
    <message>
        <source>Periods applied</source>
        <translation>Tillämpade lagringstider</translation>
    </message>
    <message>
        <source>Client &amp;number:</source>
        <translation>Klient&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Erase...</source>
        <translation>&amp;Radera...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>No client is due for erasure.</source>
        <translation>Ingen klient ska raderas.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) due for erasure.</source>
        <translation>
            <numerusform>%n klient ska raderas.</numerusform>
            <numerusform>%n klienter ska raderas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them more than a year overdue.</source>
        <translation>
            <numerusform>Av dem är %n över ett år försenad.</numerusform>
            <numerusform>Av dem är %n över ett år försenade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the client&apos;s number (a whole number).</source>
        <translation>Ange klientnumret (ett heltal).</translation>
    </message>
    <message>
        <source>There is no client with this number.</source>
        <translation>Det finns ingen klient med detta nummer.</translation>
    </message>
    <message>
        <source>The database is not available just now; try again.</source>
        <translation>Databasen är inte tillgänglig just nu; försök igen.</translation>
    </message>
    <message>
        <source>This client has already been erased.</source>
        <translation>Den här klienten har redan raderats.</translation>
    </message>
</context>
<context>
    <name>ExchangeFields</name>
    <message>
        <source>Client number</source>
        <translation>Klientnummer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Service language</source>
        <translation>Servicespråk</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Vilket språk</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolk behövs</translation>
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
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Förmån</translation>
    </message>
    <message>
        <source>Which benefit</source>
        <translation>Vilken förmån</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Arbetslös sedan</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Hänvisad av</translation>
    </message>
    <message>
        <source>Referrer&apos;s contact person</source>
        <translation>Hänvisarens kontaktperson</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Ansvarig anställd</translation>
    </message>
    <message>
        <source>Information given on</source>
        <translation>Information lämnad den</translation>
    </message>
    <message>
        <source>Information and consent</source>
        <translation>Information och samtycke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutad den</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Orsak till avslutandet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
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
        <source>Kind of organisation</source>
        <translation>Typ av organisation</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact person&apos;s role</source>
        <translation>Kontaktpersonens uppgift</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone number</source>
        <translation>Kontaktpersonens telefonnummer</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail address</source>
        <translation>Kontaktpersonens e-postadress</translation>
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
        <source>Write the time as 9.30 or 14.00.</source>
        <translation>Skriv klockslaget som 9.30 eller 14.00.</translation>
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
        <source>Give the period as whole years, from %1 to %2.</source>
        <translation>Ange lagringstiden i hela år, %1–%2.</translation>
    </message>
    <message>
        <source>A period cannot apply from before %1.</source>
        <translation>En lagringstid kan inte gälla från före %1.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address for the person named.</source>
        <translation>Ange ett telefonnummer eller en e-postadress för den namngivna personen.</translation>
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
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Welcome to Työllistämö</source>
        <translation>Välkommen till Työllistämö</translation>
    </message>
    <message>
        <source>Create the account of the unit&apos;s first administrator. The administrator adds the other users and their roles. Remember the password: it is stored only in a form that cannot be turned back into the password.</source>
        <translation>Skapa kontot för enhetens första huvudanvändare. Huvudanvändaren lägger till de andra användarna och deras roller. Kom ihåg lösenordet: det sparas bara i en form som inte kan göras om till lösenordet.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>minst %n tecken</numerusform>
            <numerusform>minst %n tecken</numerusform>
        </translation>
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
    <name>GroupDialog</name>
    <message>
        <source>The list of members has changed; it has been read again.</source>
        <translation>Medlemslistan har ändrats; den har lästs in på nytt.</translation>
    </message>
    <message>
        <source>New coaching group</source>
        <translation>Ny träningsgrupp</translation>
    </message>
    <message>
        <source>Coaching group: %1</source>
        <translation>Träningsgrupp: %1</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupp</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Medlemmar</translation>
    </message>
    <message>
        <source>&amp;Sessions and attendance</source>
        <translation>&amp;Träffar och närvaro</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Besök</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation>Må&amp;l:</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation>Sc&amp;hema:</translation>
    </message>
    <message>
        <source>&amp;Coaches:</source>
        <translation>&amp;Tränare:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>e.g. Tuesdays and Thursdays 9–12</source>
        <translation>t.ex. tisdagar och torsdagar 9–12</translation>
    </message>
    <message>
        <source>Sa&amp;ve group</source>
        <translation>S&amp;para gruppen</translation>
    </message>
    <message>
        <source>A client joins the group</source>
        <translation>En klient går med i gruppen</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Gick med:</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Lägg till &amp;medlem</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Gick med</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lämnade</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>The chosen member</source>
        <translation>Vald medlem</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Lämnade:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>What &amp;next:</source>
        <translation>&amp;Vad härnäst:</translation>
    </message>
    <message>
        <source>Record lea&amp;ving</source>
        <translation>Anteckna &amp;avslut</translation>
    </message>
    <message>
        <source>Record &amp;outcome</source>
        <translation>Anteckna &amp;resultat</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny träff</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Klockan:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>e.g. 9.30</source>
        <translation>t.ex. 9.30</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>Lägg till &amp;träff</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klockan</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Giltigt förhinder</translation>
    </message>
    <message>
        <source>Attendance of the chosen session</source>
        <translation>Närvaro vid vald träff</translation>
    </message>
    <message>
        <source>&amp;Keys: 1 present, 2 absent, 3 excused, 0 clear; Space changes. Each key moves to the next member.</source>
        <translation>&amp;Tangenter: 1 närvarande, 2 frånvarande, 3 giltigt förhinder, 0 tömmer; mellanslag växlar. Varje tangent flyttar till nästa medlem.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Save attenda&amp;nce</source>
        <translation>Spara när&amp;varo</translation>
    </message>
    <message>
        <source>&amp;Print attendance sheet...</source>
        <translation>Skriv &amp;ut närvarolista...</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nytt besök</translation>
    </message>
    <message>
        <source>&amp;Kind of visit:</source>
        <translation>Typ av &amp;besök:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Vem:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <source>What was &amp;learnt:</source>
        <translation>Vad man &amp;lärde sig:</translation>
    </message>
    <message>
        <source>&amp;Add visit</source>
        <translation>Lägg till b&amp;esök</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>What was learnt</source>
        <translation>Vad man lärde sig</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n grupp.</numerusform>
            <numerusform>%n grupper.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coaching groups</source>
        <translation>Träningsgrupper</translation>
    </message>
    <message>
        <source>&amp;New group...</source>
        <translation>&amp;Ny grupp...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Show &amp;ended groups</source>
        <translation>Visa &amp;avslutade grupper</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Tränare</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Träffar</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inledd</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Senast sparad</translation>
    </message>
    <message numerus="yes">
        <source>%n open process(es).</source>
        <translation>
            <numerusform>%n öppen process.</numerusform>
            <numerusform>%n öppna processer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Guidance processes that are open. Continue one where it was left off, or start a new one from the client&apos;s card (Guidance tab).</source>
        <translation>Öppna handledningsprocesser. Fortsätt en process där den lämnades, eller börja en ny på klientkortets flik Handledning.</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Endast &amp;mina</translation>
    </message>
    <message>
        <source>&amp;Continue...</source>
        <translation>&amp;Fortsätt...</translation>
    </message>
    <message>
        <source>Open client &amp;card</source>
        <translation>Öppna klient&amp;kortet</translation>
    </message>
</context>
<context>
    <name>GuidancePlan</name>
    <message>
        <source>The plan is not complete yet</source>
        <translation>Planen är inte klar ännu</translation>
    </message>
    <message>
        <source>The employment plan can be printed when the required information is filled in on these pages:</source>
        <translation>Sysselsättningsplanen kan skrivas ut när de obligatoriska uppgifterna är ifyllda på de här sidorna:</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>Databasen är inte tillgänglig</translation>
    </message>
    <message>
        <source>The database cannot be reached just now. Try again.</source>
        <translation>Databasen kan inte nås just nu. Försök igen.</translation>
    </message>
</context>
<context>
    <name>GuidanceTab</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Avslutad:</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Handledning</translation>
    </message>
    <message>
        <source>No guidance process is open.</source>
        <translation>Ingen handledningsprocess är öppen.</translation>
    </message>
    <message>
        <source>%1 since %2, responsible counsellor %3. Now at: %4.</source>
        <translation>%1 sedan %2, ansvarig handledare %3. Nu i fasen: %4.</translation>
    </message>
    <message>
        <source>Guidance process</source>
        <translation>Handledningsprocess</translation>
    </message>
    <message>
        <source>&amp;Start a guidance process</source>
        <translation>&amp;Inled en handledningsprocess</translation>
    </message>
    <message>
        <source>&amp;Continue...</source>
        <translation>&amp;Fortsätt...</translation>
    </message>
    <message>
        <source>&amp;Interrupt...</source>
        <translation>A&amp;vbryt processen...</translation>
    </message>
    <message>
        <source>Employment &amp;plan...</source>
        <translation>Sysselsättnings&amp;plan...</translation>
    </message>
    <message>
        <source>All &amp;processes, oldest first:</source>
        <translation>Alla &amp;processer, äldsta först:</translation>
    </message>
    <message>
        <source>S&amp;how...</source>
        <translation>&amp;Visa...</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inledd</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome or reason</source>
        <translation>Resultat eller orsak</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Client closed</source>
        <translation>Klientskapet avslutat</translation>
    </message>
    <message>
        <source>The client is closed. Reopen the client to start a process.</source>
        <translation>Klientskapet är avslutat. Öppna klientskapet på nytt för att inleda en process.</translation>
    </message>
    <message>
        <source>Interrupt the guidance process</source>
        <translation>Avbryt handledningsprocessen</translation>
    </message>
    <message>
        <source>Not interrupted</source>
        <translation>Inte avbruten</translation>
    </message>
    <message>
        <source>The process was changed or ended elsewhere meanwhile. Look at it and try again.</source>
        <translation>Processen ändrades eller avslutades på annat håll under tiden. Granska den och försök igen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The database could not be written just now (it may be busy or out of reach). Nothing was saved. Try again in a moment.</source>
        <translation>Databasen kunde inte skrivas just nu (den kan vara upptagen eller utom räckhåll). Inget sparades. Försök igen om en stund.</translation>
    </message>
</context>
<context>
    <name>GuidanceVocabulary</name>
    <message>
        <source>Initial assessment and situation</source>
        <translation>Inledande kartläggning och situationsbedömning</translation>
    </message>
    <message>
        <source>Goals and realistic options</source>
        <translation>Mål och realistiska möjligheter</translation>
    </message>
    <message>
        <source>Employment plan</source>
        <translation>Sysselsättningsplan</translation>
    </message>
    <message>
        <source>Support and guidance during implementation</source>
        <translation>Stöd och handledning under genomförandet</translation>
    </message>
    <message>
        <source>Evaluation and next steps</source>
        <translation>Utvärdering och fortsatta åtgärder</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Kort sikt</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Lång sikt</translation>
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
        <source>Wage-subsidised work</source>
        <translation>Lönesubventionerat arbete</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Annan service</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>Visit to the workplace</source>
        <translation>Besök på arbetsplatsen</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialservice</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>FPA</translation>
    </message>
    <message>
        <source>Debt counselling</source>
        <translation>Skuldrådgivning</translation>
    </message>
    <message>
        <source>Mental health and substance abuse services</source>
        <translation>Mentalvårds- och missbrukartjänster</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Förverkligad</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Klienten avböjde</translation>
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
        <source>Rehabilitation</source>
        <translation>Rehabilitering</translation>
    </message>
    <message>
        <source>Guidance continues</source>
        <translation>Handledningen fortsätter</translation>
    </message>
    <message>
        <source>No change in the situation</source>
        <translation>Ingen förändring i situationen</translation>
    </message>
    <message>
        <source>Add at least one goal agreed with the client.</source>
        <translation>Lägg till minst ett mål som avtalats med klienten.</translation>
    </message>
    <message>
        <source>Add at least one measure to the plan.</source>
        <translation>Lägg till minst en åtgärd i planen.</translation>
    </message>
    <message>
        <source>A measure ends before it starts; check its dates.</source>
        <translation>En åtgärd slutar innan den börjar; kontrollera datumen.</translation>
    </message>
    <message>
        <source>This process has already ended and can no longer be changed.</source>
        <translation>Den här processen har redan avslutats och kan inte längre ändras.</translation>
    </message>
</context>
<context>
    <name>GuidanceWizard</name>
    <message>
        <source>Phase %1 of %2. %3</source>
        <translation>Fas %1 av %2. %3</translation>
    </message>
    <message>
        <source>Some required information is still missing on this page. You can go on and come back later; the plan cannot be printed nor the process completed until it is filled in.</source>
        <translation>Obligatoriska uppgifter saknas ännu på den här sidan. Du kan gå vidare och komma tillbaka senare; planen kan inte skrivas ut och processen inte slutföras förrän de är ifyllda.</translation>
    </message>
    <message>
        <source>Responsible co&amp;unsellor:</source>
        <translation>Ansvarig &amp;handledare:</translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation>&amp;Inledd:</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>&amp;Utbildning:</translation>
    </message>
    <message>
        <source>&amp;Work history:</source>
        <translation>A&amp;rbetshistoria:</translation>
    </message>
    <message>
        <source>&amp;Life situation:</source>
        <translation>&amp;Livssituation:</translation>
    </message>
    <message>
        <source>The client&apos;s own w&amp;ishes:</source>
        <translation>Klientens egna ön&amp;skemål:</translation>
    </message>
    <message>
        <source>The client&apos;s view</source>
        <translation>Klientens syn</translation>
    </message>
    <message>
        <source>The counsellor&apos;s view</source>
        <translation>Handledarens syn</translation>
    </message>
    <message>
        <source>S&amp;kills and strengths:</source>
        <translation>&amp;Kunnande och styrkor:</translation>
    </message>
    <message>
        <source>Work and &amp;functional ability:</source>
        <translation>Arbets- och &amp;funktionsförmåga:</translation>
    </message>
    <message>
        <source>&amp;Obstacles to employment:</source>
        <translation>H&amp;inder för sysselsättning:</translation>
    </message>
    <message>
        <source>Su&amp;mmary for the plan:</source>
        <translation>Sa&amp;mmanfattning för planen:</translation>
    </message>
    <message>
        <source>Go through the client&apos;s situation together; where views differ, write down both.</source>
        <translation>Gå igenom klientens situation tillsammans; där synerna skiljer sig, skriv ner båda.</translation>
    </message>
    <message>
        <source>%1, the client&apos;s view</source>
        <translation>%1, klientens syn</translation>
    </message>
    <message>
        <source>%1, the counsellor&apos;s view</source>
        <translation>%1, handledarens syn</translation>
    </message>
    <message>
        <source>Skills and strengths</source>
        <translation>Kunnande och styrkor</translation>
    </message>
    <message>
        <source>Work and functional ability</source>
        <translation>Arbets- och funktionsförmåga</translation>
    </message>
    <message>
        <source>Obstacles to employment</source>
        <translation>Hinder för sysselsättning</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Sikt:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Option:</source>
        <translation>&amp;Alternativ:</translation>
    </message>
    <message>
        <source>What speaks &amp;for it:</source>
        <translation>Vad talar &amp;för:</translation>
    </message>
    <message>
        <source>What speaks &amp;against it:</source>
        <translation>Vad talar &amp;emot:</translation>
    </message>
    <message>
        <source>The client&apos;s own &amp;assessment:</source>
        <translation>Klientens egen &amp;bedömning:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Short- and long-term &amp;goals:</source>
        <translation>&amp;Mål på kort och lång sikt:</translation>
    </message>
    <message>
        <source>Realistic &amp;options considered, with what speaks for and against each:</source>
        <translation>Realistiska &amp;alternativ som övervägts, med vad som talar för och emot vart och ett:</translation>
    </message>
    <message>
        <source>Set the goals with the client and weigh the realistic options.</source>
        <translation>Sätt upp målen tillsammans med klienten och väg de realistiska alternativen.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>&amp;Date of the plan:</source>
        <translation>Planens &amp;datum:</translation>
    </message>
    <message>
        <source>Agreed &amp;measures and services:</source>
        <translation>Avtalade &amp;åtgärder och tjänster:</translation>
    </message>
    <message>
        <source>&amp;Applications:</source>
        <translation>A&amp;nsökningar:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Tilläggsuppgifter:</translation>
    </message>
    <message>
        <source>The employment authority has set a job-search &amp;obligation</source>
        <translation>Arbetskraftsmyndigheten har fastställt en &amp;skyldighet att söka arbete</translation>
    </message>
    <message>
        <source>Next revie&amp;w:</source>
        <translation>Nästa upp&amp;följning:</translation>
    </message>
    <message>
        <source>Job-search obligation</source>
        <translation>Skyldighet att söka arbete</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per månad</translation>
    </message>
    <message>
        <source>per three months</source>
        <translation>per tre månader</translation>
    </message>
    <message>
        <source>Agree the measures, who is responsible for each and when, and the next review.</source>
        <translation>Kom överens om åtgärderna, vem som ansvarar för var och en och när, och nästa uppföljning.</translation>
    </message>
    <message>
        <source>(no particular measure)</source>
        <translation>(ingen särskild åtgärd)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Concerns:</source>
        <translation>&amp;Gäller:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>Agreed next &amp;step:</source>
        <translation>Avtalat nästa &amp;steg:</translation>
    </message>
    <message>
        <source>Next &amp;meeting:</source>
        <translation>Nästa &amp;möte:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Follow-up meetings, calls and workplace visits:</source>
        <translation>&amp;Uppföljningsmöten, samtal och besök på arbetsplatsen:</translation>
    </message>
    <message>
        <source>Record how the plan is carried out, e.g. visits during a work trial.</source>
        <translation>Anteckna hur planen genomförs, t.ex. besök under en arbetsprövning.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Vad:</translation>
    </message>
    <message>
        <source>E&amp;valuation:</source>
        <translation>&amp;Utvärdering:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Sikt:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>What was &amp;achieved:</source>
        <translation>Vad som &amp;uppnåddes:</translation>
    </message>
    <message>
        <source>Evaluation of a measure</source>
        <translation>Utvärdering av en åtgärd</translation>
    </message>
    <message>
        <source>What was achieved</source>
        <translation>Vad som uppnåddes</translation>
    </message>
    <message>
        <source>Evaluation of each &amp;measure:</source>
        <translation>Utvärdering av varje &amp;åtgärd:</translation>
    </message>
    <message>
        <source>What was achieved against each &amp;goal:</source>
        <translation>Vad som uppnåddes för varje &amp;mål:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>&amp;Overall evaluation:</source>
        <translation>&amp;Helhetsbedömning:</translation>
    </message>
    <message>
        <source>Agreed &amp;follow-up measures:</source>
        <translation>Avtalade &amp;fortsatta åtgärder:</translation>
    </message>
    <message>
        <source>Follow-up &amp;date:</source>
        <translation>&amp;Datum för fortsatta åtgärder:</translation>
    </message>
    <message>
        <source>Process &amp;ended on:</source>
        <translation>Processen avs&amp;lutades:</translation>
    </message>
    <message>
        <source>Evaluate the plan with the client, agree what follows, and complete the process.</source>
        <translation>Utvärdera planen med klienten, kom överens om fortsättningen och slutför processen.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Recorded in:</source>
        <translation>Antecknad i fasen:</translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation>Hänvisningar vidare</translation>
    </message>
    <message>
        <source>Advice, support and onward referral to other services during the process.</source>
        <translation>Rådgivning, stöd och hänvisning vidare till andra tjänster under processen.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <source>Guidance process: %1</source>
        <translation>Handledningsprocess: %1</translation>
    </message>
    <message>
        <source>&amp;Referrals...</source>
        <translation>&amp;Hänvisningar...</translation>
    </message>
    <message>
        <source>&amp;Print plan...</source>
        <translation>Skriv &amp;ut planen...</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>Sa&amp;ve and close</source>
        <translation>Spara och st&amp;äng</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>&amp;Complete process</source>
        <translation>&amp;Slutför processen</translation>
    </message>
    <message>
        <source>Not yet complete</source>
        <translation>Inte klar ännu</translation>
    </message>
    <message>
        <source>The process can be completed when the required information is filled in on these pages:</source>
        <translation>Processen kan slutföras när de obligatoriska uppgifterna är ifyllda på de här sidorna:</translation>
    </message>
    <message>
        <source>Values that cannot be saved</source>
        <translation>Värden som inte kan sparas</translation>
    </message>
    <message>
        <source>Some values on this page are not valid (see the messages next to them) and would not be saved. Close anyway?</source>
        <translation>Några värden på den här sidan är inte giltiga (se meddelandena bredvid dem) och skulle inte sparas. Stänga ändå?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The draft could not be saved. Close anyway and lose what was typed since the last page change?</source>
        <translation>Utkastet kunde inte sparas. Stänga ändå och förlora det som skrivits sedan senaste sidbyte?</translation>
    </message>
    <message>
        <source>The database could not be written just now (it may be busy or out of reach). Nothing was saved; what you typed is still here. Try again in a moment.</source>
        <translation>Databasen kunde inte skrivas just nu (den kan vara upptagen eller utom räckhåll). Inget sparades; det du skrev finns kvar. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Ändrad på en annan arbetsstation</translation>
    </message>
    <message>
        <source>Someone else saved this guidance process after you opened it. Your changes have not been saved, and theirs have not been overwritten. Close the wizard and open it again to see their version.</source>
        <translation>Någon annan sparade den här handledningsprocessen efter att du öppnade den. Dina ändringar har inte sparats och deras har inte skrivits över. Stäng guiden och öppna den igen för att se deras version.</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Kontroll av raderna</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rader med fel</translation>
    </message>
    <message>
        <source>Import &amp;all rows, or nothing if any row has a problem</source>
        <translation>Importera &amp;alla rader, eller ingenting om någon rad har fel</translation>
    </message>
    <message>
        <source>Import &amp;only the rows without problems and skip the others</source>
        <translation>Importera &amp;bara raderna utan fel och hoppa över de andra</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Raderna kontrolleras</translation>
    </message>
    <message>
        <source>Checking the rows...</source>
        <translation>Raderna kontrolleras...</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>Filen har %n rad.</numerusform>
            <numerusform>Filen har %n rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n rad kan importeras.</numerusform>
            <numerusform>%n rader kan importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; they are listed below.</source>
        <translation>
            <numerusform>%n rad har fel; den visas nedan.</numerusform>
            <numerusform>%n rader har fel; de visas nedan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has problems.</source>
        <translation>Ingen rad har fel.</translation>
    </message>
    <message>
        <source>The first %1 problems are shown.</source>
        <translation>De första %1 felen visas.</translation>
    </message>
    <message>
        <source>Nothing can be imported all at once while rows have problems. Correct them in the file and choose it again, or import only the rows without problems.</source>
        <translation>Ingenting kan importeras på en gång så länge rader har fel. Rätta dem i filen och välj den igen, eller importera bara raderna utan fel.</translation>
    </message>
    <message>
        <source>There are no rows to import.</source>
        <translation>Det finns inga rader att importera.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importeras</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Koppla kolumnerna</translation>
    </message>
    <message>
        <source>Choose which field each column fills. Columns were matched by their headings; a column left as “not imported” is skipped. The choice is remembered for the next file.</source>
        <translation>Välj vilket fält varje kolumn fyller. Kolumnerna har kopplats till fält enligt sina rubriker; en kolumn som står som ”importeras inte” hoppas över. Valet sparas till nästa fil.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Första värden</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Filens kolumner</translation>
    </message>
    <message>
        <source>The &amp;first row names the columns</source>
        <translation>&amp;Första raden anger kolumnernas namn</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Fält för kolumnen %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>Each field can be filled from one column only: %1.</source>
        <translation>Ett fält kan fyllas från endast en kolumn: %1.</translation>
    </message>
    <message>
        <source>Choose a column for the required fields (*): %1.</source>
        <translation>Välj en kolumn för de obligatoriska fälten (*): %1.</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Val av fil</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (XLSX) file with one employer per row. The first row should name the columns, for example Nimi, Y-tunnus, Postinumero. Nothing is written before the last step.</source>
        <translation>Välj en CSV- eller Excel-fil (XLSX) med en arbetsgivare per rad. Den första raden ska ange kolumnernas namn, till exempel Namn, FO-nummer, Postnummer. Ingenting sparas före det sista steget.</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (XLSX) file with one client per row. The first row should name the columns, for example Etunimi, Sukunimi, Henkilötunnus. Nothing is written before the last step.</source>
        <translation>Välj en CSV- eller Excel-fil (XLSX) med en klient per rad. Den första raden ska ange kolumnernas namn, till exempel Förnamn, Efternamn, Personbeteckning. Ingenting sparas före det sista steget.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bläddra...</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Kalkylfiler (*.xlsx *.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Filen läses</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>Only CSV (.csv) and Excel (.xlsx) files can be imported.</source>
        <translation>Bara CSV-filer (.csv) och Excel-filer (.xlsx) kan importeras.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Filen har inga rader.</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook.</source>
        <translation>Filen kan inte läsas som en Excel-arbetsbok.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>“%1” is not one of the choices of this field.</source>
        <translation>”%1” är inte ett av fältets alternativ.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (kyllä/ei, ja/nej, 1/0).</source>
        <translation>”%1” är varken ja eller nej (kyllä/ei, ja/nej, 1/0).</translation>
    </message>
    <message>
        <source>There is no staff member called “%1”.</source>
        <translation>Det finns ingen anställd som heter ”%1”.</translation>
    </message>
    <message>
        <source>The same code is already on row %1 of the file.</source>
        <translation>Samma beteckning finns redan på rad %1 i filen.</translation>
    </message>
    <message>
        <source>A client with this identity code is already in the register.</source>
        <translation>En klient med denna personbeteckning finns redan i registret.</translation>
    </message>
    <message>
        <source>An employer with this Business ID is already in the register: %1.</source>
        <translation>En arbetsgivare med detta FO-nummer finns redan i registret: %1.</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Importen avbröts. Ingenting sparades.</translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled after %n employer(s) were written.</source>
        <translation>
            <numerusform>Importen avbröts efter att %n arbetsgivare hade sparats.</numerusform>
            <numerusform>Importen avbröts efter att %n arbetsgivare hade sparats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled after %n client(s) were written.</source>
        <translation>
            <numerusform>Importen avbröts efter att %n klient hade sparats.</numerusform>
            <numerusform>Importen avbröts efter att %n klienter hade sparats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n employer(s).</source>
        <translation>
            <numerusform>%n arbetsgivare importerades.</numerusform>
            <numerusform>%n arbetsgivare importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>%n klient importerades.</numerusform>
            <numerusform>%n klienter importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were not imported.</source>
        <translation>
            <numerusform>%n rad med fel importerades inte.</numerusform>
            <numerusform>%n rader med fel importerades inte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import employers</source>
        <translation>Import av arbetsgivare</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Import av klienter</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
</context>
<context>
    <name>IndividualDialog</name>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>New individual coaching</source>
        <translation>Ny individuell träning</translation>
    </message>
    <message>
        <source>Individual coaching: %1</source>
        <translation>Individuell träning: %1</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;Goals and progress</source>
        <translation>&amp;Mål och framsteg</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Träffar</translation>
    </message>
    <message>
        <source>P&amp;rofessionals</source>
        <translation>&amp;Sakkunniga</translation>
    </message>
    <message>
        <source>Coaching period</source>
        <translation>Träningsperiod</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>Coac&amp;h:</source>
        <translation>T&amp;ränare:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>E&amp;nds on:</source>
        <translation>S&amp;lutar:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Sa&amp;ve period</source>
        <translation>S&amp;para perioden</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Add g&amp;oal</source>
        <translation>Lägg till m&amp;ål</translation>
    </message>
    <message>
        <source>Progress on a goal</source>
        <translation>Framsteg mot ett mål</translation>
    </message>
    <message>
        <source>Go&amp;al:</source>
        <translation>Må&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Record progress</source>
        <translation>Anteckna &amp;framsteg</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny träff</translation>
    </message>
    <message>
        <source>D&amp;uration (h):</source>
        <translation>L&amp;ängd (h):</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Teman:</translation>
    </message>
    <message>
        <source>Agreed ne&amp;xt step:</source>
        <translation>Överenskommet &amp;nästa steg:</translation>
    </message>
    <message>
        <source>Next step &amp;by:</source>
        <translation>Nästa steg se&amp;nast:</translation>
    </message>
    <message>
        <source>e.g. 1,5 or 1:30</source>
        <translation>t.ex. 1,5 eller 1:30</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Lägg till träff</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktuppgift</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Sakkunniga</translation>
    </message>
    <message>
        <source>Add &amp;professional</source>
        <translation>Lägg till &amp;sakkunnig</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Sa&amp;ve list</source>
        <translation>S&amp;para listan</translation>
    </message>
</context>
<context>
    <name>JobCaseDialog</name>
    <message>
        <source>No wage-subsidised contract with this employer in Supported work.</source>
        <translation>Inget lönesubventionerat arbetsavtal med den här arbetsgivaren under Stött arbete.</translation>
    </message>
    <message>
        <source>Wage-subsidised contract in Supported work: %1, %2 – %3</source>
        <translation>Lönesubventionerat arbetsavtal under Stött arbete: %1, %2 – %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sammanlagt</translation>
    </message>
    <message>
        <source>Next step: none agreed yet.</source>
        <translation>Nästa steg: inget överenskommet ännu.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nästa steg: %1</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(inte bedömd)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Färdighet</translation>
    </message>
    <message>
        <source>with employer</source>
        <translation>med arbetsgivaren</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>New job-coaching case</source>
        <translation>Ny arbetsträning</translation>
    </message>
    <message>
        <source>Job coaching: %1, %2</source>
        <translation>Arbetsträning: %1, %2</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <source>&amp;Task log</source>
        <translation>&amp;Uppgiftslogg</translation>
    </message>
    <message>
        <source>&amp;Work-coping skills</source>
        <translation>&amp;Färdigheter i arbetet</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>Arbetet</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Anställning</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>Arbets&amp;givare:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Yrkesbenämning:</translation>
    </message>
    <message>
        <source>Tas&amp;ks:</source>
        <translation>Arbets&amp;uppgifter:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>Working ho&amp;urs:</source>
        <translation>Arbets&amp;tid:</translation>
    </message>
    <message>
        <source>Coac&amp;h:</source>
        <translation>T&amp;ränare:</translation>
    </message>
    <message>
        <source>Employment relationship:</source>
        <translation>Anställningsförhållande:</translation>
    </message>
    <message>
        <source>Employment began on:</source>
        <translation>Anställningen började:</translation>
    </message>
    <message>
        <source>Wage-subsidised contract:</source>
        <translation>Lönesubventionerat arbetsavtal:</translation>
    </message>
    <message>
        <source>Case e&amp;nds on:</source>
        <translation>Ärendet &amp;slutar:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>The employment relationship has begun</source>
        <translation>Anställningsförhållandet har börjat</translation>
    </message>
    <message>
        <source>e.g. the contract&apos;s document number</source>
        <translation>t.ex. avtalets dokumentnummer</translation>
    </message>
    <message>
        <source>e.g. 6 h a day, Mon–Fri 8–14</source>
        <translation>t.ex. 6 h/dag, mån–fre 8–14</translation>
    </message>
    <message>
        <source>Sa&amp;ve case</source>
        <translation>S&amp;para</translation>
    </message>
    <message>
        <source>New entry in the task log</source>
        <translation>Ny anteckning i uppgiftsloggen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>D&amp;uration (h):</source>
        <translation>L&amp;ängd (h):</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>&amp;Uppgift:</translation>
    </message>
    <message>
        <source>Who took &amp;part:</source>
        <translation>D&amp;eltagare:</translation>
    </message>
    <message>
        <source>Agreed ne&amp;xt step:</source>
        <translation>Överenskommet &amp;nästa steg:</translation>
    </message>
    <message>
        <source>Next step &amp;by:</source>
        <translation>Nästa steg se&amp;nast:</translation>
    </message>
    <message>
        <source>e.g. 1,5 or 1:30</source>
        <translation>t.ex. 1,5 eller 1:30</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>&amp;Lägg till anteckning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Time per task</source>
        <translation>Tid per uppgift</translation>
    </message>
    <message>
        <source>Time (h:min)</source>
        <translation>Tid (h:min)</translation>
    </message>
    <message>
        <source>New assessment, together with the client</source>
        <translation>Ny bedömning tillsammans med klienten</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Bedömd &amp;den:</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>Arbetsgivare:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>The employer took part</source>
        <translation>Arbetsgivaren deltog</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Save a&amp;ssessment</source>
        <translation>Spara &amp;bedömningen</translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation>Förändring över tid</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Työllistämö is locked</source>
        <translation>Työllistämö är låst</translation>
    </message>
    <message>
        <source>Signed in: %1. Enter your password to continue.</source>
        <translation>Inloggad: %1. Ange ditt lösenord för att fortsätta.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation>Logga ut och &amp;avsluta</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Lösenordet är fel.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Absences are reported to the payer of the unemployment benefit. Five unauthorised absences in a row: the employment authority interrupts the trial.</source>
        <translation>Frånvaro anmäls till den som betalar arbetslöshetsförmånen. Fem olovliga frånvarodagar i följd: arbetskraftsmyndigheten avbryter arbetsprövningen.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Tillåten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>&amp;Add absence</source>
        <translation>&amp;Lägg till frånvaro</translation>
    </message>
    <message>
        <source>The daily register: days present give the activity allowance or expense allowance and travel costs, and count toward the 178 days in 12 months.</source>
        <translation>Daglig förteckning: närvarodagarna ger sysselsättningspenning eller kostnadsersättning och resekostnader, och räknas in i de 178 dagarna på 12 månader.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Resekostnader</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>&amp;Lägg till dag</translation>
    </message>
    <message>
        <source>Travel €</source>
        <translation>Resor €</translation>
    </message>
    <message>
        <source>&amp;Monthly summary:</source>
        <translation>&amp;Månadssammandrag:</translation>
    </message>
    <message>
        <source>&amp;Print the month...</source>
        <translation>&amp;Skriv ut månaden...</translation>
    </message>
    <message>
        <source>The month&apos;s attendance summary for payment: days present and absent, the days counted toward the 178-day limit and the allowance basis.</source>
        <translation>Månadens närvarosammandrag för utbetalning: närvaro- och frånvarodagar, dagarna som räknas mot gränsen på 178 dagar och grunden för ersättningen.</translation>
    </message>
    <message>
        <source>&amp;Remove the selected day</source>
        <translation>&amp;Ta bort vald dag</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message numerus="yes">
        <source>%n unauthorised absence(s) in all.</source>
        <translation>
            <numerusform>Sammanlagt %n olovlig frånvaro.</numerusform>
            <numerusform>Sammanlagt %n olovliga frånvarodagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days present in the last 12 months: %1 (at most %2).</source>
        <translation>Närvarodagar under de senaste 12 månaderna: %1 (högst %2).</translation>
    </message>
    <message>
        <source>present %1, excused %2, absent %3; allowance %4, travel costs %5</source>
        <translation>närvarande %1, frånvarande med giltigt skäl %2, frånvarande %3; ersättning %4, resekostnader %5</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, e.g. 3.12.2026.</source>
        <translation>Skriv datumet som dag.månad.år, t.ex. 3.12.2026.</translation>
    </message>
    <message>
        <source>Write the travel costs as a number, e.g. 4,20.</source>
        <translation>Skriv resekostnaderna som ett tal, t.ex. 4,20.</translation>
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
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Users and roles...</source>
        <translation>&amp;Användare och roller...</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>Användnings&amp;logg...</translation>
    </message>
    <message>
        <source>&amp;Data protection and erasure...</source>
        <translation>&amp;Dataskydd och radering...</translation>
    </message>
    <message>
        <source>&amp;Privacy notice...</source>
        <translation>Data&amp;skyddsbeskrivning...</translation>
    </message>
    <message>
        <source>&amp;Import clients...</source>
        <translation>&amp;Importera klienter...</translation>
    </message>
    <message>
        <source>Import &amp;employers...</source>
        <translation>Importera &amp;arbetsgivare...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>C&amp;hange password...</source>
        <translation>&amp;Byt lösenord...</translation>
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
        <source>Guidance</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Träning</translation>
    </message>
    <message>
        <source>Supported work</source>
        <translation>Stött arbete</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>I dag (%1)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Ingen åtkomst</translation>
    </message>
    <message>
        <source>Your role does not give access to this client&apos;s data.</source>
        <translation>Din roll ger inte åtkomst till den här klientens uppgifter.</translation>
    </message>
</context>
<context>
    <name>NoAccessPage</name>
    <message>
        <source>Your role does not give access to client data. An administrator can add the counsellor or manager role to your account.</source>
        <translation>Din roll ger inte åtkomst till klientuppgifter. En huvudanvändare kan ge ditt konto rollen handledare eller chef.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Warnings: give your reasons</source>
        <translation>Varningar: ange motiveringar</translation>
    </message>
    <message>
        <source>The law or the unit&apos;s rules advise against this. You may save it anyway by giving a reason for each warning; the reasons are kept with the agreement and in the client&apos;s history.</source>
        <translation>Lagen eller enhetens regler avråder från detta. Du kan ändå spara genom att ange en motivering för varje varning; motiveringarna sparas med avtalet och i klientens historik.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Spara ändå</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The register is encrypted</source>
        <translation>Registret är krypterat</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter the unit&apos;s passphrase to open it; then sign in as usual.</source>
        <translation>Databasen %1 är krypterad. Ange enhetens lösenfras för att öppna den; logga sedan in som vanligt.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Ange lösenfrasen.</translation>
    </message>
    <message>
        <source>The passphrase does not open the database. Check the Caps Lock key and try again. (If the file is not the unit&apos;s register, no passphrase opens it.)</source>
        <translation>Lösenfrasen öppnar inte databasen. Kontrollera Caps Lock-tangenten och försök igen. (Om filen inte är enhetens register öppnar ingen lösenfras den.)</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>Privacy notice</source>
        <translation>Dataskyddsbeskrivning</translation>
    </message>
    <message>
        <source>Client register of the employment services</source>
        <translation>Klientregistret för sysselsättningstjänsterna</translation>
    </message>
    <message>
        <source>Information on the processing of personal data (EU General Data Protection Regulation 2016/679, articles 13 and 14)</source>
        <translation>Information om behandlingen av personuppgifter (EU:s allmänna dataskyddsförordning 2016/679, artiklarna 13 och 14)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name of the register</source>
        <translation>Registrets namn</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
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
        <source>1. Controller</source>
        <translation>1. Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>The unit below produces the services for the controller and processes the client data on its behalf under the purchase contract.</source>
        <translation>Enheten nedan producerar tjänsterna för den personuppgiftsansvariges räkning och behandlar klientuppgifterna för dess räkning enligt köpavtalet.</translation>
    </message>
    <message>
        <source>Service producer</source>
        <translation>Serviceproducent</translation>
    </message>
    <message>
        <source>2. Contact person in matters concerning the register</source>
        <translation>2. Kontaktperson i ärenden som gäller registret</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>3. Data protection officer</source>
        <translation>3. Dataskyddsombud</translation>
    </message>
    <message>
        <source>Ask the controller for the contact details of its data protection officer.</source>
        <translation>Kontaktuppgifterna till den personuppgiftsansvariges dataskyddsombud fås av den personuppgiftsansvarige.</translation>
    </message>
    <message>
        <source>4. Purposes and legal basis of the processing</source>
        <translation>4. Ändamålet med och den rättsliga grunden för behandlingen</translation>
    </message>
    <message>
        <source>Personal data are processed to organise and provide employment services: guidance, job coaching, individual and group coaching, work trials, wage-subsidised work and rehabilitative work activity. The data are used to plan the services together with the client, to draw up and print agreements, to follow the client&apos;s progress and for the statistics and reports the financiers require.</source>
        <translation>Personuppgifter behandlas för att ordna och producera sysselsättningstjänster: handledning, arbetsträning, individuell träning och gruppträning, arbetsprövning, lönesubventionerat arbete och arbetsverksamhet i rehabiliteringssyfte. Uppgifterna används för att planera tjänsterna tillsammans med klienten, för att upprätta och skriva ut avtal, för att följa upp klientens framsteg och för den statistik och de rapporter som finansiärerna kräver.</translation>
    </message>
    <message>
        <source>The legal basis is compliance with the controller&apos;s legal obligation and the performance of a task carried out in the public interest (GDPR article 6(1)(c) and (e)), under the Act on the Organisation of Employment Services (380/2023), the Act on Rehabilitative Work Activity (189/2001) and the Act on the Processing of Client Data in Healthcare and Social Welfare (703/2023). Data concerning health are processed under article 9(2)(b) and (h) only to the extent the service needs them.</source>
        <translation>Den rättsliga grunden är att fullgöra en rättslig förpliktelse som åvilar den personuppgiftsansvarige och att utföra en uppgift av allmänt intresse (artikel 6.1 c och e i dataskyddsförordningen) enligt lagen om ordnande av arbetskraftsservice (380/2023), lagen om arbetsverksamhet i rehabiliteringssyfte (189/2001) och lagen om behandling av klientuppgifter inom social- och hälsovården (703/2023). Uppgifter om hälsa behandlas med stöd av artikel 9.2 b och h endast i den mån tjänsten kräver det.</translation>
    </message>
    <message>
        <source>5. Categories of personal data</source>
        <translation>5. Registrets datainnehåll</translation>
    </message>
    <message>
        <source>Identity and contact details: name, personal identity code, date of birth, address, phone number, e-mail address, language</source>
        <translation>Person- och kontaktuppgifter: namn, personbeteckning, födelsedatum, adress, telefonnummer, e-postadress, språk</translation>
    </message>
    <message>
        <source>Details of the client relationship: referral, services and their periods, responsible staff member, status and outcome</source>
        <translation>Uppgifter om klientrelationen: remittent, tjänster och deras perioder, ansvarig anställd, status och resultat</translation>
    </message>
    <message>
        <source>Benefit status and the details needed for agreements (work trial, wage subsidy, rehabilitative work activity)</source>
        <translation>Förmånsstatus och de uppgifter som behövs för avtal (arbetsprövning, lönesubvention, arbetsverksamhet i rehabiliteringssyfte)</translation>
    </message>
    <message>
        <source>Guidance and coaching records: plans, goals, measures, notes, skill assessments, attendance</source>
        <translation>Uppgifter om handledning och träning: planer, mål, åtgärder, anteckningar, bedömningar av färdigheter, närvaro</translation>
    </message>
    <message>
        <source>Information on work ability and health given by the client, to the extent the service needs it</source>
        <translation>Uppgifter om arbetsförmåga och hälsa som klienten har lämnat, i den mån tjänsten kräver det</translation>
    </message>
    <message>
        <source>Printed and signed documents</source>
        <translation>Utskrivna och undertecknade handlingar</translation>
    </message>
    <message>
        <source>Log data: who has processed the client&apos;s data, when and why</source>
        <translation>Loggdata: vem som har behandlat klientens uppgifter, när och varför</translation>
    </message>
    <message>
        <source>6. Regular sources of data</source>
        <translation>6. Regelbundna uppgiftskällor</translation>
    </message>
    <message>
        <source>The client; the authority or organisation that referred the client (employment services, the wellbeing services county, Kela); the workplaces of work trials and wage-subsidised work.</source>
        <translation>Klienten själv; den myndighet eller aktör som har hänvisat klienten (sysselsättningstjänsterna, välfärdsområdet, FPA); arbetsplatserna för arbetsprövning och lönesubventionerat arbete.</translation>
    </message>
    <message>
        <source>7. Regular disclosures of data</source>
        <translation>7. Regelbundna utlämnanden av uppgifter</translation>
    </message>
    <message>
        <source>Data are disclosed only as the law allows or with the client&apos;s consent: to the employment authority and the wellbeing services county that bought the service, to Kela for benefits, and to the employer of a work trial or wage-subsidised job to the extent the agreement needs. Every disclosure is logged.</source>
        <translation>Uppgifter lämnas ut endast i den mån lagen tillåter eller med klientens samtycke: till den arbetskraftsmyndighet och det välfärdsområde som har köpt tjänsten, till FPA för förmåner och till arbetsgivaren för arbetsprövning eller lönesubventionerat arbete i den mån avtalet kräver det. Varje utlämnande loggas.</translation>
    </message>
    <message>
        <source>8. Transfers outside the EU or the EEA</source>
        <translation>8. Överföring av uppgifter utanför EU eller EES</translation>
    </message>
    <message>
        <source>Data are not transferred outside the European Union or the European Economic Area.</source>
        <translation>Uppgifter överförs inte utanför Europeiska unionen eller Europeiska ekonomiska samarbetsområdet.</translation>
    </message>
    <message>
        <source>9. Retention of the data</source>
        <translation>9. Lagringstid för uppgifterna</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 år</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The periods are counted from the end of the client relationship, log data from the log event. After the period the client&apos;s identity and free text are erased irreversibly; the codes and dates needed for statistics are kept without identity.</source>
        <translation>Lagringstiderna räknas från att klientrelationen har upphört, loggdata från logghändelsen. Efter lagringstiden raderas klientens identifieringsuppgifter och fria texter permanent; de koder och datum som behövs för statistik bevaras utan identifieringsuppgifter.</translation>
    </message>
    <message>
        <source>10. Principles of protection</source>
        <translation>10. Principer för skyddet av registret</translation>
    </message>
    <message>
        <source>Only staff who need the data in their work have access to them, each with a personal user name and password; the access depends on the role and on the clients the staff member is responsible for. Every view, change, print and export of a client&apos;s data is logged. The database and its backups are kept in protected premises and systems, and signed paper documents in locked storage.</source>
        <translation>Endast de anställda som behöver uppgifterna i sitt arbete har tillgång till dem, var och en med personligt användarnamn och lösenord; behörigheten beror på rollen och på de klienter som den anställda ansvarar för. Varje visning, ändring, utskrift och export av klientuppgifter loggas. Databasen och dess säkerhetskopior förvaras i skyddade lokaler och system, och undertecknade pappershandlingar inlåsta.</translation>
    </message>
    <message>
        <source>11. Rights of the data subject</source>
        <translation>11. Den registrerades rättigheter</translation>
    </message>
    <message>
        <source>Right of access: you may see the data stored about you and the log of who has processed them (GDPR article 15; Act 703/2023, section 11).</source>
        <translation>Rätt till tillgång: du får se de uppgifter som lagrats om dig och loggen över vem som har behandlat dem (artikel 15 i dataskyddsförordningen; lag 703/2023, 11 §).</translation>
    </message>
    <message>
        <source>Right to rectification of inaccurate data (article 16).</source>
        <translation>Rätt till rättelse av felaktiga uppgifter (artikel 16).</translation>
    </message>
    <message>
        <source>Right to erasure (article 17) and to restriction of processing (article 18), within the limits of the statutory retention periods.</source>
        <translation>Rätt till radering (artikel 17) och till begränsning av behandlingen (artikel 18) inom ramen för de lagstadgade lagringstiderna.</translation>
    </message>
    <message>
        <source>Right to object to processing on grounds relating to your particular situation (article 21). The right to data portability does not apply to processing based on law.</source>
        <translation>Rätt att göra invändningar mot behandlingen av skäl som hänför sig till din specifika situation (artikel 21). Rätten till dataportabilitet gäller inte behandling som grundar sig på lag.</translation>
    </message>
    <message>
        <source>Right to lodge a complaint with the Data Protection Ombudsman (tietosuoja.fi).</source>
        <translation>Rätt att lämna in klagomål till dataombudsmannen (tietosuoja.fi).</translation>
    </message>
    <message>
        <source>Send requests to the contact person named above. The data are not used for automated decision-making or profiling.</source>
        <translation>Skicka begäran till kontaktpersonen ovan. Uppgifterna används inte för automatiserat beslutsfattande eller profilering.</translation>
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
    <name>ReasonDialog</name>
    <message>
        <source>Reason for opening</source>
        <translation>Grund för att öppna</translation>
    </message>
    <message>
        <source>This client is not yours or your team&apos;s. You may open the client&apos;s data only for a work-related reason. The reason and your name are recorded in the audit log, and the client may ask to see it.</source>
        <translation>Klienten är inte din eller ditt teams. Du får öppna klientens uppgifter bara av ett arbetsrelaterat skäl. Grunden och ditt namn registreras i användningsloggen, och klienten kan begära att få se den.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Add...</source>
        <translation>Lägg till...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Redigera...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Show...</source>
        <translation>Visa...</translation>
    </message>
    <message>
        <source>Insert adds a row, Enter edits it, Delete removes it.</source>
        <translation>Insert lägger till en rad, Enter redigerar den, Delete tar bort den.</translation>
    </message>
    <message>
        <source>Enter opens the row.</source>
        <translation>Enter öppnar raden.</translation>
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
    <name>RehabAttendanceDocument</name>
    <message>
        <source>Monthly attendance summary of rehabilitative work activity</source>
        <translation>Månadssammandrag av närvaron i arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Verksamhetsplats</translation>
    </message>
    <message>
        <source>Supervisor at the place</source>
        <translation>Utsedd handledare</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>Wellbeing services county (organiser)</source>
        <translation>Välfärdsområde (anordnare)</translation>
    </message>
    <message>
        <source>Service decision</source>
        <translation>Servicebeslut</translation>
    </message>
    <message>
        <source>Period of the activity</source>
        <translation>Verksamhetsperiod</translation>
    </message>
    <message>
        <source>Attendance in the month</source>
        <translation>Närvaro under månaden</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Närvarodagar</translation>
    </message>
    <message>
        <source>Days absent, excused</source>
        <translation>Frånvarodagar, giltigt skäl</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>Frånvarodagar</translation>
    </message>
    <message>
        <source>Days counted toward the limit</source>
        <translation>Dagar som räknas mot maximiantalet</translation>
    </message>
    <message>
        <source>%1 days present in the 12 months up to %2 (at most %3 days, %4)</source>
        <translation>%1 närvarodagar under de 12 månaderna fram till %2 (högst %3 dagar, %4)</translation>
    </message>
    <message>
        <source>Basis of the allowance</source>
        <translation>Grund för ersättningen</translation>
    </message>
    <message>
        <source>Activity allowance (social assistance recipient)</source>
        <translation>Sysselsättningspenning (mottagare av utkomststöd)</translation>
    </message>
    <message>
        <source>Expense allowance (labour market subsidy recipient)</source>
        <translation>Kostnadsersättning (mottagare av arbetsmarknadsstöd)</translation>
    </message>
    <message>
        <source>%1 days × %2 = %3</source>
        <translation>%1 dagar × %2 = %3</translation>
    </message>
    <message>
        <source>Travel costs on the days present</source>
        <translation>Resekostnader för närvarodagarna</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Närvaroregister</translation>
    </message>
    <message>
        <source>present</source>
        <translation>närvarande</translation>
    </message>
    <message>
        <source>absent, excused</source>
        <translation>frånvarande, giltigt skäl</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Resekostnader</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>No days recorded in the register for this month.</source>
        <translation>Inga dagar har antecknats i närvaroregistret för denna månad.</translation>
    </message>
    <message>
        <source>The summary is made from the attendance register kept by the producer. The allowance is paid only for days present.</source>
        <translation>Sammandraget är gjort ur det närvaroregister som producenten för. Ersättningen betalas endast för närvarodagar.</translation>
    </message>
</context>
<context>
    <name>RehabWorkDocument</name>
    <message>
        <source>Agreement on rehabilitative work activity</source>
        <translation>Avtal om arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>Rehabilitative work activity under the Act on Rehabilitative Work Activity (189/2001). The activity is a social service; it does not create an employment relationship.</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte enligt lagen om arbetsverksamhet i rehabiliteringssyfte (189/2001). Verksamheten är en socialservice; den ger inte upphov till något anställningsförhållande.</translation>
    </message>
    <message>
        <source>1. Client</source>
        <translation>1. Klient</translation>
    </message>
    <message>
        <source>2. Organiser and producer</source>
        <translation>2. Anordnare och producent</translation>
    </message>
    <message>
        <source>Wellbeing services county (organiser)</source>
        <translation>Välfärdsområde (anordnare)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Service decision</source>
        <translation>Servicebeslut</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>3. Activation plan</source>
        <translation>3. Aktiveringsplan</translation>
    </message>
    <message>
        <source>Date of the plan</source>
        <translation>Planens datum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Beteckning</translation>
    </message>
    <message>
        <source>Goal and description</source>
        <translation>Mål och beskrivning</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Verksamhetsplats</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation>Platsens adress</translation>
    </message>
    <message>
        <source>Supervisor at the place</source>
        <translation>Utsedd handledare</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Daily duration</source>
        <translation>Längd per dag</translation>
    </message>
    <message>
        <source>Weekly duration</source>
        <translation>Längd per vecka</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Length of the period</source>
        <translation>Periodens längd</translation>
    </message>
    <message>
        <source>Support and guidance</source>
        <translation>Stöd och handledning</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Övriga tjänster</translation>
    </message>
    <message>
        <source>Evaluation and follow-up</source>
        <translation>Utvärdering och uppföljning</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>Utvärderas senast</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Other obligations</source>
        <translation>Övriga skyldigheter</translation>
    </message>
    <message>
        <source>4. Allowance and travel costs</source>
        <translation>4. Ersättning och resekostnader</translation>
    </message>
    <message>
        <source>Activity allowance or expense allowance</source>
        <translation>Sysselsättningspenning eller kostnadsersättning</translation>
    </message>
    <message>
        <source>%1 a day present</source>
        <translation>%1 per närvarodag</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Resekostnader</translation>
    </message>
    <message>
        <source>5. Terms</source>
        <translation>5. Villkor</translation>
    </message>
    <message>
        <source>Attendance is recorded daily. The days present determine the allowance and the travel costs paid.</source>
        <translation>Närvaron antecknas dagligen. Närvarodagarna avgör den ersättning och de resekostnader som betalas.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity may take place on at most 178 days in 12 months (189/2001 14 §).</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte kan ordnas högst 178 dagar under 12 månader (189/2001 14 §).</translation>
    </message>
    <message>
        <source>The wellbeing services county insures the client against accidents during the activity (189/2001 23 §).</source>
        <translation>Välfärdsområdet försäkrar klienten mot olycksfall under verksamheten (189/2001 23 §).</translation>
    </message>
    <message>
        <source>This agreement has been made in three identical copies, one for each party.</source>
        <translation>Detta avtal har upprättats i tre likalydande exemplar, ett för varje part.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Välfärdsområde</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Clients per service</source>
        <translation>Klienter per tjänst</translation>
    </message>
    <message>
        <source>Outcomes at closing</source>
        <translation>Resultat när klientskapet avslutas</translation>
    </message>
    <message>
        <source>Median duration in each service (days)</source>
        <translation>Mediantid i varje tjänst (dagar)</translation>
    </message>
    <message>
        <source>Job-coaching hours per task kind</source>
        <translation>Timmar av arbetsträning per typ av uppgift</translation>
    </message>
    <message>
        <source>Group attendance</source>
        <translation>Närvaro i grupperna</translation>
    </message>
    <message>
        <source>Work trials</source>
        <translation>Arbetsprövningar</translation>
    </message>
    <message>
        <source>Language split of clients served</source>
        <translation>Betjänade klienters språk</translation>
    </message>
    <message>
        <source>Clients served per month</source>
        <translation>Betjänade klienter per månad</translation>
    </message>
    <message>
        <source>Clients served</source>
        <translation>Betjänade klienter</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Nya klienter</translation>
    </message>
    <message>
        <source>Closed clients</source>
        <translation>Avslutade klientskap</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Annat resultat</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Närvaroanteckningar</translation>
    </message>
    <message>
        <source>Marked present</source>
        <translation>Antecknade som närvarande</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Närvarograd (%)</translation>
    </message>
    <message>
        <source>Work trials started</source>
        <translation>Påbörjade arbetsprövningar</translation>
    </message>
    <message>
        <source>Work trials completed</source>
        <translation>Genomförda arbetsprövningar</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timmar</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>klienter</translation>
    </message>
    <message>
        <source>Ended periods: %1</source>
        <translation>Avslutade perioder: %1</translation>
    </message>
    <message>
        <source>Log entries: %1</source>
        <translation>Anteckningar: %1</translation>
    </message>
    <message>
        <source>Marks: %1</source>
        <translation>Anteckningar: %1</translation>
    </message>
    <message>
        <source>All staff members</source>
        <translation>All personal</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alla tjänster</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Beräknad</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>marks</source>
        <translation>anteckningar</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>S&amp;taff member:</source>
        <translation>&amp;Anställd:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation>&amp;Visa siffror</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)...</source>
        <translation>Excel-arbetsbok (XLSX)...</translation>
    </message>
    <message>
        <source>CSV for Excel (semicolons)...</source>
        <translation>CSV för Excel (semikolon)...</translation>
    </message>
    <message>
        <source>PDF in Finnish...</source>
        <translation>PDF på finska...</translation>
    </message>
    <message>
        <source>PDF in Swedish...</source>
        <translation>PDF på svenska...</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Quarter or month</source>
        <translation>Kvartal eller månad</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Annan period</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alla tjänster</translation>
    </message>
    <message>
        <source>All staff members</source>
        <translation>All personal</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Kvartal %1</translation>
    </message>
    <message>
        <source>Give the first and the last day.</source>
        <translation>Ange första och sista dagen.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Sista dagen är före första dagen.</translation>
    </message>
    <message>
        <source>Write the dates as d.m.yyyy.</source>
        <translation>Skriv datumen som d.m.åååå.</translation>
    </message>
    <message>
        <source>Reports are for managers and administrators.</source>
        <translation>Rapporterna är för chefer och huvudanvändare.</translation>
    </message>
    <message>
        <source>The database cannot be reached just now; try again in a moment.</source>
        <translation>Databasen kan inte nås just nu; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Beräknar...</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Rapporten beräknas</translation>
    </message>
    <message>
        <source>Enter or double-click: the clients behind this figure</source>
        <translation>Enter eller dubbelklick: klienterna bakom siffran</translation>
    </message>
    <message>
        <source>Figures for %1.</source>
        <translation>Siffror för %1.</translation>
    </message>
    <message>
        <source>Finding the clients</source>
        <translation>Klienterna söks</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportera rapporten</translation>
    </message>
    <message>
        <source>Exporting the report</source>
        <translation>Rapporten exporteras</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparad: %1.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Sätt nytt lösenord</translation>
    </message>
    <message>
        <source>Give the user a new password in person. They must change it when they next sign in. A locked account is opened too.</source>
        <translation>Ge användaren det nya lösenordet personligen. Hen måste byta det vid nästa inloggning. Ett låst konto låses också upp.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Upprepa det nya lösenordet:</translation>
    </message>
</context>
<context>
    <name>RetentionKinds</name>
    <message>
        <source>Client data of the employment services</source>
        <translation>Klientuppgifter inom sysselsättningstjänsterna</translation>
    </message>
    <message>
        <source>Social welfare documents (rehabilitative work activity)</source>
        <translation>Socialvårdshandlingar (arbetsverksamhet i rehabiliteringssyfte)</translation>
    </message>
    <message>
        <source>Payment records (wage subsidy)</source>
        <translation>Betalningsuppgifter (lönesubvention)</translation>
    </message>
    <message>
        <source>Basic data of the employment relationship (wage-subsidised work)</source>
        <translation>Grunduppgifter om anställningsförhållandet (lönesubventionerat arbete)</translation>
    </message>
    <message>
        <source>Log data of the processing</source>
        <translation>Loggdata om behandlingen</translation>
    </message>
</context>
<context>
    <name>RetentionPeriodsPage</name>
    <message>
        <source>How long each kind of record is kept after the client relationship ends (log data: after the log event). A change is a new period from the date it applies; the period in force on the day a relationship ended counts for that client. Periods marked unverified have not been checked against the law: check them before relying on them.</source>
        <translation>Hur länge varje slag av uppgifter bevaras efter att klientrelationen upphört (loggdata: efter logghändelsen). En ändring är en ny lagringstid från den dag den gäller; för en klient gäller den lagringstid som var i kraft den dag klientrelationen upphörde. Lagringstider som är märkta som ej kontrollerade har inte kontrollerats mot lagen: kontrollera dem innan du litar på dem.</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>Change a period</source>
        <translation>Ändra en lagringstid</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Uppgifter:</translation>
    </message>
    <message>
        <source>&amp;Years kept:</source>
        <translation>Lagringstid i &amp;år:</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>Gäller &amp;från:</translation>
    </message>
    <message>
        <source>&amp;Basis (law, contract):</source>
        <translation>&amp;Grund (lag, avtal):</translation>
    </message>
    <message>
        <source>e.g. 380/2023 122 § or purchase contract</source>
        <translation>t.ex. 380/2023 122 § eller köpavtal</translation>
    </message>
    <message>
        <source>&amp;Save period</source>
        <translation>&amp;Spara lagringstid</translation>
    </message>
    <message>
        <source>checked against the law</source>
        <translation>kontrollerad mot lagen</translation>
    </message>
    <message>
        <source>unverified: check</source>
        <translation>ej kontrollerad: kontrollera</translation>
    </message>
    <message>
        <source>set by the unit</source>
        <translation>fastställd av enheten</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The period could not be saved just now (the database is busy, out of reach, or the period was changed on another workstation). Nothing was saved; try again.</source>
        <translation>Lagringstiden kunde inte sparas just nu (databasen är upptagen eller inte nåbar, eller lagringstiden ändrades på en annan arbetsstation). Ingenting sparades; försök igen.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1, %n year(s) from %2.</source>
        <translation>
            <numerusform>Sparad: %1, %n år från %2.</numerusform>
            <numerusform>Sparad: %1, %n år från %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counsellor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tränare</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Huvudanvändare</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (warns only)</source>
        <translation>nej (endast varning)</translation>
    </message>
    <message>
        <source>unit&apos;s own</source>
        <translation>enhetens egen</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>inbyggd</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, e.g. 3.12.2026.</source>
        <translation>Skriv datumet som dag.månad.år, t.ex. 3.12.2026.</translation>
    </message>
    <message>
        <source>Only an administrator can add values to the rules.</source>
        <translation>Endast en administratör kan lägga till värden i reglerna.</translation>
    </message>
    <message>
        <source>The database is not available; nothing was saved.</source>
        <translation>Databasen är inte tillgänglig; ingenting sparades.</translation>
    </message>
    <message>
        <source>Added: %1 is %2 from %3.</source>
        <translation>Tillagt: %1 är %2 från och med %3.</translation>
    </message>
    <message>
        <source>Rules of supported work</source>
        <translation>Regler för stött arbete</translation>
    </message>
    <message>
        <source>The limits the agreements are checked against, each with the date from which it applies and its source. Values not in force today are grey. A new value applies from its date; earlier arrangements keep the value of their time. A value not verified from the statute gives warnings, never errors.</source>
        <translation>Gränserna som avtalen kontrolleras mot, var och en med det datum från vilket den gäller och sin källa. Värden som inte gäller i dag är grå. Ett nytt värde gäller från sitt datum; tidigare arrangemang behåller värdet från sin tid. Ett värde som inte kontrollerats i författningen ger endast varningar, aldrig fel.</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Gräns</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>Add a dated value</source>
        <translation>Lägg till ett daterat värde</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Gräns:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gäller &amp;från:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Anmärkning:</translation>
    </message>
    <message>
        <source>e.g. 10,50</source>
        <translation>t.ex. 10,50</translation>
    </message>
    <message>
        <source>e.g. 380/2023 104 § as amended by 123/2026</source>
        <translation>t.ex. 380/2023 104 § sådan den lyder ändrad genom 123/2026</translation>
    </message>
    <message>
        <source>&amp;Verified from the statute (else it only warns)</source>
        <translation>&amp;Kontrollerad i författningen (annars endast varning)</translation>
    </message>
    <message>
        <source>&amp;Add the value</source>
        <translation>Lägg till &amp;värdet</translation>
    </message>
    <message>
        <source>Only an administrator can add values; you can read the table.</source>
        <translation>Endast en administratör kan lägga till värden; du kan läsa tabellen.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Mapp för säkerhetskopior:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>V&amp;älj...</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Säkerhetskopior som sparas:</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Säkerhetskopior som sparas</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Säkerhetskopiera &amp;nu</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database...</source>
        <translation>&amp;Kryptera databasen...</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase...</source>
        <translation>Byt &amp;lösenfras...</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Låsning</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes:</source>
        <translation>&amp;Lås efter så här många minuter utan aktivitet:</translation>
    </message>
    <message>
        <source>Idle minutes before locking</source>
        <translation>Minuter utan aktivitet före låsning</translation>
    </message>
    <message>
        <source>The database is on a PostgreSQL server: back it up on the server (pg_dump). The app backs up only a database on this computer.</source>
        <translation>Databasen finns på en PostgreSQL-server: säkerhetskopiera den på servern (pg_dump). Programmet säkerhetskopierar bara en databas på den här datorn.</translation>
    </message>
    <message>
        <source>No backup yet. The app backs up the database when it is closed, at most once a day.</source>
        <translation>Ingen säkerhetskopia ännu. Programmet säkerhetskopierar databasen när det stängs, högst en gång om dagen.</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2).</source>
        <translation>Senaste säkerhetskopia: %1 (%2).</translation>
    </message>
    <message>
        <source>The database is encrypted with the unit&apos;s passphrase (SQLCipher %1, AES-256). Its backups are encrypted with the same passphrase.</source>
        <translation>Databasen är krypterad med enhetens lösenfras (SQLCipher %1, AES-256). Dess säkerhetskopior krypteras med samma lösenfras.</translation>
    </message>
    <message>
        <source>The database is not encrypted. Anyone who gets the file or a backup can read it. Encrypt it here, and use BitLocker for the whole disk in any case.</source>
        <translation>Databasen är inte krypterad. Vem som helst som får tag i filen eller en säkerhetskopia kan läsa den. Kryptera den här, och kryptera i vilket fall som helst hela disken med BitLocker.</translation>
    </message>
    <message>
        <source>The database is on a PostgreSQL server: encryption at rest is set up on the server by its administrator.</source>
        <translation>Databasen finns på en PostgreSQL-server: krypteringen av lagrade data ordnas på servern av dess administratör.</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted: %n rows checked.</source>
        <translation>
            <numerusform>Krypterad: %n rad kontrollerad.</numerusform>
            <numerusform>Krypterad: %n rader kontrollerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>First encrypted backup: %1.</source>
        <translation>Första krypterade säkerhetskopian: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n unencrypted copies were overwritten and deleted.</source>
        <translation>
            <numerusform>%n okrypterad kopia skrevs över och raderades.</numerusform>
            <numerusform>%n okrypterade kopior skrevs över och raderades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unencrypted copies remain: %1</source>
        <translation>
            <numerusform>%n okrypterad kopia finns kvar: %1</numerusform>
            <numerusform>%n okrypterade kopior finns kvar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before open with the old one.</source>
        <translation>Lösenfrasen byttes. Tidigare säkerhetskopior öppnas med den gamla.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Välj mapp för säkerhetskopiorna</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Välj en mapp för säkerhetskopiorna.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Det här är en fil, inte en mapp.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Säkerhetskopierar...</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Säkerhetskopierat till %1.</translation>
    </message>
    <message>
        <source>The backup failed: %1. The database itself is unchanged.</source>
        <translation>Säkerhetskopieringen misslyckades: %1. Själva databasen är oförändrad.</translation>
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
        <source>Today: clients without &amp;contact after:</source>
        <translation>I dag-sidan: klienter utan &amp;kontakt efter:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Databas</translation>
    </message>
    <message>
        <source>&amp;Privacy notice</source>
        <translation>Dataskyddsbeskr&amp;ivning</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Datasäkerhet</translation>
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
        <source>&amp;Controller, if not the unit:</source>
        <translation>&amp;Personuppgiftsansvarig, om inte enheten:</translation>
    </message>
    <message>
        <source>Contact &amp;person for the register:</source>
        <translation>Registrets &amp;kontaktperson:</translation>
    </message>
    <message>
        <source>Contact person&apos;s p&amp;hone:</source>
        <translation>Kontaktpersonens tele&amp;fon:</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-&amp;mail:</source>
        <translation>Kontaktpersonens e-pos&amp;t:</translation>
    </message>
    <message>
        <source>Data protection &amp;officer:</source>
        <translation>Dataskydds&amp;ombud:</translation>
    </message>
    <message>
        <source>Data protection officer&apos;s ph&amp;one:</source>
        <translation>Dataskyddsombudets te&amp;lefon:</translation>
    </message>
    <message>
        <source>Data protection officer&apos;s e-m&amp;ail:</source>
        <translation>Datask&amp;yddsombudets e-post:</translation>
    </message>
    <message>
        <source>office@example.fi</source>
        <translation>kansli@exempel.fi</translation>
    </message>
    <message>
        <source>e.g. the wellbeing services county that bought the service</source>
        <translation>t.ex. ett välfärdsområde</translation>
    </message>
    <message>
        <source>Printed on the privacy notice. Name the controller when the unit produces the services for someone else (e.g. rehabilitative work activity for a wellbeing services county); leave it empty when the unit itself is the controller. A person named here needs a phone number or an e-mail address.</source>
        <translation>Skrivs ut i dataskyddsbeskrivningen. Ange den personuppgiftsansvarige när enheten producerar tjänsterna för någon annans räkning (t.ex. arbetsverksamhet i rehabiliteringssyfte för ett välfärdsområde); lämna tomt när enheten själv är personuppgiftsansvarig. En person som nämns här behöver ett telefonnummer eller en e-postadress.</translation>
    </message>
    <message>
        <source>Preview the privacy &amp;notice...</source>
        <translation>Förhandsgranska dataskydds&amp;beskrivningen...</translation>
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
    <name>SignIn</name>
    <message>
        <source>Too many wrong passwords. The account is locked until %1.</source>
        <translation>För många fel lösenord. Kontot är låst till kl. %1.</translation>
    </message>
    <message>
        <source>The database could not be used just now. Nothing was saved; try again.</source>
        <translation>Databasen kunde inte användas just nu. Inget sparades; försök igen.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Logga in med ditt användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Logga in</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
</context>
<context>
    <name>SkillsDialog</name>
    <message>
        <source>Work-coping skills</source>
        <translation>Färdigheter i arbetet</translation>
    </message>
    <message>
        <source>The &amp;skills assessed in job coaching. A ticked skill appears in new assessments; unticking keeps its earlier scores.</source>
        <translation>De &amp;färdigheter som bedöms i arbetsträningen. En markerad färdighet finns med i nya bedömningar; tidigare värden sparas även om markeringen tas bort.</translation>
    </message>
    <message>
        <source>&amp;New skill:</source>
        <translation>&amp;Ny färdighet:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Basic data</source>
        <translation>Basuppgifter</translation>
    </message>
    <message>
        <source>Notes (all versions)</source>
        <translation>Anteckningar (alla versioner)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Service periods</source>
        <translation>Serviceperioder</translation>
    </message>
    <message>
        <source>Guidance process and employment plan</source>
        <translation>Handledningsprocess och sysselsättningsplan</translation>
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
        <source>Group coaching: memberships and attendance</source>
        <translation>Gruppträning: medlemskap och närvaro</translation>
    </message>
    <message>
        <source>Work trials</source>
        <translation>Arbetsprövningar</translation>
    </message>
    <message>
        <source>Wage-subsidised employment</source>
        <translation>Lönesubventionerat arbete</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>Archived documents</source>
        <translation>Arkiverade dokument</translation>
    </message>
    <message>
        <source>Who has processed the data (log extract)</source>
        <translation>Vem som har behandlat uppgifterna (loggutdrag)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Serviceperiod</translation>
    </message>
    <message>
        <source>Guidance process</source>
        <translation>Handledningsprocess</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Measures of the plan</source>
        <translation>Planens åtgärder</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Hänvisningar</translation>
    </message>
    <message>
        <source>Task log</source>
        <translation>Uppgiftslogg</translation>
    </message>
    <message>
        <source>Assessment of work-coping skills</source>
        <translation>Bedömning av arbetslivsfärdigheter</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bedömningar</translation>
    </message>
    <message>
        <source>Individual coaching period</source>
        <translation>Period av individuell träning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Träningsträffar</translation>
    </message>
    <message>
        <source>Professionals involved</source>
        <translation>Samarbetande yrkespersoner</translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation>Medlemskap i gruppen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Arbetsprövning</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Frånvaro</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Närvaroregister</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Loggposter</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Orsak till avslutandet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tränare</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Next step by</source>
        <translation>Nästa steg senast</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Warnings passed with a reason</source>
        <translation>Varningar som förbigåtts med motivering</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Avtalets språk</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>Timmar per dag</translation>
    </message>
    <message>
        <source>Daily working hours</source>
        <translation>Daglig arbetstid</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Veckodagar</translation>
    </message>
    <message>
        <source>Date of the plan</source>
        <translation>Planens datum</translation>
    </message>
    <message>
        <source>Plan reference</source>
        <translation>Planens beteckning</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Beslutets nummer</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutets datum</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare på arbetsplatsen</translation>
    </message>
    <message>
        <source>Supervisor&apos;s phone</source>
        <translation>Handledarens telefon</translation>
    </message>
    <message>
        <source>Supervisor&apos;s e-mail</source>
        <translation>Handledarens e-post</translation>
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
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>File in the zip</source>
        <translation>Fil i zip-filen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Service language</source>
        <translation>Servicespråk</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Annat språk</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Förmån</translation>
    </message>
    <message>
        <source>Other benefit</source>
        <translation>Annan förmån</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Arbetslös sedan</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Hänvisad av</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Employment outside supported work</source>
        <translation>Anställningar utanför stött arbete</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Anställning</translation>
    </message>
    <message>
        <source>Employment plan (guidance process no.)</source>
        <translation>Sysselsättningsplan (handledningsprocessens nr)</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Ansvarig anställd</translation>
    </message>
    <message>
        <source>Information given on</source>
        <translation>Information lämnad den</translation>
    </message>
    <message>
        <source>Information and consent</source>
        <translation>Information och samtycke</translation>
    </message>
    <message>
        <source>Client relationship</source>
        <translation>Klientskap</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutad den</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Orsak till avslutandet</translation>
    </message>
    <message>
        <source>Added to the register</source>
        <translation>Tillagd i registret</translation>
    </message>
    <message>
        <source>Latest event</source>
        <translation>Senaste händelse</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymiserad</translation>
    </message>
    <message>
        <source>Replaces note no.</source>
        <translation>Ersätter anteckning nr</translation>
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
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Nuvarande fas</translation>
    </message>
    <message>
        <source>Reason for interrupting</source>
        <translation>Orsak till avbrottet</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Work history</source>
        <translation>Arbetshistoria</translation>
    </message>
    <message>
        <source>Skills, in the client&apos;s view</source>
        <translation>Kompetens enligt klienten</translation>
    </message>
    <message>
        <source>Skills, in the counsellor&apos;s view</source>
        <translation>Kompetens enligt handledaren</translation>
    </message>
    <message>
        <source>Work ability and health, in the client&apos;s view</source>
        <translation>Arbetsförmåga och hälsa enligt klienten</translation>
    </message>
    <message>
        <source>Work ability and health, in the counsellor&apos;s view</source>
        <translation>Arbetsförmåga och hälsa enligt handledaren</translation>
    </message>
    <message>
        <source>Life situation</source>
        <translation>Livssituation</translation>
    </message>
    <message>
        <source>Obstacles to employment, in the client&apos;s view</source>
        <translation>Hinder för sysselsättning enligt klienten</translation>
    </message>
    <message>
        <source>Obstacles to employment, in the counsellor&apos;s view</source>
        <translation>Hinder för sysselsättning enligt handledaren</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Önskemål</translation>
    </message>
    <message>
        <source>Summary of the situation</source>
        <translation>Sammanfattning av situationen</translation>
    </message>
    <message>
        <source>Date of the employment plan</source>
        <translation>Sysselsättningsplanens datum</translation>
    </message>
    <message>
        <source>Obligation to apply for jobs</source>
        <translation>Skyldighet att söka arbete</translation>
    </message>
    <message>
        <source>Jobs to apply for</source>
        <translation>Arbeten att söka</translation>
    </message>
    <message>
        <source>Period (months)</source>
        <translation>Period (månader)</translation>
    </message>
    <message>
        <source>Job search notes</source>
        <translation>Anteckningar om arbetssökandet</translation>
    </message>
    <message>
        <source>Next review of the plan</source>
        <translation>Nästa översyn av planen</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Fortsatta steg</translation>
    </message>
    <message>
        <source>Next steps by</source>
        <translation>Fortsatta steg senast</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Sikt</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>För</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Emot</translation>
    </message>
    <message>
        <source>The client&apos;s assessment</source>
        <translation>Klientens bedömning</translation>
    </message>
    <message>
        <source>Measure no.</source>
        <translation>Åtgärd nr</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Hållen den</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Hänvisad den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Yrkesbenämning</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbetstid</translation>
    </message>
    <message>
        <source>Employment has begun</source>
        <translation>Anställningen har börjat</translation>
    </message>
    <message>
        <source>Employment started on</source>
        <translation>Anställningen började</translation>
    </message>
    <message>
        <source>Wage subsidy decision</source>
        <translation>Beslut om lönesubvention</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Together with the employer</source>
        <translation>Tillsammans med arbetsgivaren</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Färdighet</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Gick med</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lämnade</translation>
    </message>
    <message>
        <source>About the outcome</source>
        <translation>Om resultatet</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Träff</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Den som ger arbetsprövning</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <source>Address of the workplace</source>
        <translation>Arbetsplatsens adress</translation>
    </message>
    <message>
        <source>Payer of the unemployment benefit</source>
        <translation>Den som betalar arbetslöshetsförmånen</translation>
    </message>
    <message>
        <source>Unemployment fund</source>
        <translation>Arbetslöshetskassa</translation>
    </message>
    <message>
        <source>Employment authority</source>
        <translation>Arbetskraftsmyndighet</translation>
    </message>
    <message>
        <source>Contact at the authority</source>
        <translation>Kontaktperson vid myndigheten</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Datum för anvisningen</translation>
    </message>
    <message>
        <source>Outside the commuting area</source>
        <translation>Utanför pendlingsregionen</translation>
    </message>
    <message>
        <source>Other terms</source>
        <translation>Övriga villkor</translation>
    </message>
    <message>
        <source>Assessment after the trial</source>
        <translation>Bedömning efter prövningen</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Tillåten</translation>
    </message>
    <message>
        <source>Trial period (months)</source>
        <translation>Prövotid (månader)</translation>
    </message>
    <message>
        <source>Fixed-term</source>
        <translation>För viss tid</translation>
    </message>
    <message>
        <source>Ground for the fixed term</source>
        <translation>Grund för visstidsanställningen</translation>
    </message>
    <message>
        <source>Fixed term because long-term unemployed</source>
        <translation>För viss tid på grund av långtidsarbetslöshet</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>Plats där arbetet utförs</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Pay basis</source>
        <translation>Lönegrund</translation>
    </message>
    <message>
        <source>Other pay basis</source>
        <translation>Annan lönegrund</translation>
    </message>
    <message>
        <source>Pay (€)</source>
        <translation>Lön (€)</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>Lönebetalningsperiod</translation>
    </message>
    <message>
        <source>Pay days</source>
        <translation>Lönedagar</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <source>Working time (%)</source>
        <translation>Arbetstid (%)</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Uppsägningstid</translation>
    </message>
    <message>
        <source>Collective agreement</source>
        <translation>Kollektivavtal</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Försäkringar</translation>
    </message>
    <message>
        <source>Subsidy track</source>
        <translation>Grund för lönesubventionen</translation>
    </message>
    <message>
        <source>Subsidy (%)</source>
        <translation>Subvention (%)</translation>
    </message>
    <message>
        <source>Subsidy starts</source>
        <translation>Subventionen börjar</translation>
    </message>
    <message>
        <source>Subsidy ends</source>
        <translation>Subventionen slutar</translation>
    </message>
    <message>
        <source>Monthly maximum (€)</source>
        <translation>Högsta belopp per månad (€)</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Beviljad av</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Förlängning</translation>
    </message>
    <message>
        <source>Unemployment condition met</source>
        <translation>Villkoret om arbetslöshet uppfyllt</translation>
    </message>
    <message>
        <source>Non-business work</source>
        <translation>Annat än affärsverksamhet</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Arbetstränare</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Välfärdsområde</translation>
    </message>
    <message>
        <source>Contact at the county</source>
        <translation>Kontaktperson vid välfärdsområdet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation>Verksamhetsställets adress</translation>
    </message>
    <message>
        <source>Support and guidance</source>
        <translation>Stöd och handledning</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Övriga tjänster</translation>
    </message>
    <message>
        <source>Evaluation on</source>
        <translation>Utvärdering den</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Uppföljning den</translation>
    </message>
    <message>
        <source>Travel costs a day (€)</source>
        <translation>Resekostnader per dag (€)</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Skyldigheter</translation>
    </message>
    <message>
        <source>Travel costs (€)</source>
        <translation>Resekostnader (€)</translation>
    </message>
    <message>
        <source>Employer as written</source>
        <translation>Arbetsgivare som den skrivits</translation>
    </message>
    <message>
        <source>Employer&apos;s Business ID</source>
        <translation>Arbetsgivarens FO-nummer</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Deltid</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>Post nr</translation>
    </message>
    <message>
        <source>Revision of the record</source>
        <translation>Postens revision</translation>
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
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256-kontrollsumma</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Storlek (byte)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskrivet</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Utskrivet av</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Undertecknat den</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Undertecknat av</translation>
    </message>
    <message>
        <source>Signing recorded</source>
        <translation>Underskrift registrerad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbetsstation</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Object no.</source>
        <translation>Objekt nr</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Angiven orsak</translation>
    </message>
    <message>
        <source>Identity and language</source>
        <translation>Identitet och språk</translation>
    </message>
    <message>
        <source>Benefit and referral</source>
        <translation>Förmån och hänvisning</translation>
    </message>
    <message>
        <source>service</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <source>task</source>
        <translation>uppgift</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultat</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>orsak</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fält</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>started</source>
        <translation>började</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>slutade</translation>
    </message>
    <message>
        <source>Work-trial agreement</source>
        <translation>Avtal om arbetsprövning</translation>
    </message>
    <message>
        <source>Employment contract (wage subsidy)</source>
        <translation>Arbetsavtal (lönesubvention)</translation>
    </message>
    <message>
        <source>Rehabilitative work activity agreement</source>
        <translation>Avtal om arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>Employment plan</source>
        <translation>Sysselsättningsplan</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>Supported work agreement</source>
        <translation>Avtal om stött arbete</translation>
    </message>
    <message>
        <source>Subject-access report</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Log extract</source>
        <translation>Loggutdrag</translation>
    </message>
    <message>
        <source>Job coaching: task recorded</source>
        <translation>Arbetsträning: uppgift registrerad</translation>
    </message>
    <message>
        <source>Joined a coaching group</source>
        <translation>Gick med i en träningsgrupp</translation>
    </message>
    <message>
        <source>Left a coaching group</source>
        <translation>Lämnade en träningsgrupp</translation>
    </message>
    <message>
        <source>Outcome of group coaching recorded</source>
        <translation>Resultatet av gruppträningen registrerat</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Övriga uppgifter</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Klientnummer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Upprättat</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Upprättat av</translation>
    </message>
    <message>
        <source>This report lists all the data the unit&apos;s client register holds about the client (the right of access, GDPR article 15): the basic data, notes with their earlier versions, the timeline, services and their records, archived documents and the log of who has processed the data. The same data is in the file data.json in a machine-readable form, and the archived documents are in the folder documents of the same zip file.</source>
        <translation>Detta utdrag innehåller alla uppgifter som enhetens klientregister har sparat om klienten (rätt till tillgång, artikel 15 i EU:s dataskyddsförordning): basuppgifterna, anteckningarna med tidigare versioner, händelserna, tjänsterna med sina registreringar, arkiverade dokument och loggen över vem som har behandlat uppgifterna. Samma uppgifter finns i maskinläsbar form i filen data.json, och de arkiverade dokumenten finns i mappen documents i samma zip-fil.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Inga uppgifter.</translation>
    </message>
    <message>
        <source>Documents that do not match their checksum</source>
        <translation>Dokument som inte stämmer med sin kontrollsumma</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Save the subject-access export</source>
        <translation>Spara registerutdraget</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip-fil (*.zip)</translation>
    </message>
    <message>
        <source>Give the name of the file to save.</source>
        <translation>Ange namnet på filen som ska sparas.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>This is a folder; give a file name.</source>
        <translation>Detta är en mapp; ange ett filnamn.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Subject-access export</source>
        <translation>Begäran om registerutdrag</translation>
    </message>
    <message>
        <source>Collecting the client&apos;s data (%1 / %2)...</source>
        <translation>Klientens uppgifter samlas in (%1 / %2)...</translation>
    </message>
    <message>
        <source>Writing the report and the zip file...</source>
        <translation>Utdraget och zip-filen skrivs...</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>You may not export this client&apos;s data.</source>
        <translation>Du har inte rätt att exportera den här klientens uppgifter.</translation>
    </message>
    <message>
        <source>The subject-access export was saved to %1</source>
        <translation>Registerutdraget sparades i filen %1</translation>
    </message>
    <message>
        <source>The zip file holds the report (PDF), the same data as JSON, the archived documents and a README with checksums. Give it to the client securely, e.g. on an encrypted memory stick or in person.</source>
        <translation>Zip-filen innehåller utdraget (PDF), samma uppgifter som JSON, de arkiverade dokumenten och en README-fil med kontrollsummor. Lämna den till klienten på ett säkert sätt, t.ex. på ett krypterat USB-minne eller personligen.</translation>
    </message>
    <message numerus="yes">
        <source>%n archived documents no longer match their checksum; the README names them.</source>
        <translation>
            <numerusform>%n arkiverat dokument stämmer inte längre med sin kontrollsumma; README-filen nämner det.</numerusform>
            <numerusform>%n arkiverade dokument stämmer inte längre med sina kontrollsummor; README-filen nämner dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject-access export: %1</source>
        <translation>Begäran om registerutdrag: %1</translation>
    </message>
    <message>
        <source>Everything stored about the client (right of access, GDPR article 15) is saved as one zip file: a report in PDF, the same data as JSON for machines, the archived documents and a list of checksums. The export is recorded in the audit log.</source>
        <translation>Allt som sparats om klienten (rätt till tillgång, artikel 15 i EU:s dataskyddsförordning) sparas som en zip-fil: ett utdrag i PDF, samma uppgifter maskinläsbart som JSON, de arkiverade dokumenten och en lista över kontrollsummor. Exporten registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>Utdragets &amp;språk:</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bläddra...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
</context>
<context>
    <name>SubjectAccessExport</name>
    <message>
        <source>Subject-access export</source>
        <translation>Registerutdrag (rätt till tillgång)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <source>Created: %1 by %2</source>
        <translation>Upprättat: %1 av %2</translation>
    </message>
    <message>
        <source>report.pdf is the readable report. data.json holds the same data in a machine-readable form (UTF-8 JSON). The folder documents holds the archived documents exactly as they were printed.</source>
        <translation>report.pdf är det läsbara utdraget. data.json innehåller samma uppgifter i maskinläsbar form (UTF-8 JSON). Mappen documents innehåller de arkiverade dokumenten exakt som de skrevs ut.</translation>
    </message>
    <message>
        <source>Check a file with its SHA-256 checksum, e.g. certutil -hashfile FILE SHA256 (Windows) or sha256sum FILE.</source>
        <translation>En fils integritet kan kontrolleras med SHA-256-kontrollsumman, t.ex. certutil -hashfile FIL SHA256 (Windows) eller sha256sum FIL.</translation>
    </message>
    <message>
        <source>Files (SHA-256, size in bytes, name):</source>
        <translation>Filer (SHA-256, storlek i byte, namn):</translation>
    </message>
    <message>
        <source>These archived documents no longer match the checksum taken when they were archived:</source>
        <translation>Dessa arkiverade dokument stämmer inte längre med kontrollsumman som räknades när de arkiverades:</translation>
    </message>
</context>
<context>
    <name>SupportedFindings</name>
    <message>
        <source>Give the hours as a positive number.</source>
        <translation>Ange timmarna som ett positivt tal.</translation>
    </message>
    <message>
        <source>Write a number, e.g. 6 or 7,5.</source>
        <translation>Skriv ett tal, t.ex. 6 eller 7,5.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Välj ett av alternativen.</translation>
    </message>
    <message>
        <source>Choose the weekdays of the work.</source>
        <translation>Välj arbetsdagarna.</translation>
    </message>
    <message>
        <source>At least %1 hours a day; here %2.</source>
        <translation>Minst %1 timmar per dag; nu %2.</translation>
    </message>
    <message>
        <source>At most %1 hours a day; here %2.</source>
        <translation>Högst %1 timmar per dag; nu %2.</translation>
    </message>
    <message>
        <source>At least %1 days a week; here %2.</source>
        <translation>Minst %1 dagar i veckan; nu %2.</translation>
    </message>
    <message>
        <source>At most %1 days a week; here %2.</source>
        <translation>Högst %1 dagar i veckan; nu %2.</translation>
    </message>
    <message>
        <source>At most %1 hours a week; here %2.</source>
        <translation>Högst %1 timmar per vecka; nu %2.</translation>
    </message>
    <message>
        <source>%1 employs the client (since %2): the client&apos;s current employer cannot organise the client&apos;s work trial.</source>
        <translation>%1 är klientens arbetsgivare (sedan %2): klientens nuvarande arbetsgivare kan inte ge klienten arbetsprövning.</translation>
    </message>
    <message>
        <source>The client&apos;s current employer cannot organise the client&apos;s work trial.</source>
        <translation>Klientens nuvarande arbetsgivare kan inte ge klienten arbetsprövning.</translation>
    </message>
    <message>
        <source>The organiser needs a valid Business ID; correct it on the employer&apos;s card (or the unit&apos;s in Settings).</source>
        <translation>Den som ger arbetsprövning behöver ett giltigt FO-nummer; rätta det på arbetsgivarens kort (eller enhetens i inställningarna).</translation>
    </message>
    <message>
        <source>The trial cannot start before the employment plan of %1 that agrees on it.</source>
        <translation>Arbetsprövningen kan inte börja före sysselsättningsplanen (%1) där den avtalas.</translation>
    </message>
    <message>
        <source>Work trials may last at most %1 months in total per person; with the earlier trials this makes %2 months and %3 days.</source>
        <translation>Arbetsprövning får pågå högst %1 månader sammanlagt per person; med de tidigare blir det %2 månader och %3 dagar.</translation>
    </message>
    <message>
        <source>%1 unauthorised absences in a row (limit %2): tell the employment authority, which interrupts the trial.</source>
        <translation>%1 olovliga frånvarodagar i följd (gräns %2): meddela arbetskraftsmyndigheten, som avbryter arbetsprövningen.</translation>
    </message>
    <message>
        <source>The day is outside the period of the trial.</source>
        <translation>Dagen ligger utanför arbetsprövningens period.</translation>
    </message>
    <message>
        <source>The trial period is at most %1 months; here %2.</source>
        <translation>Prövotiden är högst %1 månader; nu %2.</translation>
    </message>
    <message>
        <source>The trial period may be at most half of a fixed term of %1 months and %2 days; here %3 months.</source>
        <translation>Prövotiden får vara högst hälften av en viss tid på %1 månader och %2 dagar; nu %3 månader.</translation>
    </message>
    <message>
        <source>A fixed-term contract needs a justified ground, or choose the contract with a long-term unemployed person (Employment Contracts Act, chapter 1, section 3 a).</source>
        <translation>Ett avtal för viss tid behöver en grundad anledning, eller välj avtalet med en långtidsarbetslös (1 kap. 3 a §).</translation>
    </message>
    <message>
        <source>A contract under chapter 1, section 3 a of the Employment Contracts Act is always fixed-term.</source>
        <translation>Ett avtal enligt 1 kap. 3 a § är alltid för viss tid.</translation>
    </message>
    <message>
        <source>A contract under chapter 1, section 3 a of the Employment Contracts Act needs %1 months of continuous unemployment before the start; the register shows %2.</source>
        <translation>1 kap. 3 a § förutsätter %1 månaders oavbruten arbetslöshet före början; registret visar %2.</translation>
    </message>
    <message>
        <source>Contracts under chapter 1, section 3 a of the Employment Contracts Act may last at most %1 months in total; here %2 months and %3 days.</source>
        <translation>Avtal enligt 1 kap. 3 a § får pågå högst %1 månader sammanlagt; nu %2 månader och %3 dagar.</translation>
    </message>
    <message>
        <source>At most %1 contracts under chapter 1, section 3 a of the Employment Contracts Act with the same employer; this would be number %2.</source>
        <translation>Högst %1 avtal enligt 1 kap. 3 a § med samma arbetsgivare; detta skulle vara nummer %2.</translation>
    </message>
    <message>
        <source>The employer needs a valid Business ID; correct it on the employer&apos;s card.</source>
        <translation>Arbetsgivaren behöver ett giltigt FO-nummer; rätta det på arbetsgivarens kort.</translation>
    </message>
    <message>
        <source>The rate of this track is %1 %; here %2 %.</source>
        <translation>Stödgrundens belopp är %1 %; nu %2 %.</translation>
    </message>
    <message>
        <source>The monthly cap of this track is %1 €; here %2 €.</source>
        <translation>Stödgrundens maximibelopp är %1 € per månad; nu %2 €.</translation>
    </message>
    <message>
        <source>A state agency cannot be granted a wage subsidy.</source>
        <translation>Lönesubvention kan inte beviljas ett statligt ämbetsverk.</translation>
    </message>
    <message>
        <source>A municipality can have a wage subsidy only on the 70 % track or for a person aged 60 or over.</source>
        <translation>En kommun kan få lönesubvention endast för en arbetstagare med funktionshinder (70 %) eller en person som fyllt 60 år.</translation>
    </message>
    <message>
        <source>The 100 % track is only for associations, foundations and registered religious communities (see the employer&apos;s organisation kind).</source>
        <translation>Stöd på 100 % gäller endast föreningar, stiftelser och registrerade religiösa samfund (se arbetsgivarens organisationsform).</translation>
    </message>
    <message>
        <source>The 100 % track requires work that is not business activity.</source>
        <translation>Stöd på 100 % förutsätter att arbetet inte är affärsverksamhet.</translation>
    </message>
    <message>
        <source>This track requires unemployment for at least %1 of the %2 months before; confirm it from the decision.</source>
        <translation>Stödgrunden förutsätter arbetslöshet i minst %1 av de %2 föregående månaderna; kontrollera det i beslutet.</translation>
    </message>
    <message>
        <source>On the 100 % track working time is counted up to %1 % of full time; here %2 %.</source>
        <translation>Vid stöd på 100 % räknas arbetstiden upp till %1 % av heltid; nu %2 %.</translation>
    </message>
    <message>
        <source>This track is for persons aged %1 or over; the client is %2.</source>
        <translation>Stödgrunden gäller personer som fyllt %1 år; klienten är %2 år.</translation>
    </message>
    <message>
        <source>The employment cannot start before the subsidy decision of %1.</source>
        <translation>Anställningen kan inte börja före beslutet om lönesubvention (%1).</translation>
    </message>
    <message>
        <source>The subsidy period must lie within the employment.</source>
        <translation>Stödperioden måste ligga inom anställningen.</translation>
    </message>
    <message>
        <source>The subsidy may last at most %1 months on this track; here %2 months and %3 days.</source>
        <translation>Subventionen får pågå högst %1 månader med denna grund; nu %2 månader och %3 dagar.</translation>
    </message>
    <message>
        <source>The same employer had a subsidy for this person until %1; a new one is possible after %2 years, from %3.</source>
        <translation>Samma arbetsgivare hade lönesubvention för personen till %1; en ny är möjlig efter %2 år, från %3.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity is for clients on labour market subsidy or social assistance; this client&apos;s benefit is: %1.</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte är för klienter med arbetsmarknadsstöd eller utkomststöd; klientens förmån är: %1.</translation>
    </message>
    <message>
        <source>A period is at least %1 months; here %2 months and %3 days.</source>
        <translation>En period är minst %1 månader; nu %2 månader och %3 dagar.</translation>
    </message>
    <message>
        <source>A period is at most %1 months; here %2 months and %3 days.</source>
        <translation>En period är högst %1 månader; nu %2 månader och %3 dagar.</translation>
    </message>
    <message>
        <source>The activity cannot start before the activation plan of %1.</source>
        <translation>Verksamheten kan inte börja före aktiveringsplanen (%1).</translation>
    </message>
    <message>
        <source>At most %1 days of rehabilitative work activity in 12 months; this would make %2.</source>
        <translation>Högst %1 dagar arbetsverksamhet i rehabiliteringssyfte på 12 månader; detta skulle bli %2.</translation>
    </message>
    <message>
        <source>The day is outside the period of the activity.</source>
        <translation>Dagen ligger utanför verksamhetens period.</translation>
    </message>
    <message>
        <source>This limit is a whole number, e.g. 5.</source>
        <translation>Denna gräns är ett heltal, t.ex. 5.</translation>
    </message>
    <message>
        <source>The stored employment plan this agreement refers to is dated %1.</source>
        <translation>Den sparade sysselsättningsplanen som avtalet hänvisar till är daterad %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Warning: %1 You may go on by giving a reason.</source>
        <translation>Varning: %1 Du kan fortsätta genom att ange en motivering.</translation>
    </message>
</context>
<context>
    <name>SupportedRules</name>
    <message>
        <source>Work trial: months in total per person at most</source>
        <translation>Arbetsprövning: månader totalt per person högst</translation>
    </message>
    <message>
        <source>Work trial: months of unemployment after which the maximum restarts</source>
        <translation>Arbetsprövning: månader av arbetslöshet efter vilka maximitiden börjar om</translation>
    </message>
    <message>
        <source>Work trial: months of unemployment after which the maximum restarts, under the age limit</source>
        <translation>Arbetsprövning: månader av arbetslöshet efter vilka maximitiden börjar om, under åldersgränsen</translation>
    </message>
    <message>
        <source>Work trial: age limit of the shorter restart</source>
        <translation>Arbetsprövning: åldersgräns för den kortare nystarten</translation>
    </message>
    <message>
        <source>Work trial: hours a day at least</source>
        <translation>Arbetsprövning: timmar per dag minst</translation>
    </message>
    <message>
        <source>Work trial: hours a day at most</source>
        <translation>Arbetsprövning: timmar per dag högst</translation>
    </message>
    <message>
        <source>Work trial: days a week at most</source>
        <translation>Arbetsprövning: dagar per vecka högst</translation>
    </message>
    <message>
        <source>Work trial: unauthorised absences in a row before interruption</source>
        <translation>Arbetsprövning: olovliga frånvarodagar i följd före avbrott</translation>
    </message>
    <message>
        <source>Work trial: expense allowance, € a day</source>
        <translation>Arbetsprövning: kostnadsersättning, € per dag</translation>
    </message>
    <message>
        <source>Work trial: expense allowance outside the commuting area, € a day</source>
        <translation>Arbetsprövning: kostnadsersättning utanför pendlingsregionen, € per dag</translation>
    </message>
    <message>
        <source>Wage subsidy: years before the same employer again</source>
        <translation>Lönesubvention: år innan samma arbetsgivare igen</translation>
    </message>
    <message>
        <source>Employment contract: trial period in months at most</source>
        <translation>Arbetsavtal: prövotid i månader högst</translation>
    </message>
    <message>
        <source>Employment contract: trial period at most, % of a fixed term</source>
        <translation>Arbetsavtal: prövotid högst, % av den bestämda tiden</translation>
    </message>
    <message>
        <source>Fixed term with a long-term unemployed person: months of unemployment before</source>
        <translation>Visstidsavtal med en långtidsarbetslös: månader av arbetslöshet före</translation>
    </message>
    <message>
        <source>Fixed term with a long-term unemployed person: months at most</source>
        <translation>Visstidsavtal med en långtidsarbetslös: månader högst</translation>
    </message>
    <message>
        <source>Fixed term with a long-term unemployed person: contracts at most</source>
        <translation>Visstidsavtal med en långtidsarbetslös: avtal högst</translation>
    </message>
    <message>
        <source>Rehabilitative work: period in months at least</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte: period i månader minst</translation>
    </message>
    <message>
        <source>Rehabilitative work: period in months at most</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte: period i månader högst</translation>
    </message>
    <message>
        <source>Rehabilitative work: days a week at least</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte: dagar per vecka minst</translation>
    </message>
    <message>
        <source>Rehabilitative work: days a week at most</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte: dagar per vecka högst</translation>
    </message>
    <message>
        <source>Rehabilitative work: hours a day at least</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte: timmar per dag minst</translation>
    </message>
    <message>
        <source>Rehabilitative work: hours a day at most</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte: timmar per dag högst</translation>
    </message>
    <message>
        <source>Rehabilitative work: hours a week at most</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte: timmar per vecka högst</translation>
    </message>
    <message>
        <source>Rehabilitative work: days in 12 months at most</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte: dagar på 12 månader högst</translation>
    </message>
    <message>
        <source>Rehabilitative work: activity allowance, € a day</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte: sysselsättningspenning, € per dag</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): rate, %</source>
        <translation>Lönesubvention (%1): stödnivå, %</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): months</source>
        <translation>Lönesubvention (%1): månader</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): extension at a time, months</source>
        <translation>Lönesubvention (%1): förlängning åt gången, månader</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): monthly cap, €</source>
        <translation>Lönesubvention (%1): högsta belopp per månad, €</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): age at least</source>
        <translation>Lönesubvention (%1): ålder minst</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): months after long unemployment</source>
        <translation>Lönesubvention (%1): månader efter lång arbetslöshet</translation>
    </message>
    <message>
        <source>Wage subsidy (%1): working time at most, % of the sector&apos;s maximum</source>
        <translation>Lönesubvention (%1): arbetstid högst, % av branschens ordinarie maximala arbetstid</translation>
    </message>
</context>
<context>
    <name>SupportedVocabulary</name>
    <message>
        <source>An employer or community</source>
        <translation>En arbetsgivare eller sammanslutning</translation>
    </message>
    <message>
        <source>Our unit</source>
        <translation>Vår enhet</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>FPA</translation>
    </message>
    <message>
        <source>Unemployment fund</source>
        <translation>Arbetslöshetskassa</translation>
    </message>
    <message>
        <source>50 %: lack of professional skills</source>
        <translation>50 %: brister i yrkeskompetensen</translation>
    </message>
    <message>
        <source>70 %: reduced work ability</source>
        <translation>70 %: nedsatt arbetsförmåga</translation>
    </message>
    <message>
        <source>100 %: association, foundation</source>
        <translation>100 %: förening, stiftelse</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
        <translation>Fyllda 60 år</translation>
    </message>
    <message>
        <source>Time rate</source>
        <translation>Tidlön</translation>
    </message>
    <message>
        <source>Piece or performance rate</source>
        <translation>Prestationslön</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månadsvis</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Varannan vecka</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Veckovis</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>Frånvarande, giltigt skäl</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Printed, not signed</source>
        <translation>Utskrivet, inte undertecknat</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Work trial</source>
        <translation>Arbetsprövning</translation>
    </message>
    <message>
        <source>Wage-subsidised employment</source>
        <translation>Lönesubventionerat arbete</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>Klientens språk</translation>
    </message>
</context>
<context>
    <name>SupportedWorkPage</name>
    <message numerus="yes">
        <source>%n arrangement(s), the newest %1 listed</source>
        <translation>
            <numerusform>%n arrangemang, de %1 senaste i listan</numerusform>
            <numerusform>%n arrangemang, de %1 senaste i listan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrangement(s)</source>
        <translation>
            <numerusform>%n arrangemang</numerusform>
            <numerusform>%n arrangemang</numerusform>
        </translation>
    </message>
    <message>
        <source>Supported work</source>
        <translation>Stött arbete</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Ending within 14 days</source>
        <translation>Slutar inom 14 dagar</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Arrangemang</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Open agreement...</source>
        <translation>&amp;Öppna avtal...</translation>
    </message>
    <message>
        <source>Open &amp;client...</source>
        <translation>Öppna &amp;klient...</translation>
    </message>
    <message>
        <source>&amp;Rules and limits...</source>
        <translation>&amp;Regler och gränser...</translation>
    </message>
</context>
<context>
    <name>SupportedWorkTab</name>
    <message>
        <source>&amp;Supported work</source>
        <translation>&amp;Stött arbete</translation>
    </message>
    <message>
        <source>Work trials, wage-subsidised employments and rehabilitative work activity of this client. Open one to edit it, print the agreement and record its signing.</source>
        <translation>Klientens arbetsprövningar, lönesubventionerade arbeten och arbetsverksamhet i rehabiliteringssyfte. Öppna ett arrangemang för att redigera det, skriva ut avtalet och registrera underskriften.</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Arrangemang</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New &amp;work trial...</source>
        <translation>Ny &amp;arbetsprövning...</translation>
    </message>
    <message>
        <source>New wage-subsidised &amp;employment...</source>
        <translation>Nytt &amp;lönesubventionerat arbete...</translation>
    </message>
    <message>
        <source>New &amp;rehabilitative work activity...</source>
        <translation>Ny arbetsverksamhet i &amp;rehabiliteringssyfte...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Öppna...</translation>
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
        <source>Employment plans to review this week</source>
        <translation>Sysselsättningsplaner att se över denna vecka</translation>
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
        <source>Guidance follow-up meeting</source>
        <translation>Uppföljningsmöte i handledningen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>%1 upphör</translation>
    </message>
    <message>
        <source>Guidance process unfinished at: %1</source>
        <translation>Handledningsprocessen ofärdig i fasen: %1</translation>
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
        <source>Review the employment plan</source>
        <translation>Se över sysselsättningsplanen</translation>
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
    <name>UpgradeDialog</name>
    <message>
        <source>The register must be updated</source>
        <translation>Registret måste uppdateras</translation>
    </message>
    <message>
        <source>The register on %1 has schema version %2; this version of Työllistämö uses schema version %3. The register is updated once, for all workstations.</source>
        <translation>Registret på %1 har schemaversion %2; den här versionen av Työllistämö använder schemaversion %3. Registret uppdateras en gång, för alla arbetsstationer.</translation>
    </message>
    <message>
        <source>An administrator of the unit can update it now: enter your user name and password and choose Sign in and update now. Back up the database (pg_dump) first. Other users: ask an administrator to open Työllistämö (or to run the command %1), then choose Retry.</source>
        <translation>En huvudanvändare vid enheten kan uppdatera det nu: skriv ditt användarnamn och lösenord och välj Logga in och uppdatera nu. Säkerhetskopiera databasen (pg_dump) först. Övriga användare: be en huvudanvändare öppna Työllistämö (eller köra kommandot %1) och välj sedan Försök igen.</translation>
    </message>
    <message>
        <source>The register is older than version %1 and has no user accounts yet, so it cannot be updated from here. The unit&apos;s IT updates it with the database server&apos;s own user name and password by running the command %2 (back up the database with pg_dump first). Then choose Retry.</source>
        <translation>Registret är äldre än version %1 och har ännu inga användarkonton, så det kan inte uppdateras härifrån. Enhetens IT-stöd uppdaterar det med databasserverns eget användarnamn och lösenord genom att köra kommandot %2 (säkerhetskopiera databasen med pg_dump först). Välj sedan Försök igen.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Sign in and &amp;update now</source>
        <translation>Logga in och &amp;uppdatera nu</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Inställningar...</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>Av&amp;sluta</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Skriv ditt användarnamn.</translation>
    </message>
    <message>
        <source>Only an administrator can update the register. Ask an administrator to open Työllistämö (or to run the command %1), then choose Retry.</source>
        <translation>Endast en huvudanvändare kan uppdatera registret. Be en huvudanvändare öppna Työllistämö (eller köra kommandot %1) och välj sedan Försök igen.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <source>Updating the register...</source>
        <translation>Registret uppdateras...</translation>
    </message>
    <message>
        <source>Another workstation is updating the register just now; waiting for it to finish...</source>
        <translation>En annan arbetsstation uppdaterar registret just nu; väntar tills den är klar...</translation>
    </message>
    <message>
        <source>Updating the register: step %1 of %2...</source>
        <translation>Registret uppdateras: steg %1 av %2...</translation>
    </message>
    <message>
        <source>The update did not finish: %1. Every step is saved completely or not at all, so the register is at a known version. Choose Sign in and update now to go on.</source>
        <translation>Uppdateringen blev inte klar: %1. Varje steg sparas helt eller inte alls, så registrets version är känd. Fortsätt genom att välja Logga in och uppdatera nu.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Redigera användare</translation>
    </message>
    <message>
        <source>Counsellors and coaches see the clients of their own and their team&apos;s; managers read all clients; administrators manage users, settings, retention and backups but see no client data unless also counsellors.</source>
        <translation>Handledare och tränare ser sina egna och sitt teams klienter; chefer kan läsa alla klienters uppgifter; huvudanvändare sköter användare, inställningar, bevarandetider och säkerhetskopior men ser inga klientuppgifter om de inte också är handledare.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>&amp;Aktivt (får logga in)</translation>
    </message>
    <message>
        <source>&amp;First password:</source>
        <translation>&amp;Första lösenord:</translation>
    </message>
    <message>
        <source>the user changes it at first sign-in</source>
        <translation>användaren byter det vid första inloggningen</translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile. Close and open it again.</source>
        <translation>Någon annan ändrade användaren under tiden. Stäng och öppna igen.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Användare och roller</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>&amp;Lägg till användare...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Redigera...</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>&amp;Sätt nytt lösenord...</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktivt</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>inget lösenord</translation>
    </message>
    <message>
        <source>locked after wrong passwords</source>
        <translation>låst efter fel lösenord</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivt</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>Välj först en användare.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
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
        <source>Wage-subsidised work</source>
        <translation>Lönesubventionerat arbete</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Arbetsverksamhet i rehabiliteringssyfte</translation>
    </message>
    <message>
        <source>Work on the open labour market</source>
        <translation>Arbete på den öppna arbetsmarknaden</translation>
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
        <source>Agreement edited</source>
        <translation>Avtalet redigerat</translation>
    </message>
    <message>
        <source>Warning overridden with a reason</source>
        <translation>Varning åsidosatt med motivering</translation>
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
        <source>Guidance process started</source>
        <translation>Handledningsprocessen inledd</translation>
    </message>
    <message>
        <source>Guidance process completed</source>
        <translation>Handledningsprocessen slutförd</translation>
    </message>
    <message>
        <source>Guidance process interrupted</source>
        <translation>Handledningsprocessen avbruten</translation>
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
<context>
    <name>WorkTrialDocument</name>
    <message>
        <source>Work trial agreement</source>
        <translation>Avtal om arbetsprövning</translation>
    </message>
    <message>
        <source>Agreement on a work trial under sections 54 to 60 of the Act on the Organisation of Employment Services (380/2023) between the participant, the organiser and the employment authority.</source>
        <translation>Avtal om arbetsprövning enligt 54–60 § i lagen om ordnande av arbetskraftsservice (380/2023) mellan deltagaren, den som ger arbetsprövning och arbetskraftsmyndigheten.</translation>
    </message>
    <message>
        <source>1. Participant</source>
        <translation>1. Deltagare</translation>
    </message>
    <message>
        <source>2. Organiser</source>
        <translation>2. Den som ger arbetsprövning</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Den som ger arbetsprövning</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>3. Employment authority</source>
        <translation>3. Arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <source>Employment authority</source>
        <translation>Arbetskraftsmyndigheten</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutets datum</translation>
    </message>
    <message>
        <source>Employment plan</source>
        <translation>Sysselsättningsplan</translation>
    </message>
    <message>
        <source>4. Period and place</source>
        <translation>4. Period och plats</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <source>Address of the workplace</source>
        <translation>Arbetsplatsens adress</translation>
    </message>
    <message>
        <source>5. Working hours</source>
        <translation>5. Arbetstid</translation>
    </message>
    <message>
        <source>Daily duration and timing</source>
        <translation>Daglig längd och tidpunkt</translation>
    </message>
    <message>
        <source>Weekly duration and timing</source>
        <translation>Längd och tidpunkt per vecka</translation>
    </message>
    <message>
        <source>6. Goals of the work trial</source>
        <translation>6. Arbetsprövningens mål</translation>
    </message>
    <message>
        <source>7. Tasks</source>
        <translation>7. Uppgifter</translation>
    </message>
    <message>
        <source>8. Guidance and supervision at the workplace</source>
        <translation>8. Handledning och tillsyn på arbetsplatsen</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
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
        <source>9. Unemployment benefit and expense allowance</source>
        <translation>9. Arbetslöshetsförmån och kostnadsersättning</translation>
    </message>
    <message>
        <source>Kela</source>
        <translation>FPA</translation>
    </message>
    <message>
        <source>Unemployment benefit paid by</source>
        <translation>Arbetslöshetsförmånen betalas av</translation>
    </message>
    <message>
        <source>Expense allowance</source>
        <translation>Kostnadsersättning</translation>
    </message>
    <message>
        <source>%1 a day attended</source>
        <translation>%1 per deltagardag</translation>
    </message>
    <message>
        <source>The organiser reports the participant&apos;s absences to the payer of the unemployment benefit.</source>
        <translation>Den som ger arbetsprövning anmäler deltagarens frånvaro till den som betalar arbetslöshetsförmånen.</translation>
    </message>
    <message>
        <source>Organiser&apos;s assessment after the work trial</source>
        <translation>Bedömning efter arbetsprövningen</translation>
    </message>
    <message>
        <source>10. Terms</source>
        <translation>10. Villkor</translation>
    </message>
    <message>
        <source>The work trial does not create an employment relationship or a public-service relationship between the participant and the organiser (380/2023 58 §).</source>
        <translation>Arbetsprövningen ger inte upphov till något arbetsavtals- eller tjänsteförhållande mellan deltagaren och den som ger arbetsprövning (380/2023 58 §).</translation>
    </message>
    <message>
        <source>The employment authority insures the participant against accidents and has liability insurance for damage the participant causes (380/2023 60 §).</source>
        <translation>Arbetskraftsmyndigheten försäkrar deltagaren mot olycksfall och har en ansvarsförsäkring för skador som deltagaren orsakar (380/2023 60 §).</translation>
    </message>
    <message>
        <source>The organiser tells the shop steward the participant&apos;s name and the contents of this agreement before the trial starts (380/2023 57 §).</source>
        <translation>Den som ger arbetsprövning meddelar förtroendemannen deltagarens namn och detta avtals innehåll innan arbetsprövningen börjar (380/2023 57 §).</translation>
    </message>
    <message>
        <source>After the trial the organiser gives the employment authority an assessment of the participant&apos;s suitability for the work and of the need for further services.</source>
        <translation>Efter arbetsprövningen ger den som gav arbetsprövning arbetskraftsmyndigheten en bedömning av deltagarens lämplighet för arbetet och behovet av fortsatt service.</translation>
    </message>
    <message>
        <source>The employment authority interrupts the trial after five consecutive days of unauthorised absence; any party may end this agreement in writing (380/2023 59 §).</source>
        <translation>Arbetskraftsmyndigheten avbryter arbetsprövningen efter fem olovliga frånvarodagar i följd; varje part kan säga upp avtalet skriftligen (380/2023 59 §).</translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation>Övriga villkor</translation>
    </message>
    <message>
        <source>This agreement has been made in three identical copies, one for each party.</source>
        <translation>Detta avtal har upprättats i tre likalydande exemplar, ett för varje part.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>The database cannot be reached just now. Nothing was changed; try again in a moment.</source>
        <translation>Databasen kan inte nås just nu. Ingenting ändrades; försök igen om en stund.</translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation>Du har inte rätt att göra detta.</translation>
    </message>
    <message>
        <source>The work could not be finished because of an unexpected error.</source>
        <translation>Arbetet kunde inte slutföras på grund av ett oväntat fel.</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Kunde inte slutföras</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
</TS>
