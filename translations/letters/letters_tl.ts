<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Password sa pag-access</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>ID sa pag-access</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>Code para gumawa ng account</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>Personal na iniabot sa paaralan.</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>Ang inyong access key sa parent portal</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>Personal at kumpidensyal</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Inilabas noong %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>Numero ng sulat: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>Inuulit ng pahinang ito ang sulat sa inyong wika. Nasa unang pahina lamang ang inyong mga key.</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>Para buksan, punitin ang mga gilid sa magkabilang panig.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Mahal na %1,</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>Nakalimbag ang inyong mga key sa unang pahina ng sulat na ito, sa Ingles, sa kahong “%1”.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudyante</translation>
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
        <translation>Kung bukas o sira na ang sulat na ito nang matanggap ninyo, huwag gamitin ang mga key. Tawagan ang paaralan sa %1: kakanselahin nila ang mga ito at bibigyan kayo ng bago.</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>Paano ikonekta ang inyong account</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>Pumunta sa %1 sa computer o telepono.</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>Gumawa ng parent account gamit ang sarili ninyong email address, o mag-sign in kung mayroon na kayo.</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>Piliin ang “Add student”. I-type ang student ID at ang key nang eksakto kung paano nakalimbag ang mga ito sa sulat na ito.</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>Ulitin para sa bawat estudyante. Gumagana lamang ang bawat key para sa estudyanteng nakapangalan sa tabi nito, at isang beses lamang.</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>Itago ang sulat na ito sa ligtas na lugar. Hindi kailanman hihingin ng mga kawani ng paaralan ang inyong key sa telepono, email, o text message.</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>May tanong? Tawagan ang paaralan sa %1.</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>Personal at kumpidensyal: ang taong nakapangalan lamang sa sulat na ito ang dapat magbukas nito.</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>Kinumpirma ng paaralan na ayon sa mga rekord ng paaralan, kayo ay magulang o tagapangalaga ng mga estudyanteng nakapangalan sa ibaba. Gamit ang mga key sa sulat na ito, maiuugnay ninyo sila sa inyong account sa parent portal at masusubaybayan online ang kanilang pagpasok, mga grado, at mga balita ng paaralan.</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>Ang inyong mga key: huwag ibahagi kaninuman</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>Gamitin nang hindi lalampas sa</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>Gamitin ang bawat key nang hindi lalampas sa petsang nakalimbag sa tabi nito. Pagkatapos ng petsang iyon, humingi ng bagong key sa paaralan.</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>Security seal: maaari itong i-scan ng paaralan para matiyak na totoo ang sulat na ito. Wala rito ang inyong key.</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>Kahilingan para sa Access sa Parent Portal</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>Panatilihing pribado ang inyong access</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>Huwag kailanman ibigay kaninuman ang inyong password o access key.</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>Huwag isulat ang inyong password kung saan makikita ito ng iba.</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>Mag-sign out at isara ang browser kapag tapos na kayo, lalo na sa computer na ginagamit din ng iba.</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>Pumili ng password na hindi mahuhulaan ng iba: hindi pangalan ng inyong anak, ng alagang hayop, o isang kaarawan.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Paaralan</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Student ID</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>Pangalan ng estudyante</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>Inisyal ng gitnang pangalan</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>Apelyido ng estudyante</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Pangalan ng magulang o tagapangalaga</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Kaugnayan sa estudyante</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Address ng tirahan</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telepono sa bahay</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Gustong wika</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Lagda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>Dalhin ang form na ito at ang inyong ID na may larawan sa opisina ng paaralan. Susuriin ng mga kawani ang inyong pagkakakilanlan at personal na ibibigay sa inyo ang inyong access key.</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>Sa parent portal, makikita online ng mga magulang at tagapangalaga ang pagpasok, mga grado, report card, mga klase, at contact details ng kanilang anak. Para maprotektahan ang mga estudyante, nagbibigay lamang ang paaralan ng access sa magulang o tagapangalaga na nasa mga rekord ng paaralan, pagkatapos suriin ang isang ID na may larawan.</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>Pakisulat nang malinaw sa malalaking titik</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>Halimbawa: hindi balido</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>MMMM d, yyyy</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telepono: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>Para lamang sa opisina ng paaralan</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>Ina</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Ama</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Legal na tagapangalaga</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Tagapag-alaga</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Ibang kaugnayan</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>Paano gamitin ang form na ito</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>Suriin ang mga detalye sa ibaba, punan ang kulang, at pirmahan ang form.</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>Gumawa ng kopya ng inyong ID na may larawan, harap at likod: driver’s license, state ID, pasaporte, consular ID, o iba pang ID mula sa gobyerno na may larawan.</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>Kapag nasuri na ng paaralan ang mga ito, ipapadala nito sa koreo ang inyong key sa address sa ibaba. Hindi kailanman ibinibigay ang mga key sa telepono, email, o text message.</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Pangalan ng magulang o tagapangalaga</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>Sa address na ito lamang ipinapadala ang key. Kung nagbago ito, hilingin muna sa paaralan na i-update ito.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Mga estudyante</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>Ang inyong kaugnayan sa mga estudyante</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>Naglakip ako ng kopya ng aking ID na may larawan (harap at likod).</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Lagda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>Ibalik sa: %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>Ibalik ang form at ang kopya sa opisina ng paaralan sa koreo.</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>Ibalik ang form at ang kopya sa opisina ng paaralan sa koreo, o sa email sa %1 bilang malinaw na scan o larawan.</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Numero ng reperensiya: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>Kahilingang Ipadala sa Koreo ang Inyong Key sa Parent Portal</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>Para maprotektahan ang mga estudyante, ibinibigay lamang ng paaralan ang mga key sa parent portal sa magulang o tagapangalaga na nasa mga rekord ng paaralan, nang personal, pagkatapos suriin ang isang ID na may larawan. Kung hindi kayo makapunta sa paaralan, gamitin ang form na ito para hilingin sa paaralan na ipadala sa koreo ang inyong key sa inyong address na nasa mga rekord ng paaralan.</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>Mailing address na nasa mga rekord ng paaralan</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>Ako ay magulang o legal na tagapangalaga ng mga estudyanteng nakapangalan sa itaas. Hinihiling ko sa paaralan na ipadala sa koreo ang aking access key sa parent portal sa aking address na nasa mga rekord ng paaralan. Hindi ko ibabahagi ang key kaninuman.</translation>
    </message>
</context>
</TS>
