<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttestationPage</name>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the photo on the ID shows the adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to be recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &amp;matches the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo matches the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &amp;does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo does not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID&apos;s expiry date and the name on it, against the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;supervisor accepts this expired ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor accepts this expired ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district allows a supervisor to accept an expired ID with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s written reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the supervisor accepts the expired ID. No ID numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse: the ID has &amp;expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse: the ID has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the difference with a written reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the name difference with a written reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the &amp;override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the name override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the name on the ID belongs to the adult on record. No ID numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse: the names &amp;do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse: the names do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second staff member, an administrator, confirms with their own user name and password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator who confirms the expired ID; not the person at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s user na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPrinter</name>
    <message>
        <source>Sealed letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sealed letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed letter prints on paper, never to a file: choose a printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s rules decide whether this adult may get portal access for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the adult can do next:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <source>Export the verification log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every verification between the two days (the school&apos;s calendar days), with who verified whom, how, and which ID was checked: its type, issuer, last 4 characters and expiry, nothing more. The file is signed by this kiosk, so anyone can check later that it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which outcomes to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which verification methods to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to save the export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature file with the same name and .sig at the end is saved next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to save the export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>IdDocumentPage</name>
    <message>
        <source>Which ID was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the ID shows. Never the whole ID number, never a photo of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of ID this is, for example Employee photo ID. No numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Employee photo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state, country or agency that issued the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State, country or agency, for example CA or Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last 4 of the ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 characters of the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last four letters or digits of the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiry date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names on the ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names on the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given names exactly as printed on the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Famil&amp;y names on the ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family names on the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family names exactly as printed on the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan ID from a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the ID from a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or scan the barcode on the back with the barcode scanner, on any page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scan or photo of the back of a US or Canadian driver&apos;s licence or ID card; its barcode fills the fields above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdScan</name>
    <message>
        <source>The barcode of this licence or ID card is damaged (%1 unreadable). Scan it again, or type the details from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode is not from a US or Canadian driver&apos;s licence or ID card (it has no AAMVA header). Scan the large barcode on the back of the card, or type the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer number in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card&apos;s barcode follows AAMVA version %1, which GuardianDesk cannot read (it reads versions 1 to 11). Type the details from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode of this licence or ID card is damaged (%1). Scan it again, or type the details from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 (%2) is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode holds more than a licence or ID card can; scan the barcode on the back of the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode is empty; scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the seal of a GuardianDesk letter, not an ID card; scan the barcode on the back of the licence or ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name: DCS, DAC or DAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no expiry date: DBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its issue date is after its expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its date of birth is not before the card was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document number, DAQ, is missing or too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode of this card has no licence or ID section (subfile DL or ID), only its header. Scan it again, or type the details from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is empty or too small to hold a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large (more than 40 megapixels): scan it again smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readable barcode was found. Hold the card or form flat, fill the frame with the barcode and try again, or type the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysIssuedPage</name>
    <message>
        <source>Keys issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and letter are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included this time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Access keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One key for each eligible child of this adult, printed on one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the letter reaches the adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand the letter to the adult at the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the letter to the adult at the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail the letter to the address on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail the letter to the address on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the letter now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the letter now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue the letter for the letter printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the letter for the letter printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are never shown on screen: they are printed on the letter only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children who get a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children left out this visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterQueueDialog</name>
    <message>
        <source>Letter queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed letters for the letter printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each letter prints once. A printed letter leaves the queue: to print it again, the front desk reissues the keys (the old keys stop working). If a letter comes out damaged, void it under &quot;Printed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the letters waiting to be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the letters already printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voi&amp;ded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the voided letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per letter: serial, adult, children, language, delivery, when it was made and whether it still holds its keys. Return prints the selected letters; Delete voids the current letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters printed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop after this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop printing after the current letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last print run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result for each letter of the last print run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the current letter and revoke its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the letter queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every queued letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the selected letter with its keys hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the selected letter as it will print; every key is drawn as dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w…</source>
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
    <message>
        <source>&amp;Verify this adult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify this adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the verification of the adult chosen in the student card (Enter on an adult does the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult &amp;not on record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult not on record: Parent Access Request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an adult who is not on this student&apos;s record: explains the Parent Access Request form. Nothing is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult is not on this student&apos;s record: Parent Access Request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed letters waiting for the letter printer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print access &amp;request form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Parent Access Request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an adult who is not on the record yet: the Parent Access Request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print key-by-&amp;mail form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the request to mail the portal key, for this adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an adult in school records who cannot come in: the pre-filled request to mail the portal key, signed and returned with a copy of their ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the adult chosen on the student card (Enter on the adult)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why some actions are unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is the adult being verified?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult is at the counter with a photo ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult is here, with a photo ID in hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult shows the photo ID on camera and answers security questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key by &amp;mail (returned request form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key by mail: the request form came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed request to mail the key came back with a copy of the photo ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed request to mail the portal key came back with a copy of the photo ID. The letter is mailed to the address in school records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was recorded for this adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the adult can do next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security questions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintRun</name>
    <message>
        <source>Not reached: printing was stopped. It is still in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>This adult is not on record as a parent or guardian of the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the adult the Parent Access Request form. The school updates the student&apos;s record first; nothing is issued today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal access cannot be issued to this adult for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the adult to the principal or the school office. Do not discuss the reason at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s record does not allow this adult to use the parent portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school office can review the record with the adult. Once the record is updated, the adult can come back for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s record does not show educational rights for this adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult can bring the document that grants educational rights (for example a court order) to the school office, which updates the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student is not currently enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the adult to contact the school where the student is enrolled now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a student first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen adult&apos;s record belongs to another student; choose the adult again from this student&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s limit of children per adult must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys can be issued to one adult at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s record is not on this kiosk yet; sync the roster and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district allows keys for at most %1 children at once; issue this one in a new verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last 4 characters of the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the last 4 characters of the ID number, never the whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter exactly 4 characters: the last 4 of the ID number (%1 entered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 4 may contain only the letters A to Z and the digits 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer contains characters that cannot be printed; retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who issued the ID (for example CA, Mexico or U.S. Department of State).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer must be %1 to %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the state, country or agency that issued the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer looks like an ID number; enter who issued the ID, never its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description contains characters that cannot be printed; retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the ID when its type is &quot;other&quot; (for example &quot;Employee photo ID&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of the ID must be %1 to %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description looks like it holds an ID number; describe the kind of ID only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s date is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the expiry date printed on the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is not a date an ID can carry; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is more than %1 years from today; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date is not a valid date; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date is in the future; check the date on the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date is after the expiry date; check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult can come back with a current photo ID, or a supervisor may accept this one with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult can come back with a current photo ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This district does not allow a supervisor to accept an expired ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID gives the given and family names in the other order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID splits the same names differently between given and family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID gives the given names in another order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID adds a middle name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID spells out a middle initial of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID adds a second family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names differ only in a particle such as &quot;de la&quot; or &quot;al&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on the ID matches the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on the ID (%1) is not the name on record (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID shows only an initial where the record has a given name: ID %1, record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has a given name that is not on the ID: ID %1, record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given names differ: ID %1, record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID does not show every family name on the record: ID %1, record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family names differ: ID %1, record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains characters that cannot be printed; retype it as printed on the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; type it as printed on the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain digits; type only the name as printed on the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name as printed on the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no name to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on the ID does not match the name on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult can ask the school office to correct the name on record, or come back with an ID that shows the name on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be printed; retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reason of at least %1 characters for the override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the reason to at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave ID and account numbers out of the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student&apos;s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student&apos;s grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s number of questions that must pass must be between 1 and 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask at least %1 security questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question about the %1 was asked twice; ask a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no %1 to check; ask a different question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer about the %1 is too long; type only what the adult says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer about the %1 contains characters that cannot be typed; retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask at least %1 security questions; %2 asked so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough answers matched the student&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult can come to the school office with a photo ID to be verified in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo on the ID does not match the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult can come back with a photo ID that shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adult was not verified; no key can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys were already issued from this verification. To issue new keys, verify the adult again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The verification is more than %n minute(s) old; verify the adult again.</source>
        <translation>
            <numerusform>The verification is more than %n minute old; verify the adult again.</numerusform>
            <numerusform>The verification is more than %n minutes old; verify the adult again.</numerusform>
        </translation>
    </message>
    <message>
        <source>An expired ID is accepted only when an administrator confirms it with their user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second staff member must confirm the expired ID: you cannot confirm your own override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an administrator: only an administrator confirms an expired ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line or paragraph separator (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible text-direction control (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible formatting character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zero-width joiner that follows no letter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code point that is not a character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broken character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult was verified by a returned request to mail the key, so the keys go by mail to the address in school records, never across the counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityQuestionsPage</name>
    <message>
        <source>Security questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the questions and type what the adult says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected answers are never shown. Which answers were right is shown after the verification is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>A user name is 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name is 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password can have at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be one character repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked for %1 more minute(s), or until an administrator resets its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked for %1 minutes, or until an administrator resets its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name cannot hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is reserved for GuardianDesk itself; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator and cannot be disabled: add another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentAdultPage</name>
    <message>
        <source>Student and adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the student, and that the adult in front of you is the one chosen on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal eligible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-contact order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next to check whether this adult may be verified. To choose another adult, cancel and pick the adult on the student card.</source>
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
    <name>SyncStatusDialog</name>
    <message>
        <source>District sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events the district refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock difference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock difference with the district server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment of this kiosk with the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events the district refused, with its reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why failed events cannot be sent again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the sync status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidLetterDialog</name>
    <message>
        <source>Void a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys on this letter will be revoked: they stop working in the parent portal, on paper and everywhere else. The adult gets new keys only by being verified again at the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is this letter void? (for example, &quot;the printer jammed and tore the page&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for voiding the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence of at least ten characters. Leave ID and account numbers out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the letter: do not void it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the letter and revoke its keys</source>
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
    <name>gd::AttestationPage</name>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1 from %2, ending in %3</source>
        <extracomment>%1 = kind of ID, %2 = who issued it, %3 = its last 4 characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1; accepted by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Security questions: %n answer(s) typed</source>
        <translation>
            <numerusform>Security questions: %n answer typed</numerusform>
            <numerusform>Security questions: %n answers typed</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the photo on the ID and at the adult at the counter. Is it the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the photo on the ID and at the adult on the video call. Is it the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &quot;Record the refusal&quot;: the refusal is written to the record and no key is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Verify to record the verification. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the copy of the ID and the signed request form. Are they clear, and do they belong to the same person?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::BackgroundSync</name>
    <message>
        <source>The district server setting cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is kept on this kiosk: an administrator gives it once with &quot;guardiandesk-cli sync --client-secret-file FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can send failed events again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: after the last failure the kiosk waits until %1 before trying the district server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n event(s) delivered to the district.</source>
        <translation>
            <numerusform>Sync finished: %n event delivered to the district.</numerusform>
            <numerusform>Sync finished: %n events delivered to the district.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were delivered before that.</source>
        <translation>
            <numerusform>%n event was delivered before that.</numerusform>
            <numerusform>%n events were delivered before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roster page(s) received.</source>
        <translation>
            <numerusform>%n roster page received.</numerusform>
            <numerusform>%n roster pages received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused by the district.</source>
        <translation>
            <numerusform>%n event refused by the district.</numerusform>
            <numerusform>%n events refused by the district.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) still waiting.</source>
        <translation>
            <numerusform>%n event still waiting.</numerusform>
            <numerusform>%n events still waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::CardActions</name>
    <message>
        <source>Print the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled; no form was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student first: these actions work on the student card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an adult on the card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only front desk staff verify adults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not eligible: %2 Verifying records the refusal.</source>
        <extracomment>The chosen adult is not eligible; the verification still runs so that the refusal is recorded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only front desk staff and letter printers print forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key-by-mail form for %1: %2</source>
        <extracomment>%1 is the adult&apos;s name, %2 why no key may go to them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to mail the key was printed. Scan its code when it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Parent Access Request form was printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ChecksPage</name>
    <message>
        <source>&amp;Record the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The ID expired on %1. The district does not accept expired IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the adult can do next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on the ID differs from the name on record. Accept it only when you are sure it is the same person (for example a known spelling or a name change), and write why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &quot;Record the refusal&quot; to write it to the record. This verification then ends and no key is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID expired on %1. The district allows an administrator to accept an expired ID with a written reason and their password; otherwise the visit ends with a refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on the ID matches the record.</source>
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
    <name>gd::EligibilityPage</name>
    <message>
        <source>&amp;Record the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ This adult may be verified for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship is portal eligible, the adult holds educational rights, no no-contact order is on record, and the student is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not on record: nothing can be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &quot;Record the refusal&quot; to write it to the record. This verification then ends and no key is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is recorded for this visit and no key is issued. Press Finish to close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ExportLogDialog</name>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report with charts (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified and refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the verification log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the verification log (CSV for Excel, JSON or a PDF report), signed by this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 verifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n verification(s) to %1. The signature is in %2.</source>
        <translation>
            <numerusform>Exported %n verification to %1. The signature is in %2.</numerusform>
            <numerusform>Exported %n verifications to %1. The signature is in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::FirstRunDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n characters</numerusform>
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
    <name>gd::IdDocumentPage</name>
    <message>
        <source>The expiry date printed on the ID, typed as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the ID in your hand. Type the name exactly as printed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the adult to hold the ID close to the camera. Type the name exactly as printed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1. The next page says what can be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned from the barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the ID from a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from the card&apos;s barcode. Compare the fields with the card: they can still be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on the card differs from the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name could not be compared with the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card says its name was shortened to fit the barcode: compare it with the name printed on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the copy of the ID that came back with the signed request to mail the key. Type the name exactly as printed on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ImageFileDialog</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::KeysIssuedPage</name>
    <message numerus="yes">
        <source>✓ %n key(s) issued</source>
        <translation>
            <numerusform>✓ %n key issued</numerusform>
            <numerusform>✓ %n keys issued</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter no. %1 is printing. Mail it only to the address on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter no. %1 is printing. Hand it to this adult in person; never read the keys out or send them by phone, e-mail or fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter no. %1 is queued for the letter printer and will be mailed to the address on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter no. %1 is queued for the letter printer. Hand it only to this adult, in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::KeysPage</name>
    <message>
        <source>&amp;Issue keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailing address is on record: the letter can only be handed over in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never by phone, e-mail or fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing at the counter is not set up on this kiosk: the letter goes to the letter printer&apos;s queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailing address is in school records, and a key asked for by mail goes only by mail. Ask the school to update the adult&apos;s address, then verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key asked for by mail goes only to the address in school records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) who get a key</source>
        <translation>
            <numerusform>%n child who gets a key</numerusform>
            <numerusform>%n children who get a key</numerusform>
        </translation>
    </message>
    <message>
        <source>No key this visit:</source>
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
    <message>
        <source>GuardianDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LetterQueueDialog</name>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter is waiting to be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter has been printed on this kiosk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter has been voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting</source>
        <translation>
            <numerusform>%n letter waiting</numerusform>
            <numerusform>%n letters waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to void</source>
        <translation>
            <numerusform>%n to void</numerusform>
            <numerusform>%n to void</numerusform>
        </translation>
    </message>
    <message>
        <source>A letter prints once. To print it again, the front desk reissues the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the letters to print (arrow keys, Shift or Ctrl+A), then press Return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter in the queue can be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GuardianDesk letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print %n letter(s)</source>
        <translation>
            <numerusform>Print %n letter</numerusform>
            <numerusform>Print %n letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters print on paper, never to a file: choose a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing letter 1 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing letter %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NOT printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n letter printed.</numerusform>
            <numerusform>%n letters printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) not printed: see why below.</source>
        <translation>
            <numerusform>%n letter not printed: see why below.</numerusform>
            <numerusform>%n letters not printed: see why below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters marked printed cannot print again: if their pages did not come out, void them under &quot;Printed&quot; and reissue them at the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the pages from the printer and check each one; void a damaged letter under &quot;Printed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void one letter at a time: each needs its own reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the letter to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys on letter %1 for %2 will be revoked: they stop working at once, and this cannot be undone. The adult gets new keys only by being verified again at the front desk.

Void the letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 is void; its keys are revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (keys hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter preview with the keys hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key is drawn as dots here; the printed letter carries the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may look at the queue and void letters, but not print them: only letter printers print letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: only letter printers print letters from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer letters cover every child on the selected letters. Void them so they leave the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 for %2 will not be printed: it leaves the queue. No key was made for it yet; the adult gets keys only by being verified again at the front desk.

Void the letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 is void.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LetterQueueModel</name>
    <message>
        <source>%1 (printed in English)</source>
        <extracomment>A letter&apos;s language column: the adult&apos;s language has no letter text, %1 is its code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 for %2, children: %3. %4, %5. %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLACED: void this letter</source>
        <extracomment>Every child on this queued letter is on a newer letter now: it must not be printed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) to print</source>
        <extracomment>A queued letter holds no key: the keys are made when it prints.</extracomment>
        <translation>
            <numerusform>%n key to print</numerusform>
            <numerusform>%n keys to print</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced by a newer letter</source>
        <translation>
            <numerusform>%n replaced by a newer letter</numerusform>
            <numerusform>%n replaced by a newer letter</numerusform>
        </translation>
    </message>
    <message>
        <source>A newer letter covers every child on this one. It cannot be printed: void it so it leaves the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::LockScreen</name>
    <message>
        <source>What happened when the kiosk locked</source>
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
            <numerusform>Showing the first %n students: type more to narrow the search.</numerusform>
            <numerusform>Showing the first %n students: type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) found. Press Enter to open the first, or Down to choose.</source>
        <translation>
            <numerusform>%n student found. Press Enter to open the first, or Down to choose.</numerusform>
            <numerusform>%n students found. Press Enter to open the first, or Down to choose.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the letter queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GuardianDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GuardianDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit GuardianDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to close GuardianDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kiosk mode only an administrator quits GuardianDesk (Ctrl+Q).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk will lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The kiosk locks in %n second(s) without activity, and this verification will be discarded. Press any key or move the mouse to keep working.</source>
        <translation>
            <numerusform>The kiosk locks in %n second without activity, and this verification will be discarded. Press any key or move the mouse to keep working.</numerusform>
            <numerusform>The kiosk locks in %n seconds without activity, and this verification will be discarded. Press any key or move the mouse to keep working.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk locked itself after a time without activity. The verification that was open was discarded: nothing more was recorded for it. Start it again after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::MethodPage</name>
    <message numerus="yes">
        <source>The adult shows the photo ID on camera and answers security questions: %n must be answered correctly.</source>
        <translation>
            <numerusform>The adult shows the photo ID on camera and answers security questions: %n must be answered correctly.</numerusform>
            <numerusform>The adult shows the photo ID on camera and answers security questions: %n must be answered correctly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::OutcomePage</name>
    <message>
        <source>✓ Correct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not correct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified for %2. Method: %3.</source>
        <extracomment>%1 = the adult&apos;s name, %2 = the student&apos;s name, %3 = how (In person, Video call...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification is recorded. Press Next to issue the access keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refusal is recorded. No key is issued. Press Finish to close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ReturnedFormLookup</name>
    <message>
        <source>This is the barcode of a driver&apos;s licence or ID card, not of a returned form. Scan the ID on the ID page of a verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form was not issued at this kiosk, or its record is gone: no case is known for it. Look the student up by name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode is not from a GuardianDesk form. Scan the square code at the top of a returned request to mail the key or Parent Access Request form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ReturnedFormScan</name>
    <message>
        <source>S&amp;can returned form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a returned form from a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Access Request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1, issued on %2 with no student named: look the student up by the names written on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student of this %1 is no longer on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1, issued on %2 for %3: verify the adult with the copy of the ID that came with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1, issued on %2: the adult is not on the record yet. Update the student information system from the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a returned form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case of a returned request to mail the key or Parent Access Request form from a picture of it, or scan its code with the barcode scanner at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request to mail the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ScanImageFile</name>
    <message>
        <source>The file %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened as a picture (%2). Choose a PNG or JPEG scan or photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SecurityQuestionsPage</name>
    <message>
        <source>Type what the adult says. Leave it blank if you did not ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Video call: ask at least %n of these questions and type what the adult says. Leave a question blank if you did not ask it.</source>
        <translation>
            <numerusform>Video call: ask at least %n of these questions and type what the adult says. Leave a question blank if you did not ask it.</numerusform>
            <numerusform>Video call: ask at least %n of these questions and type what the adult says. Leave a question blank if you did not ask it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional in person: you may ask some of these questions, for example when the photo on the ID is unclear. Leave them all blank to go on without questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The student&apos;s record can answer only %n question(s), and a video verification needs %1. Verify this adult in person instead.</source>
        <translation>
            <numerusform>The student&apos;s record can answer only %n question, and a video verification needs %1. Verify this adult in person instead.</numerusform>
            <numerusform>The student&apos;s record can answer only %n questions, and a video verification needs %1. Verify this adult in person instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>The student&apos;s record holds nothing to ask about. Go on without questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) typed; at least %1 needed.</source>
        <translation>
            <numerusform>%n answer typed; at least %1 needed.</numerusform>
            <numerusform>%n answers typed; at least %1 needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) typed.</source>
        <translation>
            <numerusform>%n answer typed.</numerusform>
            <numerusform>%n answers typed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::StudentAdultPage</name>
    <message>
        <source>Not on the student&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an adult on the student&apos;s record can be verified. The next page explains what this adult can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ NO-CONTACT ORDER on record for this adult. Do not share any information about the student. The next page records the refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive student: no portal key can be issued for this student.</source>
        <translation type="unfinished"></translation>
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
            <numerusform>⚠ NO-CONTACT ORDER for %1. Do not share any information about this student with the adult named, and do not verify them for portal access.</numerusform>
            <numerusform>⚠ NO-CONTACT ORDER for %1. Do not share any information about this student with the adults named, and do not verify them for portal access.</numerusform>
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
            <numerusform>%n event refused by the district; an administrator should look at them.</numerusform>
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
    <message>
        <source>Click, or press Enter, for the sync status (Ctrl+Shift+S).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::SyncStatusDialog</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not configured: no district server is set. An administrator sets district.server_url; until then every event waits here, none is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync with the district server is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync did not finish; the kiosk tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In step with the district server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured, not yet synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s); they stay here until an administrator sends them again.</source>
        <translation>
            <numerusform>%n event; it stays here until an administrator sends it again.</numerusform>
            <numerusform>%n events; they stay here until an administrator sends them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured: no district server is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can send failed events again: ask one to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event has failed, so there is nothing to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: sync is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: a sync is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None until the problem above is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, after the last failure (the wait grows with each failure in a row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within two minutes of the district server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the district server&apos;s: ask for it to be set right.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute behind the district server&apos;s: ask for it to be set right.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes behind the district server&apos;s: ask for it to be set right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the district server&apos;s: ask for it to be set right.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead of the district server&apos;s: ask for it to be set right.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead of the district server&apos;s: ask for it to be set right.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled: the district knows this kiosk&apos;s signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet enrolled (the first sync does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not configured: no district server is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed event(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n failed event will be sent again with the next sync.</numerusform>
            <numerusform>%n failed events will be sent again with the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::SyncStatusLauncher</name>
    <message>
        <source>District sync status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::VerificationSession</name>
    <message>
        <source>Choose an adult on the student&apos;s record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adult is not on record: give them the Parent Access Request form. Nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are issued only after the adult is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter did not print: %1
No key was issued. Print it again, or choose to queue the letter for the letter printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::VerificationWizard</name>
    <message>
        <source>Verify an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult is verified, but no key has been issued yet. Stop without issuing keys? The adult must then be verified again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this verification? Nothing has been recorded for this visit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the verification?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::VoidLetterDialog</name>
    <message>
        <source>Void letter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n characters</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::WizardText</name>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular ID (matrícula consular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDNYC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent resident card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tribal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (describe it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the student&apos;s date of birth?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the student&apos;s first name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the student&apos;s last name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What grade is the student in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your home address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your phone number?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the student&apos;s emergency contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the ID has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the name on the ID does not match the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this adult cannot get portal access for this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: refer the adult to the school office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: not enough security questions answered correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the record (accepted with a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <extracomment>How a date is typed: month, day, year. Translate the letters, keep the order and slashes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <extracomment>How a date is typed: day, month, year. Translate the letters, keep the order and slashes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>How a date is typed: year, month, day. Translate the letters, keep the order and hyphens.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key by mail (returned request form)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Kiosk mode: full screen, no window decorations, only an administrator quits (also the kiosk.full_screen setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GuardianDesk already runs on this database; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
