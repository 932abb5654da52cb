<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>PIN կոդ</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Մուտքի գաղտնաբառ</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>Մուտքի ID</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>Հաշիվ ստեղծելու կոդ</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>Հանձնվել է անձամբ՝ դպրոցում։</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>Ձեր մուտքի բանալին ծնողական պորտալի համար</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>Անձնական և գաղտնի</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Տրվել է՝ %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>Նամակի համարը՝ %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>Այս թերթում նամակը կրկնված է Ձեր լեզվով։ Ձեր բանալիները միայն առաջին թերթում են։</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>Բացելու համար պոկեք երկու կողմերի շերտերը։</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Հարգելի %1,</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>Ձեր բանալիները տպված են այս նամակի առաջին թերթում, անգլերեն, «%1» շրջանակում։</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Բանալի</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>Աշակերտի ID՝ %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>Եթե այս նամակը Ձեզ հասել է արդեն բացված կամ վնասված, մի՛ օգտագործեք բանալիները։ Զանգահարեք դպրոց %1 համարով․ դպրոցը կչեղարկի դրանք և Ձեզ նոր բանալիներ կտա։</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>Ինչպես կապել Ձեր հաշիվը</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>Համակարգչով կամ հեռախոսով բացեք %1 կայքը։</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>Ստեղծեք ծնողի հաշիվ Ձեր սեփական էլ. փոստի հասցեով կամ մուտք գործեք, եթե արդեն հաշիվ ունեք։</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>Ընտրեք «Add student» (Ավելացնել աշակերտ)։ Մուտքագրեք աշակերտի ID-ն և բանալին ճիշտ այնպես, ինչպես տպված են այս նամակում։</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>Կրկնեք յուրաքանչյուր աշակերտի համար։ Յուրաքանչյուր բանալի գործում է միայն կողքին նշված աշակերտի համար և միայն մեկ անգամ։</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>Պահեք այս նամակը ապահով տեղում։ Դպրոցի աշխատակիցները երբեք չեն հարցնի Ձեր բանալին հեռախոսով, էլ. փոստով կամ SMS-ով։</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>Հարցեր ունե՞ք։ Զանգահարեք դպրոց %1 համարով։</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>Անձնական և գաղտնի․ բացել կարող է միայն այն անձը, ում անունը գրված է այս նամակի վրա։</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>Դպրոցը հաստատել է, որ դպրոցի գրանցումների համաձայն Դուք ստորև նշված աշակերտների ծնողն եք կամ խնամակալը։ Այս նամակի բանալիներով կարող եք նրանց կապել ծնողական պորտալի Ձեր հաշվին և առցանց հետևել նրանց հաճախումներին, գնահատականներին և դպրոցի նորություններին։</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>Ձեր բանալիները․ ոչ ոքի հետ մի՛ կիսվեք</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>Օգտագործել ոչ ուշ, քան</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>Օգտագործեք յուրաքանչյուր բանալի ոչ ուշ, քան կողքին տպված ամսաթիվը։ Դրանից հետո դպրոցից նոր բանալի խնդրեք։</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>Անվտանգության կոդ․ դպրոցը կարող է այն սկանավորել՝ ստուգելու, որ այս նամակը իրական է։ Այն Ձեր բանալին չի պարունակում։</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>Ծնողական պորտալի մուտքի հայտ</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>Ձեր մուտքը պահեք գաղտնի</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>Երբեք ոչ ոքի մի՛ տվեք Ձեր գաղտնաբառը կամ մուտքի բանալին։</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>Մի՛ գրեք Ձեր գաղտնաբառն այնտեղ, որտեղ ուրիշները կարող են տեսնել։</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>Ավարտելուց հետո դուրս եկեք հաշվից և փակեք դիտարկիչը, հատկապես ընդհանուր օգտագործման համակարգչում։</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>Ընտրեք գաղտնաբառ, որը ուրիշները չեն կարող գուշակել․ ոչ Ձեր երեխայի անունը, ոչ ընտանի կենդանու անունը, ոչ էլ ծննդյան օր։</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Դպրոց</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Աշակերտի ID</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>Աշակերտի անունը</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>Միջին անվան սկզբնատառը</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>Աշակերտի ազգանունը</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Ծնողի կամ խնամակալի անուն, ազգանունը</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Կապը աշակերտի հետ</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Տան հասցեն</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Տան հեռախոս</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Բջջային հեռախոս</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Նախընտրելի լեզուն</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Ստորագրություն</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>Այս ձևաթուղթը և Ձեր լուսանկարով անձը հաստատող փաստաթուղթը բերեք դպրոցի գրասենյակ։ Աշխատակիցները կստուգեն Ձեր ինքնությունը և մուտքի բանալին կհանձնեն Ձեզ անձամբ։</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>Ծնողական պորտալը ծնողներին և խնամակալներին հնարավորություն է տալիս առցանց տեսնել իրենց երեխայի հաճախումները, գնահատականները, առաջադիմության տեղեկագրերը, դասերը և կոնտակտային տվյալները։ Աշակերտներին պաշտպանելու համար դպրոցը մուտք է տրամադրում միայն դպրոցի գրանցումներում նշված ծնողին կամ խնամակալին՝ լուսանկարով անձը հաստատող փաստաթուղթը ստուգելուց հետո։</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>Խնդրում ենք գրել պարզ՝ մեծատառերով</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>Նմուշ․ անվավեր է</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>d MMMM yyyy &apos;թ.&apos;</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Հեռախոս՝ %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>Միայն դպրոցի գրասենյակի համար</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>Մայր</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Հայր</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Օրինական խնամակալ</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Խնամք տանող անձ</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Այլ</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>Ինչպես օգտագործել այս ձևը</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>Ստուգեք ստորև նշված տվյալները, լրացրեք պակասողը և ստորագրեք ձևը։</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>Պատճենեք Ձեր լուսանկարով անձը հաստատող փաստաթղթի երկու կողմերը․ վարորդական իրավունք, նահանգի ID, անձնագիր, հյուպատոսական քարտ կամ լուսանկարով այլ պետական փաստաթուղթ։</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>Դրանք ստուգելուց հետո դպրոցը Ձեր բանալին փոստով կուղարկի ստորև նշված հասցեով։ Բանալիները երբեք չեն տրվում հեռախոսով, էլ. փոստով կամ SMS-ով։</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Ծնողի կամ խնամակալի անուն, ազգանունը</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>Բանալին ուղարկվում է միայն այս հասցեով։ Եթե այն փոխվել է, նախ խնդրեք դպրոցին թարմացնել այն։</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Աշակերտներ</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>Ձեր կապը աշակերտների հետ</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>Կցում եմ իմ լուսանկարով անձը հաստատող փաստաթղթի պատճենը (երկու կողմերը)։</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Ստորագրություն</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>Վերադարձնել՝ %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>Ձևը և պատճենը փոստով վերադարձրեք դպրոցի գրասենյակ։</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>Ձևը և պատճենը փոստով վերադարձրեք դպրոցի գրասենյակ կամ էլ. փոստով ուղարկեք %1 հասցեին՝ որպես հստակ սկանավորված պատճեն կամ լուսանկար։</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Հղման համար՝ %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>Դիմում՝ ծնողական պորտալի բանալին փոստով ուղարկելու համար</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>Աշակերտներին պաշտպանելու համար դպրոցը ծնողական պորտալի բանալիները տալիս է միայն դպրոցի գրանցումներում նշված ծնողին կամ խնամակալին՝ անձամբ, լուսանկարով անձը հաստատող փաստաթուղթը ստուգելուց հետո։ Եթե չեք կարող գալ դպրոց, այս ձևով խնդրեք դպրոցին Ձեր բանալին փոստով ուղարկել դպրոցի գրանցումներում նշված Ձեր հասցեով։</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>Փոստային հասցեն դպրոցի գրանցումներում</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>Ես վերը նշված աշակերտների ծնողն եմ կամ օրինական խնամակալը։ Խնդրում եմ դպրոցին իմ ծնողական պորտալի մուտքի բանալին փոստով ուղարկել դպրոցի գրանցումներում նշված իմ հասցեով։ Բանալին ոչ ոքի հետ չեմ կիսվի։</translation>
    </message>
</context>
</TS>
