<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has been tampered with: %n entries do not match.</source>
        <translation>
            <numerusform>The audit log has been tampered with: %n entry does not match.</numerusform>
            <numerusform>The audit log has been tampered with: %n entries do not match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message numerus="yes">
        <source>(edited; %n earlier version(s) kept)</source>
        <translation>
            <numerusform>(edited; %n earlier version kept)</numerusform>
            <numerusform>(edited; %n earlier versions kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>Exported %n client to %1.</numerusform>
            <numerusform>Exported %n clients to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match the search.</source>
        <translation>
            <numerusform>%n client matches the search.</numerusform>
            <numerusform>%n clients match the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s).</source>
        <translation>
            <numerusform>%n client.</numerusform>
            <numerusform>%n clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <source>%n client(s) in the period %1. Open a client with Enter or a double-click.</source>
        <translation>
            <numerusform>%n client in the period %1. Open a client with Enter or a double-click.</numerusform>
            <numerusform>%n clients in the period %1. Open a client with Enter or a double-click.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more client(s) are counted in the figure but not listed: your role does not give access to their data.</source>
        <translation>
            <numerusform>%n more client is counted in the figure but not listed: your role does not give access to their data.</numerusform>
            <numerusform>%n more clients are counted in the figure but not listed: your role does not give access to their data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message numerus="yes">
        <source>%n arrangement(s) with clients at this employer. Enter opens the client.</source>
        <translation>
            <numerusform>%n arrangement with clients at this employer. Enter opens the client.</numerusform>
            <numerusform>%n arrangements with clients at this employer. Enter opens the client.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message numerus="yes">
        <source>%n employer(s) in the register.</source>
        <translation>
            <numerusform>%n employer in the register.</numerusform>
            <numerusform>%n employers in the register.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also overwrite and delete the %n unencrypted backups and copies (after a first encrypted backup)</source>
        <translation>
            <numerusform>Also overwrite and delete the %n unencrypted backup or copy (after a first encrypted backup)</numerusform>
            <numerusform>Also overwrite and delete the %n unencrypted backups and copies (after a first encrypted backup)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PDF files of %n archived document(s) and their signers&apos; names</source>
        <translation>
            <numerusform>The PDF file of %n archived document and its signers&apos; names</numerusform>
            <numerusform>The PDF files of %n archived documents and their signers&apos; names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The free text of %n other record(s): guidance, coaching and supported work (plans, notes, assessments, reasons)</source>
        <translation>
            <numerusform>The free text of %n other record: guidance, coaching and supported work (plans, notes, assessments, reasons)</numerusform>
            <numerusform>The free text of %n other records: guidance, coaching and supported work (plans, notes, assessments, reasons)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasurePage</name>
    <message numerus="yes">
        <source>%n client(s) due for erasure.</source>
        <translation>
            <numerusform>%n client due for erasure.</numerusform>
            <numerusform>%n clients due for erasure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them more than a year overdue.</source>
        <translation>
            <numerusform>%n of them more than a year overdue.</numerusform>
            <numerusform>%n of them more than a year overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n group.</numerusform>
            <numerusform>%n groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message numerus="yes">
        <source>%n open process(es).</source>
        <translation>
            <numerusform>%n open process.</numerusform>
            <numerusform>%n open processes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>%n row in the file.</numerusform>
            <numerusform>%n rows in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n row can be imported.</numerusform>
            <numerusform>%n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; they are listed below.</source>
        <translation>
            <numerusform>%n row has problems; it is listed below.</numerusform>
            <numerusform>%n rows have problems; they are listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message numerus="yes">
        <source>The import was cancelled after %n employer(s) were written.</source>
        <translation>
            <numerusform>The import was cancelled after %n employer was written.</numerusform>
            <numerusform>The import was cancelled after %n employers were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled after %n client(s) were written.</source>
        <translation>
            <numerusform>The import was cancelled after %n client was written.</numerusform>
            <numerusform>The import was cancelled after %n clients were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n employer(s).</source>
        <translation>
            <numerusform>Imported %n employer.</numerusform>
            <numerusform>Imported %n employers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>Imported %n client.</numerusform>
            <numerusform>Imported %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were not imported.</source>
        <translation>
            <numerusform>%n row with problems was not imported.</numerusform>
            <numerusform>%n rows with problems were not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message numerus="yes">
        <source>%n unauthorised absence(s) in all.</source>
        <translation>
            <numerusform>%n unauthorised absence in all.</numerusform>
            <numerusform>%n unauthorised absences in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPeriodsPage</name>
    <message numerus="yes">
        <source>Saved: %1, %n year(s) from %2.</source>
        <translation>
            <numerusform>Saved: %1, %n year from %2.</numerusform>
            <numerusform>Saved: %1, %n years from %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message numerus="yes">
        <source>Encrypted: %n rows checked.</source>
        <translation>
            <numerusform>Encrypted: %n row checked.</numerusform>
            <numerusform>Encrypted: %n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unencrypted copies were overwritten and deleted.</source>
        <translation>
            <numerusform>%n unencrypted copy was overwritten and deleted.</numerusform>
            <numerusform>%n unencrypted copies were overwritten and deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unencrypted copies remain: %1</source>
        <translation>
            <numerusform>%n unencrypted copy remains: %1</numerusform>
            <numerusform>%n unencrypted copies remain: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message numerus="yes">
        <source>%n archived documents no longer match their checksum; the README names them.</source>
        <translation>
            <numerusform>%n archived document no longer matches its checksum; the README names it.</numerusform>
            <numerusform>%n archived documents no longer match their checksum; the README names them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportedWorkPage</name>
    <message numerus="yes">
        <source>%n arrangement(s), the newest %1 listed</source>
        <translation>
            <numerusform>%n arrangement, the newest %1 listed</numerusform>
            <numerusform>%n arrangements, the newest %1 listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrangement(s)</source>
        <translation>
            <numerusform>%n arrangement</numerusform>
            <numerusform>%n arrangements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last event %n day(s) ago</source>
        <translation>
            <numerusform>Last event %n day ago</numerusform>
            <numerusform>Last event %n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
