<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Modpas aksè</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>ID aksè</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>Kòd pou kreye kont</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>Yo remèt li an pèsòn nan lekòl la.</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>Kle aksè ou pou pòtay paran an</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>Pèsonèl e konfidansyèl</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Dat li soti: %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>Nimewo lèt: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>Fèy sa a repete lèt la nan lang ou. Kle ou yo sèlman sou premye fèy la.</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>Pou louvri l, chire bann ki sou de bò yo.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Bonjou %1,</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>Kle ou yo enprime sou premye fèy lèt sa a, an angle, nan bwat “%1” la.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Elèv</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kle</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>Nimewo elèv: %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>Si lèt sa a te rive jwenn ou deja louvri oswa domaje, pa sèvi ak kle yo. Rele lekòl la nan %1: l ap anile yo epi ba ou lòt kle.</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>Kijan pou konekte kont ou</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>Ale sou %1 sou yon òdinatè oswa yon telefòn.</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>Kreye yon kont paran ak pwòp adrès imèl ou, oswa konekte si ou gen youn deja.</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>Chwazi “Add student” (Ajoute elèv). Tape nimewo elèv la ak kle a egzakteman jan yo enprime nan lèt sa a.</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>Fè menm bagay la pou chak elèv. Chak kle mache sèlman pou elèv ki nonmen bò kote l la, epi yon sèl fwa.</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>Kenbe lèt sa a yon kote ki an sekirite. Anplwaye lekòl la p ap janm mande ou kle ou pa telefòn, imèl oswa mesaj tèks.</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>Ou gen kesyon? Rele lekòl la nan %1.</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>Pèsonèl e konfidansyèl: se sèlman moun ki gen non l sou lèt sa a ki pou louvri l.</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>Lekòl la konfime, dapre dosye lekòl la, ou se yon paran oswa yon gadyen elèv ki nonmen anba a. Avèk kle ki nan lèt sa a, ou ka konekte yo ak kont ou sou pòtay paran an epi swiv prezans yo, nòt yo ak nouvèl lekòl la sou entènèt.</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>Kle ou yo: pa pataje yo ak pèsonn</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>Sèvi ak li pa pita pase</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>Sèvi ak chak kle pa pita pase dat ki enprime bò kote l la. Apre dat sa a, mande lekòl la yon nouvo kle.</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>Kòd sekirite: lekòl la ka eskane kòd sa a pou l verifye si lèt sa a vre. Kle ou pa ladan l.</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>Demann aksè pou pòtay paran an</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>Kenbe aksè ou sekrè</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>Pa janm bay pèsonn modpas ou oswa kle aksè ou.</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>Pa ekri modpas ou kote lòt moun ka wè l.</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>Dekonekte epi fèmen navigatè a lè ou fini, sitou sou yon òdinatè plizyè moun sèvi.</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>Chwazi yon modpas lòt moun pa ka devine: pa sèvi ak non pitit ou, non yon bèt oswa yon dat anivèsè.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Lekòl</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Nimewo elèv</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>Prenon elèv la</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>Inisyal dezyèm prenon</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>Non fanmi elèv la</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Non paran oswa gadyen an</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Relasyon ak elèv la</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adrès lakay</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefòn lakay</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telefòn selilè</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Imèl</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Lang ou prefere</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Siyati</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>Pote fòm sa a ak pyès idantite ou ki gen foto nan biwo lekòl la. Anplwaye yo ap verifye idantite ou epi ba ou kle aksè ou an pèsòn.</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>Pòtay paran an pèmèt paran ak gadyen wè prezans, nòt, kanè, kou ak enfòmasyon kontak pitit yo sou entènèt. Pou pwoteje elèv yo, lekòl la bay aksè sèlman a yon paran oswa yon gadyen ki nan dosye lekòl la, apre li fin verifye yon pyès idantite ak foto.</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>Tanpri ekri klè, an lèt majiskil</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>Egzanp: pa valab</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefòn: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>Se pou biwo lekòl la sèlman</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>Manman</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Papa</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Gadyen legal</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Moun k ap okipe timoun nan</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Lòt relasyon</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>Kijan pou sèvi ak fòm sa a</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>Tcheke enfòmasyon ki anba a, ranpli sa ki manke, epi siyen fòm nan.</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>Fè yon kopi pyès idantite ou ki gen foto, devan ak dèyè: lisans pou kondui, kat idantite eta a, paspò, kat konsila oswa lòt pyès idantite gouvènman ki gen foto.</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>Lè lekòl la fin tcheke yo, l ap voye kle ou pa lapòs nan adrès ki anba a. Yo pa janm bay kle pa telefòn, imèl oswa mesaj tèks.</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Non paran oswa gadyen an</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>Yo voye kle a sèlman nan adrès sa a. Si li chanje, mande lekòl la mete l ajou anvan.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefòn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Imèl</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Elèv yo</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>Relasyon ou ak elèv yo</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>Mwen mete yon kopi pyès idantite mwen ki gen foto (devan ak dèyè).</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Siyati</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>Retounen l bay: %1</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Nimewo referans: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>Demann pou lekòl la voye kle pòtay paran ou pa lapòs</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>Pou pwoteje elèv yo, lekòl la bay kle pòtay paran an sèlman a yon paran oswa yon gadyen ki nan dosye lekòl la, an pèsòn, apre li fin verifye yon pyès idantite ak foto. Si ou pa ka vin lekòl la, sèvi ak fòm sa a pou mande lekòl la voye kle ou pa lapòs nan adrès ou ki nan dosye lekòl la.</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>Retounen fòm nan ak kopi a nan biwo lekòl la pa lapòs.</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>Retounen fòm nan ak kopi a nan biwo lekòl la pa lapòs, oswa pa imèl nan %1, kòm yon kopi eskane oswa yon foto ki klè.</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>Adrès lapòs ki nan dosye lekòl la</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>Mwen se paran oswa gadyen legal elèv ki nonmen anwo a. Mwen mande lekòl la voye kle aksè mwen pou pòtay paran an pa lapòs nan adrès mwen ki nan dosye lekòl la. Mwen p ap pataje kle a ak pèsonn.</translation>
    </message>
</context>
</TS>
