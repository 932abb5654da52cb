<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Пароль доступа</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>ID доступа</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>Код для создания учётной записи</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>Вручено лично в школе.</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>Ваш ключ доступа к родительскому порталу</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>Лично и конфиденциально</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Дата выдачи: %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>Номер письма: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>На этом листе повторён текст письма на вашем языке. Ваши ключи есть только на первом листе.</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>Чтобы открыть, оторвите полоски с обеих сторон.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Уважаемый(-ая) %1!</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>Ваши ключи напечатаны на первом листе этого письма, на английском языке, в рамке «%1».</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>Номер учащегося: %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>Если письмо пришло к вам уже вскрытым или повреждённым, не используйте ключи. Позвоните в школу по номеру %1: там их отменят и выдадут вам новые.</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>Как подключить учётную запись</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>Откройте %1 на компьютере или телефоне.</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>Создайте родительскую учётную запись со своим адресом электронной почты или войдите, если она у вас уже есть.</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>Выберите «Add student» (Добавить учащегося). Введите номер учащегося и ключ точно так, как они напечатаны в этом письме.</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>Повторите для каждого учащегося. Каждый ключ действует только для учащегося, указанного рядом с ним, и только один раз.</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>Храните это письмо в надёжном месте. Сотрудники школы никогда не будут спрашивать ваш ключ по телефону, по электронной почте или в текстовом сообщении.</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>Есть вопросы? Позвоните в школу по номеру %1.</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>Лично и конфиденциально: вскрывать только человеку, имя которого указано на этом письме.</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>Школа подтвердила, что по школьным записям вы — родитель или опекун учащихся, перечисленных ниже. С помощью ключей из этого письма вы можете привязать их к своей учётной записи на родительском портале и следить онлайн за их посещаемостью, оценками и новостями школы.</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>Ваши ключи: никому их не сообщайте</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>Использовать не позднее</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>Используйте каждый ключ не позднее даты, указанной рядом с ним. После этой даты попросите в школе новый ключ.</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>Защитный QR-код: школа может отсканировать его, чтобы проверить, что письмо настоящее. Вашего ключа в нём нет.</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>Заявление на доступ к родительскому порталу</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>Берегите свой доступ</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>Никогда никому не сообщайте свой пароль или ключ доступа.</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>Не записывайте пароль там, где его могут увидеть другие.</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>Закончив работу, выйдите из учётной записи и закройте браузер, особенно на общем компьютере.</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>Выберите пароль, который другие не смогут угадать: не имя ребёнка, не кличку питомца и не дату рождения.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Номер учащегося</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>Имя учащегося</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>Инициал второго имени</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>Фамилия учащегося</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Имя и фамилия родителя или опекуна</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Кем вы приходитесь учащемуся</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Домашний телефон</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>Принесите это заявление и удостоверение личности с фотографией в канцелярию школы. Сотрудники проверят вашу личность и лично выдадут вам ключ доступа.</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>Родительский портал позволяет родителям и опекунам видеть онлайн посещаемость, оценки, табели успеваемости, расписание уроков и контактные данные своего ребёнка. Чтобы защитить учащихся, школа даёт доступ только родителю или опекуну, указанному в школьных записях, после проверки удостоверения личности с фотографией.</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>Пишите разборчиво, печатными заглавными буквами</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>Образец: недействителен</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>d MMMM yyyy &apos;г.&apos;</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>Только для канцелярии школы</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>Мать</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Отец</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Законный опекун</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Лицо, осуществляющее уход</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>Как пользоваться этой формой</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>Проверьте данные ниже, заполните недостающее и подпишите форму.</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>Сделайте копию удостоверения личности с фотографией с обеих сторон: водительские права, удостоверение личности штата, паспорт, консульская карточка или другой государственный документ с фотографией.</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>После проверки школа отправит ваш ключ по почте на адрес, указанный ниже. Ключи никогда не сообщают по телефону, по электронной почте или в текстовых сообщениях.</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Имя и фамилия родителя или опекуна</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>Ключ отправляется только на этот адрес. Если он изменился, сначала попросите школу его обновить.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>Кем вы приходитесь учащимся</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>Прилагаю копию удостоверения личности с фотографией (с обеих сторон).</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>Отправьте по адресу: %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>Верните форму и копию в канцелярию школы по почте.</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>Верните форму и копию в канцелярию школы по почте или по электронной почте на адрес %1 в виде чёткого скана или фотографии.</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Номер обращения: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>Просьба отправить ключ к родительскому порталу по почте</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>Чтобы защитить учащихся, школа выдаёт ключи к родительскому порталу только лично родителю или опекуну, указанному в школьных записях, после проверки удостоверения личности с фотографией. Если вы не можете прийти в школу, с помощью этой формы попросите школу отправить ваш ключ по почте на ваш адрес, указанный в школьных записях.</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>Почтовый адрес в школьных записях</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>Я являюсь родителем или законным опекуном учащихся, указанных выше. Прошу школу отправить мой ключ доступа к родительскому порталу по почте на мой адрес, указанный в школьных записях. Я никому не сообщу этот ключ.</translation>
    </message>
</context>
</TS>
