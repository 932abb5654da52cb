<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up GuardianDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff account exists on this computer yet. The administrator creates the other staff accounts and manages the district settings. There is no default password: choose one now and keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit GuardianDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>GuardianDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student information is shown while the kiosk is locked. Any staff member may sign in to continue; the work that follows is recorded under their name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — GuardianDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to GuardianDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own staff account. Every action is recorded under the name of the person signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit GuardianDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GuardianDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, a student ID or a date of birth. Results appear as you type; press Enter to open the first one, or Down to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, student ID or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the selected student&apos;s card; Escape returns to the search field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the kiosk now and hide all student information (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentCardWidget</name>
    <message>
        <source>Find a student on the left, then press Enter or click the student to see the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per adult, with relationship, custody, educational rights, portal eligibility and no-contact order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adult is on record for this student. Nothing can be issued until the school updates the student information system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::AdultsModel</name>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. Custodial: %3. Educational rights: %4. Portal eligible: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-contact order on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A no-contact order is on record for this adult. Do not give this adult any information about the student, and do not issue a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult has custody of the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult holds the student&apos;s educational rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district allows this relationship to have a parent portal account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A court or district no-contact order is on record for this adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YES</source>
        <extracomment>In the &quot;No-contact order&quot; column: an order exists. Short, in capitals where the language has them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational
rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal
eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-contact
order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::DisplayText</name>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A person&apos;s name in lists, family name first: %1 = family name, %2 = given name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A person&apos;s full name: %1 = given name, %2 = family name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::FirstRunDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same password again in &quot;Repeat password&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to create the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::KioskApp</name>
    <message>
        <source>GuardianDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the GuardianDesk database cannot be created:
%1

Ask your district&apos;s technology support for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GuardianDesk cannot use the database
%1

%2

Nothing was changed. Ask your district&apos;s technology support for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LoginForm</name>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::MainWindow</name>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, a student ID or a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student matches this search. Check the spelling, or try the student ID or date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n students: type more to narrow the search.</source>
        <translation>
            <numerusform>Showing only %n student: type more to narrow the search.</numerusform>
            <numerusform>Showing the first %n students: type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) found. Press Enter to open the first, or Down to choose.</source>
        <translation>
            <numerusform>%n student found. Press Enter to open it, or Down to choose.</numerusform>
            <numerusform>%n students found. Press Enter to open the first, or Down to choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::StudentCardWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive student: this student is no longer enrolled. No portal key can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ NO-CONTACT ORDER for %1. Do not share any information about this student with the adult(s) named, and do not verify them for portal access.</source>
        <extracomment>%1 is one adult&apos;s name or a list of names (&quot;Ana Ruiz and Luis Ruiz&quot;).</extracomment>
        <translation>
            <numerusform>⚠ NO-CONTACT ORDER for %1. Do not share any information about this student with this adult, and do not verify them for portal access.</numerusform>
            <numerusform>⚠ NO-CONTACT ORDER for %1. Do not share any information about this student with these adults, and do not verify them for portal access.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::StudentSearchModel</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through adult: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: never configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: connected, not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: offline — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: last success %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent to the district.</source>
        <translation>
            <numerusform>%n event waiting to be sent to the district.</numerusform>
            <numerusform>%n events waiting to be sent to the district.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused by the district; an administrator should look at them.</source>
        <translation>
            <numerusform>%n event refused by the district; an administrator should look at it.</numerusform>
            <numerusform>%n events refused by the district; an administrator should look at them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the district server&apos;s by %n minute(s); ask for it to be set right.</source>
        <translation>
            <numerusform>This computer&apos;s clock differs from the district server&apos;s by %n minute; ask for it to be set right.</numerusform>
            <numerusform>This computer&apos;s clock differs from the district server&apos;s by %n minutes; ask for it to be set right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GuardianDesk: guardian verification kiosk for the school front office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
