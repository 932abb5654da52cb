<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Mot de passe d’accès</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>Identifiant d’accès</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>Code de création de compte</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>Remise en main propre à l’école.</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>Votre clé d’accès au portail des parents</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>Personnel et confidentiel</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Émise le %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>Numéro de lettre&#xa0;: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>Cette feuille reprend la lettre dans votre langue. Vos clés figurent uniquement sur la première feuille.</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>Pour ouvrir, détachez les bandes des deux côtés.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>Vos clés sont imprimées sur la première feuille de cette lettre, en anglais, dans l’encadré «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>Numéro d’élève&#xa0;: %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>Si cette lettre vous est parvenue ouverte ou abîmée, n’utilisez pas les clés. Appelez l’école au %1&#xa0;: elle les annulera et vous en donnera de nouvelles.</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>Comment relier votre compte</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>Allez sur %1 avec un ordinateur ou un téléphone.</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>Créez un compte parent avec votre propre adresse e-mail, ou connectez-vous si vous en avez déjà un.</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>Choisissez «&#xa0;Add student&#xa0;» (Ajouter un élève). Saisissez le numéro d’élève et la clé exactement comme ils sont imprimés dans cette lettre.</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>Recommencez pour chaque élève. Chaque clé ne fonctionne que pour l’élève nommé à côté, et une seule fois.</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>Gardez cette lettre en lieu sûr. Le personnel de l’école ne vous demandera jamais votre clé par téléphone, e-mail ou SMS.</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>Des questions&#xa0;? Appelez l’école au %1.</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>Personnel et confidentiel&#xa0;: à ouvrir uniquement par la personne nommée sur cette lettre.</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>L’école a confirmé que, selon les registres de l’école, vous êtes parent ou tuteur des élèves nommés ci-dessous. Grâce aux clés de cette lettre, vous pouvez les relier à votre compte du portail des parents et suivre en ligne leur assiduité, leurs notes et les nouvelles de l’école.</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>Vos clés&#xa0;: ne les communiquez à personne</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>À utiliser au plus tard le</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>Utilisez chaque clé au plus tard à la date indiquée à côté. Après cette date, demandez une nouvelle clé à l’école.</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>Sceau de sécurité&#xa0;: l’école peut le scanner pour vérifier que cette lettre vient bien d’elle. Il ne contient pas votre clé.</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>Demande d’accès au portail des parents</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>Protégez votre accès</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>Ne donnez jamais votre mot de passe ni votre clé d’accès à personne.</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>N’écrivez pas votre mot de passe là où d’autres peuvent le voir.</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>Déconnectez-vous et fermez le navigateur quand vous avez fini, surtout sur un ordinateur partagé.</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>Choisissez un mot de passe que personne ne peut deviner&#xa0;: ni le prénom de votre enfant, ni le nom d’un animal, ni une date d’anniversaire.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Numéro d’élève</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>Prénom de l’élève</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>Initiale du deuxième prénom</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>Nom de famille de l’élève</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Nom du parent ou du tuteur</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Lien avec l’élève</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adresse du domicile</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone fixe</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
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
        <translation>Apportez ce formulaire et votre pièce d’identité avec photo au secrétariat de l’école. Le personnel vérifiera votre identité et vous remettra votre clé d’accès en main propre.</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>Le portail des parents permet aux parents et aux tuteurs de consulter en ligne l’assiduité, les notes, les bulletins, les cours et les coordonnées de leur enfant. Pour protéger les élèves, l’école ne donne l’accès qu’à un parent ou tuteur inscrit dans les registres de l’école, après avoir vérifié une pièce d’identité avec photo.</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>Écrivez lisiblement en lettres majuscules</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>Spécimen&#xa0;: non valable</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>Réservé au secrétariat de l’école</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Tuteur légal ou tutrice légale</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Personne qui s’occupe de l’enfant</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Autre lien</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>Comment utiliser ce formulaire</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>Vérifiez les informations ci-dessous, complétez ce qui manque et signez le formulaire.</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>Faites une copie de votre pièce d’identité avec photo, recto et verso&#xa0;: permis de conduire, carte d’identité de l’État, passeport, carte consulaire ou autre pièce officielle avec photo.</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>Après vérification, l’école enverra votre clé par la poste à l’adresse ci-dessous. Les clés ne sont jamais données par téléphone, e-mail ou SMS.</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Nom du parent ou du tuteur</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>La clé est envoyée uniquement à cette adresse. Si elle a changé, demandez d’abord à l’école de la mettre à jour.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>Votre lien avec les élèves</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>Je joins une copie de ma pièce d’identité avec photo (recto et verso).</translation>
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
        <translation>À renvoyer à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>Renvoyez le formulaire et la copie au secrétariat de l’école par la poste.</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>Renvoyez le formulaire et la copie au secrétariat de l’école par la poste, ou par e-mail à %1 sous forme de scan ou de photo bien lisible.</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Numéro de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>Demande d’envoi par la poste de votre clé du portail des parents</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>Pour protéger les élèves, l’école remet les clés du portail des parents uniquement à un parent ou tuteur inscrit dans les registres de l’école, en personne, après avoir vérifié une pièce d’identité avec photo. Si vous ne pouvez pas venir à l’école, utilisez ce formulaire pour demander à l’école d’envoyer votre clé par la poste à votre adresse inscrite dans les registres de l’école.</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>Adresse postale dans les registres de l’école</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>Je suis parent ou tuteur légal des élèves nommés ci-dessus. Je demande à l’école d’envoyer ma clé d’accès au portail des parents par la poste à mon adresse inscrite dans les registres de l’école. Je ne communiquerai cette clé à personne.</translation>
    </message>
</context>
</TS>
