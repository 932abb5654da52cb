<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Access password</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>Access ID</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>Account creation code</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>Handed over in person at the school.</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>Your parent portal access key</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>Personal and confidential</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>Letter number: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>This sheet repeats the letter in your language. Your keys are only on the first sheet.</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>To open, tear off the strips along both sides.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Dear %1,</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>Student ID: %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>How to connect your account</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>Go to %1 on a computer or phone.</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>Create a parent account with your own e-mail address, or sign in if you already have one.</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>Repeat for each student. Each key works only for the student named next to it, and only once.</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>Questions? Call the school at %1.</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>Personal and confidential: to be opened only by the person named on this letter.</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>Your keys: do not share them with anyone</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>Use no later than</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>Parent Portal Access Request</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>Keep your access private</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>Never give your password or access key to anyone.</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>Do not write your password where others can see it.</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>Sign out and close the browser when you are done, above all on a shared computer.</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Student ID</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>Student’s first name</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>Middle initial</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>Student’s last name</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Parent or guardian name</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Relationship to the student</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Home phone</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>Please write clearly in capital letters</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>Specimen: not valid</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>MMMM d, yyyy</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>For school office use only</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Other relationship</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>How to use this form</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>Check the details below, fill in what is missing, and sign the form.</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Parent or guardian name</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>The key is mailed only to this address. If it has changed, ask the school to update it first.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>Your relationship to the students</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>I have enclosed a copy of my photo ID (front and back).</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>Return to: %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>Return the form and the copy to the school office by mail.</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Reference number: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>Request to Mail Your Parent Portal Key</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>Mailing address in school records</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</translation>
    </message>
</context>
</TS>
